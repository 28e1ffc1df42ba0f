/**
 * What the spreadsheet importers (DDaT and CSV) share about rows: a skill given on more than one row
 * (the rows after the first fill what it left empty, the first row's text wins where both have some,
 * and the report says which), rows repeated whole, and columns that are not imported.
 */
import { isNotApplicable } from '../levels.js';
import type { Rich } from '../schema/text.js';
import { applyCell, readCell, readRich, type CellValue, type SkillDraft } from './cells.js';
import type { CsvRow } from './csv.js';
import type { HtmlCleaning } from './rich-from-html.js';
import type { ImportLog, SourceLocation } from './report.js';

/** One level's cell of a skill row. */
export interface LevelCell {
  readonly level: string;
  readonly value: string;
  readonly at: SourceLocation;
}

export interface RepeatedRow {
  /** The row's own location, and its name cell's (where the report points). */
  readonly at: SourceLocation;
  readonly nameAt: SourceLocation;
  readonly name: string;
  /** The row the skill was first given on. */
  readonly first: number;
  readonly description?: { readonly value: string; readonly at: SourceLocation };
  readonly levels: readonly LevelCell[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function sameAsKept(kept: SkillDraft['levels'][string], cell: CellValue): boolean {
  if (cell.kind === 'notApplicable') return isNotApplicable(kept);
  return cell.kind === 'text' && same(kept, cell.text);
}

/**
 * Merges a repeated skill row into the skill its first row made. A row that adds nothing is left out
 * (`row.duplicate`); one that fills empty levels is noted (`row.merged`); one whose text differs from
 * the first row's keeps only what it could fill (`cell.duplicate`). Returns true when a level it filled
 * is "not applicable", so the scale must allow that.
 */
export function mergeSkillRow(skill: SkillDraft, row: RepeatedRow, log: ImportLog, cleaning: HtmlCleaning): boolean {
  let filled = 0;
  let differs = 0;
  let notApplicable = false;
  if (row.description) {
    const text: Rich | undefined = readRich(row.description.value, row.description.at, cleaning);
    if (text !== undefined && skill.description === undefined) [skill.description, filled] = [text, filled + 1];
    else if (text !== undefined && !same(skill.description, text)) differs++;
  }
  for (const { level, value, at } of row.levels) {
    const cell = readCell(value, at, log, cleaning);
    if (cell.kind === 'empty') continue;
    if (!Object.hasOwn(skill.levels, level)) {
      notApplicable = applyCell(skill.levels, level, cell) || notApplicable;
      filled++;
    } else if (!sameAsKept(skill.levels[level]!, cell)) differs++;
  }
  const params = { value: row.name, first: row.first };
  if (differs > 0) log.warn('cell.duplicate', row.nameAt, params);
  else if (filled > 0) log.warn('row.merged', row.nameAt, params);
  else log.leaveOut(row.at, 'row.duplicate', { first: row.first }, row.nameAt);
  return notApplicable;
}

/**
 * Finds rows that repeat an earlier row cell for cell. Rows are grouped by a short key the caller
 * gives (the cells that place a row), and compared whole only within a group: joining every cell of a
 * large file into keys would copy it all.
 */
export class RepeatFinder {
  readonly #groups = new Map<string, Array<{ row: number; cells: readonly string[] }>>();

  /** The number of the earlier row this one repeats, or undefined (and it is remembered). */
  firstOf(row: { row: number; cells: readonly string[] }, key: string): number | undefined {
    const group = this.#groups.get(key);
    const same = group?.find(({ cells }) => cells.length === row.cells.length && cells.every((cell, i) => cell === row.cells[i]));
    if (same) return same.row;
    if (group) group.push(row);
    else this.#groups.set(key, [row]);
    return undefined;
  }
}

/** A column by its header (or `#n` when it has none) and position. */
export interface Column {
  readonly label: string;
  readonly index: number;
}

type Locate = (row: number, column: string) => SourceLocation;

/**
 * Columns that are not imported: each is reported once at the header (those with a header), and each
 * cell in them that holds something, where it is, as each row is read.
 */
export class IgnoredColumns {
  readonly #log: ImportLog;
  readonly #at: Locate;

  constructor(
    readonly columns: readonly Column[],
    log: ImportLog,
    at: Locate,
    header: CsvRow,
  ) {
    this.#log = log;
    this.#at = at;
    for (const { label, index } of columns)
      if ((header.cells[index] ?? '').trim() !== '') log.warn('column.ignored', at(header.row, label), { column: label });
  }

  report({ row, cells }: CsvRow): void {
    for (const { label, index } of this.columns) {
      const value = (cells[index] ?? '').trim();
      if (value !== '') this.#log.warn('cell.ignored', this.#at(row, label), { value: value.slice(0, 40) });
    }
  }
}
