/**
 * What `<cf-framework format>` loads, only when a page asks for a format other than JSON: the
 * importers with their parsers, and the import report's messages. Kept out of every other page.
 */
import { importFramework, IMPORT_FORMATS, isImportFormat } from '../../core/io/index.js';
import type { ImportIssue, RowCount } from '../../core/io/report.js';
import { ISSUE_KEYS, type Issue, type IssueKey, type ParseResult } from '../../core/issues.js';
import type { Framework } from '../../core/schema/framework.js';
import { formatImportIssue } from '../../i18n/import-report.js';

export interface ElementImport {
  /** The outcome in the element's terms: the framework, or the schema problems (by path in it). */
  readonly outcome: ParseResult<Framework>;
  /** The whole import report, located by row, column or line in the file. */
  readonly issues: readonly ImportIssue[];
  /** How many rows of the file were read, placed, kept in part and left out. */
  readonly rows: readonly RowCount[];
  /** The report's errors as sentences in a language, for the error summary. */
  readonly errors: (locale: string) => string[];
}

const isSchemaIssue = (issue: ImportIssue): issue is ImportIssue & { key: IssueKey } =>
  (ISSUE_KEYS as readonly string[]).includes(issue.key);

/** The file's name, as the report locates issues by it: `skills.csv` for `/data/skills.csv?v=2`. */
function fileName(src: string, base: string): string {
  const last = new URL(src, base).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || src;
  } catch {
    return last || src; // a malformed escape (`a%E0.csv`): the name as written
  }
}

/** Imports the text fetched from `src` as `format`; an unknown format is an error that names the known ones. */
export function importForElement(format: string, text: string, src: string, base: string): ElementImport {
  const name = fileName(src, base);
  const result = isImportFormat(format)
    ? importFramework(format, [{ text, name }])
    : {
        ok: false as const,
        issues: [
          { key: 'import.format', severity: 'error', at: {}, params: { format, formats: IMPORT_FORMATS.join(', ') } } satisfies ImportIssue,
        ],
        rows: [],
      };
  const issues = result.issues
    .filter(isSchemaIssue)
    .map(({ key, severity, at, params }): Issue => ({ key, severity, path: at.path ?? [], ...(params ? { params } : {}) }));
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  return {
    outcome: result.ok ? { ok: true, value: result.framework, issues } : { ok: false, issues },
    issues: result.issues,
    rows: result.rows,
    errors: (locale) => errors.map((issue) => formatImportIssue(issue, locale)),
  };
}
