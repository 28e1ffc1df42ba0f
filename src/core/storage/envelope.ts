import * as z from 'zod/mini';
import { guardInput } from '../input.js';
import { error, fromZodIssues, type Issue, type ParseResult } from '../issues.js';
import type { Assessment } from '../schema/assessment.js';

/**
 * What a draft holds and how to read it back: an assessment or a development plan. The format marks
 * a stored value as one of ours, so a key shared with other code is never misread as a draft.
 */
export interface DraftKind<T extends Drafted> {
  readonly format: string;
  /** The version of the value's own schema that this code writes and reads. */
  readonly schemaVersion: number;
  /** Validates a stored value: a draft is as untrusted as any file. */
  readonly parse: (input: unknown) => ParseResult<T>;
}

/** Anything kept as a draft names the framework it was written against. */
export interface Drafted {
  readonly framework: { readonly id: string; readonly version: string };
}

/**
 * The envelope's own version. A change to its shape adds a migration from the previous version in
 * `readEnvelope`; a change to the value's shape is that schema's `schemaVersion`. Version 1 held
 * assessments only, under `assessment`; version 2 holds any kind under `value`.
 */
export const DRAFT_VERSION = 2;

/** A saved draft: the value with what is needed to restore it safely. */
export interface DraftEnvelope<T extends Drafted = Assessment> {
  readonly format: string;
  readonly draftVersion: typeof DRAFT_VERSION;
  /** The schema version of the value when it was written. */
  readonly schemaVersion: number;
  /** The framework (id and version) the value was written against. */
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
  readonly value: T;
}

const envelopeSchema = z.object({
  format: z.string(),
  draftVersion: z.union([z.literal(1), z.literal(DRAFT_VERSION)]),
  schemaVersion: z.number(),
  framework: z.object({ id: z.string(), version: z.string() }),
  revision: z.number().check(z.refine((value) => Number.isSafeInteger(value) && value >= 0, { error: 'value.invalid' })),
  saveId: z.string(),
  savedAt: z.string(),
  value: z.optional(z.unknown()),
  /** Version 1's place for the value. */
  assessment: z.optional(z.unknown()),
});

/** Unique enough to tell two saves apart, in any context (`crypto.randomUUID` needs https). */
const newSaveId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

export function createEnvelope<T extends Drafted>(
  kind: DraftKind<T>,
  value: T,
  revision: number,
  savedAt: Date = new Date(),
): DraftEnvelope<T> {
  return {
    format: kind.format,
    draftVersion: DRAFT_VERSION,
    schemaVersion: kind.schemaVersion,
    framework: { id: value.framework.id, version: value.framework.version },
    revision,
    saveId: newSaveId(),
    savedAt: savedAt.toISOString(),
    value,
  };
}

/** Reads a stored draft (JSON text) of one kind. Never throws: an unreadable draft comes back with its issues. */
export function readEnvelope<T extends Drafted>(kind: DraftKind<T>, raw: unknown): ParseResult<DraftEnvelope<T>> {
  const guarded = guardInput(raw, { rejectMarkup: false });
  if (!guarded.ok) return guarded;
  const outer = envelopeSchema.safeParse(guarded.value, { jitless: true });
  if (!outer.success) return { ok: false, issues: fromZodIssues(outer.error.issues) };
  const { format, draftVersion, schemaVersion, framework, revision, saveId, savedAt } = outer.data;
  const fail = (issue: Issue): ParseResult<DraftEnvelope<T>> => ({ ok: false, issues: [issue] });
  if (format !== kind.format) return fail(error('value.invalid', ['format'], { found: format }));
  if (schemaVersion !== kind.schemaVersion) {
    return fail(error('version.unsupported', ['schemaVersion'], { found: schemaVersion, supported: kind.schemaVersion }));
  }
  // Version 1 kept the value under `assessment`.
  const [field, stored] = draftVersion === 1 ? (['assessment', outer.data.assessment] as const) : (['value', outer.data.value] as const);
  const value = kind.parse(stored);
  if (!value.ok) return { ok: false, issues: value.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] })) };
  return {
    ok: true,
    value: { format, draftVersion: DRAFT_VERSION, schemaVersion, framework, revision, saveId, savedAt, value: value.value },
    issues: [],
  };
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
