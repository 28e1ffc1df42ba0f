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

/** What a host set as a list: an array, or none with an issue for anything else (`undefined` reads as none). */
export function givenList(given: unknown, issues: Issue[], path = 'assessments'): readonly unknown[] {
  if (Array.isArray(given)) return given;
  if (given != null) issues.push(error('value.type', [path], { expected: 'array' }));
  return [];
}

/**
 * Reads the assessment at `position` into `read`: kept when valid, its issues when not. An item is an
 * assessment or `{ label, assessment }`, told apart by `ratings`, which every assessment has.
 */
export function readOne(read: AssessmentsRead, input: unknown, position: number, framework?: Framework | FrameworkInput): void {
  const named = typeof input === 'object' && input !== null && 'assessment' in input && !('ratings' in input);
  const parsed = parseAssessment(named ? input.assessment : input, framework);
  if (!parsed.ok) read.issues.push(...parsed.issues);
  else {
    const label = named && 'label' in input && typeof input.label === 'string' ? input.label : undefined;
    read.assessments.push({ assessment: parsed.value, position, ...(label === undefined ? {} : { label }) });
  }
}

/**
 * Every element's one way to read assessments from a host: each is untrusted input, validated (against
 * `framework` when given), and only the valid ones are returned. `undefined` reads as none.
 */
export function parseAssessments(given: unknown, framework?: Framework | FrameworkInput, path = 'assessments'): AssessmentsRead {
  const read: AssessmentsRead = { assessments: [], issues: [] };
  givenList(given, read.issues, path).forEach((input, position) => readOne(read, input, position, framework));
  return read;
}

/** One assessment from a host, read the same way: its value when valid, and its issues. */
export function parseOneAssessment(given: unknown, framework?: Framework | FrameworkInput): { value?: Assessment; issues: Issue[] } {
  if (given == null) return { issues: [] };
  const { assessments, issues } = parseAssessments([given], framework);
  return { ...(assessments[0] ? { value: assessments[0].assessment } : {}), issues };
}
