import * as z from 'zod/mini';
import { guardInput } from '../input.js';
import { error, fromZodIssues, type ParseResult } from '../issues.js';
import { parseAssessment } from '../parse.js';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from '../schema/assessment.js';

/** Marks a stored value as one of our drafts, so a key shared with other code is never misread. */
export const DRAFT_FORMAT = 'cf-assessment-draft';
/**
 * The envelope's own version. A change to its shape adds a migration from the previous version in
 * `readEnvelope`; a change to the assessment's shape is the assessment schema's `schemaVersion`.
 */
export const DRAFT_VERSION = 1;

/** A saved draft: the assessment with what is needed to restore it safely. */
export interface DraftEnvelope {
  readonly format: typeof DRAFT_FORMAT;
  readonly draftVersion: typeof DRAFT_VERSION;
  /** The assessment schema version the draft was written with. */
  readonly schemaVersion: number;
  /** The framework (id and version) the answers were given against. */
  readonly framework: { readonly id: string; readonly version: string };
  /** Goes up by one with every save, for people reading the store. */
  readonly revision: number;
  /**
   * Unique to this save. A save expecting another id is a conflict, not an overwrite; an id (not the
   * revision) because two tabs starting afresh after a cleared draft would both count from 1.
   */
  readonly saveId: string;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
  readonly assessment: Assessment;
}

const envelopeSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  draftVersion: z.literal(DRAFT_VERSION),
  schemaVersion: z.number(),
  framework: z.object({ id: z.string(), version: z.string() }),
  revision: z.number().check(z.refine((value) => Number.isSafeInteger(value) && value >= 0, { error: 'value.invalid' })),
  saveId: z.string(),
  savedAt: z.string(),
  assessment: z.unknown(),
});

/** Unique enough to tell two saves apart, in any context (`crypto.randomUUID` needs https). */
const newSaveId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

export function createEnvelope(assessment: Assessment, revision: number, savedAt: Date = new Date()): DraftEnvelope {
  return {
    format: DRAFT_FORMAT,
    draftVersion: DRAFT_VERSION,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    framework: assessment.framework,
    revision,
    saveId: newSaveId(),
    savedAt: savedAt.toISOString(),
    assessment,
  };
}

/** Reads a stored draft (JSON text). Never throws: an unreadable draft comes back with its issues. */
export function readEnvelope(raw: unknown): ParseResult<DraftEnvelope> {
  const guarded = guardInput(raw, { rejectMarkup: false });
  if (!guarded.ok) return guarded;
  const outer = envelopeSchema.safeParse(guarded.value, { jitless: true });
  if (!outer.success) return { ok: false, issues: fromZodIssues(outer.error.issues) };
  if (outer.data.schemaVersion !== ASSESSMENT_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [error('version.unsupported', ['schemaVersion'], { found: outer.data.schemaVersion, supported: ASSESSMENT_SCHEMA_VERSION })],
    };
  }
  const assessment = parseAssessment(outer.data.assessment);
  if (!assessment.ok) {
    return { ok: false, issues: assessment.issues.map((issue) => ({ ...issue, path: ['assessment', ...issue.path] })) };
  }
  return { ok: true, value: { ...outer.data, format: DRAFT_FORMAT, draftVersion: DRAFT_VERSION, assessment: assessment.value }, issues: [] };
}

/** The save id of stored text, without validating the rest; `''` when it is not a readable draft. */
export function saveIdOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const saveId: unknown = (JSON.parse(raw) as { saveId?: unknown } | null)?.saveId;
    return typeof saveId === 'string' ? saveId : '';
  } catch {
    return '';
  }
}
