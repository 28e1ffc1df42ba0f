import { indexFramework, indexRoles, type ResolvedRole } from '../framework-index.js';
import type { Assessment } from '../schema/assessment.js';
import type { Framework, PathwayKind } from '../schema/framework.js';
import type { Text } from '../schema/text.js';

/** Where a move comes from: a pathway the framework states, the next level of a role, or skill overlap. */
export const MOVE_SOURCES = ['pathway', 'level', 'overlap'] as const;
export type MoveSource = (typeof MOVE_SOURCES)[number];

export interface Move {
  readonly from: string;
  readonly to: string;
  readonly kind: PathwayKind;
  readonly source: MoveSource;
  readonly note?: Text;
}

export interface JourneyOptions {
  /**
   * Also infer moves between roles that share most of their skills (shared / all skills of the
   * two, at least `threshold`, 0.6 by default), marked `source: 'overlap'`. Off by default: a
   * framework's own pathways are what people can rely on.
   */
  readonly inferred?: boolean | { readonly threshold?: number };
}

export interface JourneyGraph {
  /**
   * The positions, in framework order: role levels, roles without levels, and roles with levels
   * that a pathway names (in other frameworks such a role is only the heading of its levels).
   */
  readonly roles: readonly ResolvedRole[];
  readonly moves: readonly Move[];
  /** Moves by the role they start from, each list in the order of `moves`. */
  readonly movesFrom: ReadonlyMap<string, readonly Move[]>;
}

const DEFAULT_OVERLAP = 0.6;

/**
 * Every move between roles: the framework's pathways; promotions from each level of a role to its
 * next one, where the framework states no move from that level within the role; and, on request,
 * moves inferred from shared skills. One move per pair of roles: a stated one wins. Pure.
 */
export function journeyGraph(framework: Framework, options: JourneyOptions = {}): JourneyGraph {
  const cached = options.inferred ? undefined : graphs.get(framework);
  if (cached) return cached;
  const { roles: byId } = indexRoles(framework);
  const named = new Set(framework.pathways.flatMap((pathway) => [pathway.from, pathway.to]));
  // The positions people hold: a role with levels is only a heading for them, unless a pathway names it.
  const roles = [...byId.values()].filter((role) => role.level || !role.role.levels?.length || named.has(role.id));
  const moves: Move[] = [];
  const seen = new Set<string>();
  const add = (move: Move) => {
    const key = `${move.from}\u0000${move.to}`;
    if (move.from === move.to || seen.has(key)) return;
    seen.add(key);
    moves.push(move);
  };
  for (const pathway of framework.pathways) {
    add({ from: pathway.from, to: pathway.to, kind: pathway.kind, source: 'pathway', ...(pathway.note ? { note: pathway.note } : {}) });
  }
  for (const role of framework.roles) {
    const levels = role.levels ?? [];
    const family = new Set([role.id, ...levels.map((level) => level.id)]);
    levels.forEach((level, i) => {
      const next = levels[i + 1];
      const stated = framework.pathways.some((pathway) => pathway.from === level.id && family.has(pathway.to));
      if (next && !stated) add({ from: level.id, to: next.id, kind: 'promotion', source: 'level' });
    });
  }
  if (options.inferred) {
    const threshold = typeof options.inferred === 'object' ? (options.inferred.threshold ?? DEFAULT_OVERLAP) : DEFAULT_OVERLAP;
    for (const move of inferMoves(roles, threshold)) add(move);
  }
  const graph = { roles, moves, movesFrom: groupBy(moves, (move) => move.from) };
  if (!options.inferred) graphs.set(framework, graph);
  return graph;
}

/** The graph restricted to roles of the given families, and the moves between them. Pure. */
export function filterGraph(graph: JourneyGraph, families: readonly string[]): JourneyGraph {
  const roles = graph.roles.filter((role) => role.role.family !== undefined && families.includes(role.role.family));
  const ids = new Set(roles.map((role) => role.id));
  const moves = graph.moves.filter((move) => ids.has(move.from) && ids.has(move.to));
  return { roles, moves, movesFrom: groupBy(moves, (move) => move.from) };
}

/** The stated graph of each framework (no inferred moves), built once: routes are asked for often. */
const graphs = new WeakMap<Framework, JourneyGraph>();

function groupBy(moves: readonly Move[], key: (move: Move) => string): Map<string, Move[]> {
  const groups = new Map<string, Move[]>();
  for (const move of moves) {
    const list = groups.get(key(move)) ?? [];
    list.push(move);
    groups.set(key(move), list);
  }
  return groups;
}

/** Moves both ways between roles of different roles whose skill sets overlap at least `threshold`. */
function inferMoves(roles: readonly ResolvedRole[], threshold: number): Move[] {
  const skills = roles.map((role) => new Set(role.requirements.map((requirement) => requirement.skill)));
  const moves: Move[] = [];
  for (let a = 0; a < roles.length; a++) {
    for (let b = a + 1; b < roles.length; b++) {
      // Levels of one role are linked by its own ladder, not by overlap.
      if (roles[a]!.role === roles[b]!.role) continue;
      const shared = [...skills[a]!].filter((skill) => skills[b]!.has(skill)).length;
      const all = skills[a]!.size + skills[b]!.size - shared;
      if (all === 0 || shared / all < threshold) continue;
      const kind: PathwayKind = roles[a]!.role.family === roles[b]!.role.family ? 'lateral' : 'cross-profession';
      moves.push(
        { from: roles[a]!.id, to: roles[b]!.id, kind, source: 'overlap' },
        { from: roles[b]!.id, to: roles[a]!.id, kind, source: 'overlap' },
      );
    }
  }
  return moves;
}

/** A skill to develop for a step: from the level held (undefined when none is known) to the level needed. */
export interface SkillStep {
  readonly skill: string;
  readonly from?: string;
  readonly to: string;
}

export interface RouteStep {
  readonly move: Move;
  readonly role: ResolvedRole;
  /** The skills below what this role needs, given the levels held by then. */
  readonly develop: readonly SkillStep[];
  /** Skills this role names without stating a level: not in `develop` nor in `gap`, as nothing says how far to go. */
  readonly unstated: readonly string[];
  /** Levels to gain for this step, summed over its skills. */
  readonly gap: number;
}

export interface Route {
  readonly steps: readonly RouteStep[];
  /** Levels to gain over the whole route. */
  readonly gap: number;
}

export type NoRoute = 'unknown-from' | 'unknown-to' | 'unreachable';

export interface RouteResult {
  readonly from?: ResolvedRole;
  readonly to?: ResolvedRole;
  /** Best first: fewest moves, then the smallest total gap, then role ids in order. Empty when there is no route. */
  readonly routes: readonly Route[];
  /** Why there is no route. */
  readonly none?: NoRoute;
}

export interface RouteOptions extends JourneyOptions {
  /** How many routes to give, at most (3 by default). */
  readonly limit?: number;
}

/**
 * Shortest routes compared at most, the first found in the framework's order: their number can grow
 * exponentially (a grid of roles has billions), and a person chooses among a few.
 */
const MAX_PATHS = 500;

/**
 * The best routes from one role (or role level) to another: fewest moves, then the smallest total
 * skill gap. The gap is worked out from the assessment when given (skills not rated start from
 * nothing), else from what the starting role needs; each step assumes the levels of the roles before
 * it were reached. Deterministic; handles cycles; a target that cannot be reached gives no route and
 * says why. Pure.
 */
export function findRoutes(
  framework: Framework,
  fromId: string,
  toId: string,
  assessment?: Pick<Assessment, 'ratings'>,
  options: RouteOptions = {},
): RouteResult {
  const { roles } = indexRoles(framework);
  const from = roles.get(fromId);
  const to = roles.get(toId);
  if (!from) return { to, routes: [], none: 'unknown-from' };
  if (!to) return { from, routes: [], none: 'unknown-to' };
  if (from.id === to.id) return { from, to, routes: [{ steps: [], gap: 0 }] };
  const graph = journeyGraph(framework, options);
  const ahead = distances(from.id, (move) => move.to, graph.movesFrom);
  const total = ahead.get(to.id);
  if (total === undefined) return { from, to, routes: [], none: 'unreachable' };
  const behind = distances(
    to.id,
    (move) => move.from,
    groupBy(graph.moves, (move) => move.to),
  );
  const start = startingLevels(framework, from, assessment);
  const found: Route[] = [];
  // Depth first over the moves that lie on some shortest route, in the framework's order.
  const walk = (at: string, path: Move[]) => {
    if (found.length >= MAX_PATHS) return;
    if (at === to.id) {
      found.push(scoreRoute(framework, roles, path, start));
      return;
    }
    for (const move of graph.movesFrom.get(at) ?? []) {
      if (ahead.get(at)! + 1 + (behind.get(move.to) ?? Infinity) === total) walk(move.to, [...path, move]);
    }
  };
  walk(from.id, []);
  const ids = (route: Route) => route.steps.map((step) => step.role.id).join('\u0000');
  found.sort((a, b) => a.gap - b.gap || (ids(a) < ids(b) ? -1 : ids(a) > ids(b) ? 1 : 0));
  return { from, to, routes: found.slice(0, Math.max(1, options.limit ?? 3)) };
}

/** Breadth-first move counts from `origin`, following `next` along the given adjacency. */
function distances(origin: string, next: (move: Move) => string, adjacent: ReadonlyMap<string, readonly Move[]>): Map<string, number> {
  const seen = new Map([[origin, 0]]);
  const queue = [origin];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const move of adjacent.get(at) ?? []) {
      const id = next(move);
      if (!seen.has(id)) {
        seen.set(id, seen.get(at)! + 1);
        queue.push(id);
      }
    }
  }
  return seen;
}

/** Level ranks held at the start: rated levels, or else what the starting role needs. */
function startingLevels(framework: Framework, from: ResolvedRole, assessment?: Pick<Assessment, 'ratings'>): Map<string, number> {
  const { rank } = indexFramework(framework);
  const held = new Map<string, number>();
  if (assessment) {
    for (const [skill, rating] of Object.entries(assessment.ratings)) {
      const level = rating.level === undefined ? undefined : rank.get(rating.level);
      if (level !== undefined) held.set(skill, level);
    }
  } else {
    for (const requirement of from.requirements) {
      if (requirement.level !== undefined) held.set(requirement.skill, rank.get(requirement.level)!);
    }
  }
  return held;
}

function scoreRoute(
  framework: Framework,
  roles: ReadonlyMap<string, ResolvedRole>,
  path: readonly Move[],
  start: ReadonlyMap<string, number>,
): Route {
  const { rank } = indexFramework(framework);
  const ids = framework.scale.levels.map((level) => level.id);
  const held = new Map(start);
  let gap = 0;
  const steps = path.map((move): RouteStep => {
    const role = roles.get(move.to)!;
    const develop: SkillStep[] = [];
    const unstated: string[] = [];
    let stepGap = 0;
    for (const requirement of role.requirements) {
      if (requirement.level === undefined) {
        unstated.push(requirement.skill);
        continue;
      }
      const needed = rank.get(requirement.level)!;
      const have = held.get(requirement.skill);
      if (have !== undefined && have >= needed) continue;
      // A skill with no known level starts from nothing: one step short of the lowest level.
      stepGap += needed - (have ?? -1);
      develop.push({ skill: requirement.skill, ...(have === undefined ? {} : { from: ids[have]! }), to: requirement.level });
      held.set(requirement.skill, needed);
    }
    gap += stepGap;
    return { move, role, develop, unstated, gap: stepGap };
  });
  return { steps, gap };
}

/** One key per move, `from>to`, to tell the moves of a route among a graph's. */
export const moveKey = (move: { readonly from: string; readonly to: string }): string => `${move.from}>${move.to}`;

/** What marks a route on a map: each role's step number (1 for the first move's role), and the keys of its moves. */
export function routeMarks(route: Route | undefined): { steps: Map<string, number>; moves: Set<string> } {
  const steps = route?.steps ?? [];
  return { steps: new Map(steps.map((step, i) => [step.role.id, i + 1])), moves: new Set(steps.map((step) => moveKey(step.move))) };
}
