import type { Translation } from '../types.js';

/**
 * What carrying answers or a plan to a new framework version did, for the person (src/shared/review-view.ts):
 * ratings to look at again, a plan's actions moved. Loaded with that view, only when there is something to say. Keys are stable API: hosts override them through `messages`.
 */
export const reviewEn = {
  'review.title': {
    one: '{count} skill you rated needs another look since the framework changed',
    other: '{count} skills you rated need another look since the framework changed',
  },
  'review.titleDescriptors': {
    one: '{count} skill you rated has new descriptors since you rated it',
    other: '{count} skills you rated have new descriptors since you rated them',
  },
  'review.intro':
    'Your answers were carried across to version {version}, and nothing was changed without your say. Check each of these, then keep your answer or choose again.',
  'review.descriptor': 'The descriptors of the level you chose have changed since you rated it against version {version}.',
  'review.level': 'You chose “{level}”, which this version no longer has. Choose again.',
  'review.merged': 'This skill now covers skills you rated separately: choose a level for it as it is now.',
  'review.split': 'This skill was part of a wider one when you rated it.',
  'review.keep': 'Keep my answer',
  'review.kept': 'Answer kept.',
  'review.planCarried':
    'This plan was made against version {from} of the framework, and now follows version {to}. All its actions are kept.',
  'review.planMoved': {
    one: '{count} action moved with its skill, which has a new name or was joined with another.',
    other: '{count} actions moved with their skills, which have new names or were joined with others.',
  },
  'review.planKept': {
    one: 'Actions for {count} skill this version no longer has are kept, below.',
    other: 'Actions for {count} skills this version no longer has are kept, below.',
  },
  'review.planNeeds': 'The role now needs more in these skills:',
  'review.planRoleRetired': 'This version no longer has the role this plan works towards.',
} as const;

export const reviewCy: Translation<typeof reviewEn> = {
  'review.title': { other: 'Mae angen edrych eto ar {count} sgil a raddiwyd gennych ers i’r fframwaith newid' },
  'review.titleDescriptors': { other: 'Mae gan {count} sgil a raddiwyd gennych ddisgrifyddion newydd ers i chi eu graddio' },
  'review.intro':
    'Cafodd eich atebion eu cario drosodd i fersiwn {version}, ac ni newidiwyd dim heb eich caniatâd. Gwiriwch bob un o’r rhain, yna cadwch eich ateb neu dewiswch eto.',
  'review.descriptor': 'Mae disgrifyddion y lefel a ddewisoch wedi newid ers i chi ei graddio yn erbyn fersiwn {version}.',
  'review.level': 'Dewisoch “{level}”, nad yw yn y fersiwn hon mwyach. Dewiswch eto.',
  'review.merged': 'Mae’r sgil hon bellach yn cynnwys sgiliau a raddiwyd gennych ar wahân: dewiswch lefel ar ei chyfer fel y mae nawr.',
  'review.split': 'Roedd y sgil hon yn rhan o sgil ehangach pan wnaethoch ei graddio.',
  'review.keep': 'Cadw fy ateb',
  'review.kept': 'Cadwyd yr ateb.',
  'review.planCarried':
    'Gwnaed y cynllun hwn yn erbyn fersiwn {from} o’r fframwaith, ac mae bellach yn dilyn fersiwn {to}. Mae ei holl gamau gweithredu wedi’u cadw.',
  'review.planMoved': { other: 'Symudodd {count} cam gweithredu gyda’u sgiliau, sydd ag enwau newydd neu a unwyd ag eraill.' },
  'review.planKept': { other: 'Cedwir camau gweithredu ar gyfer {count} sgil nad ydynt yn y fersiwn hon mwyach, isod.' },
  'review.planNeeds': 'Mae’r rôl bellach angen mwy yn y sgiliau hyn:',
  'review.planRoleRetired': 'Nid yw’r rôl y mae’r cynllun hwn yn gweithio tuag ati yn y fersiwn hon mwyach.',
};

export const reviewMessages = { en: reviewEn, cy: reviewCy } as const;
