import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapAnalysis } from '../../src/core/analysis/gap.js';
import { findRoutes, journeyGraph } from '../../src/core/analysis/journey.js';
import { planSteps } from '../../src/core/analysis/plan.js';
import { compareRoles } from '../../src/core/analysis/role-diff.js';
import { selectSkills } from '../../src/core/analysis/selection.js';
import { aggregateTeam, teamMatrix } from '../../src/core/analysis/team.js';
import { parseFramework } from '../../src/core/parse.js';
import type { Framework } from '../../src/core/schema/framework.js';
import { readFixture } from './helpers.js';

/**
 * The sample framework with a chief role as the published DDaT files give one: a type (a grade band),
 * the skills it names, and no level stated for any of them; one pathway leads into it.
 */
function withChiefRole(): Framework {
  const input = readFixture('sample-bilingual');
  input.roles = [
    ...(input.roles ?? []),
    {
      id: 'chief-data-officer',
      title: 'Chief data officer',
      family: 'analysis',
      type: { en: 'Senior Civil Service', cy: 'Uwch Wasanaeth Sifil' },
      requirements: [
        { skill: 'data-analysis' },
        { skill: 'data-governance', importance: 'desirable' },
        { skill: 'stakeholder-engagement', level: 'expert' },
      ],
    },
  ];
  input.pathways = [...(input.pathways ?? []), { from: 'data-analyst-senior', to: 'chief-data-officer', kind: 'promotion' }];
  const parsed = parseFramework(input);
  assert.ok(parsed.ok, JSON.stringify(parsed.issues));
  return parsed.value;
}

const framework = withChiefRole();
const ratings = {
  'data-analysis': { level: 'expert' },
  'data-governance': { level: 'awareness' },
  'stakeholder-engagement': { level: 'working' },
};

describe('a requirement without a level (schemaVersion 1, compatible)', () => {
  it('is valid, keeps the role type, and a level that is given is still checked', () => {
    const chief = framework.roles.find((role) => role.id === 'chief-data-officer')!;
    assert.deepEqual(chief.type, { en: 'Senior Civil Service', cy: 'Uwch Wasanaeth Sifil' });
    assert.equal(chief.requirements![0]!.level, undefined);
    assert.equal(chief.requirements![0]!.importance, 'essential');
    const broken = readFixture('sample-bilingual');
    broken.roles![1]!.requirements = [{ skill: 'data-analysis', level: 'grandmaster' }];
    const parsed = parseFramework(broken);
    assert.equal(parsed.ok, false);
    assert.deepEqual(
      parsed.issues.map((issue) => issue.key),
      ['ref.unknown'],
    );
  });

  it('gapAnalysis: status unstated, never met nor below, and outside readiness; ready stays false', () => {
    const result = gapAnalysis(framework, { ratings }, 'chief-data-officer')!;
    assert.deepEqual(
      result.skills.map((gap) => [gap.skill, gap.status, gap.required, gap.difference]),
      [
        ['data-analysis', 'unstated', undefined, undefined],
        ['data-governance', 'unstated', undefined, undefined],
        ['stakeholder-engagement', 'below', 'expert', -2],
      ],
    );
    assert.equal(result.summary.counts.unstated, 2);
    assert.equal(result.summary.counts.met, 0);
    assert.equal(result.summary.readiness, 0);
    assert.equal(result.summary.essentialGaps, 1);
    const onlyUnstated = gapAnalysis(framework, { ratings: { 'data-analysis': { level: 'expert' } } }, 'chief-data-officer')!;
    assert.equal(onlyUnstated.summary.ready, false, 'an essential skill with no level stated is not known to be met');
  });

  it('planSteps: no step for a skill without a level, as there is no level to reach', () => {
    const steps = planSteps(framework, { ratings }, 'chief-data-officer')!;
    assert.deepEqual(
      steps.map((step) => step.skill),
      ['stakeholder-engagement'],
    );
  });

  it('compareRoles: unstated when one side states no level, unchanged when neither does', () => {
    const comparison = compareRoles(framework, 'data-analyst-senior', 'chief-data-officer')!;
    const change = (skill: string) => comparison.changes.find((entry) => entry.skill === skill)!;
    assert.equal(change('data-analysis').change, 'unstated');
    assert.equal(change('data-analysis').steps, undefined);
    assert.equal(change('stakeholder-engagement').change, 'raised');
    assert.equal(comparison.counts.unstated, 2);
    assert.equal(compareRoles(framework, 'chief-data-officer', 'chief-data-officer')!.counts.unchanged, 3);
  });

  it('aggregateTeam and teamMatrix: named, not stated, nobody below or meeting it', () => {
    const team = Array.from({ length: 5 }, () => ({ ratings }));
    const aggregate = aggregateTeam(framework, team, 'chief-data-officer')!;
    const analysis = aggregate.skills.find((skill) => skill.skill === 'data-analysis')!;
    assert.deepEqual(
      [analysis.required, analysis.importance, analysis.levelNotStated, analysis.below, analysis.meeting],
      [undefined, 'essential', true, 0, 0],
    );
    const stakeholder = aggregate.skills.find((skill) => skill.skill === 'stakeholder-engagement')!;
    assert.deepEqual([stakeholder.required, stakeholder.levelNotStated, stakeholder.below], ['expert', undefined, 5]);
    const [row] = teamMatrix(framework, team, 'chief-data-officer')!;
    const cell = row!.find((entry) => entry.skill === 'data-analysis')!;
    assert.deepEqual(cell, { skill: 'data-analysis', answer: 'level', level: 'expert', levelNotStated: true });
  });

  it('the journey graph places the role, and a route to it lists the skills named without a level apart', () => {
    assert.ok(journeyGraph(framework).roles.some((role) => role.id === 'chief-data-officer'));
    const [route] = findRoutes(framework, 'data-analyst', 'chief-data-officer', { ratings }).routes;
    const last = route!.steps.at(-1)!;
    assert.equal(last.role.id, 'chief-data-officer');
    assert.deepEqual(last.unstated, ['data-analysis', 'data-governance']);
    assert.deepEqual(
      last.develop.map((step) => step.skill),
      ['stakeholder-engagement'],
    );
    // Starting from the chief role with no assessment: skills with no level are not assumed held.
    const back = findRoutes(framework, 'chief-data-officer', 'chief-data-officer');
    assert.equal(back.routes[0]!.gap, 0);
  });

  it('selectSkills asks about every skill the role names, with or without a level', () => {
    const selection = selectSkills(framework, { role: 'chief-data-officer' });
    assert.deepEqual(selection.skillIds, ['data-analysis', 'data-governance', 'stakeholder-engagement']);
    assert.equal(selection.requirements.get('data-analysis')!.level, undefined);
  });
});
