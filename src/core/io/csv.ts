import Papa from 'papaparse';
import { unescapeCell } from './csv-write.js';
import type { ImportLog } from './report.js';

/** One spreadsheet row: its cells and its 1-based row number as a spreadsheet shows it. */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: CsvRow;
  /** Rows after the header, blank rows left out (their numbers are not reused). */
  readonly rows: readonly CsvRow[];
  /** Header text of each column, trimmed. */
  readonly columns: readonly string[];
}

const BOM = '\uFEFF';
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator under which the file has a header row, the one that gives it most columns. Papa's own
 * guess averages over the first rows, so title rows and blank rows above the header mislead it.
 */
function delimiterFor(source: string, isHeader: (columns: readonly string[]) => boolean): string | undefined {
  let best: { delimiter: string; columns: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(source, { delimiter, preview: 25, skipEmptyLines: true }).data;
    const header = rows.find((row) => isHeader(row.map((cell) => unescapeCell(String(cell)).trim())));
    const columns = header?.filter((cell) => String(cell).trim() !== '').length ?? 0;
    if (columns > (best?.columns ?? 0)) best = { delimiter, columns };
  }
  return best?.delimiter;
}
const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads CSV as spreadsheets write it: comma, semicolon or tab separated (guessed), with or without a
 * byte-order mark, quoted cells over several lines. Never throws; broken quoting is logged by row.
 */
export function readCsvRows(text: string, log: ImportLog, file?: string, delimiter?: string): CsvRow[] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(source, {
    ...(delimiter ? { delimiter } : { delimitersToGuess: [...DELIMITERS] }),
    skipEmptyLines: false,
  });
  for (const problem of parsed.errors) {
    // Papa counts records from 0; a spreadsheet counts rows from 1.
    const row = (problem.row ?? 0) + 1;
    if (problem.code === 'MissingQuotes' || problem.code === 'InvalidQuotes') {
      log.error('csv.quotes', file === undefined ? { row } : { file, row });
    }
  }
  return parsed.data.map((cells, index) => ({ row: index + 1, cells: cells.map(String) }));
}

/**
 * The table under the first row that `isHeader` accepts (title rows above it are reported as ignored),
 * or undefined with an error when no row within the first 20 is a header.
 */
export function readCsvTable(
  text: string,
  log: ImportLog,
  isHeader: (columns: readonly string[]) => boolean,
  file?: string,
): CsvTable | undefined {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows = readCsvRows(source, log, file, delimiterFor(source, isHeader)).filter((row) => !isBlank(row.cells));
  const at = (row?: number) => ({ ...(file === undefined ? {} : { file }), ...(row === undefined ? {} : { row }) });
  if (rows.length === 0) {
    log.error('import.empty', at());
    return undefined;
  }
  const headerCells = (row: CsvRow) => row.cells.map((cell) => unescapeCell(cell).trim());
  const start = rows.slice(0, 20).findIndex((row) => isHeader(headerCells(row)));
  if (start < 0) {
    log.error('csv.noHeader', at(rows[0]!.row));
    return undefined;
  }
  for (const skipped of rows.slice(0, start)) log.warn('cell.ignored', at(skipped.row), { value: skipped.cells.join(' ').trim().slice(0, 80) });
  const header = rows[start]!;
  const columns = headerCells(header);
  const body = rows.slice(start + 1);
  for (const { row, cells } of body) {
    if (cells.length > columns.length && !isBlank(cells.slice(columns.length))) {
      log.warn('csv.fields', at(row), { found: cells.length, expected: columns.length });
    }
  }
  return { header, rows: body, columns };
}

/** The column whose header matches, by position; -1 when none does. */
export function findColumn(columns: readonly string[], pattern: RegExp): number {
  return columns.findIndex((column) => pattern.test(column));
}

export { formatCsv, neutraliseCell, unescapeCell } from './csv-write.js';
