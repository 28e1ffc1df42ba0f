import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessmentHistory } from '../../src/core/analysis/history.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
type Dated = Pick<Assessment, 'ratings' | 'submittedAt' | 'updatedAt' | 'createdAt'>;
const at = (date: string | undefined, levels: Record<string, string>): Dated => ({
  ratings: Object.fromEntries(Object.entries(levels).map(([skill, level]) => [skill, { level }])),
  ...(date && { submittedAt: date }),
});
const MARCH = '2026-03-02T10:00:00.000Z';
const JUNE = '2026-06-10T10:00:00.000Z';
const SEPTEMBER = '2026-09-15T10:00:00.000Z';

describe('assessmentHistory', () => {
  it('orders the assessments by date and gives each skill’s level at each, with its place on the scale', () => {
    // Given out of order, as a host's storage may list them.
    const history = assessmentHistory(framework, [
      at(SEPTEMBER, { 'data-analysis': 'practitioner' }),
      at(MARCH, { 'data-analysis': 'awareness' }),
      at(JUNE, { 'data-analysis': 'working' }),
    ]);
    assert.deepEqual(history.dates, [MARCH, JUNE, SEPTEMBER]);
    assert.deepEqual(history.order, [1, 2, 0]);
    const analysis = history.skills[0]!;
    assert.deepEqual(analysis.answers, ['awareness', 'working', 'practitioner']);
    assert.deepEqual(analysis.ranks, [0, 1, 2]);
    assert.deepEqual(analysis.overall, { kind: 'up', by: 2, since: MARCH });
    assert.deepEqual(analysis.latest, { kind: 'up', by: 1, since: JUNE });
  });

  it('measures down and steady, skipping dates with no level, and says when there is no trend yet', () => {
    const history = assessmentHistory(framework, [
      at(MARCH, { 'data-analysis': 'expert', 'data-governance': 'working', 'communicating-insight': 'working' }),
      at(JUNE, { 'data-analysis': 'not-observed', 'data-governance': 'working' }),
      at(SEPTEMBER, { 'data-analysis': 'working', 'data-governance': 'working' }),
    ]);
    const [analysis, governance, insight, engagement] = history.skills;
    assert.deepEqual(analysis!.answers, ['expert', 'not-observed', 'working']);
    assert.deepEqual(analysis!.ranks, [3, undefined, 1]);
    assert.deepEqual(analysis!.overall, { kind: 'down', by: 2, since: MARCH });
    // "Not observed" in June is no level: the latest movement runs from March.
    assert.deepEqual(analysis!.latest, { kind: 'down', by: 2, since: MARCH });
    assert.deepEqual(governance!.overall, { kind: 'steady', by: 0, since: MARCH });
    assert.deepEqual(insight!.overall, { kind: 'once', at: MARCH });
    assert.deepEqual(insight!.latest, { kind: 'once', at: MARCH });
    assert.deepEqual(engagement!.overall, { kind: 'none' });
  });

  it('with one assessment, has no trend and nothing since last time', () => {
    const history = assessmentHistory(framework, [at(MARCH, { 'data-analysis': 'working' })]);
    assert.deepEqual(history.skills[0]!.overall, { kind: 'once', at: MARCH });
    assert.equal(history.sinceLastTime, undefined);
  });

  it('compares the last assessment with the one before it', () => {
    const history = assessmentHistory(framework, [
      at(MARCH, { 'data-analysis': 'awareness' }),
      at(JUNE, { 'data-analysis': 'working', 'data-governance': 'working' }),
      at(SEPTEMBER, { 'data-analysis': 'practitioner', 'data-governance': 'working', 'stakeholder-engagement': 'expert' }),
    ]);
    const since = history.sinceLastTime!;
    assert.deepEqual(
      since.skills.map((skill) => [skill.skill, skill.status, skill.difference]),
      [
        ['data-analysis', 'apart', 1],
        ['data-governance', 'same', 0],
        ['communicating-insight', 'unrated', undefined],
        ['stakeholder-engagement', 'second-only', undefined],
      ],
    );
  });

  it('keeps ratings of skills this version lacks apart, with their own history', () => {
    const history = assessmentHistory(framework, [
      at(MARCH, { 'old-skill': 'working', 'data-analysis': 'working' }),
      at(JUNE, { 'old-skill': 'expert' }),
    ]);
    assert.deepEqual(
      history.skills.map((skill) => skill.skill),
      ['data-analysis', 'data-governance', 'communicating-insight', 'stakeholder-engagement'],
    );
    assert.equal(history.retired.length, 1);
    assert.deepEqual(history.retired[0]!.answers, ['working', 'expert']);
    assert.deepEqual(history.retired[0]!.overall, { kind: 'up', by: 2, since: MARCH });
  });

  it('keeps undated assessments (and ones whose date does not parse) apart, out of every trend', () => {
    const history = assessmentHistory(framework, [
      at(undefined, { 'data-analysis': 'expert' }),
      at(JUNE, { 'data-analysis': 'working' }),
      { ratings: { 'data-analysis': { level: 'awareness' } }, submittedAt: 'last Tuesday' },
    ]);
    assert.deepEqual(history.undated, [0, 2]);
    assert.deepEqual(history.dates, [JUNE]);
    assert.deepEqual(history.skills[0]!.overall, { kind: 'once', at: JUNE });
  });

  it('dates an assessment by when it was submitted, else updated, else created', () => {
    const history = assessmentHistory(framework, [
      { ratings: {}, createdAt: JUNE },
      { ratings: {}, createdAt: MARCH, updatedAt: SEPTEMBER },
      { ratings: {}, createdAt: MARCH, updatedAt: SEPTEMBER, submittedAt: MARCH },
    ]);
    assert.deepEqual(history.order, [2, 0, 1]);
  });

  it('against a role: only its skills, each with the level it needs', () => {
    const history = assessmentHistory(framework, [at(MARCH, { 'stakeholder-engagement': 'working' })], { roleId: 'policy-adviser' });
    assert.deepEqual(
      history.skills.map((skill) => [skill.skill, skill.required]),
      [
        ['data-analysis', 'awareness'],
        ['communicating-insight', 'practitioner'],
        ['stakeholder-engagement', 'practitioner'],
      ],
    );
  });

  it('with no assessments, has no dates and no trend', () => {
    const history = assessmentHistory(framework, []);
    assert.deepEqual(history.dates, []);
    assert.ok(history.skills.every((skill) => skill.overall.kind === 'none'));
    assert.equal(history.sinceLastTime, undefined);
  });
});
