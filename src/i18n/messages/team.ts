import type { Translation } from '../types.js';

/** Messages for the team heatmap. Keys are stable API: hosts override them per instance through `messages`. */
export const teamEn = {
  'team.caption': { one: 'Skills of {count} person', other: 'Skills of {count} people' },
  'team.captionCategory': '{caption}: {category} skills only',
  'team.captionRole': {
    one: 'Skills of {count} person against what {role} needs',
    other: 'Skills of {count} people against what {role} needs',
  },
  'team.aggregateCaption': { one: 'The level of the {count} person', other: 'How many of the {count} people are at each level' },
  'team.person': 'Person',
  'team.personN': 'Person {n}',
  'team.skill': 'Skill',
  'team.needs': 'needs {level}',
  'team.needsUnstated': 'needed, no level stated',
  'team.unstated': 'no level stated for the role',
  'team.view': 'Show',
  'team.view.people': 'Each person',
  'team.view.aggregate': 'Counts per level',
  'team.sort': 'Order',
  'team.sort.skill': 'Skills in framework order',
  'team.sort.gap': 'Largest gaps first',
  'team.sort.person': 'People by name',
  'team.category': 'Skills',
  'team.category.all': 'All skills',
  'team.below': { one: '{count} level below', other: '{count} levels below' },
  'team.above': { one: '{count} level above', other: '{count} levels above' },
  'team.met': 'meets the need',
  'team.cell': '{level}, {gap}',
  'team.belowNeed': 'Below the need',
  'team.legend':
    'Levels: {levels}. In brackets, how many levels below the role’s need (those cells are hatched); – not applicable, ? not observed, blank not rated.',
  'team.suppressed': {
    one: 'Counts are hidden: this group has {count} person, fewer than {minimum}, and counts that small could identify someone.',
    other: 'Counts are hidden: this group has {count} people, fewer than {minimum}, and counts that small could identify someone.',
  },
  'team.noPeople': 'No assessments to show.',
  'team.reading': 'Reading the team’s {count} assessments…',
  'team.showAll': 'Show the whole table at once',
  'team.export': 'Download this table (CSV)',
} as const;

export const teamCy: Translation<typeof teamEn> = {
  'team.caption': { one: 'Sgiliau {count} person', two: 'Sgiliau {count} berson', other: 'Sgiliau {count} o bobl' },
  'team.captionCategory': '{caption}: sgiliau {category} yn unig',
  'team.captionRole': {
    one: 'Sgiliau {count} person o’u cymharu â’r hyn sydd ei angen ar {role}',
    other: 'Sgiliau {count} o bobl o’u cymharu â’r hyn sydd ei angen ar {role}',
  },
  'team.aggregateCaption': { one: 'Faint o’r {count} person sydd ar bob lefel', other: 'Faint o’r {count} o bobl sydd ar bob lefel' },
  'team.person': 'Person',
  'team.personN': 'Person {n}',
  'team.skill': 'Sgil',
  'team.needs': 'angen {level}',
  'team.needsUnstated': 'angen, dim lefel wedi’i nodi',
  'team.unstated': 'dim lefel wedi’i nodi ar gyfer y rôl',
  'team.view': 'Dangos',
  'team.view.people': 'Pob person',
  'team.view.aggregate': 'Nifer ar bob lefel',
  'team.sort': 'Trefn',
  'team.sort.skill': 'Sgiliau yn nhrefn y fframwaith',
  'team.sort.gap': 'Y bylchau mwyaf yn gyntaf',
  'team.sort.person': 'Pobl yn ôl enw',
  'team.category': 'Sgiliau',
  'team.category.all': 'Pob sgil',
  'team.below': { one: '{count} lefel yn is', two: '{count} lefel yn is', other: '{count} lefel yn is' },
  'team.above': { one: '{count} lefel yn uwch', two: '{count} lefel yn uwch', other: '{count} lefel yn uwch' },
  'team.met': 'yn bodloni’r angen',
  'team.cell': '{level}, {gap}',
  'team.belowNeed': 'Islaw’r angen',
  'team.legend':
    'Lefelau: {levels}. Mewn cromfachau, sawl lefel islaw angen y rôl (mae llinellau croeslin ar y celloedd hynny); – amherthnasol, ? heb ei arsylwi, gwag heb ei raddio.',
  'team.suppressed': {
    one: 'Mae’r niferoedd wedi’u cuddio: mae {count} person yn y grŵp hwn, llai na {minimum}, a gallai niferoedd mor fach adnabod rhywun.',
    other:
      'Mae’r niferoedd wedi’u cuddio: mae {count} o bobl yn y grŵp hwn, llai na {minimum}, a gallai niferoedd mor fach adnabod rhywun.',
  },
  'team.noPeople': 'Dim asesiadau i’w dangos.',
  'team.reading': 'Yn darllen {count} o asesiadau’r tîm…',
  'team.showAll': 'Dangos y tabl cyfan ar unwaith',
  'team.export': 'Lawrlwytho’r tabl hwn (CSV)',
};

export const teamMessages = { en: teamEn, cy: teamCy } as const;
