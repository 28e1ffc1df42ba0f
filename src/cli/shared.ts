/** What every command of `career-frameworks` shares: its options, streams, errors and file handling. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { ImportFile } from '../core/io/index.js';
import type { ImportIssue, ImportResult } from '../core/io/report.js';
import { formatImportIssue, formatLocation, formatRowCounts } from '../i18n/import-report.js';

/** Inputs above this size get a line saying what is being read: the rest is quick enough to need none. */
const PROGRESS_BYTES = 1024 * 1024;

export const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  id: { type: 'string' },
  title: { type: 'string' },
  version: { type: 'string' },
  language: { type: 'string' },
  levels: { type: 'string' },
  map: { type: 'string', multiple: true },
  'map-level': { type: 'string', multiple: true },
  csv: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'en' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

/** A command that cannot run as given (usage, or a file that cannot be read or written): exit code 2. */
export class CommandError extends Error {}

export interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * The options as parsed, written out rather than derived from `parseArgs`'s types, so the published
 * declarations import nothing from Node's.
 */
export interface Values {
  readonly from?: string;
  readonly to?: string;
  readonly output?: string;
  readonly id?: string;
  readonly title?: string;
  readonly version?: string;
  readonly language?: string;
  readonly levels?: string;
  readonly map?: string[];
  readonly 'map-level'?: string[];
  readonly csv: boolean;
  readonly json: boolean;
  readonly strict: boolean;
  readonly lang: string;
  readonly help: boolean;
}

export interface Context {
  readonly values: Values;
  readonly streams: Streams;
  readonly locale: string;
}

/**
 * The report as `--json` prints it: stable keys for scripts; each issue names its file in `at.file`;
 * `rows` says, per input, how many rows were read, placed, kept in part and left out.
 */
export function jsonReport(
  command: string,
  result: Pick<ImportResult, 'ok' | 'issues'> & Partial<Pick<ImportResult, 'rows'>>,
  locale: string,
  extra: Record<string, unknown> = {},
) {
  const issue = (item: ImportIssue) => ({
    severity: item.severity,
    key: item.key,
    message: formatImportIssue(item, locale),
    location: formatLocation(item.at, locale),
    at: item.at,
    ...(item.params ? { params: item.params } : {}),
  });
  const errors = result.issues.filter((item) => item.severity === 'error').length;
  const rows = result.rows ?? [];
  const totals = rows.length === 0 ? {} : { rows, rowsSummary: formatRowCounts(rows, locale, result.ok) };
  return { command, ok: result.ok, errors, warnings: result.issues.length - errors, ...totals, issues: result.issues.map(issue), ...extra };
}

export const printJson = (streams: Streams, value: unknown) => streams.out(`${JSON.stringify(value, null, 2)}\n`);

export function readInput(path: string, { streams, values }: Context): ImportFile {
  try {
    const bytes = statSync(path).size;
    if (!values.json && bytes > PROGRESS_BYTES) streams.err(`Reading ${basename(path)} (${(bytes / 1048576).toFixed(1)} MB)…\n`);
    return { text: readFileSync(path, 'utf8'), name: basename(path) };
  } catch (cause) {
    throw new CommandError(`Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
}

export function write(output: string | undefined, text: string, streams: Streams): void {
  if (output === undefined) return streams.out(text);
  try {
    writeFileSync(output, text);
  } catch (cause) {
    throw new CommandError(`Cannot write ${output}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
}
