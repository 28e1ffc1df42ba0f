import { indexFramework, indexRoles, type ResolvedRole } from '../framework-index.js';
import type { Framework, Requirement } from '../schema/framework.js';

/**
 * `importance`: the same level, but essential in one role and desirable in the other. `unstated`: both
 * roles name the skill, but one of them states no level for it, so whether it rises cannot be told.
 */
export const ROLE_CHANGES = ['added', 'raised', 'lowered', 'dropped', 'importance', 'unstated', 'unchanged'] as const;
export type RoleChange = (typeof ROLE_CHANGES)[number];

/** What happens to one skill's requirement in a move from one role to another. */
export interface RequirementChange {
  readonly skill: string;
  readonly change: RoleChange;
  /** What the first role needs; undefined for an added skill. */
  readonly from?: Requirement;
  /** What the second role needs; undefined for a dropped skill. */
  readonly to?: Requirement;
  /** Levels up (positive) or down (negative); 0 for unchanged; undefined when one side is missing or states no level. */
  readonly steps?: number;
}

export interface RoleComparison {
  readonly from: ResolvedRole;
  readonly to: ResolvedRole;
  /** The first role's skills in its order, then the skills only the second role needs, in its order. */
  readonly changes: readonly RequirementChange[];
  readonly counts: Readonly<Record<RoleChange, number>>;
}

/**
 * What changes between two roles or role levels, skill by skill: the diff people ask for when
 * considering a move. Undefined when either id is not a role of the framework. Pure.
 */
export function compareRoles(framework: Framework, fromId: string, toId: string): RoleComparison | undefined {
  const { roles } = indexRoles(framework);
  const from = roles.get(fromId);
  const to = roles.get(toId);
  if (!from || !to) return undefined;
  const { rank } = indexFramework(framework);
  const target = new Map(to.requirements.map((requirement) => [requirement.skill, requirement]));
  const changes: RequirementChange[] = from.requirements.map((before) => {
    const after = target.get(before.skill);
    if (!after) return { skill: before.skill, change: 'dropped', from: before };
    const same = after.importance === before.importance ? 'unchanged' : 'importance';
    if (before.level === undefined || after.level === undefined) {
      // Named without a level on both sides is the same need; on one side only, it cannot be compared.
      return { skill: before.skill, change: before.level === after.level ? same : 'unstated', from: before, to: after };
    }
    const steps = rank.get(after.level)! - rank.get(before.level)!;
    return { skill: before.skill, change: steps > 0 ? 'raised' : steps < 0 ? 'lowered' : same, from: before, to: after, steps };
  });
  const known = new Set(from.requirements.map((requirement) => requirement.skill));
  for (const after of to.requirements) {
    if (!known.has(after.skill)) changes.push({ skill: after.skill, change: 'added', to: after });
  }
  const counts = Object.fromEntries(ROLE_CHANGES.map((change) => [change, 0])) as Record<RoleChange, number>;
  for (const { change } of changes) counts[change]++;
  return { from, to, changes, counts };
}
