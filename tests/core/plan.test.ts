import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gapAnalysis } from '../../src/core/analysis/gap.js';
import { planSteps } from '../../src/core/analysis/plan.js';
import { indexFramework } from '../../src/core/framework-index.js';
import { learningFor } from '../../src/core/analysis/plan.js';
import { FIXTURES, loadFixture } from './helpers.js';

const direct = loadFixture('direct');
const desHr = loadFixture('des-hr');
const rse = JSON.parse(readFileSync(new URL('assessments/direct.json', FIXTURES), 'utf8')).rseSelf;

describe('planSteps', () => {
  it('makes one step per skill below the role or not rated, and none for what is met', () => {
    const steps = planSteps(direct, rse, 'research-software-engineer')!;
    const gaps = gapAnalysis(direct, rse, 'research-software-engineer')!.skills;
    const expected = gaps.filter((gap) => gap.status === 'below' || gap.status === 'unrated').map((gap) => gap.skill);
    assert.deepEqual(new Set(steps.map((step) => step.skill)), new Set(expected));
    assert.ok(steps.length > 0);
  });

  it('aims each step one level up, with that level’s descriptors and the learning for it', () => {
    const index = indexFramework(direct);
    for (const step of planSteps(direct, rse, 'research-software-engineer')!) {
      if (step.current === undefined) {
        assert.equal(step.target, step.required);
        assert.equal(step.steps, undefined);
      } else {
        assert.equal(index.rank.get(step.target), index.rank.get(step.current)! + 1, step.skill);
        assert.equal(step.steps, index.rank.get(step.required)! - index.rank.get(step.current)!);
      }
      assert.equal(step.goodLooksLike.level.id, step.target);
      assert.deepEqual(step.learning, learningFor(index, step.skill, step.target));
    }
  });

  it('puts essential gaps first, the largest first, unrated after the rated', () => {
    const ratings = {
      'talent-management': { level: 'awareness' },
      'business-facing-hr': { level: 'awareness' },
      'employee-relations': { level: 'supervised-practitioner' },
    };
    const steps = planSteps(desHr, { ratings }, 'hr-business-partner')!;
    const summary = steps.map((step) => [step.skill, step.importance, step.steps]);
    assert.deepEqual(summary.slice(0, 3), [
      ['business-facing-hr', 'essential', 2],
      ['employee-relations', 'essential', 1],
      ['talent-management', 'essential', 1],
    ]);
    const firstUnrated = summary.findIndex(([, , size]) => size === undefined);
    assert.ok(summary.slice(firstUnrated).every(([, importance, size]) => size === undefined || importance === 'desirable'));
    const essentials = steps.filter((step) => step.importance === 'essential').length;
    assert.ok(steps.slice(essentials).every((step) => step.importance === 'desirable'));
  });

  it('skips a level the skill is marked not applicable at', () => {
    const gapped = {
      ...desHr,
      skills: desHr.skills.map((skill) =>
        skill.id === 'resourcing'
          ? { ...skill, levels: { ...skill.levels, 'supervised-practitioner': { notApplicable: true as const } } }
          : skill,
      ),
    };
    const steps = planSteps(gapped, { ratings: { resourcing: { level: 'awareness' } } }, 'resourcing-partner')!;
    assert.deepEqual(steps.find((step) => step.skill === 'resourcing')!.target, 'practitioner');
    assert.deepEqual(
      planSteps(desHr, { ratings: { resourcing: { level: 'awareness' } } }, 'resourcing-partner')!.find(
        (step) => step.skill === 'resourcing',
      )!.target,
      'supervised-practitioner',
    );
  });

  it('answers undefined for a role the framework does not have', () => {
    assert.equal(planSteps(desHr, { ratings: {} }, 'astronaut'), undefined);
  });
});
