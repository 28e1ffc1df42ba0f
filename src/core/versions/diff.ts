import { indexFramework, indexRoles, type ResolvedRole } from '../framework-index.js';
import { isNotApplicable } from '../levels.js';
import type { Framework, Importance, Pathway, Requirement, Skill, SkillLevelEntry } from '../schema/framework.js';
import { pickLanguage, richLines, type RichText, type Text } from '../schema/text.js';
import { buildIdMap, type IdMap, type MappingSource, type VersionMapping } from './id-map.js';
import { contentWords, gradeTextChange, setSimilarity, type GradedChange } from './text-change.js';

export type { VersionMapping, MappingSource } from './id-map.js';

/** Something a version has or lacks, named as that version names it. */
export interface Named {
  readonly id: string;
  readonly name: Text;
}

export interface Renamed {
  readonly id: string;
  readonly from: Text;
  readonly to: Text;
}

/**
 * Old skills (or levels) taken over by new ones under other ids: `id` one for one, `merged` several
 * into one, `split` one into several, `regrouped` both at once. Only ever as a version or caller states.
 */
export interface Replacement {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly kind: 'id' | 'merged' | 'split' | 'regrouped';
  readonly by: MappingSource;
}

/** An unmapped old skill and an added one whose text is the same or nearly: for a person to decide. */
export interface ProbablySame {
  readonly from: string;
  readonly to: string;
  /** Shared content words over all content words of name, description and descriptors, 0 to 1. */
  readonly similarity: number;
}

/**
 * One skill's descriptor at one level, old against new. `added`/`removed`: the skill has its own
 * descriptor at that level in one version only. `scale`: the skill has none of its own in either
 * version, and the scale's description of the level, which applies instead, changed.
 */
export interface DescriptorChange {
  /** The skill and level in the new version. */
  readonly skill: string;
  readonly level: string;
  /** The skill and level in the old version, when their ids differ from the new ones. */
  readonly from?: { readonly skill: string; readonly level: string };
  readonly change: 'wording' | 'meaning' | 'added' | 'removed';
  readonly similarity: number;
  readonly scale?: true;
}

export interface TextEdit {
  readonly id: string;
  readonly change: 'wording' | 'meaning';
  readonly similarity: number;
}

/** A role or a role level; `role` names the role a level belongs to. */
export interface RoleRef {
  readonly id: string;
  readonly title: Text;
  readonly role?: string;
}

/** `regraded`: the old level left the scale with no level stated to replace it, so no direction can be told. */
export const REQUIREMENT_SHIFTS = ['added', 'dropped', 'raised', 'lowered', 'importance', 'unstated', 'regraded'] as const;
export type RequirementShift = (typeof REQUIREMENT_SHIFTS)[number];

export interface RequirementRevision {
  /** A role or role-level id, in both versions. */
  readonly role: string;
  /** The skill in the new version (the old id for a dropped requirement). */
  readonly skill: string;
  readonly change: RequirementShift;
  readonly from?: { readonly skill: string; readonly level?: string; readonly importance: Importance };
  readonly to?: { readonly level?: string; readonly importance: Importance };
  /** Levels up (positive) or down, when both sides state a level the new scale orders. */
  readonly steps?: number;
}

export interface FrameworkDiff {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  /** True when the versions differ in nothing this diff looks at. */
  readonly unchanged: boolean;
  readonly skills: {
    readonly added: readonly Named[];
    /** Old skills no new skill takes over from. Ratings for them are kept apart by the migrations. */
    readonly retired: readonly Named[];
    readonly replaced: readonly Replacement[];
    /** Same id, new name. */
    readonly renamed: readonly Renamed[];
    readonly moved: ReadonlyArray<{ readonly id: string; readonly from?: string; readonly to?: string }>;
    readonly probablySame: readonly ProbablySame[];
    readonly descriptions: readonly TextEdit[];
    readonly descriptors: readonly DescriptorChange[];
  };
  readonly levels: {
    readonly added: readonly Named[];
    readonly removed: readonly Named[];
    readonly replaced: readonly Replacement[];
    readonly relabelled: readonly Renamed[];
    readonly descriptions: readonly TextEdit[];
    /** The levels both versions have are in another order. */
    readonly reordered: boolean;
  };
  readonly categories: { readonly added: readonly Named[]; readonly removed: readonly Named[]; readonly renamed: readonly Renamed[] };
  readonly roles: {
    readonly added: readonly RoleRef[];
    readonly retired: readonly RoleRef[];
    readonly renamed: readonly Renamed[];
    readonly requirements: readonly RequirementRevision[];
  };
  readonly pathways: { readonly added: readonly Pathway[]; readonly removed: readonly Pathway[] };
  readonly learning: { readonly added: readonly Named[]; readonly removed: readonly Named[] };
  /** Mapped ids the version they point into does not have: reported, not used. */
  readonly unknownMappings: ReadonlyArray<IdMap['unknown'][number] & { readonly kind: 'skill' | 'level' }>;
}

export interface DiffOptions {
  /** Old ids to new ids, for a new version that does not state its own `replaces`. */
  readonly mapping?: VersionMapping;
}

/** Similar enough, by content words, for an unmapped pair of skills to be flagged as probably the same. */
const PROBABLY_SAME = 0.75;

const key = (...parts: readonly string[]) => parts.join('\u0000');

/** Text compared as the author wrote it: the same object shape, in any key order but the same content. */
const sameText = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function components(map: IdMap): Replacement[] {
  // Each group of old and new ids linked by a stated mapping, with the identity links that join it.
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(node, root);
    return root;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));
  const touched = new Set<string>();
  for (const { from, to } of map.stated) {
    touched.add(from);
    touched.add(to);
    join(`o:${from}`, `n:${to}`);
  }
  // Identity links matter only for ids a stated mapping touches (a split that keeps the old id).
  for (const [from, targets] of map.targets) {
    if (targets.includes(from) && touched.has(from)) join(`o:${from}`, `n:${from}`);
  }
  const groups = new Map<string, { from: string[]; to: string[]; by: Set<MappingSource> }>();
  const group = (node: string) => {
    const root = find(node);
    let found = groups.get(root);
    if (!found) groups.set(root, (found = { from: [], to: [], by: new Set() }));
    return found;
  };
  for (const { from, to, by } of map.stated) {
    const found = group(`o:${from}`);
    if (!found.from.includes(from)) found.from.push(from);
    if (!found.to.includes(to)) found.to.push(to);
    found.by.add(by);
  }
  for (const found of groups.values()) {
    for (const id of found.from) if (map.targets.get(id)?.includes(id) && !found.to.includes(id)) found.to.unshift(id);
  }
  return [...groups.values()].map(({ from, to, by }) => ({
    from,
    to,
    kind: from.length === 1 ? (to.length === 1 ? 'id' : 'split') : to.length === 1 ? 'merged' : 'regrouped',
    by: by.has('option') ? 'option' : 'file',
  }));
}

function entryText(entry: SkillLevelEntry | undefined): RichText | undefined {
  return entry === undefined || isNotApplicable(entry) ? undefined : entry;
}

/** Old level id to the one new level that takes over from it; undefined when none, or not one. */
function levelTarget(levels: IdMap, id: string): string | undefined {
  const targets = levels.targets.get(id);
  if (!targets || targets.length === 0) return undefined;
  return targets.includes(id) ? id : targets.length === 1 ? targets[0] : undefined;
}

interface Versions {
  readonly old: Framework;
  readonly next: Framework;
  readonly languages: { readonly before: string; readonly after: string };
  readonly levels: IdMap;
}

function descriptorChanges(versions: Versions, from: Skill, to: Skill): DescriptorChange[] {
  const { old, next, languages, levels } = versions;
  const newLevels = indexFramework(next).levels;
  const changes: DescriptorChange[] = [];
  for (const oldLevel of old.scale.levels) {
    const levelId = levelTarget(levels, oldLevel.id);
    if (levelId === undefined) continue;
    const before = Object.hasOwn(from.levels, oldLevel.id) ? from.levels[oldLevel.id] : undefined;
    const after = Object.hasOwn(to.levels, levelId) ? to.levels[levelId] : undefined;
    const renamed = from.id !== to.id || oldLevel.id !== levelId ? { from: { skill: from.id, level: oldLevel.id } } : {};
    const at = { skill: to.id, level: levelId, ...renamed };
    if (before === undefined && after === undefined) {
      const graded = gradeTextChange(oldLevel.description, newLevels.get(levelId)!.description, languages);
      if (graded.change !== 'same') changes.push({ ...at, change: graded.change, similarity: graded.similarity, scale: true });
    } else if (before === undefined || after === undefined) {
      changes.push({ ...at, change: before === undefined ? 'added' : 'removed', similarity: 0 });
    } else if (isNotApplicable(before) !== isNotApplicable(after)) {
      changes.push({ ...at, change: 'meaning', similarity: 0 });
    } else if (!sameText(before, after)) {
      const graded: GradedChange = isNotApplicable(before)
        ? { change: 'wording', similarity: 1 }
        : gradeTextChange(entryText(before), entryText(after), languages);
      if (graded.change !== 'same') changes.push({ ...at, change: graded.change, similarity: graded.similarity });
    }
  }
  return changes;
}

/** Every word a skill's texts hold, for telling whether an unmapped pair is probably the same skill. */
function skillWords(skill: Skill, language: string): Set<string> {
  const texts: RichText[] = [skill.name, ...(skill.description ? [skill.description] : [])];
  for (const entry of Object.values(skill.levels)) {
    const text = entryText(entry);
    if (text !== undefined) texts.push(text);
  }
  return contentWords(texts.map((value) => richLines(pickLanguage(value, language)).join(' ')).join(' '));
}

function probablySame(retired: readonly Skill[], added: readonly Skill[], languages: Versions['languages']) {
  const found: ProbablySame[] = [];
  if (retired.length === 0 || added.length === 0) return found;
  const language = languages.after;
  const addedWords = added.map((skill) => skillWords(skill, language));
  const candidates: ProbablySame[] = [];
  for (const skill of retired) {
    const words = skillWords(skill, language);
    added.forEach((other, position) => {
      const similarity = setSimilarity(words, addedWords[position]!);
      if (similarity >= PROBABLY_SAME) candidates.push({ from: skill.id, to: other.id, similarity });
    });
  }
  // The closest pairs first, each skill in one pair at most: a flag per skill, not a list of look-alikes.
  candidates.sort((a, b) => b.similarity - a.similarity);
  const paired = new Set<string>();
  for (const candidate of candidates) {
    if (paired.has(`o:${candidate.from}`) || paired.has(`n:${candidate.to}`)) continue;
    paired.add(`o:${candidate.from}`).add(`n:${candidate.to}`);
    found.push({ ...candidate, similarity: Math.round(candidate.similarity * 100) / 100 });
  }
  return found;
}

function named<T extends { id: string }>(items: readonly T[], name: (item: T) => Text): Named[] {
  return items.map((item) => ({ id: item.id, name: name(item) }));
}

/** Added, removed and renamed items of one id-keyed list. */
function listChanges<T extends { id: string }>(before: readonly T[], after: readonly T[], name: (item: T) => Text) {
  const oldIds = new Map(before.map((item) => [item.id, item]));
  const newIds = new Map(after.map((item) => [item.id, item]));
  return {
    added: named(
      after.filter((item) => !oldIds.has(item.id)),
      name,
    ),
    removed: named(
      before.filter((item) => !newIds.has(item.id)),
      name,
    ),
    renamed: after.flatMap((item) => {
      const was = oldIds.get(item.id);
      return was && !sameText(name(was), name(item)) ? [{ id: item.id, from: name(was), to: name(item) }] : [];
    }),
  };
}

function roleRefs(framework: Framework): Map<string, RoleRef> {
  const refs = new Map<string, RoleRef>();
  for (const role of framework.roles) {
    refs.set(role.id, { id: role.id, title: role.title });
    for (const level of role.levels ?? []) refs.set(level.id, { id: level.id, title: level.title, role: role.id });
  }
  return refs;
}

function requirementChanges(versions: Versions, skills: IdMap, roleId: string, before: ResolvedRole, after: ResolvedRole) {
  const { levels, next } = versions;
  const rank = indexFramework(next).rank;
  const needed = new Map(after.requirements.map((requirement) => [requirement.skill, requirement]));
  // An old requirement, seen from the new version: its skill and level mapped. After a merge the highest wins.
  const carried = new Map<string, Requirement & { readonly oldSkill: string; readonly oldLevel?: string }>();
  const changes: RequirementRevision[] = [];
  for (const requirement of before.requirements) {
    const targets = skills.targets.get(requirement.skill) ?? [];
    const level = requirement.level === undefined ? undefined : levelTarget(levels, requirement.level);
    const seen = { ...requirement, level, oldSkill: requirement.skill, oldLevel: requirement.level };
    if (!targets.some((skill) => needed.has(skill))) {
      const from = {
        skill: requirement.skill,
        importance: requirement.importance,
        ...(requirement.level ? { level: requirement.level } : {}),
      };
      changes.push({ role: roleId, skill: requirement.skill, change: 'dropped', from });
    }
    for (const skill of targets) {
      const other = carried.get(skill);
      const higher = other === undefined || (rank.get(seen.level ?? '') ?? -1) > (rank.get(other.level ?? '') ?? -1);
      if (higher) carried.set(skill, seen);
    }
  }
  for (const requirement of after.requirements) {
    const to = { importance: requirement.importance, ...(requirement.level ? { level: requirement.level } : {}) };
    const was = carried.get(requirement.skill);
    if (!was) {
      changes.push({ role: roleId, skill: requirement.skill, change: 'added', to });
      continue;
    }
    const from = { skill: was.oldSkill, importance: was.importance, ...(was.oldLevel ? { level: was.oldLevel } : {}) };
    const base = { role: roleId, skill: requirement.skill, from, to };
    if (was.oldLevel === undefined || requirement.level === undefined) {
      if (was.oldLevel !== requirement.level) changes.push({ ...base, change: 'unstated' });
      else if (was.importance !== requirement.importance) changes.push({ ...base, change: 'importance' });
      continue;
    }
    if (was.level === undefined) {
      changes.push({ ...base, change: 'regraded' });
      continue;
    }
    const steps = rank.get(requirement.level)! - rank.get(was.level)!;
    if (steps !== 0) changes.push({ ...base, change: steps > 0 ? 'raised' : 'lowered', steps });
    else if (was.importance !== requirement.importance) changes.push({ ...base, change: 'importance', steps });
  }
  return changes;
}

function roleChanges(versions: Versions, skills: IdMap): FrameworkDiff['roles'] {
  const { old, next } = versions;
  const before = roleRefs(old);
  const after = roleRefs(next);
  const oldRoles = indexRoles(old).roles;
  const newRoles = indexRoles(next).roles;
  const requirements: RequirementRevision[] = [];
  const renamed: Renamed[] = [];
  for (const [id, ref] of after) {
    const was = before.get(id);
    if (!was) continue;
    if (!sameText(was.title, ref.title)) renamed.push({ id, from: was.title, to: ref.title });
    requirements.push(...requirementChanges(versions, skills, id, oldRoles.get(id)!, newRoles.get(id)!));
  }
  return {
    added: [...after.values()].filter((ref) => !before.has(ref.id)),
    retired: [...before.values()].filter((ref) => !after.has(ref.id)),
    renamed,
    requirements,
  };
}

const pathwayKey = (pathway: Pathway) => key(pathway.from, pathway.to, pathway.kind);

function pathwayChanges(old: Framework, next: Framework): FrameworkDiff['pathways'] {
  const before = new Set(old.pathways.map(pathwayKey));
  const after = new Set(next.pathways.map(pathwayKey));
  return {
    added: next.pathways.filter((pathway) => !before.has(pathwayKey(pathway))),
    removed: old.pathways.filter((pathway) => !after.has(pathwayKey(pathway))),
  };
}

function textEdits<T extends { id: string; description?: RichText }>(
  pairs: ReadonlyArray<readonly [T, T]>,
  languages: Versions['languages'],
): TextEdit[] {
  return pairs.flatMap(([before, after]) => {
    if (sameText(before.description, after.description)) return [];
    const graded = gradeTextChange(before.description, after.description, languages);
    return graded.change === 'same' ? [] : [{ id: after.id, change: graded.change, similarity: graded.similarity }];
  });
}

function isEmpty(diff: Omit<FrameworkDiff, 'unchanged'>): boolean {
  const lists = [diff.skills, diff.levels, diff.categories, diff.roles, diff.pathways, diff.learning].flatMap((part) =>
    Object.values(part).filter(Array.isArray),
  );
  return !diff.levels.reordered && lists.every((list) => list.length === 0);
}

/**
 * What changed from one version of a framework to the next: skills, the scale, descriptors (each
 * graded wording or meaning, see `gradeTextChange`), categories, roles and their requirements,
 * pathways and learning. Ids are matched as they are, and through `replaces` in the new version or
 * `options.mapping`; look-alike skills are flagged as probably the same, never mapped. Pure.
 */
export function diffFrameworks(old: Framework, next: Framework, options: DiffOptions = {}): FrameworkDiff {
  const languages = { before: old.language ?? 'en', after: next.language ?? 'en' };
  const levels = buildIdMap(
    old.scale.levels.map((level) => level.id),
    next.scale.levels,
    options.mapping?.levels,
  );
  const skills = buildIdMap(
    old.skills.map((skill) => skill.id),
    next.skills,
    options.mapping?.skills,
  );
  const versions: Versions = { old, next, languages, levels };
  const oldSkills = indexFramework(old).skills;
  const newSkills = indexFramework(next).skills;

  const retired = old.skills.filter((skill) => !skills.targets.has(skill.id));
  const added = next.skills.filter((skill) => !skills.sources.has(skill.id));
  const descriptors: DescriptorChange[] = [];
  for (const [from, targets] of skills.targets) {
    for (const to of targets) descriptors.push(...descriptorChanges(versions, oldSkills.get(from)!, newSkills.get(to)!));
  }
  const kept = next.skills.filter((skill) => oldSkills.has(skill.id));
  const skillList = listChanges(old.skills, next.skills, (skill) => skill.name);
  const levelList = listChanges(old.scale.levels, next.scale.levels, (level) => level.label);
  const sharedLevels = (list: Framework['scale']['levels'], other: ReadonlyMap<string, unknown>) =>
    list.filter((level) => other.has(level.id)).map((level) => level.id);
  const oldLevels = indexFramework(old).levels;
  const newLevels = indexFramework(next).levels;

  const diff = {
    from: { id: old.id, version: old.version },
    to: { id: next.id, version: next.version },
    skills: {
      added: named(added, (skill) => skill.name),
      retired: named(retired, (skill) => skill.name),
      replaced: components(skills),
      renamed: skillList.renamed,
      moved: kept.flatMap((skill) => {
        const was = oldSkills.get(skill.id)!.category;
        return was === skill.category
          ? []
          : [{ id: skill.id, ...(was ? { from: was } : {}), ...(skill.category ? { to: skill.category } : {}) }];
      }),
      probablySame: probablySame(retired, added, languages),
      descriptions: textEdits(
        kept.map((skill) => [oldSkills.get(skill.id)!, skill] as const),
        languages,
      ),
      descriptors,
    },
    levels: {
      added: named(
        next.scale.levels.filter((level) => !levels.sources.has(level.id)),
        (level) => level.label,
      ),
      removed: named(
        old.scale.levels.filter((level) => !levels.targets.has(level.id)),
        (level) => level.label,
      ),
      replaced: components(levels),
      relabelled: levelList.renamed,
      descriptions: textEdits(
        next.scale.levels.filter((level) => oldLevels.has(level.id)).map((level) => [oldLevels.get(level.id)!, level] as const),
        languages,
      ),
      reordered: sharedLevels(old.scale.levels, newLevels).join('\u0000') !== sharedLevels(next.scale.levels, oldLevels).join('\u0000'),
    },
    categories: listChanges(old.categories, next.categories, (category) => category.name),
    roles: roleChanges(versions, skills),
    pathways: pathwayChanges(old, next),
    learning: (({ added: a, removed }) => ({ added: a, removed }))(listChanges(old.learning, next.learning, (item) => item.title)),
    unknownMappings: [
      ...skills.unknown.map((item) => ({ ...item, kind: 'skill' as const })),
      ...levels.unknown.map((item) => ({ ...item, kind: 'level' as const })),
    ],
  };
  return { ...diff, unchanged: isEmpty(diff) };
}
