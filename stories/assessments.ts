import type { Assessment } from '../src/core/schema/assessment.js';
import type { Framework } from '../src/core/schema/framework.js';
import { fixtures } from './fixtures.js';

/** An assessment of a fixture, for stories. */
export const assessmentOf = (framework: Framework, ratings: Assessment['ratings'], extra: Partial<Assessment> = {}): Assessment => ({
  schemaVersion: 1,
  framework: { id: framework.id, version: framework.version },
  rater: 'self',
  status: 'draft',
  ratings,
  ...extra,
});

const { desHr, direct } = fixtures;

/** An HR business partner's own rating, their manager's, and their rating of six months before. */
export const hrSelf = assessmentOf(
  desHr,
  {
    'business-facing-hr': { level: 'practitioner' },
    'employee-relations': { level: 'supervised-practitioner' },
    'performance-management': { level: 'expert' },
    'employee-wellbeing-and-engagement': { level: 'practitioner' },
    'organisation-development-and-design': { level: 'awareness' },
    'talent-management': { level: 'not-applicable' },
    'learning-and-development': { level: 'not-observed' },
    'reward-and-recognition': { level: 'awareness' },
  },
  { updatedAt: '2026-11-20T10:00:00Z' },
);
export const hrManager = assessmentOf(
  desHr,
  {
    'business-facing-hr': { level: 'supervised-practitioner' },
    'employee-relations': { level: 'practitioner' },
    'performance-management': { level: 'practitioner' },
    'employee-wellbeing-and-engagement': { level: 'practitioner' },
    'organisation-development-and-design': { level: 'supervised-practitioner' },
    'learning-and-development': { level: 'awareness' },
  },
  { rater: 'manager' },
);
export const hrEarlier = assessmentOf(
  desHr,
  { 'business-facing-hr': { level: 'supervised-practitioner' }, 'employee-relations': { level: 'awareness' }, 'performance-management': { level: 'practitioner' } },
  { updatedAt: '2026-05-14T10:00:00Z' },
);

/** A research software engineer's own rating against the DIRECT skills. */
export const rseSelf = assessmentOf(direct, {
  programming: { level: 'expert' },
  'software-version-control': { level: 'practitioner' },
  'software-testing': { level: 'working' },
  'good-software-practices': { level: 'practitioner' },
  'code-review': { level: 'working' },
  'documenting-software': { level: 'awareness' },
  'packaging-and-releasing-code': { level: 'working' },
  collaboration: { level: 'practitioner' },
  containerisation: { level: 'not-applicable' },
  'software-architecture-and-design': { level: 'working' },
  'mentoring-and-coaching': { level: 'awareness' },
});
