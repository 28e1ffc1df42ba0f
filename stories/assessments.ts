import { parseAssessment } from '../src/core/parse.js';
import { parsePlan } from '../src/core/parse-plan.js';
import type { Assessment } from '../src/core/schema/assessment.js';
import type { DevelopmentPlan } from '../src/core/schema/plan.js';
import desHr from '../tests/fixtures/assessments/des-hr.json';
import direct from '../tests/fixtures/assessments/direct.json';
import team from '../tests/fixtures/assessments/des-hr-team.json';
import hrPlanInput from '../tests/fixtures/plans/des-hr.json';

function valid(input: unknown, name: string): Assessment {
  const result = parseAssessment(input);
  if (!result.ok) throw new Error(`assessment fixture ${name} is invalid`);
  return result.value;
}

function validPlan(input: unknown, name: string): DevelopmentPlan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(`plan fixture ${name} is invalid`);
  return result.value;
}

/** An HR business partner's own rating, their manager's, and their rating of six months before (DE&S). */
export const hrSelf = valid(desHr.self, 'des-hr self');
export const hrManager = valid(desHr.manager, 'des-hr manager');
export const hrEarlier = valid(desHr.earlier, 'des-hr earlier');

/** A research software engineer's own rating against the DIRECT skills. */
export const rseSelf = valid(direct.rseSelf, 'direct rseSelf');

/** An invented team of twelve, rated by their manager against the DE&S HR framework, with their names. */
export const hrTeam = { people: team.people, assessments: team.assessments.map((one, i) => valid(one, `des-hr-team ${i + 1}`)) };

/** Bethan's development plan towards HR Business Partner: actions for two gaps, one kept for a skill that is not a gap. */
export const hrPlan = validPlan(hrPlanInput, 'des-hr plan');

/** Ratings against the public service careers framework, by its id and version. */
const careersRating = (ratings: Record<string, { level: string }>, rater: 'self' | 'manager' = 'self') =>
  valid(
    { schemaVersion: 1, framework: { id: 'public-service-careers', version: '1.0.0' }, rater, status: 'draft', ratings },
    'public-service-careers',
  );

/**
 * A head of analysis's own rating, against the head of the analysis profession: a role that states no
 * level for three of the five skills it names.
 */
export const analysisHeadSelf = careersRating({
  'data-analysis': { level: 'expert' },
  'statistical-methods': { level: 'expert' },
  'using-evidence': { level: 'practitioner' },
  'leading-people': { level: 'practitioner' },
  'stakeholder-engagement': { level: 'expert' },
});

/** An invented team of six operations leaders, rated by their manager against the public service careers. */
export const operationsTeam = {
  people: ['Aled Pritchard', 'Bronwen Ellis', 'Carys Lloyd', 'Dafydd Owen', 'Eleri Morgan', 'Gareth Rees'],
  assessments: [
    {
      'delivery-management': 'expert',
      'leading-people': 'expert',
      'customer-service': 'practitioner',
      'stakeholder-engagement': 'practitioner',
    },
    {
      'delivery-management': 'practitioner',
      'leading-people': 'expert',
      'customer-service': 'expert',
      'stakeholder-engagement': 'working',
    },
    { 'delivery-management': 'working', 'leading-people': 'practitioner', 'customer-service': 'expert' },
    {
      'delivery-management': 'expert',
      'leading-people': 'practitioner',
      'customer-service': 'working',
      'stakeholder-engagement': 'expert',
    },
    {
      'delivery-management': 'practitioner',
      'leading-people': 'working',
      'customer-service': 'practitioner',
      'stakeholder-engagement': 'practitioner',
    },
    { 'delivery-management': 'expert', 'leading-people': 'expert', 'stakeholder-engagement': 'expert' },
  ].map((levels) => careersRating(Object.fromEntries(Object.entries(levels).map(([skill, level]) => [skill, { level }])), 'manager')),
};
