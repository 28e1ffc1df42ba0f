import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementSkills, isDifference, ratedSkills } from '../../src/core/analysis/agreement.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
const ratings = (levels: Record<string, string | undefined>): Pick<Assessment, 'ratings'> => ({
  ratings: Object.fromEntries(Object.entries(levels).map(([skill, level]) => [skill, level === undefined ? { evidence: 'x' } : { level }])),
});
const rows = (result: ReturnType<typeof agreementSkills>) =>
  result.map(({ skill, answers, status, spread }) => [skill, answers, status, spread]);

describe('agreementSkills', () => {
  it('puts two assessments side by side and measures how far apart they are, never averaging', () => {
    const self = ratings({ 'data-analysis': 'practitioner', 'data-governance': 'working', 'communicating-insight': 'expert' });
    const manager = ratings({ 'data-analysis': 'working', 'data-governance': 'working', 'communicating-insight': 'awareness' });
    const skills = ['data-analysis', 'data-governance', 'communicating-insight', 'stakeholder-engagement'];
    assert.deepEqual(rows(agreementSkills(framework, [self, manager], skills)), [
      ['data-analysis', ['practitioner', 'working'], 'apart', 1],
      ['data-governance', ['working', 'working'], 'same', 0],
      ['communicating-insight', ['expert', 'awareness'], 'apart', 3],
      ['stakeholder-engagement', [undefined, undefined], 'unrated', undefined],
    ]);
  });

  it('measures three or more from the lowest to the highest, and tells apart answers that are not levels', () => {
    const a = ratings({ 'data-analysis': 'awareness', 'data-governance': 'not-applicable' });
    const b = ratings({ 'data-analysis': 'expert', 'data-governance': 'working' });
    const c = ratings({ 'data-analysis': 'working', 'data-governance': 'not-observed' });
    assert.deepEqual(rows(agreementSkills(framework, [a, b, c], ['data-analysis', 'data-governance'])), [
      ['data-analysis', ['awareness', 'expert', 'working'], 'apart', 3],
      ['data-governance', ['not-applicable', 'working', 'not-observed'], 'differ', undefined],
    ]);
  });

  it('says when only some rated, counts evidence without a level as no answer, and ignores answers the scale no longer offers', () => {
    const self = ratings({ 'data-analysis': 'working', 'data-governance': undefined, 'communicating-insight': 'grandmaster' });
    const manager = ratings({ 'data-analysis': 'not-applicable', 'communicating-insight': 'working' });
    const result = agreementSkills(framework, [self, manager], ['data-analysis', 'data-governance', 'communicating-insight']);
    assert.deepEqual(rows(result), [
      ['data-analysis', ['working', 'not-applicable'], 'differ', undefined],
      ['data-governance', [undefined, undefined], 'unrated', undefined],
      ['communicating-insight', [undefined, 'working'], 'partly', undefined],
    ]);
    assert.deepEqual(
      result.filter(isDifference).map((skill) => skill.skill),
      ['data-analysis', 'communicating-insight'],
    );
  });

  it('lists the skills anyone rated, in the framework’s order, leaving out evidence alone and skills it lacks', () => {
    const self = ratings({ 'communicating-insight': 'expert', 'data-governance': undefined, gone: 'working' });
    const manager = ratings({ 'data-analysis': 'working' });
    assert.deepEqual(ratedSkills(framework, [self, manager]), ['data-analysis', 'communicating-insight']);
  });
});
