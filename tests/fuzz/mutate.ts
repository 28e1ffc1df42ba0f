// Seeded mutations of real import files, in the ways published files differ from a sample: columns
// reordered, added or missing; placeholders in any cell; repeated rows and blank lines; mixed line
// breaks, a byte-order mark, a `sep=` line, trailing separators; cells cut short; other case and spacing.
import { random } from '../fixtures/import/ddat-generate.mjs';

export type Random = () => number;
export const seeded = (seed: number): Random => random(seed);

export const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const chance = (next: Random, p: number) => next() < p;
const between = (next: Random, low: number, high: number) => low + Math.floor(next() * (high - low + 1));

export const PLACEHOLDERS = ['NOT IN USE', 'N/A', 'TBC', '-', '', 'MISSING', 'n/a', ' tbc '];
const EXTRA_COLUMNS = ['Notes', 'Owner', 'Last updated', 'Zzz', 'Comments', 'Version', ''];

/** Text in another case or with other spacing: what a retyped cell looks like. */
export function respace(next: Random, text: string): string {
  switch (between(next, 0, 4)) {
    case 0:
      return text.toUpperCase();
    case 1:
      return text.toLowerCase();
    case 2:
      return `  ${text} `;
    case 3:
      return text.replace(/ /g, '  ');
    default:
      return text.replace(/\n/g, ' \n');
  }
}

/** A cell cut short, as a spreadsheet column too narrow for an export leaves it. */
const cut = (next: Random, text: string) => text.slice(0, Math.floor(next() * text.length));

export interface Table {
  /** Rows of cells, the header among them at `header`. */
  rows: string[][];
  header: number;
}

/** One to four of the table mutations; the header row is reordered with the rest but never emptied. */
export function mutateTable(next: Random, table: Table): Table {
  const rows = table.rows.map((row) => [...row]);
  let header = table.header;
  const body = () => between(next, header + 1, Math.max(header + 1, rows.length - 1));
  const width = Math.max(...rows.map((row) => row.length));
  for (let n = between(next, 1, 4); n > 0 && rows.length > header + 1; n--) {
    switch (between(next, 0, 9)) {
      case 0: {
        // Columns in another order.
        const order = Array.from({ length: width }, (_, i) => i).sort(() => next() - 0.5);
        for (const [r, row] of rows.entries()) rows[r] = order.map((i) => row[i] ?? '');
        break;
      }
      case 1: {
        // An unknown extra column, somewhere.
        const at = between(next, 0, width);
        for (const [r, row] of rows.entries())
          row.splice(at, 0, r === header ? pick(next, EXTRA_COLUMNS) : chance(next, 0.5) ? `note ${r}` : '');
        break;
      }
      case 2: {
        // A column missing (an optional one, or one the import cannot do without).
        const at = between(next, 0, width - 1);
        for (const row of rows) row.splice(at, 1);
        break;
      }
      case 3: {
        // A placeholder in any cell below the header.
        const row = rows[body()]!;
        row[between(next, 0, Math.max(0, row.length - 1))] = pick(next, PLACEHOLDERS);
        break;
      }
      case 4: {
        // A row repeated, at once or further down.
        const from = body();
        rows.splice(between(next, from, rows.length), 0, [...rows[from]!]);
        break;
      }
      case 5: {
        // A cell cut short, or a row that ends early.
        const row = rows[body()]!;
        if (chance(next, 0.5)) row.length = between(next, 1, row.length);
        else {
          const at = between(next, 0, Math.max(0, row.length - 1));
          row[at] = cut(next, row[at] ?? '');
        }
        break;
      }
      case 6: {
        // Another case or spacing, in a cell or in the header.
        const r = chance(next, 0.2) ? header : body();
        const row = rows[r]!;
        const at = between(next, 0, Math.max(0, row.length - 1));
        row[at] = respace(next, row[at] ?? '');
        break;
      }
      case 7: {
        // A title row above the header.
        rows.unshift(['Capability framework export', ...Array<string>(width - 1).fill('')]);
        header++;
        break;
      }
      case 8:
        // A row removed.
        rows.splice(body(), 1);
        break;
      default: {
        // Every cell of a row turned to placeholders: nothing left to place.
        const r = body();
        rows[r] = rows[r]!.map(() => pick(next, PLACEHOLDERS));
      }
    }
  }
  return { rows, header };
}

const NEWLINES = ['\n', '\r\n', '\r'] as const;

/**
 * The table as CSV text: a separator (named on a `sep=` line sometimes), quoting where needed and at
 * random elsewhere, line breaks of one kind or mixed, a byte-order mark, trailing separators and blank
 * lines. Returns the text and how many rows of data it holds (rows with a cell that is not blank, the
 * header and a `sep=` line aside): what the import must count as read.
 */
export function writeCsv(next: Random, { rows, header }: Table): { text: string; dataRows: number } {
  const separator = pick(next, [',', ';', '\t']);
  const quoteAll = chance(next, 0.3);
  const mixed = chance(next, 0.3);
  const newline = pick(next, NEWLINES);
  const trailing = chance(next, 0.2);
  const cell = (value: string) =>
    quoteAll || value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
  const lines: string[] = [];
  let dataRows = 0;
  rows.forEach((row, r) => {
    if (r !== header && row.some((value) => value.trim() !== '')) dataRows++;
    lines.push(row.map(cell).join(separator) + (trailing ? separator : ''));
    if (chance(next, 0.05)) lines.push(chance(next, 0.5) ? '' : separator.repeat(row.length));
  });
  const sep = chance(next, 0.1) ? `sep=${separator}${newline}` : '';
  const bom = chance(next, 0.2) ? '\uFEFF' : '';
  const text = lines.map((line) => line + (mixed ? pick(next, NEWLINES) : newline)).join('');
  return { text: bom + sep + text, dataRows };
}

/** A document's lines mutated: placeholders in level rows, repeats, blank lines, cuts, case and spacing. */
export function mutateLines(next: Random, lines: readonly string[]): string[] {
  const out = [...lines];
  const any = () => between(next, 0, Math.max(0, out.length - 1));
  for (let n = between(next, 1, 4); n > 0 && out.length > 0; n--) {
    switch (between(next, 0, 5)) {
      case 0: {
        const withTab = out.map((line, i) => (line.includes('\t') ? i : -1)).filter((i) => i >= 0);
        if (withTab.length) {
          const i = pick(next, withTab);
          out[i] = `${out[i]!.slice(0, out[i]!.indexOf('\t'))}\t${pick(next, PLACEHOLDERS)}`;
        }
        break;
      }
      case 1: {
        const i = any();
        out.splice(i, 0, out[i]!);
        break;
      }
      case 2:
        out.splice(any(), 0, '');
        break;
      case 3: {
        const i = any();
        out[i] = cut(next, out[i]!);
        break;
      }
      case 4: {
        const i = any();
        out[i] = respace(next, out[i]!);
        break;
      }
      default:
        out.splice(any(), 1);
    }
  }
  return out;
}

/** Lines joined with one kind of line break or a mix, sometimes after a byte-order mark. */
export function writeLines(next: Random, lines: readonly string[]): string {
  const mixed = chance(next, 0.3);
  const newline = pick(next, NEWLINES);
  return (
    (chance(next, 0.2) ? '\uFEFF' : '') +
    lines.map((line, i) => line + (i === lines.length - 1 ? '' : mixed ? pick(next, NEWLINES) : newline)).join('')
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with items changed as hand edits and exports do: keys gone, values of other types, repeats, cuts. */
export function mutateJson(next: Random, value: Json): Json {
  const copy = structuredClone(value);
  const arrays: Json[][] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) {
      arrays.push(node);
      node.forEach(walk);
    } else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(copy);
  for (let n = between(next, 1, 4); n > 0; n--) {
    const list = arrays.length ? pick(next, arrays) : undefined;
    if (!list || list.length === 0) continue;
    const i = between(next, 0, list.length - 1);
    const item = list[i]!;
    const keys = item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [];
    switch (between(next, 0, 5)) {
      case 0:
        list.splice(between(next, 0, list.length), 0, structuredClone(item));
        break;
      case 1:
        list.splice(i, 1);
        break;
      case 2:
        if (keys.length) delete (item as Record<string, Json>)[pick(next, keys)];
        break;
      case 3:
        if (keys.length) (item as Record<string, Json>)[pick(next, keys)] = pick<Json>(next, [...PLACEHOLDERS, 42, null, [], {}, true]);
        break;
      case 4:
        if (keys.length) {
          const key = pick(next, keys);
          const old = (item as Record<string, Json>)[key];
          if (typeof old === 'string') (item as Record<string, Json>)[key] = chance(next, 0.5) ? respace(next, old) : cut(next, old);
        }
        break;
      default:
        list.splice(i, 1, pick<Json>(next, ['text', 7, null]));
    }
  }
  return copy;
}

/** JSON text, sometimes with a byte-order mark, sometimes cut short (then it is not JSON at all). */
export function writeJson(next: Random, value: Json): string {
  const text = JSON.stringify(value, null, chance(next, 0.5) ? 2 : undefined);
  const bom = chance(next, 0.1) ? '\uFEFF' : '';
  return bom + (chance(next, 0.03) ? cut(next, text) : text);
}

export type { Json };
