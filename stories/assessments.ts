import { parseAssessment } from '../src/core/parse.js';
import type { Assessment } from '../src/core/schema/assessment.js';
import desHr from '../tests/fixtures/assessments/des-hr.json';
import direct from '../tests/fixtures/assessments/direct.json';
import team from '../tests/fixtures/assessments/des-hr-team.json';

function valid(input: unknown, name: string): Assessment {
  const result = parseAssessment(input);
  if (!result.ok) throw new Error(`assessment fixture ${name} is invalid`);
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
