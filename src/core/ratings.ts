import { indexFramework } from './framework-index.js';
import { ASSESSMENT_SCHEMA_VERSION, NOT_APPLICABLE, NOT_OBSERVED, type Assessment, type Rater, type Rating } from './schema/assessment.js';
import type { Framework } from './schema/framework.js';

/** An answer counts as given when it names a level, or says not applicable / not observed. */
export const isRated = (rating: Rating | undefined): boolean => rating?.level !== undefined;

/**
 * How many of the given skills have an answer; with a framework, only answers it still offers count
 * (a level removed in a new version leaves the skill to be answered again).
 */
export function countRated(assessment: Pick<Assessment, 'ratings'>, skillIds: readonly string[], framework?: Framework): number {
  return skillIds.filter((id) => hasAnswer(assessment.ratings, id, framework)).length;
}

/** Whether a skill has an answer, and (with a framework) one the framework offers. */
export function hasAnswer(ratings: Assessment['ratings'], skillId: string, framework?: Framework): boolean {
  const level = Object.hasOwn(ratings, skillId) ? ratings[skillId]?.level : undefined;
  return level !== undefined && (!framework || isAllowedAnswer(framework, level));
}

/** A new, empty assessment of a framework. */
export function blankAssessment(framework: Framework, rater: Rater = 'self'): Assessment {
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    framework: { id: framework.id, version: framework.version },
    rater,
    status: 'draft',
    ratings: {},
  };
}

/** Whether a rating's answer is one the framework offers: a level of its scale, or an allowed special answer. */
export function isAllowedAnswer(framework: Framework, level: string): boolean {
  if (level === NOT_APPLICABLE) return framework.scale.allowNotApplicable;
  if (level === NOT_OBSERVED) return framework.scale.allowNotObserved;
  return indexFramework(framework).levels.has(level);
}

/**
 * Ratings the framework cannot show in its form: for a skill it no longer has, or with an answer
 * its scale no longer offers. They are kept in the assessment and shown apart, never dropped.
 */
export function unmatchedRatings(framework: Framework, assessment: Pick<Assessment, 'ratings'>): string[] {
  const { skills } = indexFramework(framework);
  return Object.entries(assessment.ratings)
    .filter(([skill, rating]) => !skills.has(skill) || (rating.level !== undefined && !isAllowedAnswer(framework, rating.level)))
    .map(([skill]) => skill);
}

/**
 * The same answers, now against this framework (for example a draft saved under an older version):
 * every rating is kept, including unmatched ones.
 */
export function rebaseAssessment(assessment: Assessment, framework: Framework): Assessment {
  const { id, version } = assessment.framework;
  return id === framework.id && version === framework.version
    ? assessment
    : { ...assessment, framework: { id: framework.id, version: framework.version } };
}
