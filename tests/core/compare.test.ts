import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareAssessments } from '../../src/core/analysis/compare.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
const ratings = (levels: Record<string, string | undefined>): Pick<Assessment, 'ratings'> => ({
  ratings: Object.fromEntries(Object.entries(levels).map(([skill, level]) => [skill, level === undefined ? {} : { level }])),
});
const row = (skill: { skill: string; first?: string; second?: string; difference?: number; status: string }) => [
  skill.skill,
  skill.first,
  skill.second,
  skill.difference,
  skill.status,
];

describe('compareAssessments', () => {
  it('puts two assessments side by side, skill by skill in the framework’s order, never averaging', () => {
    const self = ratings({ 'data-analysis': 'practitioner', 'data-governance': 'working', 'communicating-insight': 'expert' });
    const manager = ratings({ 'data-analysis': 'working', 'data-governance': 'working', 'communicating-insight': 'awareness' });
    const result = compareAssessments(framework, self, manager);
    assert.deepEqual(result.skills.map(row), [
      ['data-analysis', 'practitioner', 'working', -1, 'apart'],
      ['data-governance', 'working', 'working', 0, 'same'],
      ['communicating-insight', 'expert', 'awareness', -3, 'apart'],
      ['stakeholder-engagement', undefined, undefined, undefined, 'unrated'],
    ]);
    assert.deepEqual(result.counts, { same: 1, apart: 2, differ: 0, 'first-only': 0, 'second-only': 0, unrated: 1 });
    // Furthest apart first.
    assert.deepEqual(
      result.differences.map((skill) => skill.skill),
      ['communicating-insight', 'data-analysis'],
    );
  });

  it('tells one side’s answer from none, and not applicable or not observed from a level', () => {
    const self = ratings({ 'data-analysis': 'not-applicable', 'data-governance': 'working', 'stakeholder-engagement': 'not-observed' });
    const manager = ratings({ 'data-analysis': 'working', 'communicating-insight': 'expert', 'stakeholder-engagement': 'not-observed' });
    const result = compareAssessments(framework, self, manager);
    assert.deepEqual(result.skills.map(row), [
      ['data-analysis', 'not-applicable', 'working', undefined, 'differ'],
      ['data-governance', 'working', undefined, undefined, 'first-only'],
      ['communicating-insight', undefined, 'expert', undefined, 'second-only'],
      ['stakeholder-engagement', 'not-observed', 'not-observed', 0, 'same'],
    ]);
    // A difference that cannot be measured comes after those that can.
    assert.deepEqual(
      result.differences.map((skill) => skill.skill),
      ['data-analysis'],
    );
  });

  it('counts a rating with no level as no answer', () => {
    const result = compareAssessments(framework, ratings({ 'data-analysis': undefined }), ratings({}));
    assert.equal(result.skills[0]?.status, 'unrated');
  });

  it('keeps apart what the framework cannot place: a skill it lacks, an answer its scale no longer offers', () => {
    const self = ratings({ 'data-analysis': 'guru', retired: 'expert' });
    const manager = ratings({ 'data-analysis': 'working', 'another-retired': 'working' });
    const result = compareAssessments(framework, self, manager);
    // The unplaceable answer counts as none in the comparison...
    assert.deepEqual(row(result.skills[0]!), ['data-analysis', undefined, 'working', undefined, 'second-only']);
    // ...and is kept, with both sides, beside it.
    assert.deepEqual(result.unmatched, [
      { skill: 'data-analysis', first: 'guru', second: 'working' },
      { skill: 'retired', first: 'expert', second: undefined },
      { skill: 'another-retired', first: undefined, second: 'working' },
    ]);
  });

  it('narrows to the skills asked for (a role’s), keeping unplaceable ratings whatever the filter', () => {
    const self = ratings({ 'data-analysis': 'working', 'stakeholder-engagement': 'expert', retired: 'expert' });
    const result = compareAssessments(framework, self, ratings({}), { skills: ['stakeholder-engagement', 'data-analysis'] });
    assert.deepEqual(
      result.skills.map((skill) => skill.skill),
      ['data-analysis', 'stakeholder-engagement'],
    );
    assert.equal(result.counts['first-only'], 2);
    assert.deepEqual(
      result.unmatched.map((entry) => entry.skill),
      ['retired'],
    );
  });

  it('changes neither assessment', () => {
    const self = ratings({ 'data-analysis': 'working' });
    const before = structuredClone(self);
    compareAssessments(framework, self, ratings({ 'data-analysis': 'expert' }));
    assert.deepEqual(self, before);
  });
});
