import { isNotApplicable } from '../levels.js';
import { parseFramework } from '../parse.js';
import type { Framework } from '../schema/framework.js';
import { pickLanguage, type Text } from '../schema/text.js';
import { formatCsv } from './csv.js';
import { localisedText } from './rich-to-text.js';

/**
 * The framework file in canonical form: fields in the schema's order, defaults written out, each skill's
 * levels in scale order, two-space indents and a final newline. Parsing it gives the framework back
 * exactly, and exporting that again gives the same text.
 */
export function exportFrameworkJson(framework: Framework): string {
  const parsed = parseFramework(framework);
  const value = parsed.ok ? parsed.value : framework;
  const order = value.scale.levels.map((level) => level.id);
  const skills = value.skills.map((skill) => ({
    ...skill,
    levels: Object.fromEntries(Object.entries(skill.levels).sort(([a], [b]) => rank(order, a) - rank(order, b))),
  }));
  return `${JSON.stringify({ ...value, skills }, null, 2)}\n`;
}

const rank = (order: readonly string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);

export interface CsvExportOptions {
  /** Which language of localised text to write; the framework's own language when not given. */
  readonly language?: string;
}

/** Words the wide CSV writes for "this level does not apply", as the spreadsheet importer reads them. */
const NOT_APPLICABLE_CELL = 'Not applicable';

/**
 * The framework's skills as a wide spreadsheet: `Id, Skill, Category, Description`, then one column
 * per level. Roles, pathways, learning and other languages are not in it (the README lists what a CSV
 * cannot carry); `importSpreadsheet` reads it back.
 */
export function exportFrameworkCsv(framework: Framework, options: CsvExportOptions = {}): string {
  const language = options.language ?? framework.language ?? 'en';
  const text = (value: Text) => pickLanguage(value, language);
  const categories = new Map(framework.categories.map((category) => [category.id, text(category.name)]));
  const header = ['Id', 'Skill', 'Category', 'Description', ...framework.scale.levels.map((level) => text(level.label))];
  const rows = framework.skills.map((skill) => [
    skill.id,
    text(skill.name),
    skill.category === undefined ? '' : (categories.get(skill.category) ?? ''),
    localisedText(skill.description, language),
    ...framework.scale.levels.map(({ id }) => {
      const entry = skill.levels[id];
      return isNotApplicable(entry) ? NOT_APPLICABLE_CELL : localisedText(entry, language);
    }),
  ]);
  return `${formatCsv([header, ...rows])}\r\n`;
}
