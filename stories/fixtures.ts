import { parseFramework } from '../src/core/parse.js';
import type { Framework } from '../src/core/schema/framework.js';
import desHr from '../tests/fixtures/des-hr.json';
import direct from '../tests/fixtures/direct.json';
import careers from '../tests/fixtures/public-service-careers.json';
import sample from '../tests/fixtures/sample-bilingual.json';
import desHr2 from '../tests/fixtures/versions/des-hr-2.json';

export function valid(input: unknown, name: string): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(`fixture ${name} is invalid`);
  return result.value;
}

/** The same schema-valid fixtures the tests and the demo use. */
export const fixtures = {
  desHr: valid(desHr, 'des-hr'),
  /** DE&S HR's second version (tests/fixtures/versions/make-des-hr-2.mjs lists its edits). */
  desHr2: valid(desHr2, 'des-hr-2'),
  direct: valid(direct, 'direct'),
  sample: valid(sample, 'sample-bilingual'),
  careers: valid(careers, 'public-service-careers'),
};
