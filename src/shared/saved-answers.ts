import { DRAFT_PREFIXES } from '../core/storage/draft-prefixes.js';
import { loadDraftStorage } from './load-draft-storage.js';

/**
 * "Clear my saved answers": removes every draft this library keeps in this browser under `autosaveKey`
 * (what the elements' `autosave-key` holds), for every element that keeps drafts, with the copies set
 * aside beside them; with no key, every draft it keeps under any key. Resolves to how many stored values
 * were removed. It clears storage only: an element on the page still shows its answers, and saves them
 * again when they next change, so a page that offers this also resets its forms.
 */
export async function clearSavedAnswers(autosaveKey?: string): Promise<number> {
  const { draftStore, forgetDrafts } = await loadDraftStorage();
  const store = await draftStore();
  const prefixes = Object.values(DRAFT_PREFIXES);
  if (autosaveKey !== undefined)
    return forgetDrafts(
      store,
      prefixes.map((prefix) => `${prefix}:${autosaveKey}`),
    );
  const every = (await Promise.all(prefixes.map((prefix) => store.keys(`${prefix}:`)))).flat();
  for (const key of every) await store.delete(key);
  return every.length;
}
