import { parsePlan } from '../parse-plan.js';
import { PLAN_SCHEMA_VERSION, type DevelopmentPlan } from '../schema/plan.js';
import type { DraftKind } from './envelope.js';

/** Drafts of development plans; a module of its own, so pages without a plan carry none of its schema. */
export const planDrafts: DraftKind<DevelopmentPlan> = {
  format: 'cf-plan-draft',
  schemaVersion: PLAN_SCHEMA_VERSION,
  parse: (input) => parsePlan(input),
};
