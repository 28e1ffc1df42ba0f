import type * as z from 'zod/mini';

/** Every problem a parser can report; each key has an English and a Welsh message in the catalogue. */
export const ISSUE_KEYS = [
  'input.tooLarge',
  'input.fetch',
  'input.network',
  'input.json',
  'input.noImporter',
  'input.tooDeep',
  'key.forbidden',
  'value.required',
  'value.type',
  'value.unknownKey',
  'value.empty',
  'value.tooLong',
  'value.choice',
  'value.invalid',
  'value.datetime',
  'value.date',
  'id.format',
  'id.duplicate',
  'ref.unknown',
  'text.markup',
  'text.noLanguage',
  'language.tag',
  'url.unsafe',
  'version.unsupported',
  'category.cycle',
  'requirement.notApplicable',
  'assessment.frameworkMismatch',
  'assessment.frameworkInvalid',
  'rating.unmatched',
  'rating.notAllowed',
] as const;

export type IssueKey = (typeof ISSUE_KEYS)[number];
export type IssuePath = ReadonlyArray<string | number>;
export type IssueParams = Record<string, string | number>;

/** A located problem. `error`s make the input invalid; `warning`s are kept and reported. */
export interface Issue {
  readonly key: IssueKey;
  readonly path: IssuePath;
  readonly severity: 'error' | 'warning';
  readonly params?: IssueParams;
}

export type ParseResult<T> =
  { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };

export const error = (key: IssueKey, path: IssuePath, params?: IssueParams): Issue =>
  params ? { key, path, severity: 'error', params } : { key, path, severity: 'error' };

export const warning = (key: IssueKey, path: IssuePath, params?: IssueParams): Issue =>
  params ? { key, path, severity: 'warning', params } : { key, path, severity: 'warning' };

/** Our own checks put an issue key in zod's message slot; zod's own messages never look like one. */
const isIssueKey = (message: string): message is IssueKey => /^[a-z]+\.[a-zA-Z]+$/.test(message);

type ZodIssue = z.core.$ZodIssue;

function joinPath(base: IssuePath, issue: ZodIssue): IssuePath {
  return [...base, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
}

/** How far into the input an issue got, looking through nested unions. */
function depth(issue: ZodIssue): number {
  const nested = issue.code === 'invalid_union' ? Math.max(0, ...issue.errors.flat().map(depth)) : 0;
  return issue.path.length + nested;
}

/**
 * Of a union's failed branches, the one that got furthest into the input explains the problem best
 * (a list of blocks with one bad item, rather than "not a string").
 */
function bestBranch(branches: ZodIssue[][]): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestDepth = 0;
  for (const branch of branches) {
    const branchDepth = Math.max(0, ...branch.map(depth));
    if (branchDepth > bestDepth) [best, bestDepth] = [branch, branchDepth];
  }
  return best;
}

/** The types a union accepts, for a message such as "must be text or a list". */
function expectedTypes(branches: ZodIssue[][]): string {
  const types = new Set<string>();
  for (const issue of branches.flat()) {
    // A localised map and a levels map are both records: to a person, objects.
    if (issue.code === 'invalid_type') types.add(issue.expected === 'record' ? 'object' : issue.expected);
    else if (issue.code === 'invalid_union') types.add(expectedTypes(issue.errors));
  }
  return [...types].join('|');
}

/** Zod's issues in our terms: message keys with parameters, never zod's own English text. */
export function fromZodIssues(issues: readonly ZodIssue[], base: IssuePath = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = joinPath(base, issue);
    if (isIssueKey(issue.message)) {
      const params = issue.code === 'custom' ? (issue.params as IssueParams | undefined) : undefined;
      out.push(error(issue.message, path, params));
      continue;
    }
    switch (issue.code) {
      case 'invalid_type':
        out.push(issue.input === undefined ? error('value.required', path) : error('value.type', path, { expected: issue.expected }));
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(error('value.unknownKey', [...path, key], { key }));
        break;
      case 'invalid_value':
        out.push(error('value.choice', path, { options: issue.values.map(String).join(', ') }));
        break;
      case 'invalid_union': {
        const branch = bestBranch(issue.errors);
        if (branch) out.push(...fromZodIssues(branch, path));
        else out.push(error('value.type', path, { expected: expectedTypes(issue.errors) }));
        break;
      }
      case 'invalid_key':
        out.push(...fromZodIssues(issue.issues, path));
        break;
      default:
        out.push(error('value.invalid', path));
    }
  }
  return out;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((issue) => issue.severity === 'error');
