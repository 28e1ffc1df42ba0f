import { indexFramework, type FrameworkIndex } from '../framework-index.js';
import { isNotApplicable, skillLevel, type SkillLevelView } from '../levels.js';
import type { Assessment } from '../schema/assessment.js';
import type { Framework, Importance, LearningResource } from '../schema/framework.js';
import { gapAnalysis } from './gap.js';

/** Learning resources that help with a skill (at a level, when given). */
export function learningFor(index: FrameworkIndex, skillId: string, levelId?: string): LearningResource[] {
  return index.framework.learning.filter((resource) =>
    resource.skills.some((link) => link.skill === skillId && (levelId === undefined || !link.levels || link.levels.includes(levelId))),
  );
}

/** One gap as a step to plan: where the person is, the next level to reach, and what helps. */
export interface PlanStep {
  readonly skill: string;
  readonly importance: Importance;
  /** The level rated; undefined when the skill is not rated yet. */
  readonly current?: string;
  /** The level the role needs. */
  readonly required: string;
  /**
   * The next level to work towards: the next one up from the current level that applies to the skill
   * (a step at a time), or the required level itself when the skill is not rated.
   */
  readonly target: string;
  /** Levels from the current one to the requirement; undefined when not rated. */
  readonly steps?: number;
  /** What good looks like at the target: the skill's descriptors there (or the scale's description). */
  readonly goodLooksLike: SkillLevelView;
  /** The framework's learning for this skill at the target level. */
  readonly learning: readonly LearningResource[];
}

/**
 * Turns the gaps between an assessment and a role into plan steps: every essential gap first, then
 * the desirable ones; within each, the largest gap first, unrated skills last, then in the role's order.
 * Met, above and not-applicable skills are not steps, nor is a skill the role names without stating a
 * level (`unstated` in `gapAnalysis`): there is no level to work towards. Undefined for a role the framework does not have.
 */
export function planSteps(framework: Framework, assessment: Pick<Assessment, 'ratings'>, roleId: string): PlanStep[] | undefined {
  const analysis = gapAnalysis(framework, assessment, roleId);
  if (!analysis) return undefined;
  const index = indexFramework(framework);
  const levels = framework.scale.levels;
  const steps = analysis.skills.flatMap((gap, order) => {
    if (gap.status !== 'below' && gap.status !== 'unrated') return [];
    const currentRank = gap.status === 'below' ? index.rank.get(gap.current!)! : undefined;
    // The next level up that applies to this skill (a level it is marked not applicable at is skipped).
    const next =
      currentRank === undefined
        ? undefined
        : levels.slice(currentRank + 1).find((level) => !isNotApplicable(index.skills.get(gap.skill)?.levels[level.id]));
    const target = next?.id ?? gap.required;
    const step: PlanStep = {
      skill: gap.skill,
      importance: gap.importance,
      ...(gap.status === 'below' ? { current: gap.current!, steps: -gap.difference! } : {}),
      required: gap.required,
      target,
      goodLooksLike: skillLevel(index, gap.skill, index.levels.get(target)!),
      learning: learningFor(index, gap.skill, target),
    };
    return [{ step, order }];
  });
  const weight = (step: PlanStep) => (step.steps === undefined ? 0 : step.steps);
  return steps
    .sort(
      (a, b) =>
        Number(a.step.importance !== 'essential') - Number(b.step.importance !== 'essential') ||
        Number(a.step.steps === undefined) - Number(b.step.steps === undefined) ||
        weight(b.step) - weight(a.step) ||
        a.order - b.order,
    )
    .map(({ step }) => step);
}
