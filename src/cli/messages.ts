import type { Translation } from '../i18n/types.js';

/** The words of `career-frameworks migrate`'s report: only the command carries them. */
export const migrateEn = {
  'migrate.migrated': '✓ {file}: carried from {from} to {to} → {output}',
  'migrate.copied': '✓ {file}: already made against {to}, copied as it was → {output}',
  'migrate.mismatch': '✗ {file}: made against {found}, not {from}: not migrated.',
  'migrate.assessments': { one: '{count} assessment carried to {to}.', other: '{count} assessments carried to {to}.' },
  'migrate.plans': { one: '{count} development plan carried to {to}.', other: '{count} development plans carried to {to}.' },
  'migrate.toReview': {
    one: '{count} assessment has ratings to review. Per skill, how many:',
    other: '{count} assessments have ratings to review. Per skill, how many:',
  },
  'migrate.noReview': 'No rating needs reviewing.',
  'migrate.perSkill': '{skill}: {count}',
  'migrate.keptApart': {
    one: '{count} assessment or plan holds answers for skills this version does not have: kept apart, not dropped.',
    other: '{count} assessments or plans hold answers for skills this version does not have: kept apart, not dropped.',
  },
  'migrate.rolesRose': 'Roles whose needs rose:',
  'migrate.rolesSame': 'No role needs more than it did.',
} as const;

export const migrateCy: Translation<typeof migrateEn> = {
  'migrate.migrated': '✓ {file}: wedi’i gario o {from} i {to} → {output}',
  'migrate.copied': '✓ {file}: wedi’i wneud yn erbyn {to} eisoes, wedi’i gopïo fel yr oedd → {output}',
  'migrate.mismatch': '✗ {file}: wedi’i wneud yn erbyn {found}, nid {from}: heb ei fudo.',
  'migrate.assessments': { other: '{count} asesiad wedi’u cario i {to}.' },
  'migrate.plans': { other: '{count} cynllun datblygu wedi’u cario i {to}.' },
  'migrate.toReview': { other: 'Mae gan {count} asesiad raddau i’w hadolygu. Fesul sgil, faint:' },
  'migrate.noReview': 'Nid oes angen adolygu unrhyw radd.',
  'migrate.perSkill': '{skill}: {count}',
  'migrate.keptApart': {
    other:
      'Mae {count} asesiad neu gynllun yn dal atebion ar gyfer sgiliau nad ydynt yn y fersiwn hon: wedi’u cadw ar wahân, heb eu gollwng.',
  },
  'migrate.rolesRose': 'Rolau y cododd eu hanghenion:',
  'migrate.rolesSame': 'Nid oes angen mwy ar unrhyw rôl nag o’r blaen.',
};

export type MigrateMessageKey = keyof typeof migrateEn;
