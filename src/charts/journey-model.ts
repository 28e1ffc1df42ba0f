import { filterGraph, findRoutes, journeyGraph, routeMarks, type JourneyGraph, type RouteResult } from '../core/analysis/journey.js';
import type { FrameworkIndex, ResolvedRole } from '../core/framework-index.js';
import type { Issue } from '../core/issues.js';
import { parseOneAssessment } from '../core/parse-assessments.js';
import { journeyInput, journeyLayout, type JourneyLayout } from './journey-layout.js';

/** Roles of one row of the map, in framework order. */
export interface JourneyRow {
  /** The row's place in the layout's `rows`. */
  readonly rank: number;
  readonly roles: readonly ResolvedRole[];
}

/** One family in the map's list, as its column on the map: its levels lowest first, then its roles apart. */
export interface JourneyListGroup {
  /** Undefined for roles of no family shown. */
  readonly family?: string;
  readonly levels: readonly JourneyRow[];
  /** Roles no move links (at most one row): not a level, so listed after the levels. */
  readonly apart: readonly JourneyRow[];
}

/** What a journey map shows: the graph (of the families asked for), its layout, and the route asked for. */
export interface JourneyModel {
  /** The framework's index. */
  readonly index: FrameworkIndex;
  readonly graph: JourneyGraph;
  readonly layout: JourneyLayout;
  readonly route?: RouteResult;
  /** Role id to its step number on the best route (1 for the first move's role). */
  readonly steps: ReadonlyMap<string, number>;
  /** The keys (`moveKey`) of the moves on the best route. */
  readonly routeMoves: ReadonlySet<string>;
  /** Problems with the assessment given, which is then not used. */
  readonly assessmentIssues: readonly Issue[];
  /** The map's equal as a list: a group per column. */
  readonly list: readonly JourneyListGroup[];
}

export interface JourneyQuery {
  /** Family ids to show; every family when empty. */
  readonly families: readonly string[];
  /** Also moves suggested by shared skills. */
  readonly inferred: boolean;
  readonly from?: string;
  readonly to?: string;
  /** The person's ratings as the host gave them: untrusted, used only when valid. */
  readonly assessment?: unknown;
  /** A role's name in the page's language, for laying out its box. */
  readonly name: (role: ResolvedRole) => string;
}

/** The model of a journey map of a framework, from its index. Pure. */
export function journeyModel(index: FrameworkIndex, { families, inferred, from, to, assessment, name }: JourneyQuery): JourneyModel {
  const { framework } = index;
  const full = journeyGraph(framework, { inferred });
  const graph = families.length > 0 ? filterGraph(full, families) : full;
  const layout = journeyLayout(
    journeyInput(
      graph,
      framework.families.map((family) => family.id),
      name,
      full,
    ),
  );
  const { value: ratings, issues } = parseOneAssessment(assessment, framework);
  const route = from && to ? findRoutes(framework, from, to, ratings, { inferred }) : undefined;
  const { steps, moves } = routeMarks(route?.routes[0]);
  return { index, graph, layout, route, steps, routeMoves: moves, assessmentIssues: issues, list: journeyList(graph, layout) };
}

/** The roles of a laid-out graph grouped as the map shows them: by column, then by row. */
export function journeyList(graph: JourneyGraph, layout: JourneyLayout): JourneyListGroup[] {
  const node = new Map(layout.nodes.map((entry) => [entry.id, entry]));
  return layout.columns.map((column, i) => {
    const roles = graph.roles.filter((role) => node.get(role.id)!.column === i);
    const ranks = [...new Set(roles.map((role) => node.get(role.id)!.rank))].sort((a, b) => a - b);
    const row = (rank: number): JourneyRow => ({ rank, roles: roles.filter((role) => node.get(role.id)!.rank === rank) });
    return {
      family: column.family,
      levels: ranks.filter((rank) => !layout.rows[rank]!.apart).map(row),
      apart: ranks.filter((rank) => layout.rows[rank]!.apart).map(row),
    };
  });
}
