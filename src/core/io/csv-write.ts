// Writing CSV needs no parser: quoting is four rules (RFC 4180). Kept apart from the reader so a page
// that only exports (the team heatmap, assessments) does not carry papaparse.

/**
 * What makes a spreadsheet read a cell as a formula (`= + - @`, after any spaces or line breaks, since
 * some programs trim them; a tab or return first), and the apostrophe that escapes them.
 */
const FORMULA_START = /^(?:[ \n]*[=+\-@]|[\t\r'])/;

/**
 * A cell safe to open in a spreadsheet: one that would start a formula gets a leading apostrophe, as
 * does one that already starts with one, so `unescapeCell` gives the text back exactly.
 */
export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * The inverse of `neutraliseCell`. Only an apostrophe before what it escapes is taken off, so quoted
 * text a person wrote ('hard' skills) stays as written.
 */
export const unescapeCell = (value: string): string =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;

/** A cell in quotes when it holds a separator, a quote or a line break; quotes inside doubled. */
const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** CSV text (RFC 4180, CRLF between rows, every cell neutralised) from rows of cells. */
export function formatCsv(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((cells) => cells.map((cell) => quoted(neutraliseCell(cell))).join(',')).join('\r\n');
}
