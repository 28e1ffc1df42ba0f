import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterGraph, findRoutes, journeyGraph, moveKey, routeMarks } from '../../src/core/analysis/journey.js';
import { parseFramework } from '../../src/core/parse.js';
import type { Framework, FrameworkInput } from '../../src/core/schema/framework.js';
import { assessmentOf, loadFixture } from './helpers.js';

/** A small framework: four levels, four skills, and the roles and pathways given. */
function graph(roles: FrameworkInput['roles'], pathways: FrameworkInput['pathways'], families: FrameworkInput['families'] = []): Framework {
  const result = parseFramework({
    schemaVersion: 1,
    id: 'journeys',
    version: '1',
    title: 'Journeys',
    scale: { levels: ['l1', 'l2', 'l3', 'l4'].map((id) => ({ id, label: id })) },
    skills: ['s1', 's2', 's3', 's4'].map((id) => ({ id, name: id, levels: {} })),
    roles,
    pathways,
    families,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const role = (id: string, requirements: [string, string][] = [], extra = {}) => ({
  id,
  title: id.toUpperCase(),
  requirements: requirements.map(([skill, level]) => ({ skill, level })),
  ...extra,
});
const path = (route: { steps: readonly { role: { id: string } }[] }) => route.steps.map((step) => step.role.id);

describe('journeyGraph', () => {
  it('takes the framework’s pathways, and promotions between a role’s levels where none is stated', () => {
    const framework = graph(
      [role('a', [], { levels: [role('a1'), role('a2'), role('a3')] }), role('b', [], { levels: [role('b1'), role('b2')] })],
      [
        { from: 'a2', to: 'a', kind: 'promotion' },
        { from: 'b1', to: 'a1', kind: 'lateral' },
      ],
    );
    const moves = journeyGraph(framework).moves.map((move) => `${move.from}>${move.to}:${move.kind}:${move.source}`);
    // a2 has a stated move within its role, so no implied a2 > a3.
    assert.deepEqual(moves, ['a2>a:promotion:pathway', 'b1>a1:lateral:pathway', 'a1>a2:promotion:level', 'b1>b2:promotion:level']);
  });

  it('infers moves between roles that share most of their skills only when asked, marked as inferred', () => {
    const framework = graph(
      [
        role(
          'x',
          [
            ['s1', 'l2'],
            ['s2', 'l2'],
            ['s3', 'l1'],
          ],
          { family: undefined },
        ),
        role('y', [
          ['s1', 'l3'],
          ['s2', 'l2'],
          ['s3', 'l2'],
        ]),
        role('z', [['s4', 'l1']]),
      ],
      [],
    );
    assert.equal(journeyGraph(framework).moves.length, 0);
    const inferred = journeyGraph(framework, { inferred: true }).moves;
    assert.deepEqual(
      inferred.map((move) => `${move.from}>${move.to}:${move.source}`),
      ['x>y:overlap', 'y>x:overlap'],
    );
    assert.equal(journeyGraph(framework, { inferred: { threshold: 1.1 } }).moves.length, 0);
  });
});

describe('findRoutes', () => {
  const framework = graph(
    [
      role('start', [['s1', 'l1']]),
      role('left', [
        ['s1', 'l2'],
        ['s2', 'l3'],
        ['s3', 'l2'],
      ]),
      role('right', [['s1', 'l2']]),
      role('goal', [
        ['s1', 'l3'],
        ['s2', 'l3'],
      ]),
      role('island', [['s4', 'l4']]),
      role('loop', [['s3', 'l1']]),
    ],
    [
      { from: 'start', to: 'left', kind: 'promotion' },
      { from: 'start', to: 'right', kind: 'lateral' },
      { from: 'left', to: 'goal', kind: 'promotion' },
      { from: 'right', to: 'goal', kind: 'promotion' },
      // A cycle on the way, which must not trap the search.
      { from: 'start', to: 'loop', kind: 'lateral' },
      { from: 'loop', to: 'start', kind: 'lateral' },
      { from: 'goal', to: 'start', kind: 'cross-profession' },
    ],
  );

  it('finds the routes with fewest moves, the smaller total gap first, each step with the skills to develop', () => {
    const result = findRoutes(framework, 'start', 'goal');
    assert.equal(result.none, undefined);
    assert.deepEqual(result.routes.map(path), [
      ['right', 'goal'],
      ['left', 'goal'],
    ]);
    const [best] = result.routes;
    // From start (s1 at l1): right needs s1 l2 (1 level); goal then needs s1 l3 (1) and s2 l3 from nothing (3).
    assert.deepEqual(
      best!.steps.map((step) => [step.role.id, step.gap, step.develop]),
      [
        ['right', 1, [{ skill: 's1', from: 'l1', to: 'l2' }]],
        [
          'goal',
          4,
          [
            { skill: 's1', from: 'l2', to: 'l3' },
            { skill: 's2', to: 'l3' },
          ],
        ],
      ],
    );
    assert.equal(best!.gap, 5);
    assert.equal(result.routes[1]!.gap, 7, 'left then goal: s1 1, s2 3 and s3 2, then s1 1');
  });

  it('breaks ties by the assessment when one is given', () => {
    // Someone already at s2 l3 and s3 l2: through left costs s1 only, as through right; role ids decide.
    const strong = findRoutes(
      framework,
      'start',
      'goal',
      assessmentOf(framework, { s1: { level: 'l1' }, s2: { level: 'l3' }, s3: { level: 'l2' } }),
    );
    assert.deepEqual(
      strong.routes.map((route) => [path(route), route.gap]),
      [
        [['left', 'goal'], 2],
        [['right', 'goal'], 2],
      ],
    );
    // With s2 held but not s3, right is cheaper again.
    const partial = findRoutes(framework, 'start', 'goal', assessmentOf(framework, { s1: { level: 'l1' }, s2: { level: 'l3' } }));
    assert.deepEqual(
      partial.routes.map((route) => [path(route), route.gap]),
      [
        [['right', 'goal'], 2],
        [['left', 'goal'], 4],
      ],
    );
    // Not rated and not applicable count as nothing held: s1 from nothing to l2 (2), then s1 1 and s2 3.
    const none = findRoutes(framework, 'start', 'goal', assessmentOf(framework, { s2: { level: 'not-applicable' } }));
    assert.equal(none.routes[0]!.gap, 2 + 4);
  });

  it('says why there is no route: unreachable, unknown role', () => {
    assert.deepEqual(findRoutes(framework, 'start', 'island').routes, []);
    assert.equal(findRoutes(framework, 'start', 'island').none, 'unreachable');
    assert.equal(findRoutes(framework, 'astronaut', 'goal').none, 'unknown-from');
    assert.equal(findRoutes(framework, 'start', 'astronaut').none, 'unknown-to');
  });

  it('gives a route of no moves from a role to itself', () => {
    const result = findRoutes(framework, 'goal', 'goal');
    assert.deepEqual(result.routes, [{ steps: [], gap: 0 }]);
    assert.equal(result.none, undefined);
  });

  it('is deterministic, and limits how many routes it gives', () => {
    assert.deepEqual(findRoutes(framework, 'start', 'goal'), findRoutes(framework, 'start', 'goal'));
    assert.equal(findRoutes(framework, 'start', 'goal', undefined, { limit: 1 }).routes.length, 1);
  });

  it('follows the fixtures’ pathways and role levels', () => {
    const sample = loadFixture('sample-bilingual');
    const result = findRoutes(sample, 'data-analyst-associate', 'policy-adviser');
    assert.deepEqual(result.routes.map(path), [['data-analyst', 'data-analyst-senior', 'policy-adviser']]);
    assert.deepEqual(
      result.routes[0]!.steps.map((step) => step.move.kind),
      ['promotion', 'promotion', 'cross-profession'],
    );
    const des = loadFixture('des-hr');
    assert.deepEqual(findRoutes(des, 'hr-adviser', 'learning-and-development-partner').routes.map(path), [
      ['hr-business-partner', 'learning-and-development-partner'],
    ]);
  });

  it('copes with several hundred role levels whose shortest routes are too many to list', () => {
    // A 10 x 30 grid of roles with moves right and up (and back), so the shortest routes corner to corner number in the billions.
    const roles = [];
    const pathways: FrameworkInput['pathways'] = [];
    const at = (row: number, column: number) => `r${row}-c${column}`;
    for (let row = 0; row < 10; row++) {
      for (let column = 0; column < 30; column++) {
        roles.push(role(at(row, column), [['s1', `l${1 + (row % 4)}`]]));
        if (column < 29)
          pathways.push(
            { from: at(row, column), to: at(row, column + 1), kind: 'lateral' },
            { from: at(row, column + 1), to: at(row, column), kind: 'lateral' },
          );
        if (row < 9) pathways.push({ from: at(row, column), to: at(row + 1, column), kind: 'promotion' });
      }
    }
    const big = graph(roles, pathways);
    const result = findRoutes(big, at(0, 0), at(9, 29));
    assert.equal(result.routes.length, 3);
    for (const route of result.routes) assert.equal(route.steps.length, 9 + 29);
    assert.deepEqual(findRoutes(big, at(0, 0), at(9, 29)), result);
    assert.equal(findRoutes(big, at(9, 0), at(0, 0)).none, 'unreachable');
  });

  it('maps the public-service careers fixture: 4 families, 22 positions, moves up, sideways and across', () => {
    const careers = loadFixture('public-service-careers');
    const { roles, moves } = journeyGraph(careers);
    assert.equal(careers.families.length, 4);
    // 20 role levels, and two Senior Civil Service roles without levels: each is a position itself.
    assert.equal(roles.length, 22, 'the role headings are not positions');
    assert.ok(
      roles.some((role) => role.id === 'chief-operating-officer'),
      'a role no move reaches is still on the map',
    );
    assert.deepEqual(
      ['promotion', 'lateral', 'cross-profession'].map((kind) => moves.filter((move) => move.kind === kind).length),
      [16, 2, 10],
    );
    const result = findRoutes(careers, 'administrative-officer', 'head-of-policy');
    assert.deepEqual(result.routes.map(path), [
      ['team-leader', 'policy-adviser', 'senior-policy-adviser', 'policy-lead', 'head-of-policy'],
    ]);
    assert.equal(result.routes[0]!.steps[1]!.move.kind, 'cross-profession');
    assert.ok(result.routes[0]!.steps.every((step) => step.develop.length > 0));
    // The head of profession names three skills without a level: listed apart, never a skill to develop.
    const [top] = findRoutes(careers, 'head-of-analysis', 'head-of-analysis-profession').routes;
    assert.deepEqual(top!.steps[0]!.unstated, ['data-analysis', 'statistical-methods', 'using-evidence']);
    assert.deepEqual(
      top!.steps[0]!.develop.map((step) => [step.skill, step.to]),
      [
        ['leading-people', 'expert'],
        ['stakeholder-engagement', 'expert'],
      ],
    );
    assert.equal(findRoutes(careers, 'head-of-operations', 'chief-operating-officer').none, 'unreachable');
  });
});

describe('filterGraph', () => {
  const careers = loadFixture('public-service-careers');
  const full = journeyGraph(careers);

  it('keeps the roles of the families given, in order, and only the moves between them', () => {
    const shown = filterGraph(full, ['policy', 'analysis']);
    assert.deepEqual(
      shown.roles,
      full.roles.filter((role) => ['policy', 'analysis'].includes(role.role.family!)),
    );
    const ids = new Set(shown.roles.map((role) => role.id));
    assert.deepEqual(
      shown.moves,
      full.moves.filter((move) => ids.has(move.from) && ids.has(move.to)),
    );
    assert.ok(shown.moves.length > 0 && shown.moves.length < full.moves.length);
    // A move out of the families shown (policy to operational delivery) is gone, from its role's list too.
    for (const [from, moves] of shown.movesFrom) {
      assert.ok(ids.has(from));
      assert.deepEqual(
        moves,
        shown.moves.filter((move) => move.from === from),
      );
    }
    assert.equal([...shown.movesFrom.values()].flat().length, shown.moves.length);
  });

  it('leaves out roles of no family, and gives an empty graph for families not in the framework', () => {
    const framework = graph(
      [role('a', [], { family: 'x' }), role('b'), role('c', [], { family: 'y' })],
      [
        { from: 'a', to: 'b', kind: 'promotion' },
        { from: 'a', to: 'c', kind: 'lateral' },
      ],
      [
        { id: 'x', name: 'X' },
        { id: 'y', name: 'Y' },
      ],
    );
    const all = journeyGraph(framework);
    assert.deepEqual(
      filterGraph(all, ['x']).roles.map((entry) => entry.id),
      ['a'],
    );
    assert.deepEqual(filterGraph(all, ['x', 'y']).moves.map(moveKey), ['a>c']);
    const none = filterGraph(all, ['nowhere']);
    assert.deepEqual([none.roles, none.moves, none.movesFrom.size], [[], [], 0]);
    assert.equal(all.roles.length, 3, 'the graph given is not changed');
  });
});

describe('routeMarks', () => {
  it('numbers the roles of a route from 1 and keys its moves; nothing for no route', () => {
    const careers = loadFixture('public-service-careers');
    const [best] = findRoutes(careers, 'team-leader', 'head-of-policy').routes;
    const { steps, moves } = routeMarks(best);
    assert.deepEqual(
      [...steps],
      best!.steps.map((step, i) => [step.role.id, i + 1]),
    );
    assert.deepEqual(
      [...moves],
      best!.steps.map((step) => `${step.move.from}>${step.move.to}`),
    );
    assert.ok(!steps.has('team-leader'), 'the role the route starts from is not a step');
    const empty = routeMarks(undefined);
    assert.deepEqual([empty.steps.size, empty.moves.size], [0, 0]);
  });
});
