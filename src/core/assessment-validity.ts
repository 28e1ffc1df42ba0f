import { hasAnswer } from './ratings.js';
import { MAX_EVIDENCE, type Assessment } from './schema/assessment.js';
import type { Framework } from './schema/framework.js';

// The self-assessment's rules for what may be submitted, apart from any page: what is missing or too
// long, skill by skill. The element words each problem and sets its validity from it.

/** A problem that stops answers being submitted. */
export interface AnswerProblem {
  readonly skill: string;
  /** `level`: a required skill has no answer; `evidence`: its evidence is over the limit. */
  readonly field: 'level' | 'evidence';
  /** The message that says so, with `{skill}` (and `{max}`) to fill in. */
  readonly message: 'assess.errorRequired' | 'assess.errorTooLong';
  /** The ValidityState flag it sets, as native controls do. */
  readonly flag: 'valueMissing' | 'tooLong';
}

export interface ValidityRules {
  /** Every skill shown needs an answer (not applicable and not observed count). */
  readonly required: boolean;
  /** Stop at the first problem: what validity needs, not the error summary. */
  readonly firstOnly?: boolean;
}

/** What stops these answers being submitted, in the order the skills are shown. */
export function answerProblems(
  framework: Framework,
  ratings: Assessment['ratings'],
  skillIds: readonly string[],
  rules: ValidityRules,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const skill of skillIds) {
    if (rules.firstOnly && problems.length > 0) break;
    if (rules.required && !hasAnswer(ratings, skill, framework)) {
      problems.push({ skill, field: 'level', message: 'assess.errorRequired', flag: 'valueMissing' });
    }
    if ((ratings[skill]?.evidence?.length ?? 0) > MAX_EVIDENCE) {
      problems.push({ skill, field: 'evidence', message: 'assess.errorTooLong', flag: 'tooLong' });
    }
  }
  return problems;
}

/** Evidence of this length: how many characters are left (or over, as a negative number). */
export const evidenceLeft = (length: number): number => MAX_EVIDENCE - length;
