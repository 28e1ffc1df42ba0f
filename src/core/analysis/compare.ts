import { indexFramework } from '../framework-index.js';
import { isAllowedAnswer } from '../ratings.js';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';

/**
 * How two assessments' answers for a skill stand:
 * - `same`: the same answer (a level, not applicable or not observed);
 * - `apart`: two levels of the scale, `difference` levels apart;
 * - `differ`: two different answers that are not both levels (a level and "not applicable"), so no
 *   distance between them can be measured;
 * - `first-only` / `second-only`: only one of the two answered;
 * - `unrated`: neither did.
 */
export const COMPARISON_STATUSES = ['same', 'apart', 'differ', 'first-only', 'second-only', 'unrated'] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];

export interface SkillComparison {
  readonly skill: string;
  /** The first assessment's answer: a level id, `not-applicable`, `not-observed`, or undefined. */
  readonly first: string | undefined;
  readonly second: string | undefined;
  /** The second's level minus the first's, in places on the scale; undefined unless both are levels. */
  readonly difference: number | undefined;
  readonly status: ComparisonStatus;
}

/** A rating the framework cannot place (its skill is gone, or its answer is no longer offered), from either side. */
export interface UnmatchedComparison {
  readonly skill: string;
  readonly first: string | undefined;
  readonly second: string | undefined;
}

export interface AssessmentComparison {
  /** The framework's skills (or those asked for), in the framework's order. */
  readonly skills: readonly SkillComparison[];
  /** Ratings kept apart, never dropped: shown beside the comparison, not in it. */
  readonly unmatched: readonly UnmatchedComparison[];
  readonly counts: Readonly<Record<ComparisonStatus, number>>;
  /** The skills two levels or more apart come first in `differences`, then one apart, then `differ`. */
  readonly differences: readonly SkillComparison[];
}

const placeable = (framework: Framework, level: string | undefined): boolean => level === undefined || isAllowedAnswer(framework, level);

function compareSkill(framework: Framework, skill: string, first: string | undefined, second: string | undefined): SkillComparison {
  const { rank } = indexFramework(framework);
  const base = { skill, first, second };
  if (first === undefined && second === undefined) return { ...base, difference: undefined, status: 'unrated' };
  if (second === undefined) return { ...base, difference: undefined, status: 'first-only' };
  if (first === undefined) return { ...base, difference: undefined, status: 'second-only' };
  if (first === second) return { ...base, difference: 0, status: 'same' };
  const from = rank.get(first);
  const to = rank.get(second);
  return from === undefined || to === undefined
    ? { ...base, difference: undefined, status: 'differ' }
    : { ...base, difference: to - from, status: 'apart' };
}

/**
 * Two assessments of one person side by side, skill by skill: a self-assessment and a manager's, say.
 * Ratings are compared, never averaged. `skills` narrows the comparison (to a role's skills, for
 * example); ratings the framework cannot place are listed apart in `unmatched`. Pure.
 */
export function compareAssessments(
  framework: Framework,
  first: Pick<Assessment, 'ratings'>,
  second: Pick<Assessment, 'ratings'>,
  { skills }: { readonly skills?: readonly string[] } = {},
): AssessmentComparison {
  const index = indexFramework(framework);
  const answer = (assessment: Pick<Assessment, 'ratings'>, skill: string) =>
    Object.hasOwn(assessment.ratings, skill) ? assessment.ratings[skill]?.level : undefined;
  const wanted = skills ? new Set(skills) : undefined;
  const compared = framework.skills
    .filter((skill) => !wanted || wanted.has(skill.id))
    .map((skill) => {
      const [a, b] = [answer(first, skill.id), answer(second, skill.id)];
      // An answer the scale no longer offers counts as none here; the rating itself is kept in `unmatched`.
      return compareSkill(framework, skill.id, placeable(framework, a) ? a : undefined, placeable(framework, b) ? b : undefined);
    });
  const rated = new Set([...Object.keys(first.ratings), ...Object.keys(second.ratings)]);
  const unmatched = [...rated]
    .filter((skill) => !wanted || wanted.has(skill) || !index.skills.has(skill))
    .map((skill) => ({ skill, first: answer(first, skill), second: answer(second, skill) }))
    .filter(({ skill, first: a, second: b }) => !index.skills.has(skill) || !placeable(framework, a) || !placeable(framework, b));
  const counts = Object.fromEntries(COMPARISON_STATUSES.map((status) => [status, 0])) as Record<ComparisonStatus, number>;
  for (const skill of compared) counts[skill.status]++;
  const distance = (skill: SkillComparison) => (skill.difference === undefined ? 0.5 : Math.abs(skill.difference));
  const differences = compared
    .filter((skill) => skill.status === 'apart' || skill.status === 'differ')
    .sort((a, b) => distance(b) - distance(a));
  return { skills: compared, unmatched, counts, differences };
}
