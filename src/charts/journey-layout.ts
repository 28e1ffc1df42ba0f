// Where a career map puts each role and move: role families as columns, levels as rows (higher
// roles above), from the promotions between roles. Pure and deterministic: the same framework
// gives the same map, and no two roles overlap by construction.
import type { PathwayKind } from '../core/schema/framework.js';
import type { JourneyGraph, MoveSource } from '../core/analysis/journey.js';
import type { ResolvedRole } from '../core/framework-index.js';
import { round, wrapLabel } from './labels.js';
import type { Box, Point } from './gap-geometry.js';

export interface JourneyLayoutInput {
  /**
   * Roles and role levels, in framework order: the order within a cell. `linked: false` for a role that
   * no move reaches or leaves (left out, it counts as linked).
   */
  readonly roles: readonly {
    readonly id: string;
    readonly name: string;
    readonly family?: string;
    readonly grade?: string;
    readonly linked?: boolean;
  }[];
  /** Family ids, left to right; roles of other (or no) family go in a last column. */
  readonly families: readonly string[];
  readonly moves: readonly { readonly from: string; readonly to: string; readonly kind: PathwayKind; readonly source?: MoveSource }[];
}

export interface JourneyNode extends Box {
  readonly id: string;
  readonly column: number;
  /** 0 for the lowest level. */
  readonly rank: number;
  readonly lines: readonly string[];
}

export interface JourneyEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: PathwayKind;
  readonly source?: MoveSource;
  readonly path: string;
  /** Half way along, for a label. */
  readonly middle: Point;
}

export interface JourneyLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly JourneyNode[];
  readonly edges: readonly JourneyEdge[];
  /** One per family drawn (the last, family `undefined`, for roles without a known one). */
  readonly columns: readonly { readonly family?: string; readonly x: number; readonly width: number }[];
  /**
   * One per level, lowest first, with the grade most of its roles share (when they give one); last, the
   * band of roles apart (`apart: true`), when there are any.
   */
  readonly rows: readonly { readonly rank: number; readonly y: number; readonly grade?: string; readonly apart?: true }[];
  /** Where column titles go. */
  readonly titleY: number;
  /**
   * Roles that no move links to the others, and that share no grade with a role that is linked: nothing
   * says what level they are at, so they sit in a band of their own above the levels (never at the
   * bottom, which would make them look like entry roles), under a title at `titleY` and over a rule at `ruleY`.
   */
  readonly apart?: { readonly titleY: number; readonly ruleY?: number };
}

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 52;
const GAP_X = 36;
const GAP_Y = 44;
const LEFT = 72;
const TOP = 36;
/** Room for the title of the band of roles apart. */
const BAND_TITLE = 24;

/**
 * Each role's level: one above the highest role promoted into it, 0 when none is. Roles of one
 * grade share a level (`gradeOf`), so grades line up across families: an EO policy officer sits
 * beside an EO team leader even when only the team leader's ladder starts lower. Promotions that
 * would close a loop are left out of the count, so a cycle in the data cannot push levels up without end.
 */
export function roleRanks(
  ids: readonly string[],
  promotions: readonly { readonly from: string; readonly to: string }[],
  gradeOf: (id: string) => string | undefined = () => undefined,
): Map<string, number> {
  const known = new Set(ids);
  // One group per grade; a role without a grade is a group of its own.
  const group = (id: string) => {
    const grade = gradeOf(id);
    return grade === undefined ? `role:${id}` : `grade:${grade}`;
  };
  const into = new Map<string, Set<string>>();
  for (const { from, to } of promotions) {
    if (!known.has(from) || !known.has(to) || group(from) === group(to)) continue;
    const list = into.get(group(to)) ?? new Set<string>();
    list.add(group(from));
    into.set(group(to), list);
  }
  // Depth first without recursion (a hostile file may chain thousands of promotions): a group's rank
  // is set once every group promoted into it is done; one still on the path closes a loop, and is skipped.
  const ranks = new Map<string, number>();
  const onPath = new Set<string>();
  for (const start of ids.map(group)) {
    if (ranks.has(start)) continue;
    const stack = [{ key: start, from: (into.get(start) ?? new Set<string>()).values() }];
    onPath.add(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = frame.from.next();
      if (!next.done) {
        if (!ranks.has(next.value) && !onPath.has(next.value)) {
          onPath.add(next.value);
          stack.push({ key: next.value, from: (into.get(next.value) ?? new Set<string>()).values() });
        }
        continue;
      }
      let rank = 0;
      for (const from of into.get(frame.key) ?? []) {
        const done = ranks.get(from);
        if (done !== undefined) rank = Math.max(rank, done + 1);
      }
      ranks.set(frame.key, rank);
      onPath.delete(frame.key);
      stack.pop();
    }
  }
  return new Map(ids.map((id) => [id, ranks.get(group(id))!]));
}

/**
 * What the map draws of a journey graph: each role with its name, family and grade, and every move.
 * Whether a role is linked to others is read from `all` (the whole graph, when `graph` shows some families only).
 */
export function journeyInput(
  graph: JourneyGraph,
  families: readonly string[],
  name: (role: ResolvedRole) => string,
  all: JourneyGraph = graph,
): JourneyLayoutInput {
  const linked = new Set(all.moves.flatMap((move) => [move.from, move.to]));
  return {
    roles: graph.roles.map((role) => ({
      id: role.id,
      name: name(role),
      family: role.role.family,
      grade: role.level?.grade ?? role.role.grade,
      linked: linked.has(role.id),
    })),
    families,
    moves: graph.moves,
  };
}

/** Lays the map out: a column per family, a row per level, the roles of one cell side by side. */
export function journeyLayout(input: JourneyLayoutInput): JourneyLayout {
  const ids = input.roles.map((role) => role.id);
  const grades = new Map(input.roles.map((role) => [role.id, role.grade]));
  const apart = rolesApart(input.roles);
  const ranked = roleRanks(
    ids,
    input.moves.filter((move) => move.kind === 'promotion'),
    (id) => grades.get(id),
  );
  const columnOf = (family?: string) => {
    const at = family === undefined ? -1 : input.families.indexOf(family);
    return at < 0 ? input.families.length : at;
  };
  // Loops, not spread arguments: a spread of many thousands of values throws.
  let highest = -1;
  for (const [id, rank] of ranked) if (!apart.has(id)) highest = Math.max(highest, rank);
  // Roles apart go in a band one above the highest level.
  const ranks = new Map(ids.map((id) => [id, apart.has(id) ? highest + 1 : ranked.get(id)!]));
  const top = apart.size > 0 ? highest + 1 : Math.max(0, highest);
  // Cells: per column and rank, the roles in framework order.
  const cells = new Map<string, string[]>();
  for (const role of input.roles) {
    const key = `${columnOf(role.family)}:${ranks.get(role.id)}`;
    const list = cells.get(key) ?? [];
    list.push(role.id);
    cells.set(key, list);
  }
  const used = [...new Set(input.roles.map((role) => columnOf(role.family)))].sort((a, b) => a - b);
  let x = LEFT;
  const columns = used.map((column) => {
    const widest = [...cells.entries()].reduce(
      (most, [key, list]) => (key.startsWith(`${column}:`) ? Math.max(most, list.length) : most),
      1,
    );
    const width = widest * (NODE_WIDTH + GAP_X) - GAP_X;
    const placed = { family: input.families[column], x, width, column };
    x += width + GAP_X * 1.5;
    return placed;
  });
  const band = apart.size > 0 ? BAND_TITLE : 0;
  const rowY = (rank: number) => TOP + band + (top - rank) * (NODE_HEIGHT + GAP_Y);
  const byId = new Map(input.roles.map((role) => [role.id, role]));
  const nodes: JourneyNode[] = [];
  for (const [key, list] of cells) {
    const [column, rank] = key.split(':').map(Number) as [number, number];
    const placed = columns.find((entry) => entry.column === column)!;
    list.forEach((id, slot) => {
      nodes.push({
        id,
        column: columns.indexOf(placed),
        rank,
        x: placed.x + slot * (NODE_WIDTH + GAP_X),
        y: rowY(rank),
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        lines: wrapLabel(byId.get(id)!.name, 22, 2),
      });
    });
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  nodes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const nodeOf = new Map(nodes.map((node) => [node.id, node]));
  const edges = input.moves.flatMap((move): JourneyEdge[] => {
    const a = nodeOf.get(move.from);
    const b = nodeOf.get(move.to);
    return a && b ? [{ from: move.from, to: move.to, kind: move.kind, source: move.source, ...connector(a, b) }] : [];
  });
  const rows = Array.from({ length: top + 1 }, (_, rank) => ({
    rank,
    y: rowY(rank),
    grade: commonGrade(input.roles.filter((role) => ranks.get(role.id) === rank)),
    ...(apart.size > 0 && rank === top ? { apart: true as const } : {}),
  }));
  return {
    width: Math.ceil(x - GAP_X * 1.5 + 8),
    height: rowY(0) + NODE_HEIGHT + 8,
    nodes,
    edges,
    columns: columns.map(({ family, x: left, width }) => ({ family, x: left, width })),
    rows,
    titleY: 20,
    ...(apart.size > 0 ? { apart: { titleY: TOP + 12, ...(top > 0 ? { ruleY: rowY(top - 1) - GAP_Y / 2 } : {}) } } : {}),
  };
}

/**
 * Roles no move reaches or leaves, whose grade (if any) no linked role shares: such a role's level is
 * not known from the framework (the DDaT chief roles are such roles), so it is not put on one.
 */
function rolesApart(roles: JourneyLayoutInput['roles']): Set<string> {
  const linkedGrades = new Set(roles.filter((role) => role.linked !== false && role.grade !== undefined).map((role) => role.grade));
  return new Set(
    roles.filter((role) => role.linked === false && !(role.grade !== undefined && linkedGrades.has(role.grade))).map((role) => role.id),
  );
}

/** A curve from one role's box to another's: between facing edges, up, down or across. */
function connector(a: Box, b: Box): { path: string; middle: Point } {
  const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const from = centre(a);
  const to = centre(b);
  if (Math.abs(a.y - b.y) < 1) {
    const right = to.x > from.x;
    const x1 = right ? a.x + a.width : a.x;
    const x2 = right ? b.x : b.x + b.width;
    const bend = (x1 + x2) / 2;
    // Roles side by side in one row: a flat arc above, so it does not run through the roles between.
    const lift = Math.abs(x2 - x1) > NODE_WIDTH ? -GAP_Y / 2 : 0;
    return {
      path: `M${round(x1)} ${round(from.y)}C${round(bend)} ${round(from.y + lift)} ${round(bend)} ${round(to.y + lift)} ${round(x2)} ${round(to.y)}`,
      middle: { x: round(bend), y: round(from.y + lift * 0.75) },
    };
  }
  const up = to.y < from.y;
  const y1 = up ? a.y : a.y + a.height;
  const y2 = up ? b.y + b.height : b.y;
  const bend = (y1 + y2) / 2;
  return {
    path: `M${round(from.x)} ${round(y1)}C${round(from.x)} ${round(bend)} ${round(to.x)} ${round(bend)} ${round(to.x)} ${round(y2)}`,
    middle: { x: round((from.x + to.x) / 2), y: round(bend) },
  };
}

/** The grade most roles of a level give, if any (ties: the first met). */
function commonGrade(roles: readonly { readonly grade?: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { grade } of roles) if (grade) counts.set(grade, (counts.get(grade) ?? 0) + 1);
  let best: string | undefined;
  for (const [grade, count] of counts) if (best === undefined || count > counts.get(best)!) best = grade;
  return best;
}

/**
 * The role an arrow key goes to on the map: up or down to the nearest role of the next level that
 * has one (the closest across), left or right to the next role on the same level. Undefined at an edge.
 */
export function neighbourOf(
  layout: JourneyLayout,
  id: string,
  arrow: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): string | undefined {
  const at = layout.nodes.find((node) => node.id === id);
  if (!at) return undefined;
  const centre = (node: JourneyNode) => node.x + node.width / 2;
  const closest = (nodes: readonly JourneyNode[]) =>
    nodes.reduce<JourneyNode | undefined>(
      (best, node) => (!best || Math.abs(centre(node) - centre(at)) < Math.abs(centre(best) - centre(at)) ? node : best),
      undefined,
    );
  if (arrow === 'ArrowLeft' || arrow === 'ArrowRight') {
    const sign = arrow === 'ArrowRight' ? 1 : -1;
    return closest(layout.nodes.filter((node) => node.rank === at.rank && sign * (node.x - at.x) > 0))?.id;
  }
  const ranks = layout.nodes.map((node) => node.rank).filter((rank) => (arrow === 'ArrowUp' ? rank > at.rank : rank < at.rank));
  if (ranks.length === 0) return undefined;
  const next = ranks.reduce((best, rank) => (arrow === 'ArrowUp' ? Math.min(best, rank) : Math.max(best, rank)));
  return closest(layout.nodes.filter((node) => node.rank === next))?.id;
}
