import type { Translation } from '../types.js';

/** Messages for the level ladder, which the self-assessment and the gap chart show too. Keys are stable API: hosts override them per instance through `messages`. */
export const ladderEn = {
  'ladder.skillMissing': 'The skill “{skill}” is not in this framework.',
  'ladder.noSkill': 'Choose a skill to show its levels.',
  'ladder.levels': 'Levels of {skill}',
  'ladder.position': 'Level {position} of {total}',
  'ladder.current': 'Current level',
  'ladder.target': 'Target level',
  'ladder.descriptorsFor': 'Descriptors for {level}',
  'ladder.compareHeading': 'What {higher} adds to {lower}',
  'ladder.compareAdded': { one: 'New at {level} ({count} descriptor)', other: 'New at {level} ({count} descriptors)' },
  'ladder.compareShared': 'Also at {level}',
  'ladder.compareInvalid':
    'Cannot compare “{value}”: give one level id in compare and another in current to compare it with, such as {example}.',
} as const;

export const ladderCy: Translation<typeof ladderEn> = {
  'ladder.skillMissing': 'Nid yw’r sgil “{skill}” yn y fframwaith hwn.',
  'ladder.noSkill': 'Dewiswch sgil i ddangos ei lefelau.',
  'ladder.levels': 'Lefelau {skill}',
  'ladder.position': 'Lefel {position} o {total}',
  'ladder.current': 'Lefel bresennol',
  'ladder.target': 'Lefel darged',
  'ladder.descriptorsFor': 'Disgrifyddion ar gyfer {level}',
  'ladder.compareHeading': 'Beth mae {higher} yn ei ychwanegu at {lower}',
  'ladder.compareAdded': {
    zero: 'Dim byd newydd ar lefel {level}',
    one: 'Newydd ar lefel {level} ({count} disgrifydd)',
    two: 'Newydd ar lefel {level} ({count} ddisgrifydd)',
    few: 'Newydd ar lefel {level} ({count} disgrifydd)',
    many: 'Newydd ar lefel {level} ({count} disgrifydd)',
    other: 'Newydd ar lefel {level} ({count} disgrifydd)',
  },
  'ladder.compareShared': 'Hefyd ar lefel {level}',
  'ladder.compareInvalid':
    'Nid oes modd cymharu “{value}”: rhowch un dynodydd lefel yn compare ac un arall yn current i’w gymharu ag ef, fel {example}.',
};

export const ladderMessages = { en: ladderEn, cy: ladderCy } as const;
