import type {
  Category,
  Family,
  Framework,
  LearningResource,
  Level,
  Pathway,
  Requirement,
  Role,
  RoleLevel,
  Skill,
} from './schema/framework.js';

/** A role, or one level of a role, with the requirements that apply to it (inherited ones merged in). */
export interface ResolvedRole {
  readonly id: string;
  readonly role: Role;
  readonly level?: RoleLevel;
  readonly requirements: readonly Requirement[];
}

/** Lookups over a parsed framework, built once and shared by every element that shows it. */
export interface FrameworkIndex {
  readonly framework: Framework;
  readonly skills: ReadonlyMap<string, Skill>;
  readonly levels: ReadonlyMap<string, Level>;
  /** Position of each level id in the scale, lowest 0. */
  readonly rank: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly families: ReadonlyMap<string, Family>;
  readonly learning: ReadonlyMap<string, LearningResource>;
}

/** Roles and the moves between them: apart from the skill index, so elements that show no roles do not carry it. */
export interface RoleIndex {
  /** Roles and role levels, by id (they share one namespace). */
  readonly roles: ReadonlyMap<string, ResolvedRole>;
  readonly pathwaysFrom: ReadonlyMap<string, readonly Pathway[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

/** Role-level requirements override the role's, skill by skill. */
function mergeRequirements(base: readonly Requirement[] = [], own: readonly Requirement[] = []): Requirement[] {
  const merged = new Map(base.map((requirement) => [requirement.skill, requirement]));
  for (const requirement of own) merged.set(requirement.skill, requirement);
  return [...merged.values()];
}

const indexCache = new WeakMap<Framework, FrameworkIndex>();

/** The index of a framework; the same object for the same framework. */
export function indexFramework(framework: Framework): FrameworkIndex {
  let index = indexCache.get(framework);
  if (!index) {
    index = {
      framework,
      skills: byId(framework.skills),
      levels: byId(framework.scale.levels),
      rank: new Map(framework.scale.levels.map((level, position) => [level.id, position])),
      categories: byId(framework.categories),
      families: byId(framework.families),
      learning: byId(framework.learning),
    };
    indexCache.set(framework, index);
  }
  return index;
}

const roleCache = new WeakMap<Framework, RoleIndex>();

/** The roles of a framework with their requirements resolved, and its pathways by origin. */
export function indexRoles(framework: Framework): RoleIndex {
  const cached = roleCache.get(framework);
  if (cached) return cached;
  const roles = new Map<string, ResolvedRole>();
  for (const role of framework.roles) {
    roles.set(role.id, { id: role.id, role, requirements: role.requirements ?? [] });
    for (const level of role.levels ?? []) {
      roles.set(level.id, {
        id: level.id,
        role,
        level,
        requirements: mergeRequirements(role.requirements, level.requirements),
      });
    }
  }
  const pathwaysFrom = new Map<string, Pathway[]>();
  for (const pathway of framework.pathways) {
    const list = pathwaysFrom.get(pathway.from) ?? [];
    list.push(pathway);
    pathwaysFrom.set(pathway.from, list);
  }
  const index = { roles, pathwaysFrom };
  roleCache.set(framework, index);
  return index;
}

/** The skills in a category and its sub-categories, in framework order. */
export function skillsInCategory(index: FrameworkIndex, categoryId: string): Skill[] {
  // Categories are validated acyclic; the answer per category is remembered, so each chain is walked once.
  const known = new Map<string, boolean>([[categoryId, true]]);
  const within = (id: string | undefined): boolean => {
    if (id === undefined) return false;
    let answer = known.get(id);
    if (answer === undefined) {
      known.set(id, false);
      answer = within(index.categories.get(id)?.parent);
      known.set(id, answer);
    }
    return answer;
  };
  return index.framework.skills.filter((skill) => within(skill.category));
}
