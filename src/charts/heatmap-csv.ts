import type { TeamSkill } from '../core/analysis/team.js';
import { formatCsv } from '../core/io/csv-write.js';
import type { Framework } from '../core/schema/framework.js';
import { pickLanguage } from '../core/schema/text.js';
import type { Translator } from '../i18n/index.js';
import { countBelowWords } from './heatmap-cells.js';

/**
 * The people view as CSV: a header of the skills shown, then a row per person, each cell in full words
 * (`full`, never the short form). Every cell is neutralised against spreadsheet formulas.
 */
export function peopleCsv(
  corner: string,
  skillNames: readonly string[],
  rows: readonly { readonly name: string; readonly cells: readonly { readonly full: string }[] }[],
): string {
  return formatCsv([[corner, ...skillNames], ...rows.map((row) => [row.name, ...row.cells.map((cell) => cell.full)])]);
}

/**
 * The counts view as CSV: a skill a row, with how many people are at each level of the scale, not
 * applicable, not observed, not rated, and below the need (the last column is always there).
 */
export function countsCsv(
  skills: readonly TeamSkill[],
  framework: Framework,
  skillName: (id: string) => string,
  t: Translator['t'],
  locale: string,
): string {
  const levels = framework.scale.levels;
  const header = [
    t('team.skill'),
    ...levels.map((level) => pickLanguage(level.label, locale)),
    t('common.notApplicable'),
    t('common.notObserved'),
    t('common.notRated'),
    t('team.belowNeed'),
  ];
  const rows = skills.map((entry) => [
    skillName(entry.skill),
    ...levels.map((level) => String(entry.atLevel[level.id] ?? 0)),
    String(entry.notApplicable),
    String(entry.notObserved),
    String(entry.unrated),
    countBelowWords(entry, t),
  ]);
  return formatCsv([header, ...rows]);
}
