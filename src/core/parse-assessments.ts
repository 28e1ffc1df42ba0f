import { error, type Issue } from './issues.js';
import { parseAssessment } from './parse.js';
import type { Assessment } from './schema/assessment.js';
import type { Framework, FrameworkInput } from './schema/framework.js';

/** One assessment given by a host, optionally named: `{ label, assessment }`. */
export interface NamedAssessment {
  label?: string;
  assessment: Assessment;
}

/** An assessment that passed validation, with its label when it was given one and its place in what was given. */
export interface ReadAssessment {
  assessment: Assessment;
  label?: string;
  /** Its position in the list given (or 0 for a single assessment). */
  position: number;
}

/** What a host gave, read: the valid assessments, and the issues of every one that was refused. */
export interface AssessmentsRead {
  assessments: ReadAssessment[];
  issues: Issue[];
}

/** `{ label, assessment }` rather than an assessment: told apart by `ratings`, which every assessment has. */
function isNamed(input: unknown): input is { label?: unknown; assessment: unknown } {
  return typeof input === 'object' && input !== null && 'assessment' in input && !('ratings' in input);
}

/**
 * Reads a list of assessments a slice at a time: 500 people by 150 skills take half a second to
 * check, which in one go would hold a page. Those that fail are kept as issues, never returned.
 */
export class AssessmentReader {
  readonly read: AssessmentsRead = { assessments: [], issues: [] };
  readonly #given: readonly unknown[];
  #next = 0;

  /**
   * @param given What the host set: an array of assessments or `{ label, assessment }`; anything else is one issue at `path`.
   * @param framework When given, each assessment is also checked against it (unknown skills and levels are warnings).
   */
  constructor(
    given: unknown,
    readonly framework?: Framework | FrameworkInput,
    path = 'assessments',
  ) {
    if (Array.isArray(given)) this.#given = given;
    else {
      this.#given = [];
      if (given !== undefined && given !== null) this.read.issues.push(error('value.type', [path], { expected: 'array' }));
    }
  }

  get done(): boolean {
    return this.#next >= this.#given.length;
  }

  /**
   * Reads until every assessment is read or `budget` milliseconds have passed, at least one each call
   * so that reading always moves on; true when all are read.
   */
  readFor(budget = Infinity): boolean {
    const start = performance.now();
    for (let first = true; !this.done && (first || performance.now() - start < budget); first = false) {
      const position = this.#next++;
      const input = this.#given[position];
      const named = isNamed(input);
      const parsed = parseAssessment(named ? input.assessment : input, this.framework);
      if (!parsed.ok) this.read.issues.push(...parsed.issues);
      else {
        const label = named && typeof input.label === 'string' ? input.label : undefined;
        this.read.assessments.push({ assessment: parsed.value, position, ...(label === undefined ? {} : { label }) });
      }
    }
    return this.done;
  }
}

/**
 * Every element's one way to read assessments from a host: each is untrusted input, validated (against
 * `framework` when given), and only the valid ones are returned. `undefined` reads as none.
 */
export function parseAssessments(given: unknown, framework?: Framework | FrameworkInput, path = 'assessments'): AssessmentsRead {
  const reader = new AssessmentReader(given, framework, path);
  reader.readFor();
  return reader.read;
}

/** One assessment from a host, read the same way: its value when valid, and its issues. */
export function parseOneAssessment(given: unknown, framework?: Framework | FrameworkInput): { value?: Assessment; issues: Issue[] } {
  if (given === undefined || given === null) return { issues: [] };
  const { assessments, issues } = parseAssessments([given], framework);
  return { ...(assessments[0] ? { value: assessments[0].assessment } : {}), issues };
}
