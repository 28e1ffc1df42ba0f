import { indexFramework, indexRoles, type ResolvedRole } from '../framework-index.js';
import { isNotApplicable } from '../levels.js';
import { NOT_APPLICABLE, type Assessment } from '../schema/assessment.js';
import type { Framework, Importance } from '../schema/framework.js';

/**
 * `unstated`: the role names the skill but states no level for it, so the rating cannot be measured
 * against it; it is neither met nor a gap.
 */
export const GAP_STATUSES = ['met', 'below', 'above', 'unrated', 'not-applicable', 'unstated'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

interface GapBase {
  readonly skill: string;
  readonly importance: Importance;
  /** The level rated, `not-applicable`, `not-observed`, or undefined when not rated. */
  readonly current: string | undefined;
  /** Levels above (positive) or below (negative) the requirement; undefined when there is nothing to compare. */
  readonly difference: number | undefined;
}

/** One skill of a role against a rating; `required` is the level the role needs, absent when it states none. */
export type SkillGap =
  | (GapBase & { readonly status: Exclude<GapStatus, 'unstated'>; readonly required: string })
  | (GapBase & { readonly status: 'unstated'; readonly required?: undefined });

export interface GapSummary {
  readonly total: number;
  readonly counts: Readonly<Record<GapStatus, number>>;
  /** Essential skills below their level or unrated. */
  readonly essentialGaps: number;
  /**
   * Share of the skills that can be measured (applicable, with a level stated) that meet or exceed the
   * role, 0 to 1; undefined when there are none.
   */
  readonly readiness: number | undefined;
  /**
   * Whether every essential skill is known to be met: the usual test for "ready for this role". False
   * while an essential skill has no level stated, since nobody can say it is met.
   */
  readonly ready: boolean;
  /** The skill furthest below its requirement (first in role order on a tie). */
  readonly largestGap: SkillGap | undefined;
}

export interface GapAnalysis {
  readonly role: ResolvedRole;
  readonly skills: readonly SkillGap[];
  readonly summary: GapSummary;
}

/**
 * Compares an assessment with what a role (or role level) needs, skill by skill. Returns undefined
 * for a role id the framework does not have. Pure: neither input is changed. Only the ratings are
 * read, so `{ ratings: {} }` gives the role's requirements with every skill unrated.
 */
export function gapAnalysis(framework: Framework, assessment: Pick<Assessment, 'ratings'>, roleId: string): GapAnalysis | undefined {
  const index = indexFramework(framework);
  const role = indexRoles(framework).roles.get(roleId);
  if (!role) return undefined;
  const skills = role.requirements.map((requirement): SkillGap => {
    const current = assessment.ratings[requirement.skill]?.level;
    const base = { skill: requirement.skill, importance: requirement.importance, current };
    if (requirement.level === undefined) return { ...base, difference: undefined, status: 'unstated' };
    const skill = index.skills.get(requirement.skill);
    const required = requirement.level;
    if (current === NOT_APPLICABLE || (current !== undefined && isNotApplicable(skill?.levels[current]))) {
      return { ...base, required, difference: undefined, status: 'not-applicable' };
    }
    const currentRank = current === undefined ? undefined : index.rank.get(current);
    const requiredRank = index.rank.get(required);
    if (currentRank === undefined || requiredRank === undefined) {
      return { ...base, required, difference: undefined, status: 'unrated' };
    }
    const difference = currentRank - requiredRank;
    return { ...base, required, difference, status: difference === 0 ? 'met' : difference > 0 ? 'above' : 'below' };
  });
  return { role, skills, summary: summarise(skills) };
}

function summarise(skills: readonly SkillGap[]): GapSummary {
  const counts = Object.fromEntries(GAP_STATUSES.map((status) => [status, 0])) as Record<GapStatus, number>;
  let largestGap: SkillGap | undefined;
  for (const gap of skills) {
    counts[gap.status]++;
    if (gap.difference !== undefined && gap.difference < 0 && gap.difference < (largestGap?.difference ?? 0)) {
      largestGap = gap;
    }
  }
  const measurable = skills.length - counts['not-applicable'] - counts.unstated;
  const essentialGaps = skills.filter(
    (gap) => gap.importance === 'essential' && (gap.status === 'below' || gap.status === 'unrated'),
  ).length;
  const essentialUnstated = skills.some((gap) => gap.importance === 'essential' && gap.status === 'unstated');
  return {
    total: skills.length,
    counts,
    essentialGaps,
    readiness: measurable === 0 ? undefined : (counts.met + counts.above) / measurable,
    ready: essentialGaps === 0 && !essentialUnstated,
    largestGap,
  };
}
