import { hasErrors, type Issue, type IssueKey, type IssueParams, type IssuePath } from '../issues.js';
import { MAX_INPUT_CHARS } from '../input.js';
import { parseFramework } from '../parse.js';
import type { Framework } from '../schema/framework.js';

/** What importers report beyond schema validation; each key has English and Welsh text in the import catalogue. */
export const IMPORT_ISSUE_KEYS = [
  'import.empty',
  'import.format',
  'import.oneFile',
  'import.ddatFiles',
  'csv.quotes',
  'csv.fields',
  'csv.noHeader',
  'csv.missingColumn',
  'cell.placeholder',
  'cell.required',
  'cell.duplicate',
  'cell.ignored',
  'level.unknown',
  'skill.addedFromRoles',
  'role.duplicateLevel',
  'html.removed',
  'html.unsafeLink',
  'html.escapedMarkup',
  'doc.noSkills',
  'doc.noLevels',
  'doc.orphanText',
  'doc.splitItems',
  'id.changed',
  'ref.dropped',
  'url.dropped',
  'case.noDocument',
  'case.noLevels',
  'case.noSkills',
  'case.multipleParents',
  'case.unknownItem',
  'case.association',
  'package.missingPart',
] as const;

export type ImportIssueKey = (typeof IMPORT_ISSUE_KEYS)[number];

/** Where a problem is, in the terms of the file it came from (what a framework author can find). */
export interface SourceLocation {
  /** The input's name as given (a file name, or the part of a package). */
  readonly file?: string;
  /** Spreadsheet row, 1-based from the first row of the file: a quoted multi-line cell is still one row. */
  readonly row?: number;
  /** Column header as written in the file. */
  readonly column?: string;
  /** Text line, 1-based, for documents. */
  readonly line?: number;
  /** A path into JSON input, or (for schema problems) into the framework the import produced. */
  readonly path?: IssuePath;
}

export interface ImportIssue {
  readonly key: ImportIssueKey | IssueKey;
  readonly severity: 'error' | 'warning';
  readonly at: SourceLocation;
  readonly params?: IssueParams;
}

/** An import never throws: it returns a valid framework with its warnings, or every problem found. */
export type ImportResult =
  | { readonly ok: true; readonly framework: Framework; readonly issues: readonly ImportIssue[] }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/** Collects an importer's issues as it goes. */
export class ImportLog {
  readonly issues: ImportIssue[] = [];

  error(key: ImportIssueKey | IssueKey, at: SourceLocation, params?: IssueParams): void {
    this.issues.push(params ? { key, severity: 'error', at, params } : { key, severity: 'error', at });
  }

  warn(key: ImportIssueKey | IssueKey, at: SourceLocation, params?: IssueParams): void {
    this.issues.push(params ? { key, severity: 'warning', at, params } : { key, severity: 'warning', at });
  }

  /** Schema or parser issues (located by path) as import issues of one file. */
  addIssues(issues: readonly Issue[], file?: string): void {
    for (const { key, severity, path, params } of issues) {
      const at = file === undefined ? { path } : { file, path };
      this.issues.push(params ? { key, severity, at, params } : { key, severity, at });
    }
  }

  get failed(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}

/** Errors first, each group in the order found. */
export const errorsFirst = (issues: readonly ImportIssue[]): ImportIssue[] => [
  ...issues.filter((issue) => issue.severity === 'error'),
  ...issues.filter((issue) => issue.severity === 'warning'),
];

/**
 * Refuses an input above the size limit before any parser sees it. Returns false (with an error
 * logged) when the input is too large.
 */
export function withinLimit(text: string, log: ImportLog, file?: string, limit = MAX_INPUT_CHARS): boolean {
  if (text.length <= limit) return true;
  log.error('input.tooLarge', file === undefined ? {} : { file }, { size: text.length, limit });
  return false;
}

/**
 * The last step of every importer: the framework it built is validated like any framework file, so an
 * import can never produce what `parseFramework` would refuse.
 */
export function finishImport(candidate: unknown, log: ImportLog): ImportResult {
  if (log.failed) return { ok: false, issues: errorsFirst(log.issues) };
  const parsed = parseFramework(candidate);
  log.addIssues(parsed.issues);
  if (!parsed.ok || hasErrors(parsed.issues)) return { ok: false, issues: errorsFirst(log.issues) };
  return { ok: true, framework: parsed.value, issues: errorsFirst(log.issues) };
}
