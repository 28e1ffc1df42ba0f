/**
 * Where drafts live: a key-value store of strings. `update` reads and writes one key as one step,
 * so two tabs saving the same draft cannot interleave between the read and the write.
 */
export interface DraftStore {
  /** What kind of storage this is, for messages and tests: `indexeddb`, `localstorage` or `memory`. */
  readonly kind: string;
  get(key: string): Promise<string | undefined>;
  /** Replaces the value with what `next` returns for the current one; `undefined` leaves it as it is. */
  update(key: string, next: (current: string | undefined) => string | undefined): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys that start with a prefix, for finding drafts set aside. */
  keys(prefix: string): Promise<string[]>;
}

/** The part of the Web Storage API a store needs: `localStorage` has it, and so can a test double. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store over Web Storage. Its calls are synchronous, so a read and a write in one call are one step. */
export function webStorageStore(storage: KeyValueStorage, kind = 'localstorage'): DraftStore {
  return {
    kind,
    get: async (key) => storage.getItem(key) ?? undefined,
    update: async (key, next) => {
      const value = next(storage.getItem(key) ?? undefined);
      // setItem throws QuotaExceededError when storage is full: the caller tells the person.
      if (value !== undefined) storage.setItem(key, value);
    },
    delete: async (key) => storage.removeItem(key),
    keys: async (prefix) =>
      Array.from({ length: storage.length }, (_, position) => storage.key(position)).filter(
        (key): key is string => key !== null && key.startsWith(prefix),
      ),
  };
}

/** A store that lives as long as the page: for tests, and where the browser offers no storage. */
export function memoryStore(): DraftStore {
  const values = new Map<string, string>();
  return webStorageStore(
    {
      get length() {
        return values.size;
      },
      key: (position) => [...values.keys()][position] ?? null,
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => void values.set(key, value),
      removeItem: (key) => void values.delete(key),
    },
    'memory',
  );
}
