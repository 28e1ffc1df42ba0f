import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterGraph, findRoutes, journeyGraph, routeMarks } from '../../src/core/analysis/journey.js';
import { indexFramework, type ResolvedRole } from '../../src/core/framework-index.js';
import { pickLanguage } from '../../src/core/schema/text.js';
import { journeyList, journeyModel, type JourneyQuery } from '../../src/charts/journey-model.js';
import { assessmentOf, loadFixture } from './helpers.js';

const careers = loadFixture('public-service-careers');
const index = indexFramework(careers);
const name = (role: ResolvedRole) => pickLanguage((role.level ?? role.role).title, 'en');
const query = (extra: Partial<JourneyQuery> = {}): JourneyQuery => ({ families: [], inferred: false, name, ...extra });

describe('journeyModel', () => {
  it('lays out every role, or those of the families asked for', () => {
    const all = journeyModel(index, query());
    assert.equal(all.index, index);
    assert.deepEqual(all.graph, journeyGraph(careers));
    assert.deepEqual(
      all.layout.nodes.map((node) => node.id),
      all.graph.roles.map((role) => role.id),
    );
    const some = journeyModel(index, query({ families: ['policy', 'analysis'] }));
    assert.deepEqual(some.graph, filterGraph(journeyGraph(careers), ['policy', 'analysis']));
    assert.deepEqual(
      some.layout.columns.map((column) => column.family),
      ['policy', 'analysis'],
    );
    assert.equal(some.route, undefined);
    assert.deepEqual([some.steps.size, some.routeMoves.size, some.assessmentIssues.length], [0, 0, 0]);
  });

  it('finds the route asked for and marks it, measured from the assessment when it is valid', () => {
    const ratings = assessmentOf(careers, { 'policy-design': { level: 'expert' } });
    const model = journeyModel(index, query({ from: 'team-leader', to: 'head-of-policy', assessment: ratings }));
    assert.deepEqual(model.route, findRoutes(careers, 'team-leader', 'head-of-policy', ratings));
    const marks = routeMarks(model.route!.routes[0]);
    assert.deepEqual([model.steps, model.routeMoves], [marks.steps, marks.moves]);
    assert.deepEqual(model.assessmentIssues, []);
  });

  it('reports an assessment it cannot read, and finds the route without it', () => {
    const model = journeyModel(index, query({ from: 'team-leader', to: 'head-of-policy', assessment: { ratings: 'none' } }));
    assert.ok(model.assessmentIssues.length > 0);
    assert.deepEqual(model.route, findRoutes(careers, 'team-leader', 'head-of-policy'));
  });
});

describe('journeyList', () => {
  it('lists each role once, under its column, by level lowest first, with the roles apart last', () => {
    const { graph, layout, list } = journeyModel(index, query());
    assert.deepEqual(
      list.map((group) => group.family),
      layout.columns.map((column) => column.family),
    );
    const listed = list.flatMap((group) => [...group.levels, ...group.apart].flatMap((row) => row.roles.map((role) => role.id)));
    assert.deepEqual([...listed].sort(), graph.roles.map((role) => role.id).sort());
    const node = new Map(layout.nodes.map((entry) => [entry.id, entry]));
    list.forEach((group, column) => {
      const ranks = group.levels.map((row) => row.rank);
      assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => a - b),
      );
      for (const row of [...group.levels, ...group.apart]) {
        for (const role of row.roles) assert.deepEqual([node.get(role.id)!.column, node.get(role.id)!.rank], [column, row.rank]);
        // Within a row, the framework's order.
        const order = row.roles.map((role) => graph.roles.indexOf(role));
        assert.deepEqual(
          order,
          [...order].sort((a, b) => a - b),
        );
      }
      for (const row of group.levels) assert.ok(!layout.rows[row.rank]!.apart);
      for (const row of group.apart) assert.ok(layout.rows[row.rank]!.apart);
    });
    // The chief operating officer, whom no move reaches, is apart in operational delivery.
    const delivery = list.find((group) => group.family === 'operational-delivery')!;
    assert.deepEqual(
      delivery.apart.flatMap((row) => row.roles.map((role) => role.id)),
      ['chief-operating-officer'],
    );
  });

  it('is empty for an empty graph', () => {
    const graph = filterGraph(journeyGraph(careers), ['nowhere']);
    assert.deepEqual(journeyList(graph, journeyModel(index, query({ families: ['nowhere'] })).layout), []);
  });
});
