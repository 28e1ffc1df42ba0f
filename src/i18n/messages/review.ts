import type { Translation } from '../types.js';

/**
 * Ratings to look at again since the framework changed (src/shared/review-view.ts). Loaded with that
 * view, only by a form that has such ratings. Keys are stable API: hosts override them through `messages`.
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
};

export const reviewMessages = { en: reviewEn, cy: reviewCy } as const;
