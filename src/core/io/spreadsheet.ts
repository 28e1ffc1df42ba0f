/**
 * Imports a framework from a spreadsheet saved as CSV, in either of the layouts HR teams write by hand:
 *
 * - wide: one row per skill, one column per level (the headers name the levels, in order), with
 *   optional `Category`, `Description` and `Id` columns;
 * - long: one row per skill and level (`Skill, Level, Descriptor`); levels take the order they first
 *   appear in; several rows for one skill and level become one list.
 *
 * Title rows above the header, blank rows, `;` or tab separators, a byte-order mark and quoted cells
 * over several lines are all fine. Cells may hold bullet lines or HTML. A row that cannot be placed
 * costs only itself: a skill given twice is merged (the first row's text kept), a repeated row is left
 * out, a long-form row without a level keeps its skill, and columns that are plainly not levels
 * (`Notes`, `Owner`, ...) are reported and not imported.
 */
import type { FrameworkInput } from '../schema/framework.js';
import { applyCell, isAbsent, readCell, readPlain, readRich, type SkillDraft } from './cells.js';
import { findColumn, readCsvTable, type CsvRow, type CsvTable } from './csv.js';
import { IdAllocator, slugify } from './ids.js';
import { baseName, frameworkHeader, type FrameworkMetadata } from './metadata.js';
import { newCleaning, reportCleaning } from './rich-from-html.js';
import { finishImport, ImportLog, withinLimit, type ImportResult, type SourceLocation } from './report.js';
import { IgnoredColumns, mergeSkillRow, RepeatFinder } from './skill-rows.js';

export type SpreadsheetImportOptions = FrameworkMetadata;

const SKILL = /^(?:skills?|skill name|name|competenc(?:y|ies|e)|capabilit(?:y|ies)|behaviours?)$/i;
const CATEGORY = /^(?:category|group|area|domain|theme|skill (?:category|group|area)|capability area)$/i;
const DESCRIPTION = /^(?:description|skill description|summary|definition|about)$/i;
const ID = /^(?:id|skill id|code|skill code)$/i;
const LEVEL = /^(?:level|level name|proficiency(?: level)?|skill level)$/i;
const DESCRIPTOR = /^(?:descriptors?|level descriptors?|level description|indicators?|what good looks like|behaviours? at this level)$/i;
/** Columns sheets keep beside the framework that are never levels: reported, and their cells not imported. */
const NOT_LEVEL =
  /^(?:notes?|comments?|remarks?|owner|author|source|links?|url|web ?page|(?:last )?(?:updated|modified|reviewed)|date|version|status|examples?|references?|ref|tags?|keywords?|roles?(?: that require.*)?|related .*|see also)$/i;

interface SkillRow {
  readonly skill: SkillDraft & { row: number };
  /** False when the row repeats a skill a wide sheet already gave. */
  readonly first: boolean;
}

class SpreadsheetReader {
  readonly log = new ImportLog();
  readonly cleaning = newCleaning();
  readonly skills = new Map<string, SkillDraft & { row: number }>();
  readonly skillIds = new IdAllocator('skill');
  readonly categories = new Map<string, { id: string; name: string }>();
  readonly categoryIds = new IdAllocator('category');
  readonly scale: Array<{ id: string; label: string }> = [];
  readonly levelIds = new IdAllocator('level');
  notApplicable = false;

  constructor(readonly file: string | undefined) {}

  at(row: number, column?: string): SourceLocation {
    return { ...(this.file === undefined ? {} : { file: this.file }), row, ...(column ? { column } : {}) };
  }

  level(label: string): string {
    const known = this.scale.find((level) => level.label.toLowerCase() === label.toLowerCase());
    if (known) return known.id;
    const level = { id: this.levelIds.take(slugify(label)).id, label };
    this.scale.push(level);
    return level.id;
  }

  category(name: string): string | undefined {
    if (isAbsent(name)) return undefined;
    const key = name.toLowerCase();
    if (!this.categories.has(key)) this.categories.set(key, { id: this.categoryIds.take(slugify(name)).id, name });
    return this.categories.get(key)!.id;
  }

  /** The skill a row is about (made on its first row), or undefined when the row names none. */
  skill(table: CsvTable, { row, cells }: CsvRow): SkillRow | undefined {
    const { columns } = table;
    const column = (pattern: RegExp) => findColumn(columns, pattern);
    const nameColumn = column(SKILL);
    const name = readPlain(cells[nameColumn] ?? '', this.cleaning, this.at(row, columns[nameColumn]));
    if (isAbsent(name)) {
      this.log.leaveOut(this.at(row), 'cell.required', undefined, this.at(row, columns[nameColumn]));
      return undefined;
    }
    const existing = this.skills.get(name.toLowerCase());
    if (existing) return { skill: existing, first: false };
    const idColumn = column(ID);
    const wantedId = idColumn < 0 ? '' : (cells[idColumn] ?? '').trim();
    const taken = this.skillIds.take(wantedId || slugify(name));
    if (wantedId && taken.changed) this.log.warn('id.changed', this.at(row, columns[idColumn]), { from: wantedId, to: taken.id });
    const skill: SkillDraft & { row: number } = { id: taken.id, name, levels: {}, row };
    const categoryColumn = column(CATEGORY);
    const category = categoryColumn < 0 ? undefined : this.category(readPlain(cells[categoryColumn] ?? '', this.cleaning, this.at(row)));
    if (category) skill.category = category;
    const description = this.descriptionColumn(columns);
    if (description >= 0) {
      const text = readRich(cells[description] ?? '', this.at(row, columns[description]), this.cleaning);
      if (text !== undefined) skill.description = text;
    }
    this.skills.set(name.toLowerCase(), skill);
    return { skill, first: true };
  }

  /** In the long form without a Descriptor column, Description is each level's descriptor, not the skill's. */
  descriptionColumn(columns: readonly string[]): number {
    const description = findColumn(columns, DESCRIPTION);
    return isLongForm(columns) && findColumn(columns, DESCRIPTOR) < 0 ? -1 : description;
  }

  setLevel(skill: SkillDraft, levelId: string, value: string, at: SourceLocation): void {
    if (applyCell(skill.levels, levelId, readCell(value, at, this.log, this.cleaning))) this.notApplicable = true;
  }

  readWide(table: CsvTable): void {
    const { columns } = table;
    const known = [SKILL, CATEGORY, DESCRIPTION, ID].map((pattern) => findColumn(columns, pattern));
    const others = columns.map((label, index) => ({ label, index })).filter(({ label, index }) => label !== '' && !known.includes(index));
    const ignored = others.filter(({ label }) => NOT_LEVEL.test(label));
    const levels = others.filter((column) => !ignored.includes(column));
    if (levels.length === 0) return this.log.error('csv.missingColumn', this.at(table.header.row), { column: 'levels' });
    const unnamed = columns.map((label, index) => ({ label: `#${index + 1}`, index })).filter(({ index }) => columns[index] === '');
    const notImported = new IgnoredColumns([...ignored, ...unnamed], this.log, (row, column) => this.at(row, column), table.header);
    const ids = levels.map(({ label }) => this.level(label));
    for (const row of table.rows) {
      const found = this.skill(table, row);
      if (!found) continue;
      notImported.report(row);
      const cells = levels.map(({ label, index }, position) => ({
        level: ids[position]!,
        value: row.cells[index] ?? '',
        at: this.at(row.row, label),
      }));
      if (found.first) {
        for (const { level, value, at } of cells) this.setLevel(found.skill, level, value, at);
        continue;
      }
      const nameColumn = findColumn(columns, SKILL);
      const description = this.descriptionColumn(columns);
      const repeated = {
        at: this.at(row.row),
        nameAt: this.at(row.row, columns[nameColumn]),
        name: found.skill.name,
        first: found.skill.row,
        ...(description < 0 ? {} : { description: { value: row.cells[description] ?? '', at: this.at(row.row, columns[description]) } }),
        levels: cells,
      };
      if (mergeSkillRow(found.skill, repeated, this.log, this.cleaning)) this.notApplicable = true;
    }
  }

  readLong(table: CsvTable): void {
    const { columns } = table;
    const levelColumn = findColumn(columns, LEVEL);
    const descriptorColumn = findColumn(columns, DESCRIPTOR) >= 0 ? findColumn(columns, DESCRIPTOR) : findColumn(columns, DESCRIPTION);
    const used = [SKILL, CATEGORY, DESCRIPTION, ID, LEVEL, DESCRIPTOR].map((pattern) => findColumn(columns, pattern));
    const ignored = columns
      .map((label, index) => ({ label: label || `#${index + 1}`, index }))
      .filter(({ index }) => !used.includes(index));
    const notImported = new IgnoredColumns(ignored, this.log, (row, column) => this.at(row, column), table.header);
    const repeats = new RepeatFinder();
    for (const row of table.rows) {
      // The same row twice would write its descriptor twice: the repeat is left out.
      const first = repeats.firstOf(row, `${row.cells[findColumn(columns, SKILL)] ?? ''}\u0000${row.cells[levelColumn] ?? ''}`);
      if (first !== undefined) {
        this.log.leaveOut(this.at(row.row), 'row.duplicate', { first });
        continue;
      }
      const found = this.skill(table, row);
      if (!found) continue;
      notImported.report(row);
      const label = readPlain(row.cells[levelColumn] ?? '', this.cleaning, this.at(row.row, columns[levelColumn]));
      const descriptor = row.cells[descriptorColumn] ?? '';
      if (isAbsent(label)) {
        // A row that only names its skill loses nothing; one with a descriptor loses that.
        if (descriptor.trim() !== '') this.log.warn('row.noLevel', this.at(row.row, columns[levelColumn]), { skill: found.skill.name });
        continue;
      }
      this.setLevel(found.skill, this.level(label), descriptor, this.at(row.row, columns[descriptorColumn]));
    }
  }
}

/**
 * The long form has a Level column and a column of descriptors (`Descriptor`, or `Description` when
 * there is no such column); any other column is known or plainly not a level. Otherwise every other
 * header names a level: the wide form.
 */
function isLongForm(columns: readonly string[]): boolean {
  const known = [SKILL, CATEGORY, DESCRIPTION, ID, LEVEL, DESCRIPTOR, NOT_LEVEL];
  const has = (pattern: RegExp) => findColumn(columns, pattern) >= 0;
  return (
    has(LEVEL) &&
    (has(DESCRIPTOR) || has(DESCRIPTION)) &&
    columns.every((column) => column === '' || known.some((pattern) => pattern.test(column)))
  );
}

/** Imports a wide or long spreadsheet CSV (see `SpreadsheetImportOptions`). Never throws. */
export function importSpreadsheet(text: string, options: SpreadsheetImportOptions = {}, file?: string): ImportResult {
  const reader = new SpreadsheetReader(file);
  const { log } = reader;
  if (!withinLimit(text, log, file)) return finishImport(undefined, log);
  const table = readCsvTable(text, log, (columns) => columns.some((column) => SKILL.test(column)), file);
  if (!table) return finishImport(undefined, log);
  if (isLongForm(table.columns)) reader.readLong(table);
  else reader.readWide(table);
  reportCleaning(reader.cleaning, log);
  if (reader.skills.size === 0 && !log.failed) log.error('import.empty', file === undefined ? {} : { file });
  if (reader.scale.length === 0 && !log.failed) log.error('import.noLevels', file === undefined ? {} : { file });
  if (log.failed) return finishImport(undefined, log);
  const framework: FrameworkInput = {
    ...frameworkHeader(options, baseName(file ?? '').replace(/\.[^.]*$/, '') || 'Imported framework'),
    scale: { levels: reader.scale, allowNotApplicable: reader.notApplicable },
    categories: [...reader.categories.values()],
    skills: [...reader.skills.values()].map(({ row: _row, ...skill }) => skill),
  };
  return finishImport(framework, log);
}
