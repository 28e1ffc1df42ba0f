import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { journeyInput, journeyLayout, neighbourOf, roleRanks, type JourneyLayout } from '../../src/charts/journey-layout.js';
import { journeyGraph } from '../../src/core/analysis/journey.js';
import type { Framework } from '../../src/core/schema/framework.js';
import { pickLanguage } from '../../src/core/schema/text.js';
import { loadFixture } from './helpers.js';

const layoutOf = (framework: Framework): JourneyLayout =>
  journeyLayout(
    journeyInput(
      journeyGraph(framework),
      framework.families.map((family) => family.id),
      (role) => pickLanguage((role.level ?? role.role).title, 'en'),
    ),
  );

const overlapping = (layout: JourneyLayout) =>
  layout.nodes.flatMap((a, i) =>
    layout.nodes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      .map((b) => `${a.id} ~ ${b.id}`),
  );

describe('roleRanks', () => {
  it('puts each role one level above the highest role promoted into it', () => {
    const ranks = roleRanks(
      ['a', 'b', 'c', 'd'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'a', to: 'c' },
      ],
    );
    assert.deepEqual(
      [...ranks],
      [
        ['a', 0],
        ['b', 1],
        ['c', 2],
        ['d', 0],
      ],
    );
  });

  it('leaves out a promotion that closes a loop, so levels stay bounded', () => {
    const ranks = roleRanks(
      ['a', 'b', 'c'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
      ],
    );
    assert.ok(Math.max(...ranks.values()) <= 2);
    assert.deepEqual(
      roleRanks(
        ['a', 'b', 'c'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'c' },
          { from: 'c', to: 'a' },
        ],
      ),
      ranks,
    );
  });
});

describe('journeyLayout', () => {
  it('puts families in columns and promotions upwards, with no two roles overlapping, on every fixture', () => {
    for (const name of ['des-hr', 'direct', 'sample-bilingual', 'public-service-careers']) {
      const framework = loadFixture(name);
      const layout = layoutOf(framework);
      assert.equal(layout.nodes.length, journeyGraph(framework).roles.length, name);
      assert.deepEqual(overlapping(layout), [], name);
      const node = new Map(layout.nodes.map((entry) => [entry.id, entry]));
      for (const edge of layout.edges.filter((entry) => entry.kind === 'promotion')) {
        assert.ok(node.get(edge.to)!.y < node.get(edge.from)!.y, `${name}: ${edge.from} > ${edge.to} goes up`);
      }
      for (const entry of layout.nodes) {
        assert.ok(
          entry.x >= 0 && entry.x + entry.width <= layout.width && entry.y >= 0 && entry.y + entry.height <= layout.height,
          `${name}: ${entry.id} inside`,
        );
      }
    }
  });

  it('orders columns as the families are listed, roles of no family last', () => {
    const framework = loadFixture('des-hr');
    const layout = layoutOf(framework);
    assert.deepEqual(
      layout.columns.map((column) => column.family),
      ['hr-business-partnering', 'hr-centres-of-expertise'],
    );
    const column = (id: string) => layout.nodes.find((node) => node.id === id)!.column;
    assert.equal(column('hr-adviser'), 0);
    assert.equal(column('resourcing-partner'), 1);
    const x = (id: string) => layout.nodes.find((node) => node.id === id)!.x;
    assert.ok(x('hr-adviser') < x('resourcing-partner'));
  });

  it('draws each move from one role’s edge to the other’s, and the rows lowest first with their grade', () => {
    const sample = loadFixture('sample-bilingual');
    const layout = layoutOf(sample);
    const node = new Map(layout.nodes.map((entry) => [entry.id, entry]));
    for (const edge of layout.edges) {
      const [x, y] = edge.path.slice(1).split(/[ C]/).map(Number) as [number, number];
      const from = node.get(edge.from)!;
      assert.ok(
        x >= from.x && x <= from.x + from.width && y >= from.y && y <= from.y + from.height,
        `${edge.from} > ${edge.to} starts on its role`,
      );
    }
    assert.deepEqual(
      layout.rows.map((row) => row.rank),
      [0, 1, 2],
    );
    assert.equal(layout.rows[0]!.grade, 'EO');
    assert.ok(layout.rows[2]!.y < layout.rows[0]!.y, 'higher levels above');
  });

  it('is deterministic, and lays out 300 role levels and 900 moves without overlap', () => {
    const framework = loadFixture('direct');
    assert.deepEqual(layoutOf(framework), layoutOf(framework));
    const roles = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, name: `Role ${i}`, family: `f${i % 6}` }));
    const moves = Array.from({ length: 900 }, (_, i) => ({
      from: `r${(i * 7) % 300}`,
      to: `r${(i * 13 + 1) % 300}`,
      kind: (['promotion', 'lateral', 'cross-profession'] as const)[i % 3]!,
    }));
    const big = journeyLayout({ roles, families: ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'], moves });
    assert.equal(big.nodes.length, 300);
    assert.equal(big.edges.length, 900);
    assert.deepEqual(overlapping(big), []);
  });
});

describe('roleRanks with grades', () => {
  it('lines up roles of one grade across families, whichever ladder starts lower', () => {
    const grade: Record<string, string> = { ao: 'AO', 'team-leader': 'EO', officer: 'EO', adviser: 'HEO' };
    const ranks = roleRanks(
      ['ao', 'team-leader', 'officer', 'adviser'],
      [
        { from: 'ao', to: 'team-leader' },
        { from: 'officer', to: 'adviser' },
      ],
      (id) => grade[id],
    );
    assert.deepEqual(
      [...ranks],
      [
        ['ao', 0],
        ['team-leader', 1],
        ['officer', 1],
        ['adviser', 2],
      ],
    );
  });
});

describe('journeyLayout: roles no move links', () => {
  const careers = layoutOf(loadFixture('public-service-careers'));
  const node = (layout: JourneyLayout, id: string) => layout.nodes.find((entry) => entry.id === id)!;

  it('puts a role no move reaches or leaves in a band of its own above every level, never at the bottom', () => {
    const chief = node(careers, 'chief-operating-officer');
    const band = careers.rows.at(-1)!;
    assert.equal(band.apart, true);
    assert.equal(chief.rank, band.rank);
    assert.equal(chief.y, band.y);
    assert.notEqual(chief.rank, 0, 'not placed as an entry role');
    assert.equal(chief.column, 0, 'in its own family’s column');
    for (const other of careers.nodes.filter((entry) => entry.id !== chief.id))
      assert.ok(other.y > chief.y + chief.height, `${other.id} is below the band`);
    assert.equal(careers.rows.filter((row) => row.apart).length, 1);
    // Its title sits between the family titles and the band; a rule parts the band from the levels.
    assert.ok(careers.apart!.titleY > careers.titleY && careers.apart!.titleY < chief.y);
    const topLevel = careers.rows.at(-2)!;
    assert.ok(careers.apart!.ruleY! > chief.y + chief.height && careers.apart!.ruleY! < topLevel.y);
  });

  it('places a role without levels that a promotion reaches above the role it comes from, not apart', () => {
    const head = node(careers, 'head-of-analysis-profession');
    assert.equal(head.rank, node(careers, 'head-of-analysis').rank + 1);
    assert.notEqual(careers.rows[head.rank]!.apart, true);
  });

  it('lines a role with no moves up with linked roles of its grade; input that does not say has no band', () => {
    const roles = [
      { id: 'a', name: 'A', family: 'f', grade: 'EO' },
      { id: 'b', name: 'B', family: 'f', grade: 'HEO' },
      { id: 'c', name: 'C', family: 'g', grade: 'HEO', linked: false },
      { id: 'd', name: 'D', family: 'g', linked: false },
    ];
    const layout = journeyLayout({ roles, families: ['f', 'g'], moves: [{ from: 'a', to: 'b', kind: 'promotion' }] });
    assert.equal(node(layout, 'c').rank, node(layout, 'b').rank, 'a grade says where it sits');
    assert.equal(node(layout, 'd').rank, 2);
    assert.deepEqual(
      layout.rows.map((row) => row.apart ?? false),
      [false, false, true],
    );
    // Older callers do not say whether roles are linked: no band.
    const plain = journeyLayout({ roles: roles.map(({ id, name, family }) => ({ id, name, family })), families: ['f', 'g'], moves: [] });
    assert.equal(plain.apart, undefined);
    assert.ok(plain.rows.every((row) => !row.apart));
    // Only roles apart: one band, and no rule under it.
    const alone = journeyLayout({ roles: [{ id: 'x', name: 'X', linked: false }], families: [], moves: [] });
    assert.deepEqual([alone.rows.length, alone.rows[0]!.apart, alone.apart!.ruleY], [1, true, undefined]);
  });

  it('counts a move to a family not shown as a link, so filtering the map sets no role apart', () => {
    const framework = loadFixture('public-service-careers');
    const full = journeyGraph(framework);
    const shown = full.roles.filter((role) => role.role.family === 'digital');
    const ids = new Set(shown.map((role) => role.id));
    const filtered = { roles: shown, moves: full.moves.filter((move) => ids.has(move.from) && ids.has(move.to)), movesFrom: new Map() };
    const families = framework.families.map((family) => family.id);
    const name = (role: (typeof shown)[number]) => role.id;
    assert.ok(journeyInput(filtered, families, name, full).roles.every((role) => role.linked));
    // Read from the filtered graph alone, a role whose moves all lead to other families would look unlinked.
    const lonely = { roles: shown, moves: [], movesFrom: new Map() };
    assert.ok(journeyInput(lonely, families, name).roles.every((role) => !role.linked));
    assert.equal(journeyLayout(journeyInput(lonely, families, name, full)).apart, undefined);
  });
});

describe('neighbourOf', () => {
  it('moves up and down a level to the closest role, and along a level to the next', () => {
    const layout = layoutOf(loadFixture('public-service-careers'));
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    assert.equal(neighbourOf(layout, 'policy-adviser', 'ArrowUp'), 'senior-policy-adviser');
    assert.equal(neighbourOf(layout, 'policy-adviser', 'ArrowDown'), 'policy-officer');
    assert.equal(neighbourOf(layout, 'administrative-officer', 'ArrowDown'), undefined);
    const right = neighbourOf(layout, 'policy-adviser', 'ArrowRight')!;
    assert.equal(byId.get(right)!.rank, byId.get('policy-adviser')!.rank);
    assert.ok(byId.get(right)!.x > byId.get('policy-adviser')!.x);
    assert.equal(neighbourOf(layout, right, 'ArrowLeft'), 'policy-adviser');
    assert.equal(neighbourOf(layout, 'astronaut', 'ArrowUp'), undefined);
  });
});

describe('journeyLayout on hostile input', () => {
  it('ranks a chain of 20,000 promotions without running out of stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `r${i}`);
    const ranks = roleRanks(
      ids,
      ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id })),
    );
    assert.equal(ranks.get('r19999'), 19_999);
  });
});
