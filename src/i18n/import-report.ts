import { ISSUE_KEYS, type IssueKey } from '../core/issues.js';
import type { ImportIssue, RowCount, SourceLocation } from '../core/io/report.js';
import { formatMessage } from './catalogue.js';
import { importCy } from './import-cy.js';
import { importEn, type ImportMessageKey } from './import-en.js';
import type { MessageKey } from './catalogue.js';
import { issueText, type Translator } from './issue-text.js';
import { issueEn, issueMessages } from './messages/issues.js';
import { formatPath, supportedLanguage, translateFrom } from './translate.js';
import type { MessageParams } from './types.js';

const importCatalogues = { en: importEn, cy: importCy } as const;

const isValidationKey = (key: string): key is IssueKey => (ISSUE_KEYS as readonly string[]).includes(key);

/**
 * Validation messages and the words for kinds of thing come from the issues' message set, not the
 * whole catalogue: the importer file carries no element's messages.
 */
const shared = (locale: string): Translator => ({
  t: (key, params) => translateFrom(issueMessages, locale, key, params),
  has: (key) => Object.hasOwn(issueEn, key),
});

function t(locale: string, key: ImportMessageKey, params?: MessageParams): string {
  const language = supportedLanguage(locale) as keyof typeof importCatalogues;
  return formatMessage(importCatalogues[language][key], language, params);
}

/** A `kind` parameter (`category`, `learning`) as a word of the report's language. */
function withKindInWords(params: MessageParams, locale: string): MessageParams {
  const { kind } = params;
  if (typeof kind !== 'string') return params;
  const own = `kind.${kind}`;
  const word = Object.hasOwn(importEn, own)
    ? t(locale, own as ImportMessageKey)
    : shared(locale).has(own)
      ? shared(locale).t(own as MessageKey)
      : kind;
  return { ...params, kind: word };
}

/** Where an issue is, as a framework author reads it: `roles.csv, row 12, column “Skill Level”`. */
export function formatLocation(at: SourceLocation, locale = 'en'): string {
  const parts: string[] = [];
  if (at.file !== undefined) parts.push(t(locale, 'at.file', { file: at.file }));
  if (at.row !== undefined) parts.push(t(locale, 'at.row', { row: at.row }));
  if (at.column !== undefined) parts.push(t(locale, 'at.column', { column: at.column }));
  if (at.line !== undefined) parts.push(t(locale, 'at.line', { line: at.line }));
  if (at.path !== undefined && at.path.length > 0) parts.push(t(locale, 'at.path', { path: formatPath(at.path) }));
  return parts.join(t(locale, 'at.join'));
}

/** An issue's sentence without its location. */
function issueMessage(key: string, params: MessageParams | undefined, locale: string): string {
  if (isValidationKey(key)) return issueText({ key, ...(params ? { params } : {}) }, shared(locale));
  if (key === 'import.dropped' && typeof params?.problem === 'string') {
    // The schema's own problem, then what the import did about it.
    const { problem, ...inner } = params;
    return t(locale, 'import.dropped', { problem: issueMessage(problem, inner, locale) });
  }
  return t(locale, key as ImportMessageKey, params && withKindInWords(params, locale));
}

/** One import issue as a sentence in English or Welsh, with where it is. */
export function formatImportIssue(issue: ImportIssue, locale = 'en'): string {
  const message = issueMessage(issue.key, issue.params, locale);
  const at = formatLocation(issue.at, locale);
  return at === '' ? message : t(locale, 'at.message', { at, message });
}

export interface ReportOptions {
  /** The file or command the report is about, named in its first line. */
  readonly name: string;
  readonly locale?: string;
  /** `validate` says valid / not valid; `import` says imported / not imported. */
  readonly verb: 'validate' | 'import';
  /** Issues of one kind beyond this many are counted, not listed. */
  readonly perKind?: number;
  /** What became of each input's rows, said after the verdict. */
  readonly rows?: readonly RowCount[];
}

/**
 * Each input's rows in one line: `roles.csv: 1,825 rows read: 1,797 placed, 28 kept in part, 0 left
 * out.` When nothing was imported, only how many were read.
 */
export function formatRowCounts(rows: readonly RowCount[], locale = 'en', imported = true): string[] {
  return rows.map((count) => {
    const params = {
      file: count.file ?? t(locale, 'report.input'),
      read: t(locale, `report.read.${count.unit}`, { count: count.read }),
      placed: count.placed,
      partial: count.partial,
      leftOut: count.leftOut,
    };
    return t(locale, imported ? 'report.rows' : 'report.rowsFailed', params);
  });
}

/** A readable import or validation report: a verdict with counts, then errors, then warnings, grouped by kind. */
export function formatImportReport(issues: readonly ImportIssue[], options: ReportOptions): string {
  const locale = options.locale ?? 'en';
  const perKind = options.perKind ?? 10;
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const verdict: ImportMessageKey =
    options.verb === 'validate' ? (errors.length ? 'report.invalid' : 'report.valid') : errors.length ? 'report.failed' : 'report.imported';
  const counts = t(locale, 'report.counts', {
    errors: t(locale, 'report.errors', { count: errors.length }),
    warnings: t(locale, 'report.warnings', { count: warnings.length }),
  });
  const lines = [`${t(locale, verdict, { name: options.name })} ${counts}`];
  for (const line of formatRowCounts(options.rows ?? [], locale, errors.length === 0)) lines.push(`  ${line}`);
  const section = (heading: ImportMessageKey, group: readonly ImportIssue[]) => {
    if (group.length === 0) return;
    lines.push('', t(locale, heading));
    const byKey = new Map<string, ImportIssue[]>();
    for (const issue of group) byKey.set(issue.key, [...(byKey.get(issue.key) ?? []), issue]);
    for (const same of byKey.values()) {
      for (const issue of same.slice(0, perKind)) lines.push(`  ${formatImportIssue(issue, locale)}`);
      if (same.length > perKind) lines.push(`  ${t(locale, 'report.more', { count: same.length - perKind })}`);
    }
  };
  section('report.errorsHeading', errors);
  section('report.warningsHeading', warnings);
  return `${lines.join('\n')}\n`;
}
