import type { Issue } from '../issues.js';
import { createEnvelope, type DraftEnvelope, type DraftKind, type Drafted, readEnvelope, saveIdOf } from './envelope.js';
import type { DraftStore } from './stores.js';

// The rules for keeping what a person wrote (answers, a plan): nothing read is ever deleted unread,
// and nothing saved by another tab is ever overwritten without the person choosing to.

export type LoadResult<T extends Drafted> =
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly envelope: DraftEnvelope<T> }
  /** The stored draft could not be read: it was moved to `asideKey`, kept, and not restored. */
  | { readonly status: 'unreadable'; readonly issues: readonly Issue[]; readonly asideKey: string };

export type SaveResult<T extends Drafted> =
  | { readonly status: 'saved'; readonly envelope: DraftEnvelope<T> }
  /** Another tab saved since this page last read or wrote: nothing was written. */
  | { readonly status: 'conflict'; readonly theirs: DraftEnvelope<T> | undefined };

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

/** Reads the draft of a kind under `key`. An unreadable one is set aside (and reported), so a new draft can start. */
export async function loadDraft<T extends Drafted>(kind: DraftKind<T>, store: DraftStore, key: string): Promise<LoadResult<T>> {
  const raw = await store.get(key);
  if (raw === undefined) return { status: 'none' };
  const read = readEnvelope(kind, raw);
  if (read.ok) return { status: 'found', envelope: read.value };
  const asideKey = await setAside(store, key, raw);
  await store.delete(key);
  return { status: 'unreadable', issues: read.issues, asideKey };
}

/**
 * Saves `value` over `base`, the draft this page last read or wrote. If the store holds another
 * save, another tab saved in between: nothing is written and the other tab's draft is returned, for
 * the person to choose between them. Storage errors (quota, private mode) are thrown for the caller.
 */
export async function saveDraft<T extends Drafted>(
  kind: DraftKind<T>,
  store: DraftStore,
  key: string,
  value: T,
  base: SaveBase,
): Promise<SaveResult<T>> {
  let stored: string | undefined;
  let envelope: DraftEnvelope<T> | undefined;
  await store.update(key, (current) => {
    stored = current;
    // A draft removed meanwhile (submitted in another tab) holds nothing to overwrite.
    if (current !== undefined && saveIdOf(current) !== base.saveId) return undefined;
    envelope = createEnvelope(kind, value, base.revision + 1);
    return JSON.stringify(envelope);
  });
  if (envelope) return { status: 'saved', envelope };
  const theirs = readEnvelope(kind, stored);
  return { status: 'conflict', theirs: theirs.ok ? theirs.value : undefined };
}

/** Removes the draft under `key`; drafts set aside stay. */
export async function clearDraft(store: DraftStore, key: string): Promise<void> {
  await store.delete(key);
}

/** Every value kept for drafts under `storageKey`: the draft itself and each copy set aside beside it. */
export async function keptUnder(store: DraftStore, storageKey: string): Promise<string[]> {
  return (await store.keys(storageKey)).filter((key) => key === storageKey || key.startsWith(`${storageKey}${ASIDE_MARKER}`));
}

/**
 * Removes every value kept under each of `storageKeys` (drafts and the copies set aside beside them),
 * and returns how many were removed. Keys that merely start alike (`a:b` beside `a:bc`) are left alone.
 */
export async function forgetDrafts(store: DraftStore, storageKeys: readonly string[]): Promise<number> {
  const found = (await Promise.all(storageKeys.map((key) => keptUnder(store, key)))).flat();
  for (const key of new Set(found)) await store.delete(key);
  return new Set(found).size;
}
