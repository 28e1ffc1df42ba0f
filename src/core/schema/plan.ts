import * as z from 'zod/mini';
import { atMost, matches, notEmpty } from './checks.js';
import { id } from './ids.js';

export const PLAN_SCHEMA_VERSION = 1;

/** The kinds of action a plan offers; `other` for anything else a person writes. */
export const ACTION_KINDS = ['shadowing', 'stretch', 'course', 'mentoring', 'reading', 'other'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** What one action should keep under, a paragraph: the plan says so as the person types. */
export const MAX_ACTION = 2_000;
/**
 * What the schema accepts: well above `MAX_ACTION`, so a draft holding a long paste is still read back
 * (to be shortened) instead of refused; bounded against junk.
 */
export const MAX_STORED_ACTION = 100_000;

/** A calendar day, as `<input type="date">` gives it, that exists (not 2026-02-30). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const timestamp = z.optional(
  z.string().check(
    matches(ISO_DATE_TIME, 'value.datetime'),
    z.refine((value) => !Number.isNaN(Date.parse(value)), { error: 'value.datetime' }),
  ),
);

const action = z.strictObject({
  /** Stable within the plan, so an edit or a removal touches the right action. */
  id: z.string().check(notEmpty(), atMost(100)),
  /** What the person will do, as they wrote it: only ever shown as text. */
  text: z.string().check(atMost(MAX_STORED_ACTION)),
  kind: z._default(z.literal(ACTION_KINDS), 'other'),
  due: z.optional(z.string().check(matches(ISO_DATE, 'value.date'), z.refine(realDay, { error: 'value.date' }))),
  done: z._default(z.boolean(), false),
});

/**
 * A person's development plan: the actions they chose, by skill id. The steps themselves (gaps,
 * targets, learning) are worked out from the framework each time; only what the person wrote is
 * stored, and it is kept for a skill that is no longer a gap.
 */
export const planSchema = z.strictObject({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  framework: z.strictObject({ id, version: z.string().check(notEmpty()) }),
  /** The role (or role level) the plan works towards. */
  role: z.optional(id),
  subject: z.optional(z.strictObject({ id: z.optional(z.string()), name: z.optional(z.string()) })),
  actions: z.record(z.string(), z.array(action)),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type DevelopmentPlan = z.output<typeof planSchema>;
export type DevelopmentPlanInput = z.input<typeof planSchema>;
export type PlanAction = DevelopmentPlan['actions'][string][number];
