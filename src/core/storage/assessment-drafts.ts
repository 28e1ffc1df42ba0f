import { parseAssessment } from '../parse.js';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from '../schema/assessment.js';
import type { DraftKind } from './envelope.js';

/** Drafts of assessments; a module apart from the envelope, so a form names its kind without loading the storage code. */
export const assessmentDrafts: DraftKind<Assessment> = {
  format: 'cf-assessment-draft',
  schemaVersion: ASSESSMENT_SCHEMA_VERSION,
  parse: (input) => parseAssessment(input),
};

/** The format of assessment drafts (kept for callers of the first release). */
export const DRAFT_FORMAT = assessmentDrafts.format;
