import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexFramework, skillsInCategory } from '../../src/core/framework-index.js';
import { learningFor } from '../../src/core/analysis/plan.js';
import { compareLevels, compareSkillLevels } from '../../src/core/level-comparison.js';
import { skillLevels } from '../../src/core/levels.js';
import { loadFixture } from './helpers.js';

const sample = indexFramework(loadFixture('sample-bilingual'));
const des = indexFramework(loadFixture('des-hr'));

describe('levels', () => {
  it('orders levels by the scale and refuses unknown ids', () => {
    assert.ok(compareLevels(sample, 'awareness', 'expert')! < 0);
    assert.ok(compareLevels(sample, 'expert', 'working')! > 0);
    assert.equal(compareLevels(sample, 'working', 'working'), 0);
    assert.equal(compareLevels(sample, 'working', 'guru'), undefined);
  });

  it('says for each level whether it has descriptors, only the general description, or does not apply', () => {
    assert.deepEqual(
      skillLevels(sample, 'data-governance').map((view) => view.kind),
      ['descriptors', 'descriptors', 'descriptors', 'not-applicable'],
    );
    assert.deepEqual(
      skillLevels(sample, 'communicating-insight').map((view) => view.kind),
      ['general', 'general', 'general', 'general'],
    );
    assert.deepEqual(
      skillLevels(des, 'business-facing-hr')
        .map((view) => view.kind)
        .at(-1),
      'not-applicable',
    );
  });

  it('compares two levels in either order: what the higher one adds', () => {
    const comparison = compareSkillLevels(sample, 'data-analysis', 'working', 'awareness', 'en')!;
    assert.equal(comparison.lower.level.id, 'awareness');
    assert.deepEqual(comparison.added, ['Cleans and summarises data sets with guidance']);
    assert.deepEqual(comparison.shared, ['Reads simple charts and tables']);
    const welsh = compareSkillLevels(sample, 'data-analysis', 'awareness', 'working', 'cy')!;
    assert.deepEqual(welsh.added, ['Yn glanhau ac yn crynhoi setiau data gydag arweiniad']);
    assert.equal(compareSkillLevels(sample, 'data-analysis', 'awareness', 'nope', 'en'), undefined);
  });

  it('finds skills by category and learning by skill and level', () => {
    assert.deepEqual(
      skillsInCategory(sample, 'people').map((skill) => skill.id),
      ['communicating-insight', 'stakeholder-engagement'],
    );
    assert.equal(learningFor(sample, 'data-analysis', 'working').length, 1);
    assert.equal(learningFor(sample, 'data-analysis', 'expert').length, 0);
  });

  it('resolves the DE&S fixture as transcribed: 9 skills x 5 levels', () => {
    assert.equal(des.framework.skills.length, 9);
    for (const skill of des.framework.skills) assert.equal(Object.keys(skill.levels).length, 5);
  });
});
