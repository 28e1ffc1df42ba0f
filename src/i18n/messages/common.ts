import type { Translation } from '../types.js';

/**
 * Messages shared by every element: loading, the frame of an error report, the words for levels and answers,
 * the descriptors of a level. The sentences of the report itself are messages/issues.ts. Keys are stable API:
 * hosts override them per instance through `messages`.
 */
export const commonEn = {
  'framework.loading': 'Loading the framework…',
  'framework.errorTitle': 'There is a problem with the framework',
  'framework.errorIntro': { one: '{count} problem was found:', other: '{count} problems were found:' },
  'framework.moreIssues': { one: 'and {count} more problem', other: 'and {count} more problems' },
  'framework.missing':
    'No framework to show: give cf-framework a src or a child script of type application/json, or set a framework property.',
  'common.notApplicable': 'Not applicable',
  'common.notObserved': 'Not observed',
  'common.notRated': 'Not rated',
  'common.levelNotStated': 'No level stated',
  'common.invalidAssessment': 'The assessment given could not be read',
  'common.roleMissing': 'The role “{role}” is not in this framework.',
  'common.skill': 'Skill',
  'common.descriptors.general': 'No descriptors for this skill; the level in general:',
  'common.descriptors.notApplicable': 'Not applicable for this skill',
  'common.descriptors.none': 'No descriptors are given for this level.',
} as const;

export const commonCy: Translation<typeof commonEn> = {
  'framework.loading': 'Wrthi’n llwytho’r fframwaith…',
  'framework.errorTitle': 'Mae problem gyda’r fframwaith',
  'framework.errorIntro': { one: 'Cafwyd {count} broblem:', other: 'Cafwyd {count} o broblemau:' },
  'framework.moreIssues': { one: 'Mae {count} broblem arall', other: 'Mae {count} o broblemau eraill' },
  'framework.missing':
    'Dim fframwaith i’w ddangos: rhowch src neu sgript plentyn o’r math application/json i cf-framework, neu gosodwch briodwedd framework.',
  'common.notApplicable': 'Ddim yn berthnasol',
  'common.notObserved': 'Heb ei arsylwi',
  'common.notRated': 'Heb ei raddio',
  'common.levelNotStated': 'Dim lefel wedi’i nodi',
  'common.invalidAssessment': 'Nid oedd modd darllen yr asesiad a roddwyd',
  'common.roleMissing': 'Nid yw’r rôl “{role}” yn y fframwaith hwn.',
  'common.skill': 'Sgil',
  'common.descriptors.general': 'Dim disgrifyddion i’r sgil hon; y lefel yn gyffredinol:',
  'common.descriptors.notApplicable': 'Amherthnasol i’r sgil hon',
  'common.descriptors.none': 'Ni roddir disgrifyddion ar gyfer y lefel hon.',
};

export const commonMessages = { en: commonEn, cy: commonCy } as const;
