import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapAnalysis } from '../../src/core/analysis/gap.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { assessmentOf, loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
const assess = (ratings: Assessment['ratings']): Assessment => assessmentOf(framework, ratings);

describe('gapAnalysis', () => {
  it('gives required, current, difference and status per skill, in role order', () => {
    const assessment = assess({
      'data-analysis': { level: 'practitioner' },
      'data-governance': { level: 'awareness' },
    });
    const result = gapAnalysis(framework, assessment, 'data-analyst')!;
    assert.deepEqual(
      result.skills.map((gap) => [gap.skill, gap.required, gap.current, gap.difference, gap.status]),
      [
        ['data-analysis', 'working', 'practitioner', 1, 'above'],
        ['data-governance', 'working', 'awareness', -1, 'below'],
        ['communicating-insight', 'awareness', undefined, undefined, 'unrated'],
      ],
    );
    assert.equal(result.summary.counts.above, 1);
    assert.equal(result.summary.essentialGaps, 1);
    assert.equal(result.summary.ready, false);
    assert.equal(result.summary.readiness, 1 / 3);
    assert.equal(result.summary.largestGap?.skill, 'data-governance');
  });

  it('merges role-level requirements over the role’s', () => {
    const result = gapAnalysis(framework, assess({}), 'data-analyst-senior')!;
    assert.deepEqual(
      result.skills.map((gap) => [gap.skill, gap.required, gap.importance]),
      [
        ['data-analysis', 'practitioner', 'essential'],
        ['data-governance', 'working', 'essential'],
        ['communicating-insight', 'practitioner', 'essential'],
        ['stakeholder-engagement', 'practitioner', 'essential'],
      ],
    );
    assert.equal(result.role.level?.id, 'data-analyst-senior');
  });

  it('treats not-applicable apart from unrated and from zero, and not-observed as unrated', () => {
    const result = gapAnalysis(
      framework,
      assess({ 'communicating-insight': { level: 'not-applicable' }, 'stakeholder-engagement': { level: 'not-observed' } }),
      'policy-adviser',
    )!;
    assert.deepEqual(
      result.skills.map((gap) => gap.status),
      ['not-applicable', 'unrated', 'unrated'],
    );
    assert.equal(result.summary.counts['not-applicable'], 1);
    assert.equal(result.summary.readiness, 0);
  });

  it('counts desirable gaps without blocking readiness', () => {
    const result = gapAnalysis(
      framework,
      assess({ 'communicating-insight': { level: 'expert' }, 'stakeholder-engagement': { level: 'practitioner' } }),
      'policy-adviser',
    )!;
    assert.equal(result.skills[2]!.status, 'unrated');
    assert.equal(result.summary.ready, true);
  });

  it('returns undefined for an unknown role and leaves inputs unchanged', () => {
    const assessment = assess({ 'data-analysis': { level: 'expert' } });
    const before = JSON.stringify([framework, assessment]);
    assert.equal(gapAnalysis(framework, assessment, 'astronaut'), undefined);
    gapAnalysis(framework, assessment, 'data-analyst');
    assert.equal(JSON.stringify([framework, assessment]), before);
  });
});
