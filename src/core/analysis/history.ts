import { indexFramework, indexRoles } from '../framework-index.js';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { compareAssessments, type AssessmentComparison } from './compare.js';

/**
 * How a skill's level moved: `up` or `down` by `by` places on the scale, or `steady`; `once` when it has
 * a level at only one date (no trend yet), `none` when it never had one.
 */
export type Movement =
  | { readonly kind: 'up' | 'down' | 'steady'; readonly by: number; /** The date it is measured from. */ readonly since: string }
  | { readonly kind: 'once'; readonly at: string }
  | { readonly kind: 'none' };

export interface SkillHistory {
  readonly skill: string;
  /** The answer at each date of `dates`, oldest first: a level id, `not-applicable`, `not-observed` or undefined. */
  readonly answers: readonly (string | undefined)[];
  /** The place on the scale of each answer, lowest 0; undefined where it is not a level of the scale. */
  readonly ranks: readonly (number | undefined)[];
  /** The level the role needs, when a role was given and states one. */
  readonly required?: string;
  /** From the first level to the last. */
  readonly overall: Movement;
  /** From the level before the last to the last. */
  readonly latest: Movement;
}

export interface AssessmentHistory {
  /** The dated assessments, oldest first: when each was submitted, or else last updated, or created. */
  readonly dates: readonly string[];
  /** Their places in the list given, in the same order. */
  readonly order: readonly number[];
  /** Assessments with no date at all: kept (their places in the list given), shown apart, in no trend. */
  readonly undated: readonly number[];
  /** The framework's skills (a role's, when one is given), in the framework's order. */
  readonly skills: readonly SkillHistory[];
  /** Skills rated at some date that this framework (a later or earlier version) does not have, kept apart. */
  readonly retired: readonly SkillHistory[];
  /** The last assessment against the one before it; undefined with fewer than two dated assessments. */
  readonly sinceLastTime: AssessmentComparison | undefined;
}

/** When an assessment was made, as far as it says: submitted, else last updated, else created. */
export const assessedAt = (assessment: Pick<Assessment, 'submittedAt' | 'updatedAt' | 'createdAt'>): string | undefined =>
  assessment.submittedAt ?? assessment.updatedAt ?? assessment.createdAt;

/** The movement over the ranks given, from the first level among them to the last. */
function movement(ranks: readonly (number | undefined)[], dates: readonly string[]): Movement {
  const rated = ranks.flatMap((rank, at) => (rank === undefined ? [] : [{ rank, at }]));
  const first = rated[0];
  const last = rated.at(-1);
  if (!first || !last) return { kind: 'none' };
  if (first === last) return { kind: 'once', at: dates[first.at]! };
  const by = last.rank - first.rank;
  return { kind: by > 0 ? 'up' : by < 0 ? 'down' : 'steady', by: Math.abs(by), since: dates[first.at]! };
}

function skillHistory(skill: string, answers: (string | undefined)[], rank: ReadonlyMap<string, number>, dates: readonly string[]) {
  const ranks = answers.map((answer) => (answer === undefined ? undefined : rank.get(answer)));
  const lastTwo = ranks.flatMap((value, at) => (value === undefined ? [] : [at])).slice(-2);
  const latest = movement(
    lastTwo.map((at) => ranks[at]),
    lastTwo.map((at) => dates[at]!),
  );
  return { skill, answers, ranks, overall: movement(ranks, dates), latest };
}

/**
 * One person's assessments over time, skill by skill, against this framework (and a role, when `roleId`
 * names one the framework has): the level at each date, how it moved overall and since the time before,
 * and what changed since last time. Assessments made against other versions of the framework count
 * alike; their ratings for skills this version lacks are kept in `retired`. Pure.
 */
export function assessmentHistory(
  framework: Framework,
  assessments: readonly Pick<Assessment, 'ratings' | 'submittedAt' | 'updatedAt' | 'createdAt'>[],
  { roleId }: { readonly roleId?: string } = {},
): AssessmentHistory {
  const { rank, skills: known } = indexFramework(framework);
  const role = roleId === undefined ? undefined : indexRoles(framework).roles.get(roleId);
  const required = new Map(role?.requirements.map((requirement) => [requirement.skill, requirement.level]));
  // A date that does not parse cannot be placed in time: such an assessment is kept with the undated.
  const placed = assessments.map((assessment, at) => {
    const date = assessedAt(assessment);
    return { assessment, at, date: date !== undefined && !Number.isNaN(Date.parse(date)) ? date : undefined };
  });
  const dated = placed.filter((entry): entry is typeof entry & { date: string } => entry.date !== undefined);
  dated.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const dates = dated.map((entry) => entry.date);
  const answersFor = (skill: string) =>
    dated.map(({ assessment }) => (Object.hasOwn(assessment.ratings, skill) ? assessment.ratings[skill]?.level : undefined));

  const skillIds = framework.skills.map((skill) => skill.id).filter((id) => !role || required.has(id));
  const skills = skillIds.map((skill) => {
    const history = skillHistory(skill, answersFor(skill), rank, dates);
    const level = required.get(skill);
    return level === undefined ? history : { ...history, required: level };
  });
  const retiredIds = [...new Set(dated.flatMap(({ assessment }) => Object.keys(assessment.ratings)))].filter((skill) => !known.has(skill));
  const retired = retiredIds.map((skill) => skillHistory(skill, answersFor(skill), rank, dates));

  const [previous, last] = dated.slice(-2);
  const sinceLastTime =
    previous && last ? compareAssessments(framework, previous.assessment, last.assessment, { skills: skillIds }) : undefined;
  return {
    dates,
    order: dated.map((entry) => entry.at),
    undated: placed.filter((entry) => entry.date === undefined).map((entry) => entry.at),
    skills,
    retired,
    sinceLastTime,
  };
}
