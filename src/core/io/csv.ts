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
/** Excel's first line naming the separator (`sep=;`), written by its "CSV for another locale" exports. */
const SEP_LINE = /^"?sep=([,;\t|])"?[ \t]*(?:\r\n|\n|\r|$)/i;

type Newline = '\n' | '\r' | '\r\n';

/**
 * The text as one kind of line break, without a byte-order mark or a `sep=` line; the separator that
 * line names, and how many rows it took (so row numbers still count from the file's first line).
 * Files put together from several sources mix `\r\n`, `\n` and lone `\r`, which Papa cannot do at once.
 */
function prepare(text: string): { source: string; newline: Newline; delimiter?: string; offset: number } {
  let source = text.startsWith(BOM) ? text.slice(1) : text;
  // One kind of line break throughout needs no copy of a large file; a mix is made one kind.
  const mixed = /\r(?!\n)|(?<!\r)\n/.exec(source) !== null && source.includes('\r');
  if (mixed) source = source.replace(/\r\n?/g, '\n');
  const newline: Newline = !mixed && source.includes('\r\n') ? '\r\n' : !mixed && source.includes('\r') ? '\r' : '\n';
  const sep = SEP_LINE.exec(source);
  return sep ? { source: source.slice(sep[0].length), newline, delimiter: sep[1]!, offset: 1 } : { source, newline, offset: 0 };
}

/**
 * The separator under which the file has a header row, the one that gives it most columns. Papa's own
 * guess averages over the first rows, so title rows and blank rows above the header mislead it.
 */
function delimiterFor(source: string, newline: Newline, isHeader: (columns: readonly string[]) => boolean): string | undefined {
  let best: { delimiter: string; columns: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(source, { delimiter, newline, preview: 25, skipEmptyLines: true }).data;
    const header = rows.find((row) => isHeader(row.map(headerText)));
    const columns = header?.filter((cell) => String(cell).trim() !== '').length ?? 0;
    if (columns > (best?.columns ?? 0)) best = { delimiter, columns };
  }
  return best?.delimiter;
}
const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
/** A header cell as matched and shown: spacing and line breaks inside it collapsed. */
const headerText = (cell: unknown) => unescapeCell(String(cell)).replace(/\s+/g, ' ').trim();

/**
 * Reads CSV as spreadsheets write it: comma, semicolon or tab separated (guessed, or named by a `sep=`
 * first line), with or without a byte-order mark, any mix of line breaks, quoted cells over several
 * lines. Never throws; broken quoting is a warning at its row (the rows after it are read as Papa
 * parses them, so nothing is dropped).
 */
export function readCsvRows(text: string, log: ImportLog, file?: string, delimiter?: string): CsvRow[] {
  const prepared = prepare(text);
  return parseRows({ ...prepared, delimiter: delimiter ?? prepared.delimiter }, log, file);
}

function parseRows({ source, newline, delimiter, offset }: ReturnType<typeof prepare>, log: ImportLog, file: string | undefined): CsvRow[] {
  const parsed = Papa.parse<string[]>(source, {
    ...(delimiter ? { delimiter } : { delimitersToGuess: [...DELIMITERS] }),
    newline,
    skipEmptyLines: false,
  });
  const reported = new Set<number>();
  for (const problem of parsed.errors) {
    // Papa counts records from 0; a spreadsheet counts rows from 1.
    const row = (problem.row ?? 0) + 1 + offset;
    if ((problem.code === 'MissingQuotes' || problem.code === 'InvalidQuotes') && !reported.has(row)) {
      reported.add(row);
      log.warn('csv.quotes', file === undefined ? { row } : { file, row });
    }
  }
  return parsed.data.map((cells, index) => ({ row: index + 1 + offset, cells: cells.map(String) }));
}

/**
 * The table under the first row that `isHeader` accepts (title rows above it are read, left out and
 * reported), or undefined with an error when no row within the first 20 is a header. Every row under
 * the header that is not blank is counted as read.
 */
export function readCsvTable(
  text: string,
  log: ImportLog,
  isHeader: (columns: readonly string[]) => boolean,
  file?: string,
): CsvTable | undefined {
  const prepared = prepare(text);
  const delimiter = prepared.delimiter ?? delimiterFor(prepared.source, prepared.newline, isHeader);
  const rows = parseRows({ ...prepared, delimiter }, log, file).filter((row) => !isBlank(row.cells));
  const at = (row?: number) => ({ ...(file === undefined ? {} : { file }), ...(row === undefined ? {} : { row }) });
  if (rows.length === 0) {
    log.error('import.empty', at());
    return undefined;
  }
  const start = rows.slice(0, 20).findIndex((row) => isHeader(row.cells.map(headerText)));
  if (start < 0) {
    log.error('csv.noHeader', at(rows[0]!.row));
    return undefined;
  }
  for (const skipped of rows.slice(0, start)) {
    log.read(at(skipped.row), 'row');
    log.leaveOut(at(skipped.row), 'cell.ignored', { value: skipped.cells.join(' ').trim().slice(0, 80) });
  }
  const header = rows[start]!;
  const columns = header.cells.map(headerText);
  const body = rows.slice(start + 1);
  for (const { row, cells } of body) {
    log.read(at(row), 'row');
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
