import type { Issue } from '../issues.js';
import type { Assessment } from '../schema/assessment.js';
import { createEnvelope, type DraftEnvelope, readEnvelope, saveIdOf } from './envelope.js';
import type { DraftStore } from './stores.js';

// The rules for keeping a person's answers: nothing read is ever deleted unread, and nothing saved
// by another tab is ever overwritten without the person choosing to.

export type LoadResult =
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly envelope: DraftEnvelope }
  /** The stored draft could not be read: it was moved to `asideKey`, kept, and not restored. */
  | { readonly status: 'unreadable'; readonly issues: readonly Issue[]; readonly asideKey: string };

export type SaveResult =
  | { readonly status: 'saved'; readonly envelope: DraftEnvelope }
  /** Another tab saved since this page last read or wrote: nothing was written. */
  | { readonly status: 'conflict'; readonly theirs: DraftEnvelope | undefined };

/** The draft this page last read or wrote (undefined for none): a save expects to find it still there. */
export interface SaveBase {
  readonly saveId?: string;
  readonly revision: number;
}

/** Where drafts set aside under `key` are kept: `key`, this marker, then the time. */
export const ASIDE_MARKER = ':aside:';

/** Copies a stored value to a key of its own (never overwriting another), and returns that key. */
export async function setAside(store: DraftStore, key: string, raw: string, now: Date = new Date()): Promise<string> {
  const existing = new Set(await store.keys(`${key}${ASIDE_MARKER}`));
  let asideKey = `${key}${ASIDE_MARKER}${now.toISOString()}`;
  for (let copy = 2; existing.has(asideKey); copy++) asideKey = `${key}${ASIDE_MARKER}${now.toISOString()}-${copy}`;
  await store.update(asideKey, () => raw);
  return asideKey;
}

/** Reads the draft under `key`. An unreadable one is set aside (and reported), so a new draft can start. */
export async function loadDraft(store: DraftStore, key: string): Promise<LoadResult> {
  const raw = await store.get(key);
  if (raw === undefined) return { status: 'none' };
  const read = readEnvelope(raw);
  if (read.ok) return { status: 'found', envelope: read.value };
  const asideKey = await setAside(store, key, raw);
  await store.delete(key);
  return { status: 'unreadable', issues: read.issues, asideKey };
}

/**
 * Saves `assessment` over `base`, the draft this page last read or wrote. If the store holds another
 * save, another tab saved in between: nothing is written and the other tab's draft is returned, for
 * the person to choose between them. Storage errors (quota, private mode) are thrown for the caller.
 */
export async function saveDraft(store: DraftStore, key: string, assessment: Assessment, base: SaveBase): Promise<SaveResult> {
  let stored: string | undefined;
  let envelope: DraftEnvelope | undefined;
  await store.update(key, (current) => {
    stored = current;
    // A draft removed meanwhile (submitted in another tab) holds nothing to overwrite.
    if (current !== undefined && saveIdOf(current) !== base.saveId) return undefined;
    envelope = createEnvelope(assessment, base.revision + 1);
    return JSON.stringify(envelope);
  });
  if (envelope) return { status: 'saved', envelope };
  const theirs = readEnvelope(stored);
  return { status: 'conflict', theirs: theirs.ok ? theirs.value : undefined };
}

/** Removes the draft under `key`; drafts set aside stay. */
export async function clearDraft(store: DraftStore, key: string): Promise<void> {
  await store.delete(key);
}
