import { indexFramework } from '../framework-index.js';
import { hasAnswer } from '../ratings.js';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';

/**
 * How several assessments of one person stand on a skill, before anything is agreed:
 * - `same`: everyone answered, and the same (a level, not applicable or not observed);
 * - `apart`: everyone answered with a level of the scale, `spread` levels between the lowest and highest;
 * - `differ`: everyone answered, differently, and not all with levels (so no distance can be measured);
 * - `partly`: some answered and some did not;
 * - `unrated`: nobody did.
 */
export const AGREEMENT_STATUSES = ['same', 'apart', 'differ', 'partly', 'unrated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface SkillAgreement {
  readonly skill: string;
  /** Each assessment's answer, in the order given: undefined for none, or one the framework no longer offers. */
  readonly answers: readonly (string | undefined)[];
  readonly status: AgreementStatus;
  /** Places on the scale between the lowest and the highest level given; undefined unless everyone gave a level. */
  readonly spread: number | undefined;
}

/** Whether the assessments differ on the skill: what "only where we differ" keeps. */
export const isDifference = ({ status }: SkillAgreement): boolean => status === 'apart' || status === 'differ' || status === 'partly';

/**
 * Two or more assessments of one person (self, manager, peer) side by side on the given skills, for a
 * conversation that agrees a level for each. Answers are put side by side, never averaged. Pure.
 */
export function agreementSkills(
  framework: Framework,
  assessments: readonly Pick<Assessment, 'ratings'>[],
  skills: readonly string[],
): SkillAgreement[] {
  const { rank } = indexFramework(framework);
  return skills.map((skill) => {
    const answers = assessments.map(({ ratings }) => (hasAnswer(ratings, skill, framework) ? ratings[skill]!.level : undefined));
    const given = answers.filter((answer) => answer !== undefined);
    const ranks = given.flatMap((answer) => rank.get(answer) ?? []);
    const base = { skill, answers };
    if (given.length === 0) return { ...base, status: 'unrated', spread: undefined };
    if (given.length < answers.length) return { ...base, status: 'partly', spread: undefined };
    if (new Set(given).size === 1) return { ...base, status: 'same', spread: 0 };
    return ranks.length === given.length
      ? { ...base, status: 'apart', spread: Math.max(...ranks) - Math.min(...ranks) }
      : { ...base, status: 'differ', spread: undefined };
  });
}

/** The skills the assessments or the agreement so far rate, in the framework's order: what a conversation is about. */
export function ratedSkills(framework: Framework, assessments: readonly Pick<Assessment, 'ratings'>[]): string[] {
  return framework.skills
    .map((skill) => skill.id)
    .filter((skill) => assessments.some(({ ratings }) => Object.hasOwn(ratings, skill) && ratings[skill]!.level !== undefined));
}
