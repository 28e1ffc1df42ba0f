import { hasAnswer } from './ratings.js';
import { MAX_EVIDENCE, type Assessment } from './schema/assessment.js';
import type { Framework } from './schema/framework.js';

// The self-assessment's rules for what may be submitted, apart from any page: what is missing or too
// long, skill by skill. The element words each problem and sets its validity from it.

/** The text a form edits beside each answer: a self-assessment's evidence, or an agreement's note. */
export type TextField = 'evidence' | 'note';

/** A problem that stops answers being submitted; each element words it by its field. */
export interface AnswerProblem {
  readonly skill: string;
  /** `level`: a required skill has no answer; `evidence` or `note`: that text is over the limit. */
  readonly field: 'level' | TextField;
  /** The ValidityState flag it sets, as native controls do. */
  readonly flag: 'valueMissing' | 'tooLong';
}

export interface ValidityRules {
  /** Every skill shown needs an answer (not applicable and not observed count). */
  readonly required: boolean;
  /** Stop at the first problem: what validity needs, not the error summary. */
  readonly firstOnly?: boolean;
  /**
   * The text the form edits (default `evidence`): only its length is checked, since a person cannot
   * shorten a field the form does not show.
   */
  readonly text?: TextField;
}

/** What stops these answers being submitted, in the order the skills are shown. */
export function answerProblems(
  framework: Framework,
  ratings: Assessment['ratings'],
  skillIds: readonly string[],
  rules: ValidityRules,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const text = rules.text ?? 'evidence';
  for (const skill of skillIds) {
    if (rules.firstOnly && problems.length > 0) break;
    if (rules.required && !hasAnswer(ratings, skill, framework)) problems.push({ skill, field: 'level', flag: 'valueMissing' });
    if ((ratings[skill]?.[text]?.length ?? 0) > MAX_EVIDENCE) problems.push({ skill, field: text, flag: 'tooLong' });
  }
  return problems;
}

/** Evidence of this length: how many characters are left (or over, as a negative number). */
export const evidenceLeft = (length: number): number => MAX_EVIDENCE - length;
