import type { ParseResult } from './issues.js';
import { parseWith } from './parse.js';
import { PLAN_SCHEMA_VERSION, planSchema, type DevelopmentPlan } from './schema/plan.js';

/**
 * Validates a development plan. What a person wrote may contain anything (markup too) and is only ever
 * shown as text. Actions for skills a framework no longer has are kept: the plan shows them apart.
 */
export function parsePlan(input: unknown): ParseResult<DevelopmentPlan> {
  return parseWith(input, planSchema, PLAN_SCHEMA_VERSION, false, () => []);
}
