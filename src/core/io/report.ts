import { type Issue, type IssueKey, type IssueParams, type IssuePath } from '../issues.js';
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
  'case.extraCriterion',
  'package.missingPart',
  'row.duplicate',
  'item.duplicate',
  'line.duplicate',
  'row.noRole',
  'row.noSkill',
  'row.noLevel',
  'role.noLevel',
  'requirement.noLevel',
  'requirement.blankLevel',
  'row.merged',
  'requirement.unknownLevel',
  'requirement.notApplicable',
  'cell.differs',
  'column.ignored',
  'import.dropped',
  'import.noLevels',
  'import.internal',
  'migrate.notRecord',
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

/** What one input holds, as its author counts it: spreadsheet rows, document lines, or JSON items. */
export type RowUnit = 'row' | 'line' | 'item';

/**
 * How the rows (lines, items) of one input ended up: `read` = `placed` + `partial` + `leftOut`.
 * A row kept in part or left out has at least one issue located at it that says why.
 */
export interface RowCount {
  readonly file?: string;
  readonly unit: RowUnit;
  /** Every row of data: blank rows and the header row are not counted. */
  readonly read: number;
  /** In the framework whole. */
  readonly placed: number;
  /** In the framework, with something of it not kept (a placeholder, a level the scale lacks, a cell too many). */
  readonly partial: number;
  /** Not in the framework (a repeat of another row, text under no skill); all rows when the import failed. */
  readonly leftOut: number;
}

/** An import never throws: it returns a valid framework with its warnings, or every problem found. */
export type ImportResult =
  | { readonly ok: true; readonly framework: Framework; readonly issues: readonly ImportIssue[]; readonly rows: readonly RowCount[] }
  | { readonly ok: false; readonly issues: readonly ImportIssue[]; readonly rows: readonly RowCount[] };

/**
 * Warnings that say something about a row without anything of it being lost: an id made valid, a
 * skill added from the other file, HTML formatting taken out of text that was kept.
 */
const NOTES: ReadonlySet<string> = new Set<ImportIssueKey>([
  'id.changed',
  'skill.addedFromRoles',
  'row.merged',
  'doc.splitItems',
  'doc.noLevels',
  'html.removed',
  'html.escapedMarkup',
  'html.unsafeLink',
]);

/** A row's identity, from its own location. */
function rowKey(at: SourceLocation): string | undefined {
  const file = at.file ?? '';
  if (at.row !== undefined) return `${file}\u0000row:${at.row}`;
  if (at.line !== undefined) return `${file}\u0000line:${at.line}`;
  return at.path?.length ? `${file}\u0000item:${at.path.join('\u0001')}` : undefined;
}

/**
 * The rows a location may be in: its row or line; or, for JSON, every prefix of its path, since an item
 * is named by one (`[3]` in DIRECT, `['CFItems', 3]` in CASE) and any longer path is inside it.
 */
function rowKeys(at: SourceLocation): string[] {
  if (at.row !== undefined || at.line !== undefined || !at.path) return [rowKey(at)].filter((key) => key !== undefined);
  return at.path.map((_, length) => rowKey({ ...at, path: at.path!.slice(0, length + 1) })!);
}

interface RowRecord {
  readonly at: SourceLocation;
  readonly unit: RowUnit;
  /** The input and unit it is counted under. */
  readonly group: string;
  leftOut: boolean;
}

/** Collects an importer's issues as it goes, and what became of every row it read. */
export class ImportLog {
  readonly issues: ImportIssue[] = [];
  readonly #rows = new Map<string, RowRecord>();

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

  /** Counts a row (line, item) as read: it is placed, unless an issue at it says otherwise. */
  read(at: SourceLocation, unit: RowUnit): void {
    const key = rowKey(at);
    if (key !== undefined && !this.#rows.has(key))
      this.#rows.set(key, { at, unit, group: `${at.file ?? ''}\u0000${unit}`, leftOut: false });
  }

  /** A row read but not placed at all, with the warning that says why. */
  leaveOut(at: SourceLocation, key: ImportIssueKey | IssueKey, params?: IssueParams, where: SourceLocation = at): void {
    this.warn(key, where, params);
    const row = rowKey(at);
    const record = row === undefined ? undefined : this.#rows.get(row);
    if (record) record.leftOut = true;
  }

  /** Rows by input, in the order first read. When the import failed, nothing was placed. */
  rowCounts(imported: boolean): RowCount[] {
    const withIssue = new Set<string>();
    for (const issue of this.issues) if (!NOTES.has(issue.key)) for (const key of rowKeys(issue.at)) withIssue.add(key);
    const counts = new Map<string, { file?: string; unit: RowUnit; read: number; placed: number; partial: number; leftOut: number }>();
    for (const [key, record] of this.#rows) {
      let count = counts.get(record.group);
      if (!count) {
        count = {
          ...(record.at.file === undefined ? {} : { file: record.at.file }),
          unit: record.unit,
          read: 0,
          placed: 0,
          partial: 0,
          leftOut: 0,
        };
        counts.set(record.group, count);
      }
      count.read++;
      if (!imported || record.leftOut) count.leftOut++;
      else if (withIssue.has(key)) count.partial++;
      else count.placed++;
    }
    return [...counts.values()];
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
 * The largest text an importer reads: room for a roles file ten times the size of the published DDaT one
 * (about 25 MB), which imports in well under a second. JSON inputs keep the framework file's own limit
 * (`MAX_INPUT_CHARS`), which the guard applies before parsing.
 */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/**
 * Refuses an input above the size limit before any parser sees it. Returns false (with an error
 * logged) when the input is too large.
 */
export function withinLimit(text: string, log: ImportLog, file?: string, limit = MAX_IMPORT_CHARS): boolean {
  if (text.length <= limit) return true;
  log.error('input.tooLarge', file === undefined ? {} : { file }, { size: text.length, limit });
  return false;
}

/** Past this many passes a framework the importer built is too broken to mend: the import fails. */
const MAX_REPAIRS = 8;

/**
 * The last step of every importer: the framework it built is validated like any framework file, so an
 * import can never produce what `parseFramework` would refuse. Importers are written to build valid
 * frameworks; should one not, each value the schema refuses is left out with a warning at its path
 * (see `leaveOutRefused`) and the rest is imported, as long as skills and a scale remain.
 */
export function finishImport(candidate: unknown, log: ImportLog): ImportResult {
  if (candidate === undefined && !log.failed) log.error('import.empty', {});
  if (log.failed) return failed(log);
  let framework = candidate;
  for (let pass = 0; pass < MAX_REPAIRS; pass++) {
    const parsed = parseFramework(framework);
    const errors = parsed.issues.filter((issue) => issue.severity === 'error');
    if (parsed.ok && errors.length === 0) {
      log.addIssues(parsed.issues);
      return { ok: true, framework: parsed.value, issues: errorsFirst(log.issues), rows: log.rowCounts(true) };
    }
    const mended = leaveOutRefused(framework, errors, log);
    if (mended === undefined) break;
    framework = mended;
  }
  log.addIssues(parseFramework(framework).issues);
  return failed(log);
}

function failed(log: ImportLog): ImportResult {
  return { ok: false, issues: errorsFirst(log.issues), rows: log.rowCounts(false) };
}

/** Fields a framework can do without: a refused value there is dropped alone, not with what holds it. */
const OPTIONAL = new Set([
  'description',
  'note',
  'url',
  'grade',
  'type',
  'category',
  'family',
  'parent',
  'provider',
  'profession',
  'source',
  'licence',
  'language',
  'level',
  'levels',
  'requirements',
]);

/**
 * A copy of `framework` without the values `errors` point at: an optional field alone, a descriptor of
 * one level, or else the list item holding the value. Undefined when what is left could not be a
 * framework (no skills, no levels, a refused header field).
 */
function leaveOutRefused(framework: unknown, errors: readonly Issue[], log: ImportLog): unknown {
  const copy = structuredClone(framework) as Record<string, unknown>;
  const cuts = new Map<object, Set<string | number>>();
  for (const issue of errors) {
    const { path, key, params } = issue;
    // The deepest place to cut: an optional field, a descriptor in a skill's levels, or a list item.
    let cut: { container: object; key: string | number; depth: number } | undefined;
    let container: unknown = copy;
    for (let depth = 0; depth < path.length && typeof container === 'object' && container !== null; depth++) {
      const step = path[depth]!;
      const isLevelEntry = depth >= 3 && path[depth - 1] === 'levels' && path[depth - 3] === 'skills';
      if (depth > 0 && (Array.isArray(container) || (typeof step === 'string' && OPTIONAL.has(step)) || isLevelEntry)) {
        cut = { container, key: step, depth };
      }
      container = (container as Record<string | number, unknown>)[step];
    }
    if (!cut) return undefined;
    cuts.set(cut.container, (cuts.get(cut.container) ?? new Set()).add(cut.key));
    log.warn('import.dropped', { path: path.slice(0, cut.depth + 1) }, { problem: key, ...params });
  }
  for (const [container, keys] of cuts) {
    if (Array.isArray(container)) {
      // Last to first, so the indices still to cut stay right.
      for (const index of [...keys].map(Number).sort((a, b) => b - a)) container.splice(index, 1);
    } else for (const key of keys) delete (container as Record<string | number, unknown>)[key];
  }
  const result = copy as { skills?: unknown[]; scale?: { levels?: unknown[] } };
  return result.skills?.length && result.scale?.levels?.length ? copy : undefined;
}

/** `--strict`: every warning is an error, so an author sees at once what is not clean; nothing is imported then. */
export function strictly(result: ImportResult): ImportResult {
  if (!result.issues.some((issue) => issue.severity === 'warning')) return result;
  const issues = result.issues.map((issue): ImportIssue => ({ ...issue, severity: 'error' }));
  const rows = result.rows.map((count) => ({ ...count, placed: 0, partial: 0, leftOut: count.read }));
  return { ok: false, issues, rows };
}
