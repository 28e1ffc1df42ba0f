import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRoles } from '../../src/core/analysis/role-diff.js';
import { loadFixture } from './helpers.js';

const summary = (comparison: ReturnType<typeof compareRoles>) =>
  comparison!.changes.map(({ skill, change, steps, from, to }) => [skill, change, steps, from?.level, to?.level]);

describe('compareRoles', () => {
  const desHr = loadFixture('des-hr');
  const direct = loadFixture('direct');

  it('lists skills added, levels raised and skills dropped between two DE&S roles', () => {
    const comparison = compareRoles(desHr, 'hr-adviser', 'hr-business-partner')!;
    assert.deepEqual(summary(comparison), [
      ['business-facing-hr', 'raised', 1, 'supervised-practitioner', 'practitioner'],
      ['employee-relations', 'raised', 1, 'supervised-practitioner', 'practitioner'],
      ['performance-management', 'raised', 1, 'supervised-practitioner', 'practitioner'],
      ['employee-wellbeing-and-engagement', 'raised', 1, 'supervised-practitioner', 'practitioner'],
      ['resourcing', 'dropped', undefined, 'awareness', undefined],
      ['talent-management', 'raised', 1, 'awareness', 'supervised-practitioner'],
      ['organisation-development-and-design', 'added', undefined, undefined, 'supervised-practitioner'],
      ['learning-and-development', 'added', undefined, undefined, 'supervised-practitioner'],
      ['reward-and-recognition', 'added', undefined, undefined, 'awareness'],
    ]);
    assert.deepEqual(comparison.counts, { added: 3, raised: 5, lowered: 0, dropped: 1, importance: 0, unstated: 0, unchanged: 0 });
    assert.equal(comparison.changes[5]!.from!.importance, 'desirable');
    assert.equal(comparison.changes[5]!.to!.importance, 'essential');
  });

  it('compares a role with one of its levels, whose requirements it inherits', () => {
    const comparison = compareRoles(desHr, 'hr-business-partner', 'senior-hr-business-partner')!;
    assert.deepEqual(
      comparison.changes.map(({ skill, change }) => [skill, change]),
      [
        ['business-facing-hr', 'raised'],
        ['employee-relations', 'unchanged'],
        ['performance-management', 'raised'],
        ['employee-wellbeing-and-engagement', 'unchanged'],
        ['organisation-development-and-design', 'raised'],
        ['talent-management', 'raised'],
        ['learning-and-development', 'unchanged'],
        ['reward-and-recognition', 'raised'],
        ['resourcing', 'added'],
      ],
    );
    assert.equal(comparison.from.id, 'hr-business-partner');
    assert.equal(comparison.to.level?.id, 'senior-hr-business-partner');
  });

  it('compares DIRECT roles: a promotion, and a sideways move that lowers a level', () => {
    const up = compareRoles(direct, 'research-software-engineer', 'senior-research-software-engineer')!;
    assert.deepEqual(up.counts, { added: 3, raised: 3, lowered: 0, dropped: 0, importance: 0, unstated: 0, unchanged: 7 });
    assert.deepEqual(
      up.changes.filter((entry) => entry.change !== 'unchanged').map(({ skill, change }) => [skill, change]),
      [
        ['programming', 'raised'],
        ['software-testing', 'raised'],
        ['code-review', 'raised'],
        ['software-architecture-and-design', 'added'],
        ['mentoring-and-coaching', 'added'],
        ['project-management', 'added'],
      ],
    );
    const across = compareRoles(direct, 'research-data-scientist', 'research-software-engineer')!;
    assert.deepEqual(across.counts, { added: 7, raised: 1, lowered: 1, dropped: 5, importance: 0, unstated: 0, unchanged: 1 });
    const lowered = across.changes.find((entry) => entry.change === 'lowered')!;
    assert.deepEqual([lowered.skill, lowered.steps], ['research-methodologies', -2]);
  });

  it('tells a skill that becomes essential or desirable at the same level from one that does not change', () => {
    const edited = structuredClone(desHr);
    const adviser = edited.roles.find((role) => role.id === 'hr-adviser')!;
    edited.roles.push({
      ...adviser,
      id: 'hr-adviser-variant',
      levels: undefined,
      requirements: adviser.requirements!.map((r) => (r.skill === 'resourcing' ? { ...r, importance: 'essential' } : r)),
    });
    const comparison = compareRoles(edited, 'hr-adviser', 'hr-adviser-variant')!;
    assert.deepEqual(
      comparison.changes.filter((entry) => entry.change !== 'unchanged').map(({ skill, change, steps }) => [skill, change, steps]),
      [['resourcing', 'importance', 0]],
    );
    assert.equal(comparison.counts.importance, 1);
  });

  it('finds nothing changed from a role to itself, and no comparison for an unknown id', () => {
    const same = compareRoles(desHr, 'resourcing-partner', 'resourcing-partner')!;
    assert.ok(same.changes.every((entry) => entry.change === 'unchanged' && entry.steps === 0));
    assert.equal(compareRoles(desHr, 'hr-adviser', 'astronaut'), undefined);
    assert.equal(compareRoles(desHr, 'astronaut', 'hr-adviser'), undefined);
  });
});
