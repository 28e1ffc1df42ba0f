import { error, type Issue, type IssuePath } from './issues.js';
import { isNotApplicable } from './levels.js';
import type { Framework, Requirement } from './schema/framework.js';

/** Reports ids used twice in one namespace. */
function checkUnique(items: ReadonlyArray<{ id: string; path: IssuePath }>, issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  for (const { id, path } of items) {
    if (seen.has(id)) issues.push(error('id.duplicate', [...path, 'id'], { id }));
    seen.add(id);
  }
  return seen;
}

const located = <T extends { id: string }>(items: readonly T[], path: IssuePath) =>
  items.map((item, position) => ({ id: item.id, path: [...path, position] }));

/**
 * The checks zod's structure cannot express: unique ids, and every reference (skill, level,
 * category, family, role) pointing at something that exists. Each issue carries its path.
 */
export function checkFrameworkReferences(framework: Framework): Issue[] {
  const issues: Issue[] = [];
  const unknown = (path: IssuePath, kind: string, id: string) => issues.push(error('ref.unknown', path, { kind, id }));

  const levels = checkUnique(located(framework.scale.levels, ['scale', 'levels']), issues);
  const skills = checkUnique(located(framework.skills, ['skills']), issues);
  const categories = checkUnique(located(framework.categories, ['categories']), issues);
  const families = checkUnique(located(framework.families, ['families']), issues);
  checkUnique(located(framework.learning, ['learning']), issues);
  const roles = checkUnique(
    framework.roles.flatMap((role, r) => [{ id: role.id, path: ['roles', r] }, ...located(role.levels ?? [], ['roles', r, 'levels'])]),
    issues,
  );

  const cyclic = categoriesInCycles(framework);
  framework.categories.forEach((category, c) => {
    if (category.parent === undefined) return;
    if (!categories.has(category.parent)) unknown(['categories', c, 'parent'], 'category', category.parent);
    else if (cyclic.has(category.id)) issues.push(error('category.cycle', ['categories', c, 'parent']));
  });

  const skillsById = new Map(framework.skills.map((skill) => [skill.id, skill]));
  framework.skills.forEach((skill, s) => {
    if (skill.category !== undefined && !categories.has(skill.category)) {
      unknown(['skills', s, 'category'], 'category', skill.category);
    }
    for (const levelId of Object.keys(skill.levels)) {
      if (!levels.has(levelId)) unknown(['skills', s, 'levels', levelId], 'level', levelId);
    }
  });

  const checkRequirements = (requirements: readonly Requirement[] | undefined, path: IssuePath) => {
    const seen = new Set<string>();
    requirements?.forEach((requirement, q) => {
      const at = [...path, 'requirements', q];
      const skill = skillsById.get(requirement.skill);
      if (!skill) unknown([...at, 'skill'], 'skill', requirement.skill);
      else if (seen.has(requirement.skill)) issues.push(error('id.duplicate', [...at, 'skill'], { id: requirement.skill }));
      // A requirement without a level names the skill only: there is no level to check.
      if (requirement.level === undefined) {
        seen.add(requirement.skill);
        return;
      }
      if (!levels.has(requirement.level)) unknown([...at, 'level'], 'level', requirement.level);
      else if (skill && isNotApplicable(skill.levels[requirement.level])) {
        issues.push(error('requirement.notApplicable', [...at, 'level'], { skill: skill.id, level: requirement.level }));
      }
      seen.add(requirement.skill);
    });
  };

  framework.roles.forEach((role, r) => {
    if (role.family !== undefined && !families.has(role.family)) unknown(['roles', r, 'family'], 'family', role.family);
    checkRequirements(role.requirements, ['roles', r]);
    role.levels?.forEach((level, l) => checkRequirements(level.requirements, ['roles', r, 'levels', l]));
  });

  framework.pathways.forEach((pathway, p) => {
    if (!roles.has(pathway.from)) unknown(['pathways', p, 'from'], 'role', pathway.from);
    if (!roles.has(pathway.to)) unknown(['pathways', p, 'to'], 'role', pathway.to);
  });

  framework.learning.forEach((resource, r) => {
    resource.skills.forEach((link, k) => {
      if (!skills.has(link.skill)) unknown(['learning', r, 'skills', k, 'skill'], 'skill', link.skill);
      link.levels?.forEach((levelId, l) => {
        if (!levels.has(levelId)) unknown(['learning', r, 'skills', k, 'levels', l], 'level', levelId);
      });
    });
  });
  return issues;
}

/** The categories whose parent chain loops back, found in one pass: each category is walked once. */
function categoriesInCycles(framework: Framework): Set<string> {
  const parents = new Map(framework.categories.map((category) => [category.id, category.parent]));
  const walked = new Set<string>();
  const cyclic = new Set<string>();
  for (const start of parents.keys()) {
    const chain: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && parents.has(id) && !walked.has(id)) {
      walked.add(id);
      chain.push(id);
      id = parents.get(id);
    }
    // The walk stopped on an id of this same chain: from there on, the chain is a loop.
    const loopStart = id === undefined ? -1 : chain.indexOf(id);
    if (loopStart >= 0) chain.slice(loopStart).forEach((member) => cyclic.add(member));
  }
  return cyclic;
}
