import { indexFramework } from '../framework-index.js';
import { NOT_APPLICABLE, NOT_OBSERVED, type Assessment, type Rating, type ReviewReason } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { DevelopmentPlan, PlanAction } from '../schema/plan.js';
import { diffFrameworks, type DiffOptions, type FrameworkDiff, type RequirementRevision } from './diff.js';
import { buildIdMap, type IdMap } from './id-map.js';

/**
 * `migrated`: made against the old version, now against the new one. `current`: already against the
 * new version, returned as it was. `mismatch`: against neither, returned as it was.
 */
export type MigrationStatus = 'migrated' | 'current' | 'mismatch';

interface VersionRef {
  readonly id: string;
  readonly version: string;
}

/** What a migration did to one person's assessment. */
export interface AssessmentImpact {
  readonly status: MigrationStatus;
  readonly from: VersionRef;
  readonly to: VersionRef;
  /** Ratings carried across as they were, with nothing to look at again. */
  readonly carried: number;
  /** Skills (new ids) whose rating is marked to review, with why. */
  readonly review: ReadonlyArray<{ readonly skill: string; readonly reasons: readonly ReviewReason[] }>;
  /** Ratings now held under other ids (a skill's id changed, merged or split). */
  readonly moved: ReadonlyArray<{ readonly from: string; readonly to: readonly string[] }>;
  /** Ratings for skills the new version does not have, kept under their ids (shown apart). */
  readonly keptApart: readonly string[];
}

export interface AssessmentMigration {
  readonly assessment: Assessment;
  readonly impact: AssessmentImpact;
}

/** What a migration did to one person's plan. */
export interface PlanImpact {
  readonly status: MigrationStatus;
  readonly from: VersionRef;
  readonly to: VersionRef;
  /** Actions now held under another skill id; `to` has more than one id when the skill was split. */
  readonly moved: ReadonlyArray<{ readonly from: string; readonly to: readonly string[]; readonly actions: number }>;
  /** Actions for skills the new version does not have, kept under their ids. */
  readonly keptApart: readonly string[];
  /** The plan's role: whether the new version retired it, and how its requirements changed. */
  readonly role?: { readonly id: string; readonly retired: boolean; readonly changes: readonly RequirementRevision[] };
}

export interface PlanMigration {
  readonly plan: DevelopmentPlan;
  readonly impact: PlanImpact;
}

/** Everything the migrations look up, worked out once per pair of versions (and mapping). */
interface Migration {
  readonly diff: FrameworkDiff;
  readonly old: Framework;
  readonly next: Framework;
  readonly skills: IdMap;
  readonly levels: IdMap;
  /** `old skill, new skill, old level` where the descriptor changed in meaning (or appeared or went). */
  readonly changedMeaning: ReadonlySet<string>;
  readonly retiredRoles: ReadonlySet<string>;
  /** Old skill to new skill, where one is simply the other (one target, which has one source): the common case, made quick. */
  readonly direct: ReadonlyMap<string, string>;
  /** For those: the old levels whose descriptor changed in meaning. */
  readonly meaningAt: ReadonlyMap<string, ReadonlySet<string>>;
  readonly oldSkills: ReadonlyMap<string, unknown>;
  readonly newSkills: ReadonlyMap<string, unknown>;
  /** Each old level's level in the new version (see `carriedLevel`), remembered. */
  readonly levelsCarried: Map<string, string | undefined>;
}

const key = (...parts: readonly string[]) => parts.join('\u0000');

const migrations = new WeakMap<Framework, WeakMap<Framework, Map<DiffOptions['mapping'], Migration>>>();

/** The migration between two versions, remembered per pair (and mapping object): 10,000 people, one diff. */
function migration(old: Framework, next: Framework, options: DiffOptions): Migration {
  let byNext = migrations.get(old);
  if (!byNext) migrations.set(old, (byNext = new WeakMap()));
  let byMapping = byNext.get(next);
  if (!byMapping) byNext.set(next, (byMapping = new Map()));
  let found = byMapping.get(options.mapping);
  if (found) return found;
  const diff = diffFrameworks(old, next, options);
  const changedMeaning = new Set(
    diff.skills.descriptors
      .filter((change) => change.change !== 'wording')
      .map((change) => key(change.from?.skill ?? change.skill, change.skill, change.from?.level ?? change.level)),
  );
  const skills = buildIdMap(
    old.skills.map((skill) => skill.id),
    next.skills,
    options.mapping?.skills,
  );
  const direct = new Map<string, string>();
  for (const [from, targets] of skills.targets) {
    if (targets.length === 1 && skills.sources.get(targets[0]!)!.length === 1) direct.set(from, targets[0]!);
  }
  const meaningAt = new Map<string, Set<string>>();
  for (const change of diff.skills.descriptors) {
    const from = change.from?.skill ?? change.skill;
    if (change.change === 'wording' || direct.get(from) !== change.skill) continue;
    const levels = meaningAt.get(from) ?? new Set<string>();
    meaningAt.set(from, levels.add(change.from?.level ?? change.level));
  }
  found = {
    diff,
    old,
    next,
    skills,
    levels: buildIdMap(
      old.scale.levels.map((level) => level.id),
      next.scale.levels,
      options.mapping?.levels,
    ),
    changedMeaning,
    retiredRoles: new Set(diff.roles.retired.map((role) => role.id)),
    direct,
    meaningAt,
    oldSkills: indexFramework(old).skills,
    newSkills: indexFramework(next).skills,
    levelsCarried: new Map(),
  };
  byMapping.set(options.mapping, found);
  return found;
}

function statusOf(made: VersionRef, { old, next }: Migration): MigrationStatus {
  if (made.id === old.id && made.version === old.version) return 'migrated';
  return made.id === next.id && made.version === next.version ? 'current' : 'mismatch';
}

/** The new skills an old skill id goes to: none for a retired skill. */
function targetsOf(skill: string, { skills, oldSkills, newSkills }: Migration): readonly string[] {
  const targets = skills.targets.get(skill);
  if (targets) return targets;
  // An id the old version lacked (a rating kept apart then) stays under its id; a rating again if the new version has it.
  return !oldSkills.has(skill) && newSkills.has(skill) ? [skill] : [];
}

/** The rated level in the new version, or undefined when the new version has no level to carry it to. */
function carriedLevel(level: string, plan: Migration): string | undefined {
  const known = plan.levelsCarried;
  if (!known.has(level)) known.set(level, levelIn(level, plan));
  return known.get(level);
}

function levelIn(level: string, { levels, next }: Migration): string | undefined {
  if (level === NOT_APPLICABLE) return next.scale.allowNotApplicable ? level : undefined;
  if (level === NOT_OBSERVED) return next.scale.allowNotObserved ? level : undefined;
  const targets = levels.targets.get(level);
  if (!targets) return indexFramework(next).levels.has(level) ? level : undefined;
  return targets.includes(level) ? level : targets.length === 1 ? targets[0] : undefined;
}

interface Contribution {
  readonly skill: string;
  readonly rating: Rating;
}

const ORDER: readonly ReviewReason[] = ['descriptor', 'level', 'merged', 'split'];

/**
 * One new rating from what was rated under the skills that become it; never an average. One rating is
 * carried whole. Several (a merge) give the level they agree on, or, when the merged skill kept one
 * of their ids, that rating; the others stay under their old ids (see `migrateAssessment`).
 */
function carry(target: string, contributions: readonly Contribution[], version: string, plan: Migration): Rating {
  const reasons = new Set<ReviewReason>();
  if ((plan.skills.sources.get(target) ?? []).length > 1) reasons.add('merged');
  for (const { skill, rating } of contributions) {
    if (targetsOf(skill, plan).length > 1) reasons.add('split');
    for (const reason of rating.review?.reasons ?? []) reasons.add(reason);
  }
  const whole = contributions.length === 1 ? contributions[0] : contributions.find(({ skill }) => skill === target);
  const levels = new Set<string | undefined>();
  let lostLevel: string | undefined;
  let newMeaning = false;
  for (const { skill, rating } of whole ? [whole] : contributions) {
    if (rating.level === undefined) continue;
    const level = carriedLevel(rating.level, plan);
    if (level === undefined) {
      reasons.add('level');
      lostLevel = rating.level;
    } else if (plan.changedMeaning.has(key(skill, target, rating.level))) {
      newMeaning = true;
    }
    levels.add(level);
  }
  const level = levels.size === 1 ? [...levels][0] : undefined;
  // A descriptor matters only for a level that is carried: merged ratings that disagree carry none.
  if (newMeaning && level !== undefined) reasons.add('descriptor');
  // Built, not copied and deleted from: `delete` turns small objects slow, and there are many.
  const { review: _review, level: _level, ...rest } = whole?.rating ?? {};
  const rating: Rating = level === undefined ? rest : { level, ...rest };
  if (reasons.size === 0) return rating;
  const earlier = contributions.map(({ rating: given }) => given.review).find((review) => review !== undefined);
  const from = [...new Set([...contributions.map(({ skill }) => skill), ...(earlier?.skills ?? [])])].filter((skill) => skill !== target);
  const kept = (levels.size === 1 ? lostLevel : undefined) ?? earlier?.level;
  rating.review = {
    reasons: ORDER.filter((reason) => reasons.has(reason)),
    version: earlier?.version ?? version,
    ...(from.length > 0 ? { skills: from } : {}),
    ...(kept === undefined ? {} : { level: kept }),
  };
  return rating;
}

/**
 * Carries an assessment made against `old` to `next`: ratings move with their skills (through
 * `replaces` or `options.mapping`), and nothing is dropped. A rating is marked to review when the
 * descriptor of its level changed in meaning, its level left the scale (the level is kept in the
 * mark), or its skill was merged or split; merged skills rated at different levels get no level, and
 * their ratings stay under the old ids. Ratings for skills `next` lacks are kept as they are. Pure.
 */
export function migrateAssessment(assessment: Assessment, old: Framework, next: Framework, options: DiffOptions = {}): AssessmentMigration {
  const plan = migration(old, next, options);
  const status = statusOf(assessment.framework, plan);
  const to = { id: next.id, version: next.version };
  const empty = { carried: 0, review: [], moved: [], keptApart: [] };
  if (status !== 'migrated') return { assessment, impact: { status, from: assessment.framework, to, ...empty } };

  // Most ratings stay where they are, as they are: only the others are looked at, and the ratings
  // object is copied only when one of them changes (10,000 people, 150 ratings each).
  const given = assessment.ratings;
  const others: string[] = [];
  let carried = 0;
  for (const skill of Object.keys(given)) {
    const rating = given[skill]!;
    const level = rating.level;
    const kept = plan.direct.get(skill) === skill && rating.review === undefined;
    if (kept && (level === undefined || (carriedLevel(level, plan) === level && !plan.meaningAt.get(skill)?.has(level)))) carried++;
    else others.push(skill);
  }
  if (others.length === 0) {
    return {
      assessment: { ...assessment, framework: to },
      impact: { status, from: assessment.framework, to, carried, review: [], moved: [], keptApart: [] },
    };
  }

  const ratings: Record<string, Rating> = { ...given };
  for (const skill of others) delete ratings[skill];
  const contributions = new Map<string, Contribution[]>();
  const keptApart: string[] = [];
  const moved: Array<AssessmentImpact['moved'][number]> = [];
  for (const skill of others) {
    const rating = given[skill]!;
    const direct = plan.direct.get(skill);
    const level = rating.level;
    if (
      direct !== undefined &&
      rating.review === undefined &&
      (level === undefined || (carriedLevel(level, plan) === level && !plan.meaningAt.get(skill)?.has(level)))
    ) {
      // Renamed, and nothing else to say.
      ratings[direct] = rating;
      carried++;
      moved.push({ from: skill, to: [direct] });
      continue;
    }
    const targets = targetsOf(skill, plan);
    if (targets.length === 0) keptApart.push(skill);
    if (targets.some((target) => target !== skill)) moved.push({ from: skill, to: targets });
    for (const target of targets) {
      const list = contributions.get(target);
      if (list) list.push({ skill, rating });
      else contributions.set(target, [{ skill, rating }]);
    }
  }

  const review: Array<AssessmentImpact['review'][number]> = [];
  const apart = new Set(keptApart);
  for (const [target, list] of contributions) {
    const rating = carry(target, list, assessment.framework.version, plan);
    ratings[target] = rating;
    if (rating.review) review.push({ skill: target, reasons: rating.review.reasons });
    else carried++;
    // Ratings that could not become one are kept as they were, under their old ids, so no level or word is lost.
    if (list.length > 1) {
      for (const { skill, rating: original } of list) {
        if (skill === target || Object.hasOwn(ratings, skill)) continue;
        ratings[skill] = original;
        if (!plan.newSkills.has(skill)) apart.add(skill);
      }
    }
  }
  for (const skill of keptApart) ratings[skill] = given[skill]!;
  return {
    assessment: { ...assessment, framework: to, ratings },
    impact: {
      status,
      from: assessment.framework,
      to,
      carried,
      review,
      moved: moved.filter(({ from }) => !apart.has(from)),
      keptApart: [...apart],
    },
  };
}

/**
 * Carries a development plan made against `old` to `next`: actions move with their skills; a split
 * skill's actions go to the first skill that takes over from it (the impact says so, for the person to
 * move any); actions for skills `next` lacks are kept under their ids. The impact says whether the
 * plan's role was retired and how its requirements changed. Pure.
 */
export function migratePlan(plan: DevelopmentPlan, old: Framework, next: Framework, options: DiffOptions = {}): PlanMigration {
  const found = migration(old, next, options);
  const status = statusOf(plan.framework, found);
  const to = { id: next.id, version: next.version };
  const role =
    plan.role === undefined
      ? {}
      : {
          role: {
            id: plan.role,
            retired: found.retiredRoles.has(plan.role),
            changes: found.diff.roles.requirements.filter((change) => change.role === plan.role),
          },
        };
  if (status !== 'migrated') return { plan, impact: { status, from: plan.framework, to, moved: [], keptApart: [], ...role } };

  const actions: Record<string, PlanAction[]> = {};
  const moved: Array<PlanImpact['moved'][number]> = [];
  const keptApart: string[] = [];
  for (const [skill, list] of Object.entries(plan.actions)) {
    const targets = targetsOf(skill, found);
    const target = targets[0] ?? skill;
    if (targets.length === 0) keptApart.push(skill);
    else if (target !== skill || targets.length > 1) moved.push({ from: skill, to: targets, actions: list.length });
    actions[target] = [...(actions[target] ?? []), ...list];
  }
  return { plan: { ...plan, framework: to, actions }, impact: { status, from: plan.framework, to, moved, keptApart, ...role } };
}
