import { indexFramework, indexRoles } from '../framework-index.js';
import type { Category, Framework, Requirement, Skill } from '../schema/framework.js';

/** Skills shown together: under their category, or ungrouped (`category` undefined). */
export interface SkillGroup {
  readonly category?: Category;
  readonly skills: readonly Skill[];
}

export interface SkillSelection {
  readonly groups: readonly SkillGroup[];
  /** Every selected skill's id, in the order shown. */
  readonly skillIds: readonly string[];
  /** What the role needs of each skill, when a role was given. */
  readonly requirements: ReadonlyMap<string, Requirement>;
  /** A role id the framework does not have. */
  readonly unknownRole?: string;
  /** Skill ids asked for that the framework does not have. */
  readonly unknownSkills: readonly string[];
}

export interface SelectionOptions {
  /** A role or role level id: its required skills, in the role's order. */
  readonly role?: string;
  /** Skill ids, in the order given; used when there is no role. */
  readonly skills?: readonly string[];
}

/**
 * Which skills a form asks about: a role's requirements, an explicit list, or every skill grouped
 * by category in framework order (skills with no category last).
 */
export function selectSkills(framework: Framework, options: SelectionOptions = {}): SkillSelection {
  const index = indexFramework(framework);
  const pick = (ids: readonly string[]) => {
    const unique = [...new Set(ids)];
    return {
      skills: unique.flatMap((id) => index.skills.get(id) ?? []),
      unknownSkills: unique.filter((id) => !index.skills.has(id)),
    };
  };
  const result = (groups: SkillGroup[], extra: Partial<SkillSelection> = {}): SkillSelection => ({
    groups,
    skillIds: groups.flatMap((group) => group.skills.map((skill) => skill.id)),
    requirements: new Map(),
    unknownSkills: [],
    ...extra,
  });

  if (options.role !== undefined) {
    const role = indexRoles(framework).roles.get(options.role);
    if (!role) return result([], { unknownRole: options.role });
    const { skills, unknownSkills } = pick(role.requirements.map((requirement) => requirement.skill));
    const requirements = new Map(role.requirements.map((requirement) => [requirement.skill, requirement]));
    return result([{ skills }], { requirements, unknownSkills });
  }
  if (options.skills !== undefined && options.skills.length > 0) {
    const { skills, unknownSkills } = pick(options.skills);
    return result([{ skills }], { unknownSkills });
  }
  const byCategory = new Map<string | undefined, Skill[]>();
  for (const skill of framework.skills) {
    const key = skill.category !== undefined && index.categories.has(skill.category) ? skill.category : undefined;
    const list = byCategory.get(key) ?? [];
    list.push(skill);
    byCategory.set(key, list);
  }
  const groups: SkillGroup[] = framework.categories
    .filter((category) => byCategory.has(category.id))
    .map((category) => ({ category, skills: byCategory.get(category.id)! }));
  const ungrouped = byCategory.get(undefined);
  if (ungrouped) groups.push({ skills: ungrouped });
  return result(groups);
}
