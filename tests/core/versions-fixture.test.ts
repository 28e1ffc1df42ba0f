import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAssessment } from '../../src/core/parse.js';
import { parsePlan } from '../../src/core/parse-plan.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { diffFrameworks } from '../../src/core/versions/diff.js';
import { migrateAssessment, migratePlan } from '../../src/core/versions/migrate.js';
import { secondVersionText } from '../fixtures/versions/make-des-hr-2.mjs';
import { FIXTURES, loadFixture } from './helpers.js';

const first = loadFixture('des-hr');
const second = loadFixture('versions/des-hr-2');
const read = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as unknown;

describe('two versions of the DE&S HR framework (tests/fixtures/versions)', () => {
  it('the second version is what its documented edits make', () => {
    assert.equal(readFileSync(new URL('versions/des-hr-2.json', FIXTURES), 'utf8'), secondVersionText());
  });

  it('the diff finds each documented edit, and nothing else', () => {
    const diff = diffFrameworks(first, second);
    const ids = (list: ReadonlyArray<{ id: string }>) => list.map(({ id }) => id);
    assert.deepEqual(ids(diff.skills.added), ['organisation-design-and-development', 'people-analytics']); // 7, 9
    assert.deepEqual(ids(diff.skills.retired), ['organisation-development-and-design', 'employee-wellbeing-and-engagement']); // 7, 8
    assert.deepEqual(
      diff.skills.replaced.map(({ from, to, kind }) => `${kind}: ${from.join(' + ')} -> ${to.join(' + ')}`),
      [
        'id: business-facing-hr -> business-partnering',
        'merged: performance-management + reward-and-recognition -> performance-and-reward',
      ],
    ); // 5, 6
    assert.deepEqual(diff.skills.renamed, [{ id: 'talent-management', from: 'Talent Management', to: 'Talent Management and Succession' }]); // 4
    assert.deepEqual(diff.skills.probablySame, [
      { from: 'organisation-development-and-design', to: 'organisation-design-and-development', similarity: 1 },
    ]);
    const own = diff.skills.descriptors.filter((change) => change.from === undefined);
    assert.deepEqual(
      own.map(({ skill, level, change }) => `${skill}/${level}: ${change}`),
      ['talent-management/practitioner: wording', 'employee-relations/supervised-practitioner: meaning'],
    ); // 2, 3
    // Against Reward & Recognition, the merged skill (Performance Management's text) says something else at every level.
    assert.equal(diff.skills.descriptors.filter((change) => change.from?.skill === 'reward-and-recognition').length, 5);
    assert.deepEqual(
      diff.levels.relabelled.map(({ id, to }) => [id, to]),
      [['supervised-practitioner', 'Working Practitioner']],
    ); // 10
    assert.deepEqual(
      diff.roles.requirements.filter(({ change }) => change === 'raised').map(({ role, skill }) => `${role} ${skill}`),
      ['hr-business-partner employee-relations', 'senior-hr-business-partner employee-relations'],
    ); // 11 (the senior level inherits it)
    assert.deepEqual(ids(diff.roles.added), ['people-analyst']); // 12
    assert.deepEqual(ids(diff.roles.retired), ['learning-and-development-partner']); // 13
    assert.deepEqual(diff.pathways.added, [{ from: 'hr-adviser', to: 'people-analyst', kind: 'lateral' }]);
    assert.deepEqual(ids(diff.learning.added), ['people-analytics-introduction']); // 14
  });

  it('carries the sample people across, every one valid against the new version', () => {
    const people = read('assessments/des-hr.json') as Record<string, Assessment>;
    for (const [name, given] of Object.entries(people)) {
      const parsed = parseAssessment(given, first);
      assert.ok(parsed.ok, name);
      const { assessment, impact } = migrateAssessment(parsed.value, first, second);
      assert.equal(impact.status, 'migrated', name);
      assert.ok(parseAssessment(assessment, second).ok, name);
    }
    const { impact } = migrateAssessment(people.self!, first, second);
    assert.deepEqual(impact.review, [
      { skill: 'employee-relations', reasons: ['descriptor'] },
      { skill: 'performance-and-reward', reasons: ['merged'] },
    ]);
  });

  it('carries the sample plan across, and says its role’s needs rose', () => {
    const parsed = parsePlan(read('plans/des-hr.json'));
    assert.ok(parsed.ok);
    const { plan, impact } = migratePlan(parsed.value, first, second);
    assert.ok(parsePlan(plan).ok);
    assert.deepEqual(
      impact.role?.changes.filter(({ change }) => change === 'raised').map(({ skill }) => skill),
      ['employee-relations'],
    );
    assert.deepEqual(impact.keptApart, ['organisation-development-and-design']);
  });
});
