import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAssessment } from '../../src/core/parse.js';
import { parsePlan } from '../../src/core/parse-plan.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { FrameworkInput } from '../../src/core/schema/framework.js';
import type { DevelopmentPlan } from '../../src/core/schema/plan.js';
import { migrateAssessment, migratePlan } from '../../src/core/versions/migrate.js';
import { validFramework } from './helpers.js';

const parsed = validFramework;

const first: FrameworkInput = {
  schemaVersion: 1,
  id: 'ops',
  version: '1',
  title: 'Operations',
  scale: {
    levels: [
      { id: 'working', label: 'Working' },
      { id: 'practitioner', label: 'Practitioner' },
      { id: 'expert', label: 'Expert' },
    ],
    allowNotApplicable: true,
  },
  skills: [
    { id: 'planning', name: 'Planning', levels: { working: 'Plans own work.', practitioner: 'Plans a team’s work.' } },
    { id: 'reporting', name: 'Reporting', levels: { working: 'Writes routine reports.' } },
    { id: 'budgets', name: 'Budgets', levels: { working: 'Tracks spending.' } },
    { id: 'forecasts', name: 'Forecasts', levels: { working: 'Uses forecasts.' } },
    { id: 'filing', name: 'Filing', levels: { working: 'Files papers.' } },
  ],
  roles: [{ id: 'officer', title: 'Officer', requirements: [{ skill: 'reporting', level: 'working' }] }],
};

/** Version 2: planning's practitioner descriptor changes meaning; budgets and forecasts merge; reporting splits; filing retires; expert goes. */
const second: FrameworkInput = {
  ...structuredClone(first),
  version: '2',
  scale: {
    levels: [
      { id: 'working', label: 'Working' },
      { id: 'practitioner', label: 'Practitioner' },
    ],
    allowNotApplicable: false,
  },
  skills: [
    { id: 'planning', name: 'Planning', levels: { working: 'Plans own work', practitioner: 'Plans a directorate’s work.' } },
    { id: 'reporting', name: 'Reporting', levels: { working: 'Writes routine reports.' } },
    { id: 'dashboards', name: 'Dashboards', replaces: ['reporting'], levels: { working: 'Keeps a dashboard.' } },
    { id: 'finance', name: 'Finance', replaces: ['budgets', 'forecasts'], levels: { working: 'Tracks spending.' } },
  ],
  roles: [{ id: 'officer', title: 'Officer', requirements: [{ skill: 'reporting', level: 'practitioner' }] }],
};

const old = parsed(first);
const next = parsed(second);

function assessment(ratings: Assessment['ratings'], version = '1'): Assessment {
  return {
    schemaVersion: 1,
    framework: { id: 'ops', version },
    rater: 'self',
    status: 'submitted',
    ratings,
    updatedAt: '2026-10-01T09:00:00Z',
  };
}

describe('migrateAssessment', () => {
  it('carries unchanged ratings as they are, and marks a changed meaning to review', () => {
    const given = assessment({
      planning: { level: 'practitioner', evidence: 'I planned the move.' },
      reporting: { level: 'working' },
    });
    const { assessment: moved, impact } = migrateAssessment(given, old, next);
    assert.deepEqual(moved.framework, { id: 'ops', version: '2' });
    assert.deepEqual(moved.ratings.planning, {
      level: 'practitioner',
      evidence: 'I planned the move.',
      review: { reasons: ['descriptor'], version: '1' },
    });
    assert.equal(impact.status, 'migrated');
    assert.deepEqual(impact.review, [
      { skill: 'planning', reasons: ['descriptor'] },
      { skill: 'reporting', reasons: ['split'] },
      // Dashboards' descriptor says something else than reporting's did.
      { skill: 'dashboards', reasons: ['descriptor', 'split'] },
    ]);
    assert.equal(moved.updatedAt, given.updatedAt, 'the person did not change it');
  });

  it('keeps a wording change quiet', () => {
    const { assessment: moved, impact } = migrateAssessment(assessment({ planning: { level: 'working' } }), old, next);
    assert.deepEqual(moved.ratings.planning, { level: 'working' });
    assert.equal(impact.carried, 1);
    assert.deepEqual(impact.review, []);
  });

  it('copies a split skill’s rating to each skill it became, marked to review', () => {
    const { assessment: moved, impact } = migrateAssessment(assessment({ reporting: { level: 'working', note: 'Agreed.' } }), old, next);
    assert.deepEqual(moved.ratings.reporting, { level: 'working', note: 'Agreed.', review: { reasons: ['split'], version: '1' } });
    assert.deepEqual(moved.ratings.dashboards, {
      level: 'working',
      note: 'Agreed.',
      review: { reasons: ['descriptor', 'split'], version: '1', skills: ['reporting'] },
    });
    assert.deepEqual(impact.moved, [{ from: 'reporting', to: ['reporting', 'dashboards'] }]);
  });

  it('merges ratings that agree, and keeps apart those that do not, never averaging', () => {
    const agree = migrateAssessment(assessment({ budgets: { level: 'working' }, forecasts: { level: 'working' } }), old, next);
    assert.equal(agree.assessment.ratings.finance?.level, 'working');
    // Finance reads as budgets did, not as forecasts did.
    assert.deepEqual(agree.assessment.ratings.finance?.review?.reasons, ['descriptor', 'merged']);
    const differ = migrateAssessment(
      assessment({ budgets: { level: 'working', evidence: 'Ran the budget.' }, forecasts: { level: 'practitioner' } }),
      old,
      next,
    );
    assert.deepEqual(differ.assessment.ratings.finance, {
      review: { reasons: ['merged'], version: '1', skills: ['budgets', 'forecasts'] },
    });
    assert.deepEqual(differ.assessment.ratings.budgets, { level: 'working', evidence: 'Ran the budget.' });
    assert.deepEqual(differ.assessment.ratings.forecasts, { level: 'practitioner' });
    assert.deepEqual(differ.impact.keptApart, ['budgets', 'forecasts']);
  });

  it('carries one merged rating whole, with its evidence', () => {
    const { assessment: moved } = migrateAssessment(assessment({ budgets: { level: 'working', evidence: 'Ran the budget.' } }), old, next);
    assert.deepEqual(moved.ratings.finance, {
      level: 'working',
      evidence: 'Ran the budget.',
      review: { reasons: ['merged'], version: '1', skills: ['budgets'] },
    });
    assert.equal(Object.hasOwn(moved.ratings, 'budgets'), false);
  });

  it('keeps a level the scale no longer has in the review mark, and the answer that is no longer allowed', () => {
    const { assessment: moved, impact } = migrateAssessment(
      assessment({ planning: { level: 'expert', evidence: 'Led it.' }, reporting: { level: 'not-applicable' } }),
      old,
      next,
    );
    assert.deepEqual(moved.ratings.planning, { evidence: 'Led it.', review: { reasons: ['level'], version: '1', level: 'expert' } });
    assert.deepEqual(moved.ratings.reporting?.review?.level, 'not-applicable');
    assert.equal(impact.review.length, 3);
    assert.ok(parseAssessment(moved, next).ok, 'the migrated assessment is valid against the new version');
  });

  it('keeps ratings for retired skills under their ids', () => {
    const { assessment: moved, impact } = migrateAssessment(assessment({ filing: { level: 'working', evidence: 'Filed.' } }), old, next);
    assert.deepEqual(moved.ratings.filing, { level: 'working', evidence: 'Filed.' });
    assert.deepEqual(impact.keptApart, ['filing']);
  });

  it('keeps the earliest version and adds reasons when migrated twice', () => {
    const third = parsed({
      ...structuredClone(second),
      version: '3',
      skills: second.skills.map((skill) => (skill.id === 'planning' ? { ...skill, levels: { working: 'Plans alone.' } } : skill)),
    });
    const once = migrateAssessment(assessment({ budgets: { level: 'working' } }), old, next).assessment;
    const twice = migrateAssessment(once, next, third).assessment;
    assert.deepEqual(twice.ratings.finance?.review, { reasons: ['merged'], version: '1', skills: ['budgets'] });
    const planned = migrateAssessment(migrateAssessment(assessment({ planning: { level: 'working' } }), old, next).assessment, next, third);
    assert.deepEqual(planned.assessment.ratings.planning?.review, { reasons: ['descriptor'], version: '2' });
  });

  it('leaves an assessment of the new version, or of another, as it was', () => {
    const current = assessment({ planning: { level: 'working' } }, '2');
    assert.equal(migrateAssessment(current, old, next).assessment, current);
    assert.equal(migrateAssessment(current, old, next).impact.status, 'current');
    const other = assessment({ planning: { level: 'working' } }, '0.9');
    assert.equal(migrateAssessment(other, old, next).impact.status, 'mismatch');
    assert.equal(migrateAssessment(other, old, next).assessment, other);
  });

  it('uses a caller’s mapping', () => {
    const unstated = parsed({
      ...structuredClone(second),
      skills: [...second.skills, { id: 'records', name: 'Records', levels: { working: 'Files papers.' } }],
    });
    const { assessment: moved } = migrateAssessment(assessment({ filing: { level: 'working' } }), old, unstated, {
      mapping: { skills: { filing: 'records' } },
    });
    assert.deepEqual(moved.ratings.records, { level: 'working' });
  });
});

describe('migratePlan', () => {
  const plan: DevelopmentPlan = {
    schemaVersion: 1,
    framework: { id: 'ops', version: '1' },
    role: 'officer',
    actions: {
      budgets: [{ id: 'a', text: 'Shadow the finance lead.', kind: 'shadowing', done: false }],
      forecasts: [{ id: 'b', text: 'Read the forecasting guide.', kind: 'reading', done: false }],
      reporting: [{ id: 'c', text: 'Write the monthly report.', kind: 'stretch', done: true }],
      filing: [{ id: 'd', text: 'Learn the file plan.', kind: 'other', done: false }],
    },
  };

  it('moves actions with their skills, keeps retired ones, and says how the role changed', () => {
    const { plan: moved, impact } = migratePlan(plan, old, next);
    assert.deepEqual(moved.framework, { id: 'ops', version: '2' });
    assert.deepEqual(
      moved.actions.finance?.map(({ id }) => id),
      ['a', 'b'],
    );
    assert.deepEqual(
      moved.actions.reporting?.map(({ id }) => id),
      ['c'],
    );
    assert.deepEqual(
      moved.actions.filing?.map(({ id }) => id),
      ['d'],
    );
    assert.deepEqual(impact.keptApart, ['filing']);
    assert.deepEqual(impact.moved, [
      { from: 'budgets', to: ['finance'], actions: 1 },
      { from: 'forecasts', to: ['finance'], actions: 1 },
      { from: 'reporting', to: ['reporting', 'dashboards'], actions: 1 },
    ]);
    assert.deepEqual(
      impact.role?.changes.map(({ skill, change }) => [skill, change]),
      [['reporting', 'raised']],
    );
    assert.equal(impact.role?.retired, false);
    assert.ok(parsePlan(moved).ok);
    const count = (value: DevelopmentPlan) => Object.values(value.actions).flat().length;
    assert.equal(count(moved), count(plan), 'no action lost');
  });
});
