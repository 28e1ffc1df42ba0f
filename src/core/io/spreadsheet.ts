/**
 * Imports a framework from a spreadsheet saved as CSV, in either of the layouts HR teams write by hand:
 *
 * - wide: one row per skill, one column per level (the headers name the levels, in order), with
 *   optional `Category`, `Description` and `Id` columns;
 * - long: one row per skill and level (`Skill, Level, Descriptor`); levels take the order they first
 *   appear in; several rows for one skill and level become one list.
 *
 * Title rows above the header, blank rows, `;` or tab separators, a byte-order mark and quoted cells
 * over several lines are all fine. Cells may hold bullet lines or HTML.
 */
import type { FrameworkInput } from '../schema/framework.js';
import { applyCell, readCell, readPlain, readRich, type SkillDraft } from './cells.js';
import { findColumn, readCsvTable, type CsvTable } from './csv.js';
import { IdAllocator, slugify } from './ids.js';
import { baseName, frameworkHeader, type FrameworkMetadata } from './metadata.js';
import { newCleaning, reportCleaning } from './rich-from-html.js';
import { finishImport, ImportLog, withinLimit, type ImportResult, type SourceLocation } from './report.js';

export type SpreadsheetImportOptions = FrameworkMetadata;

const SKILL = /^(?:skills?|skill name|name|competenc(?:y|ies|e)|capabilit(?:y|ies)|behaviours?)$/i;
const CATEGORY = /^(?:category|group|area|domain|theme|skill (?:category|group|area)|capability area)$/i;
const DESCRIPTION = /^(?:description|skill description|summary|definition|about)$/i;
const ID = /^(?:id|skill id|code|skill code)$/i;
const LEVEL = /^(?:level|level name|proficiency(?: level)?|skill level)$/i;
const DESCRIPTOR = /^(?:descriptors?|level descriptors?|level description|indicators?|what good looks like|behaviours? at this level)$/i;

class SpreadsheetReader {
  readonly log = new ImportLog();
  readonly cleaning = newCleaning();
  readonly skills = new Map<string, SkillDraft>();
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
    if (name === '') return undefined;
    const key = name.toLowerCase();
    if (!this.categories.has(key)) this.categories.set(key, { id: this.categoryIds.take(slugify(name)).id, name });
    return this.categories.get(key)!.id;
  }

  /** The skill a row is about, made on its first row. */
  skill(table: CsvTable, cells: readonly string[], row: number, wide: boolean): SkillDraft | undefined {
    const { columns } = table;
    const column = (pattern: RegExp) => findColumn(columns, pattern);
    const nameColumn = column(SKILL);
    const name = readPlain(cells[nameColumn] ?? '', this.cleaning, this.at(row, columns[nameColumn]));
    if (name === '') {
      this.log.warn('cell.required', this.at(row, columns[nameColumn]));
      return undefined;
    }
    const key = name.toLowerCase();
    const existing = this.skills.get(key);
    if (existing) {
      if (wide) this.log.warn('cell.duplicate', this.at(row, columns[nameColumn]), { value: name });
      return wide ? undefined : existing;
    }
    const idColumn = column(ID);
    const wantedId = idColumn < 0 ? '' : (cells[idColumn] ?? '').trim();
    const taken = this.skillIds.take(wantedId || slugify(name));
    if (wantedId && taken.changed) this.log.warn('id.changed', this.at(row, columns[idColumn]), { from: wantedId, to: taken.id });
    const skill: SkillDraft = { id: taken.id, name, levels: {} };
    const categoryColumn = column(CATEGORY);
    const category = categoryColumn < 0 ? undefined : this.category(readPlain(cells[categoryColumn] ?? '', this.cleaning, this.at(row)));
    if (category) skill.category = category;
    const descriptionColumn = column(DESCRIPTION);
    // In the long form without a Descriptor column, Description is each level's descriptor.
    if (descriptionColumn >= 0 && (wide || column(DESCRIPTOR) >= 0)) {
      const description = readRich(cells[descriptionColumn] ?? '', this.at(row, columns[descriptionColumn]), this.cleaning);
      if (description !== undefined) skill.description = description;
    }
    this.skills.set(key, skill);
    return skill;
  }

  setLevel(skill: SkillDraft, levelId: string, value: string, at: SourceLocation): void {
    if (applyCell(skill.levels, levelId, readCell(value, at, this.log, this.cleaning))) this.notApplicable = true;
  }

  readWide(table: CsvTable): void {
    const { columns } = table;
    const known = [SKILL, CATEGORY, DESCRIPTION, ID].map((pattern) => findColumn(columns, pattern));
    const levels = columns.map((label, index) => ({ label, index })).filter(({ label, index }) => label !== '' && !known.includes(index));
    if (levels.length === 0) return this.log.error('csv.missingColumn', this.at(table.header.row), { column: 'levels' });
    const ids = levels.map(({ label }) => this.level(label));
    for (const { row, cells } of table.rows) {
      const skill = this.skill(table, cells, row, true);
      if (!skill) continue;
      levels.forEach(({ label, index }, position) => this.setLevel(skill, ids[position]!, cells[index] ?? '', this.at(row, label)));
      columns.forEach((label, index) => {
        if (label === '' && (cells[index] ?? '').trim() !== '') this.log.warn('cell.ignored', this.at(row, `#${index + 1}`), { value: cells[index]!.trim().slice(0, 40) });
      });
    }
  }

  readLong(table: CsvTable): void {
    const { columns } = table;
    const levelColumn = findColumn(columns, LEVEL);
    const descriptorColumn = findColumn(columns, DESCRIPTOR) >= 0 ? findColumn(columns, DESCRIPTOR) : findColumn(columns, DESCRIPTION);
    for (const { row, cells } of table.rows) {
      const skill = this.skill(table, cells, row, false);
      if (!skill) continue;
      const label = readPlain(cells[levelColumn] ?? '', this.cleaning, this.at(row, columns[levelColumn]));
      if (label === '') {
        this.log.warn('cell.required', this.at(row, columns[levelColumn]));
        continue;
      }
      this.setLevel(skill, this.level(label), cells[descriptorColumn] ?? '', this.at(row, columns[descriptorColumn]));
    }
  }
}

/**
 * The long form has a Level column, a column of descriptors (`Descriptor`, or `Description` when there is
 * no such column) and nothing else but the other known columns; any other header names a level.
 */
function isLongForm(columns: readonly string[]): boolean {
  const known = [SKILL, CATEGORY, DESCRIPTION, ID, LEVEL, DESCRIPTOR];
  const has = (pattern: RegExp) => findColumn(columns, pattern) >= 0;
  return has(LEVEL) && (has(DESCRIPTOR) || has(DESCRIPTION)) && columns.every((column) => column === '' || known.some((pattern) => pattern.test(column)));
}

/** Imports a wide or long spreadsheet CSV (see `SpreadsheetImportOptions`). Never throws. */
export function importSpreadsheet(text: string, options: SpreadsheetImportOptions = {}, file?: string): ImportResult {
  const reader = new SpreadsheetReader(file);
  const { log } = reader;
  if (!withinLimit(text, log, file)) return finishImport(undefined, log);
  const table = readCsvTable(text, log, (columns) => columns.some((column) => SKILL.test(column)), file);
  if (!table) return finishImport(undefined, log);
  const long = isLongForm(table.columns);
  if (long) reader.readLong(table);
  else reader.readWide(table);
  reportCleaning(reader.cleaning, log);
  if (reader.skills.size === 0 && !log.failed) log.error('import.empty', file === undefined ? {} : { file });
  if (log.failed) return finishImport(undefined, log);
  const framework: FrameworkInput = {
    ...frameworkHeader(options, baseName(file ?? '').replace(/\.[^.]*$/, '') || 'Imported framework'),
    scale: { levels: reader.scale, allowNotApplicable: reader.notApplicable },
    categories: [...reader.categories.values()],
    skills: [...reader.skills.values()],
  };
  return finishImport(framework, log);
}
