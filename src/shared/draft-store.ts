import { createStore, del, get, keys, update } from 'idb-keyval';
import { memoryStore, webStorageStore, type DraftStore } from '../core/storage/stores.js';

/** Drafts in IndexedDB: larger quota than localStorage, and a read-and-write in one transaction. */
function indexedDbStore(): DraftStore {
  const database = createStore('career-framework-elements', 'drafts');
  return {
    kind: 'indexeddb',
    get: (key) => get<string>(key, database),
    update: (key, next) => update<string | undefined>(key, (current) => next(current) ?? current, database),
    delete: (key) => del(key, database),
    keys: async (prefix) => (await keys(database)).filter((key): key is string => typeof key === 'string' && key.startsWith(prefix)),
  };
}

let chosen: Promise<DraftStore> | undefined;

/**
 * The best store this browser allows: IndexedDB, else localStorage (IndexedDB blocked, as in some
 * private modes), else memory for the life of the page, which the element reports as not saved.
 */
export function draftStore(): Promise<DraftStore> {
  chosen ??= (async () => {
    try {
      const store = indexedDbStore();
      await store.get('probe');
      return store;
    } catch {
      try {
        // Reading `localStorage` itself throws where storage is blocked.
        return webStorageStore(localStorage);
      } catch {
        return memoryStore();
      }
    }
  })();
  return chosen;
}
