import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapAnalysis } from '../../src/core/analysis/gap.js';
import { aggregateTeam, teamMatrix } from '../../src/core/analysis/team.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { loadFixture } from './helpers.js';

const desHr = loadFixture('des-hr');
type Ratings = Assessment['ratings'];
const person = (ratings: Record<string, string | undefined>): { ratings: Ratings } => ({
  ratings: Object.fromEntries(Object.entries(ratings).map(([skill, level]) => [skill, level === undefined ? {} : { level }])),
});

// Five people on two DE&S skills: levels, the special answers, nothing, an evidence-only rating, and
// a rating for a skill the framework does not have (not counted anywhere).
const team = [
  person({ resourcing: 'awareness', 'employee-relations': 'practitioner' }),
  person({ resourcing: 'practitioner', 'employee-relations': 'not-observed' }),
  person({ resourcing: 'practitioner', 'employee-relations': 'supervised-practitioner' }),
  person({ resourcing: 'not-applicable' }),
  person({ resourcing: undefined, 'employee-relations': 'expert', 'gone-skill': 'expert' }),
];

describe('aggregateTeam', () => {
  it('counts people at each level of every skill, and the answers that are not levels apart', () => {
    const aggregate = aggregateTeam(desHr, team)!;
    assert.equal(aggregate.people, 5);
    assert.equal(aggregate.suppressed, false);
    assert.equal(aggregate.skills.length, desHr.skills.length);
    const resourcing = aggregate.skills.find((skill) => skill.skill === 'resourcing')!;
    assert.deepEqual(resourcing.atLevel, { awareness: 1, 'supervised-practitioner': 0, practitioner: 2, expert: 0, authority: 0 });
    assert.deepEqual([resourcing.notApplicable, resourcing.notObserved, resourcing.unrated], [1, 0, 1]);
    const relations = aggregate.skills.find((skill) => skill.skill === 'employee-relations')!;
    assert.deepEqual([relations.notApplicable, relations.notObserved, relations.unrated], [0, 1, 1]);
    // Without a role there is no need to be below.
    assert.deepEqual([relations.below, relations.meeting, relations.required], [0, 0, undefined]);
  });

  it('counts who is below what a role needs, as gapAnalysis says for each person', () => {
    const aggregate = aggregateTeam(desHr, team, 'hr-adviser')!;
    const relations = aggregate.skills.find((skill) => skill.skill === 'employee-relations')!;
    assert.deepEqual(
      [relations.required, relations.importance, relations.below, relations.meeting],
      ['supervised-practitioner', 'essential', 0, 3],
    );
    for (const skill of aggregate.skills.filter((entry) => entry.required !== undefined)) {
      const gaps = team.map((one) => gapAnalysis(desHr, one, 'hr-adviser')!.skills.find((gap) => gap.skill === skill.skill)!);
      assert.equal(skill.below, gaps.filter((gap) => gap.status === 'below').length, skill.skill);
      assert.equal(skill.meeting, gaps.filter((gap) => gap.status === 'met' || gap.status === 'above').length, skill.skill);
    }
    const resourcing = aggregate.skills.find((skill) => skill.skill === 'resourcing')!;
    assert.deepEqual([resourcing.required, resourcing.importance, resourcing.below, resourcing.meeting], ['awareness', 'desirable', 0, 3]);
  });

  it('gives no counts for a group smaller than the minimum, and says so', () => {
    const small = aggregateTeam(desHr, team.slice(0, 4))!;
    assert.deepEqual([small.people, small.suppressed, small.minGroupSize, small.skills.length], [4, true, 5, 0]);
    assert.equal(aggregateTeam(desHr, team.slice(0, 2), undefined, { minGroupSize: 2 })!.suppressed, false);
    assert.equal(aggregateTeam(desHr, [], undefined, { minGroupSize: 0 })!.suppressed, true);
  });

  it('counts a level the framework marks not applicable to a skill as not applicable', () => {
    const authority = aggregateTeam(
      desHr,
      Array.from({ length: 5 }, () => person({ 'business-facing-hr': 'authority' })),
    )!;
    const skill = authority.skills.find((entry) => entry.skill === 'business-facing-hr')!;
    assert.deepEqual([skill.atLevel.authority, skill.notApplicable], [0, 5]);
  });

  it('answers undefined for a role the framework does not have, and changes nothing it is given', () => {
    assert.equal(aggregateTeam(desHr, team, 'astronaut'), undefined);
    const before = JSON.stringify(team);
    aggregateTeam(desHr, team, 'hr-adviser');
    teamMatrix(desHr, team, 'hr-adviser');
    assert.equal(JSON.stringify(team), before);
  });
});

describe('teamMatrix', () => {
  it('gives each person every skill, with the gap to the role where both are known', () => {
    const rows = teamMatrix(desHr, team, 'hr-adviser')!;
    assert.equal(rows.length, 5);
    assert.equal(rows[0]!.length, desHr.skills.length);
    const cell = (row: number, skill: string) => rows[row]!.find((entry) => entry.skill === skill)!;
    assert.deepEqual(cell(0, 'employee-relations'), { skill: 'employee-relations', answer: 'level', level: 'practitioner', gap: 1 });
    assert.deepEqual(cell(1, 'employee-relations'), { skill: 'employee-relations', answer: 'not-observed' });
    assert.deepEqual(cell(3, 'resourcing'), { skill: 'resourcing', answer: 'not-applicable' });
    assert.deepEqual(cell(4, 'resourcing'), { skill: 'resourcing', answer: 'unrated' });
    assert.deepEqual(cell(0, 'reward-and-recognition'), { skill: 'reward-and-recognition', answer: 'unrated' });
    assert.equal(teamMatrix(desHr, team)![0]!.find((entry) => entry.skill === 'employee-relations')!.gap, undefined);
  });
});
