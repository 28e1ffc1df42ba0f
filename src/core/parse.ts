import type * as z from 'zod/mini';
import { indexFramework } from './framework-index.js';
import { guardInput } from './input.js';
import { error, fromZodIssues, hasErrors, warning, type Issue, type ParseResult } from './issues.js';
import { checkFrameworkReferences } from './references.js';
import { ASSESSMENT_SCHEMA_VERSION, assessmentSchema, NOT_APPLICABLE, NOT_OBSERVED, type Assessment } from './schema/assessment.js';
import { FRAMEWORK_SCHEMA_VERSION, frameworkSchema, type Framework, type FrameworkInput } from './schema/framework.js';

/**
 * Zod compiles a fast path for each object schema on first use, with `new Function`: strict Content
 * Security Policies forbid that, and a framework is parsed once, so the compiled path would not pay off.
 */
const PARSE_OPTIONS = { reportInput: true, jitless: true } as const;

/** A newer file than this library reads gets one clear message, not a cascade of field errors. */
function unsupportedVersion(value: unknown, supported: number): Issue | undefined {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return undefined;
  const found = (value as { schemaVersion: unknown }).schemaVersion;
  return typeof found === 'number' && found !== supported
    ? error('version.unsupported', ['schemaVersion'], { found, supported })
    : undefined;
}

/**
 * The boundary every input crosses: guard, schema version, structure, then `check`, the semantic
 * checks once the structure is known good (references, or a match with a framework).
 */
export function parseWith<T>(
  input: unknown,
  schema: z.ZodMiniType<T>,
  version: number,
  rejectMarkup: boolean,
  check: (value: T) => Issue[],
): ParseResult<T> {
  const read = readInput(input, schema, version, rejectMarkup);
  if (!read.ok) return read;
  const issues = check(read.value);
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, value: read.value, issues };
}

/**
 * Guard, version and structure: the steps that read the caller's objects. Those may be anything a script
 * can make (a getter or a proxy that throws, say), so whatever they throw is reported, not thrown. The
 * checks after them read only the fresh data zod built, so a throw there is a bug, and is left to show.
 */
function readInput<T>(input: unknown, schema: z.ZodMiniType<T>, version: number, rejectMarkup: boolean): ParseResult<T> {
  try {
    const guarded = guardInput(input, { rejectMarkup });
    if (!guarded.ok) return { ok: false, issues: guarded.issues };
    const unsupported = unsupportedVersion(guarded.value, version);
    if (unsupported) return { ok: false, issues: [unsupported] };
    const parsed = schema.safeParse(guarded.value, PARSE_OPTIONS);
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
    return { ok: true, value: parsed.data, issues: [] };
  } catch {
    return { ok: false, issues: [error('value.invalid', [])] };
  }
}

/**
 * Frameworks given to `parseAssessment`, validated, by object: a team's assessments checked against one
 * framework validate it once. Every framework `parseFramework` returns is here already.
 */
const validated = new WeakMap<object, ParseResult<Framework>>();

/**
 * Validates a framework: a JSON string or an already-parsed value. Never throws; returns the typed
 * framework, or every problem found, each with its path and a message key.
 */
export function parseFramework(input: unknown): ParseResult<Framework> {
  const result = parseWith(input, frameworkSchema, FRAMEWORK_SCHEMA_VERSION, true, checkFrameworkReferences);
  if (result.ok) validated.set(result.value, result);
  return result;
}

/**
 * `parseFramework`, remembered per object: a framework handed round (to elements, to `parseAssessment`)
 * is validated once. Text cannot be remembered, and is parsed each time. Change a framework by making a
 * new object.
 */
export function parseFrameworkOnce(input: unknown): ParseResult<Framework> {
  if (typeof input !== 'object' || input === null) return parseFramework(input);
  let result = validated.get(input);
  if (!result) {
    result = parseFramework(input);
    validated.set(input, result);
  }
  return result;
}

/**
 * Validates an assessment. With a framework, also checks it against that framework: ratings for
 * skills it does not have are kept and reported as unmatched warnings, never dropped.
 *
 * The framework may be what `parseFramework` returned, or a framework as read from its file (the
 * parsed JSON, or the text): it is validated first, once per object, so change a framework by making a
 * new object. One that is not valid makes the result invalid, with `assessment.frameworkInvalid`
 * at the root and the assessment's own problems after it; `parseFramework` tells what is wrong with it.
 */
export function parseAssessment(input: unknown, framework?: Framework | FrameworkInput): ParseResult<Assessment> {
  const against = framework === undefined ? undefined : parseFrameworkOnce(framework);
  // Evidence is what a person typed: it may contain anything (markup too), and is only ever shown as text.
  const result = parseWith(input, assessmentSchema, ASSESSMENT_SCHEMA_VERSION, false, (assessment) =>
    against?.ok ? checkAgainstFramework(assessment, against.value) : [],
  );
  if (against === undefined || against.ok) return result;
  return { ok: false, issues: [error('assessment.frameworkInvalid', []), ...result.issues] };
}

function checkAgainstFramework(assessment: Assessment, framework: Framework): Issue[] {
  const index = indexFramework(framework);
  const issues: Issue[] = [];
  if (assessment.framework.id !== framework.id || assessment.framework.version !== framework.version) {
    issues.push(
      warning('assessment.frameworkMismatch', ['framework'], {
        expected: `${framework.id} ${framework.version}`,
        found: `${assessment.framework.id} ${assessment.framework.version}`,
      }),
    );
  }
  for (const [skillId, rating] of Object.entries(assessment.ratings)) {
    const path = ['ratings', skillId];
    if (!index.skills.has(skillId)) {
      issues.push(warning('rating.unmatched', path, { skill: skillId }));
      continue;
    }
    const level = rating.level;
    if (level === undefined || index.levels.has(level)) continue;
    if (level === NOT_APPLICABLE && framework.scale.allowNotApplicable) continue;
    if (level === NOT_OBSERVED && framework.scale.allowNotObserved) continue;
    issues.push(
      level === NOT_APPLICABLE || level === NOT_OBSERVED
        ? error('rating.notAllowed', [...path, 'level'], { level })
        : error('ref.unknown', [...path, 'level'], { kind: 'level', id: level }),
    );
  }
  return issues;
}
