import { indexFramework, indexRoles } from '../framework-index.js';
import { isNotApplicable } from '../levels.js';
import { NOT_APPLICABLE, NOT_OBSERVED, type Assessment } from '../schema/assessment.js';
import type { Framework, Importance } from '../schema/framework.js';

/** What one person's answer for one skill is, in the team views. */
export type TeamAnswer = 'level' | 'not-applicable' | 'not-observed' | 'unrated';

/** One skill across a team: how many people are at each level, and how many below what the role needs. */
export interface TeamSkill {
  readonly skill: string;
  /** The level the role needs, when a role is given and it needs this skill. */
  readonly required?: string;
  /** How much the role needs this skill, when it names it (with or without a level). */
  readonly importance?: Importance;
  /**
   * True when the role names this skill but states no level for it: nobody is counted below or
   * meeting it, since there is nothing to measure against.
   */
  readonly levelNotStated?: true;
  /** People rated at each level of the scale, by level id (every level present, in scale order). */
  readonly atLevel: Readonly<Record<string, number>>;
  readonly notApplicable: number;
  readonly notObserved: number;
  /** No answer, or an answer that is not a level of this framework (kept, never counted as a level). */
  readonly unrated: number;
  /** People rated below the level the role needs; 0 when it needs none. */
  readonly below: number;
  /** People rated at or above it. */
  readonly meeting: number;
}

export interface TeamAggregate {
  readonly people: number;
  readonly role?: string;
  /**
   * True when the group is smaller than `minGroupSize`: counts that small could point at a person, so
   * there are none (`skills` is empty) and a view says why instead.
   */
  readonly suppressed: boolean;
  readonly minGroupSize: number;
  /** Every skill of the framework, in its order (none when suppressed). */
  readonly skills: readonly TeamSkill[];
}

export interface TeamOptions {
  /** Below this many people, no counts are given (default 5). */
  readonly minGroupSize?: number;
}

/** The smallest group whose counts are shown unless the host says otherwise. */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** One person's answer for one skill, with the gap to what the role needs. */
export interface TeamCell {
  readonly skill: string;
  readonly answer: TeamAnswer;
  /** The level rated, when the answer is a level. */
  readonly level?: string;
  /** Levels above (positive) or below (negative) the role's need; undefined without both. */
  readonly gap?: number;
  /** True when the role names this skill but states no level for it (so there is no gap to give). */
  readonly levelNotStated?: true;
}

interface Counting {
  readonly skillIds: readonly string[];
  readonly levelIds: readonly string[];
  readonly rank: ReadonlyMap<string, number>;
  /** Per skill, per level rank: whether the framework marks that level not applicable to the skill. */
  readonly notApplicableAt: Uint8Array;
  /** Per skill, the rank of the required level, or -1 (also when the role names it without a level). */
  readonly requiredRank: Int32Array;
  /** Skill ids the role names without stating a level. */
  readonly unstated: ReadonlySet<string>;
  readonly importance: ReadonlyMap<string, Importance>;
  /** Each skill id's place in the framework's order. */
  readonly position: ReadonlyMap<string, number>;
}

function counting(framework: Framework, roleId: string | undefined): Counting | undefined {
  const index = indexFramework(framework);
  const role = roleId === undefined ? undefined : indexRoles(framework).roles.get(roleId);
  if (roleId !== undefined && !role) return undefined;
  const levelIds = framework.scale.levels.map((level) => level.id);
  const skillIds = framework.skills.map((skill) => skill.id);
  const notApplicableAt = new Uint8Array(skillIds.length * levelIds.length);
  framework.skills.forEach((skill, s) =>
    levelIds.forEach((level, l) => (notApplicableAt[s * levelIds.length + l] = isNotApplicable(skill.levels[level]) ? 1 : 0)),
  );
  const requiredRank = new Int32Array(skillIds.length).fill(-1);
  const importance = new Map<string, Importance>();
  const unstated = new Set<string>();
  const position = new Map(skillIds.map((id, s) => [id, s]));
  for (const requirement of role?.requirements ?? []) {
    const s = position.get(requirement.skill);
    if (s === undefined) continue;
    if (requirement.level === undefined) {
      unstated.add(requirement.skill);
      importance.set(requirement.skill, requirement.importance);
      continue;
    }
    const r = index.rank.get(requirement.level);
    if (r === undefined) continue;
    requiredRank[s] = r;
    importance.set(requirement.skill, requirement.importance);
  }
  return { skillIds, levelIds, rank: index.rank, notApplicableAt, requiredRank, unstated, importance, position };
}

/** The slot an answer counts in: a level's rank, or one past the levels for each kind of non-level answer. */
function slotOf(c: Counting, s: number, level: string | undefined): number {
  const levels = c.levelIds.length;
  if (level === undefined) return levels + 2;
  if (level === NOT_APPLICABLE) return levels;
  if (level === NOT_OBSERVED) return levels + 1;
  const r = c.rank.get(level);
  if (r === undefined) return levels + 2;
  return c.notApplicableAt[s * levels + r] ? levels : r;
}

/**
 * A team's skills in numbers: per skill, how many people are at each level, not applicable, not
 * observed or unrated, and (with a role) how many are below what it needs; nothing for a group smaller
 * than `minGroupSize`. Pure and linear in people x skills, so it can count a whole department.
 * Undefined for a role id the framework does not have.
 */
export function aggregateTeam(
  framework: Framework,
  assessments: readonly Pick<Assessment, 'ratings'>[],
  roleId?: string,
  options: TeamOptions = {},
): TeamAggregate | undefined {
  const c = counting(framework, roleId);
  if (!c) return undefined;
  const given = options.minGroupSize;
  // A size that is not a number would suppress nothing: the default protects instead.
  const minGroupSize = given !== undefined && Number.isFinite(given) ? Math.max(1, Math.floor(given)) : DEFAULT_MIN_GROUP_SIZE;
  const base = { people: assessments.length, ...(roleId === undefined ? {} : { role: roleId }), minGroupSize };
  if (assessments.length < minGroupSize) return { ...base, suppressed: true, skills: [] };
  const slots = c.levelIds.length + 3;
  const counts = new Int32Array(c.skillIds.length * slots);
  const below = new Int32Array(c.skillIds.length);
  const meeting = new Int32Array(c.skillIds.length);
  const answered = new Int32Array(c.skillIds.length);
  // Through each person's own ratings, not a lookup per skill: keyed reads of large records are what
  // made this slow (a rating for a skill the framework lacks is skipped).
  for (const { ratings } of assessments) {
    for (const skill in ratings) {
      const s = c.position.get(skill);
      const level = s === undefined ? undefined : ratings[skill]?.level;
      if (s === undefined || level === undefined) continue;
      const slot = slotOf(c, s, level);
      if (slot === c.levelIds.length + 2) continue; // not a level of this framework: counted as unrated
      counts[s * slots + slot]!++;
      answered[s]!++;
      const required = c.requiredRank[s]!;
      if (required >= 0 && slot < c.levelIds.length) (slot >= required ? meeting : below)[s]!++;
    }
  }
  for (let s = 0; s < c.skillIds.length; s++) counts[s * slots + c.levelIds.length + 2] = assessments.length - answered[s]!;
  const skills = c.skillIds.map((skill, s): TeamSkill => {
    const at = (slot: number) => counts[s * slots + slot]!;
    const required = c.requiredRank[s]! >= 0 ? c.levelIds[c.requiredRank[s]!] : undefined;
    return {
      skill,
      ...(required === undefined ? {} : { required, importance: c.importance.get(skill)! }),
      ...(c.unstated.has(skill) ? { importance: c.importance.get(skill)!, levelNotStated: true as const } : {}),
      atLevel: Object.fromEntries(c.levelIds.map((level, l) => [level, at(l)])),
      notApplicable: at(c.levelIds.length),
      notObserved: at(c.levelIds.length + 1),
      unrated: at(c.levelIds.length + 2),
      below: below[s]!,
      meeting: meeting[s]!,
    };
  });
  return { ...base, suppressed: false, skills };
}

/** Each person's answer for every skill, with the gap to the role: the rows of a people x skills view. */
export function teamMatrix(
  framework: Framework,
  assessments: readonly Pick<Assessment, 'ratings'>[],
  roleId?: string,
): TeamCell[][] | undefined {
  const c = counting(framework, roleId);
  if (!c) return undefined;
  const levels = c.levelIds.length;
  return assessments.map(({ ratings }) =>
    c.skillIds.map((skill, s): TeamCell => {
      const slot = slotOf(c, s, ratings[skill]?.level);
      const unstated = c.unstated.has(skill) ? { levelNotStated: true as const } : {};
      if (slot >= levels)
        return { skill, answer: slot === levels ? 'not-applicable' : slot === levels + 1 ? 'not-observed' : 'unrated', ...unstated };
      const required = c.requiredRank[s]!;
      return { skill, answer: 'level', level: c.levelIds[slot]!, ...(required >= 0 ? { gap: slot - required } : {}), ...unstated };
    }),
  );
}
