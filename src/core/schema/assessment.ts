import * as z from 'zod/mini';
import { atMost, matches, notEmpty } from './checks.js';
import { id } from './ids.js';

export const ASSESSMENT_SCHEMA_VERSION = 1;

/** Who gave the ratings; `agreed` is the outcome of a conversation between them (see `agreement`). */
export const RATERS = ['self', 'manager', 'peer', 'assessor', 'agreed'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;
/** Answers that are not a level of the scale. */
export const NOT_APPLICABLE = 'not-applicable';
export const NOT_OBSERVED = 'not-observed';

/** The most evidence per skill a form accepts for submission (it says so as the person types). */
export const MAX_EVIDENCE = 10_000;
/**
 * What the schema accepts: well above the form's limit, so a draft holding more than a person may
 * submit is still read back (and shown, to be shortened) instead of refused; bounded against junk.
 */
export const MAX_STORED_EVIDENCE = 100_000;

/** ISO 8601 date-time with seconds and a zone, as `Date.prototype.toISOString()` writes it. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const timestamp = z.optional(
  z.string().check(
    matches(ISO_DATE_TIME, 'value.datetime'),
    z.refine((value) => !Number.isNaN(Date.parse(value)), { error: 'value.datetime' }),
  ),
);

/**
 * Why a rating carried to a new framework version should be looked at again: the rated level's
 * descriptor changed in meaning, the rated level left the scale, or skills were merged or split.
 */
export const REVIEW_REASONS = ['descriptor', 'level', 'merged', 'split'] as const;

const longText = z.optional(z.string().check(atMost(MAX_STORED_EVIDENCE)));
const rating = z.strictObject({
  level: z.optional(id),
  evidence: longText,
  /** What was said or agreed about this rating (an agreed assessment's note per skill). */
  note: longText,
  /**
   * Set by `migrateAssessment`, cleared when the person answers again: the version the rating was
   * made against, the skills it came from when their ids changed, and the level rated when that
   * level is no longer in the scale (so nothing the person chose is lost).
   */
  review: z.optional(
    z.strictObject({
      reasons: z.array(z.literal(REVIEW_REASONS)).check(notEmpty()),
      version: z.string().check(notEmpty()),
      skills: z.optional(z.array(id)),
      level: z.optional(id),
    }),
  ),
});

const person = z.strictObject({ id: z.optional(z.string()), name: z.optional(z.string()) });

/**
 * How an agreed assessment came about: when, by whom, and from which assessments (each named by its
 * rater, the label it was shown under, and when it was last changed). Ratings are agreed, never averaged.
 */
const agreement = z.strictObject({
  at: z.string().check(matches(ISO_DATE_TIME, 'value.datetime')),
  by: z.optional(z.array(person)),
  from: z.array(
    z.strictObject({
      rater: z.literal(RATERS),
      label: z.optional(z.string()),
      at: timestamp,
    }),
  ),
});

export const assessmentSchema = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  framework: z.strictObject({ id, version: z.string().check(notEmpty()) }),
  subject: z.optional(person),
  rater: z._default(z.literal(RATERS), 'self'),
  status: z._default(z.literal(ASSESSMENT_STATUSES), 'draft'),
  ratings: z.record(z.string(), rating),
  createdAt: timestamp,
  updatedAt: timestamp,
  submittedAt: timestamp,
  agreement: z.optional(agreement),
});

export type Assessment = z.output<typeof assessmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;
export type Rating = Assessment['ratings'][string];
export type Rater = (typeof RATERS)[number];
export type RatingReview = NonNullable<Rating['review']>;
export type ReviewReason = (typeof REVIEW_REASONS)[number];
export type Agreement = NonNullable<Assessment['agreement']>;
