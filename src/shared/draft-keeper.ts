import { ASIDE_MARKER, clearDraft, loadDraft, type LoadResult, saveDraft, type SaveBase, setAside } from '../core/storage/drafts.js';
import { createEnvelope, type DraftEnvelope, type DraftKind, type Drafted, saveIdOf } from '../core/storage/envelope.js';
import { draftStore } from './draft-store.js';

/** Well inside the promise that every change is stored within half a second, even while typing on. */
const SAVE_DELAY_MS = 250;

export type AutosaveState<T extends Drafted> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved'; readonly at: Date }
  /** Storage is full, blocked or missing: the answers are only on the page. */
  | { readonly kind: 'failed' }
  /**
   * Another tab saved this draft since this page did. Until the person chooses, this page's answers
   * are saved apart (under a key of this tab's own), never over the other tab's.
   */
  | { readonly kind: 'conflict'; readonly theirs: DraftEnvelope<T> };

/**
 * Keeps a draft of what the person wrote (answers, a plan) in the browser's storage: saves shortly after
 * each change, one step at a time, and never over a draft another tab saved in between. It comes with the
 * storage, in the chunk a page loads when an element first keeps a draft (draft-storage.ts); the element's
 * `DraftSessionController` creates it then, and tells it when the page is hidden, shown again or left.
 */
export class DraftKeeper<T extends Drafted> {
  state: AutosaveState<T> = { kind: 'idle' };
  /** The host's key; autosave is off while undefined (and while the stored draft is being read). */
  #key?: string;
  /** The draft this page last read or wrote. */
  #base: SaveBase = { revision: 0 };
  /** Changes not yet written. */
  #pending = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** Reads and saves run one after another: two at once would conflict with each other. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Where this tab keeps its answers while it may not save over another tab's. */
  readonly #tab = `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  /** Asks the element to render again: the state changed. */
  readonly #changed: () => void;
  readonly #kind: DraftKind<T>;
  /** Where the host's drafts are stored, so a host's key cannot collide with other data in the store. */
  readonly #prefix: string;
  /** The host's value now, or undefined when it has none to save. */
  readonly #snapshot: () => T | undefined;

  /** `prefix` (the element's name) keeps each element's drafts apart in the store. */
  constructor(changed: () => void, kind: DraftKind<T>, prefix: string, snapshot: () => T | undefined) {
    this.#changed = changed;
    this.#kind = kind;
    this.#prefix = prefix;
    this.#snapshot = snapshot;
  }

  /**
   * Reads what is stored under `key`, then autosaves there; undefined when storage could not be read
   * (the state says so, and the host shows it). Changes made meanwhile are not saved (they would meet
   * the draft unread): the host calls `save()` again once it has merged them.
   */
  async read(key: string): Promise<LoadResult<T> | undefined> {
    this.#key = undefined;
    try {
      return await this.#enqueue(async () => {
        this.state = { kind: 'idle' };
        this.#base = { revision: 0 };
        try {
          const result = await loadDraft(this.#kind, await draftStore(), this.#storageKey(key));
          if (result.status === 'found') this.#base = result.envelope;
          return result;
        } finally {
          this.#key = key;
        }
      });
    } catch {
      // The person is told now, and again if the first save fails too.
      this.state = { kind: 'failed' };
      this.#changed();
      return undefined;
    }
  }

  /** Stops autosaving (the key was removed), once the last changes are saved; what is stored stays. */
  stop(): void {
    this.#cancelTimer();
    void this.#enqueue(async () => {
      await this.#save();
      this.#key = undefined;
    });
  }

  /** Saves the value shortly: call after every change of it. */
  save(): void {
    if (this.#key === undefined) return;
    this.#pending = true;
    this.#timer ??= setTimeout(this.#flushNow, SAVE_DELAY_MS);
  }

  flush(): Promise<void> {
    this.#cancelTimer();
    return this.#enqueue(() => this.#save());
  }

  /** The person chose the answers on this page: they replace the other tab's draft. */
  async keepMine(): Promise<void> {
    if (this.state.kind !== 'conflict') return;
    this.#base = this.state.theirs;
    this.state = { kind: 'idle' };
    this.#pending = true;
    await this.flush();
  }

  /** The person chose the other tab's answers: returned for the host to show; this page's stay aside. */
  async useTheirs(): Promise<T | undefined> {
    if (this.state.kind !== 'conflict') return undefined;
    const { theirs } = this.state;
    await this.#enqueue(() => this.#keepAside());
    this.#base = theirs;
    this.#pending = false;
    this.state = { kind: 'saved', at: new Date(theirs.savedAt) };
    return theirs.value;
  }

  /** Before the answers are replaced wholesale (a form reset): the stored draft is kept aside. */
  setAsideStored(): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#key === undefined) return;
      const store = await draftStore();
      const raw = await store.get(this.#storageKey(this.#key));
      if (raw !== undefined) await setAside(store, this.#storageKey(this.#key), raw);
    }).catch(() => undefined);
  }

  /** Removes the stored draft (after a submission): drafts set aside stay. */
  async clear(): Promise<void> {
    this.#cancelTimer();
    this.#pending = false;
    await this.#enqueue(async () => {
      if (this.#key === undefined) return;
      await clearDraft(await draftStore(), this.#storageKey(this.#key));
      this.#base = { revision: 0 };
      this.state = { kind: 'idle' };
    });
    this.#changed();
  }

  #storageKey(key: string): string {
    return `${this.#prefix}:${key}`;
  }

  #enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #cancelTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  readonly #flushNow = (): void => void this.flush();

  /** Back in this tab: another one may have saved the draft meanwhile. */
  shown(): void {
    void this.#enqueue(() => this.#checkForOtherTabs());
  }

  /** This page's answers, under this tab's own key beside the draft. */
  async #keepAside(): Promise<void> {
    const value = this.#snapshot();
    if (this.#key === undefined || !value) return;
    const raw = JSON.stringify(createEnvelope(this.#kind, value, 0));
    await (await draftStore()).update(`${this.#storageKey(this.#key)}${ASIDE_MARKER}${this.#tab}`, () => raw);
  }

  async #save(): Promise<void> {
    const value = this.#snapshot();
    if (this.#key === undefined || !this.#pending || !value) return;
    this.#pending = false;
    try {
      const store = await draftStore();
      if (store.kind === 'memory') throw new Error('no persistent storage');
      if (this.state.kind === 'conflict') {
        await this.#keepAside();
        return;
      }
      const result = await saveDraft(this.#kind, store, this.#storageKey(this.#key), value, this.#base);
      if (result.status === 'saved') {
        this.#base = result.envelope;
        this.state = { kind: 'saved', at: new Date(result.envelope.savedAt) };
      } else if (result.theirs) {
        this.state = { kind: 'conflict', theirs: result.theirs };
        await this.#keepAside();
      } else {
        // Something unreadable is in the way: it is set aside (kept), and the next save goes ahead.
        await loadDraft(this.#kind, store, this.#storageKey(this.#key));
        this.#base = { revision: 0 };
        this.save();
      }
    } catch {
      // Quota exceeded, storage blocked: what the person wrote stays in memory (and in the form value).
      this.#pending = true;
      if (this.state.kind !== 'conflict') this.state = { kind: 'failed' };
    }
    this.#changed();
  }

  /** Back in this tab: has another one saved the draft meanwhile? */
  async #checkForOtherTabs(): Promise<void> {
    if (this.#key === undefined || this.state.kind !== 'saved') return;
    const store = await draftStore();
    const raw = await store.get(this.#storageKey(this.#key)).catch(() => undefined);
    if (raw === undefined || saveIdOf(raw) === this.#base.saveId) return;
    const loaded = await loadDraft(this.#kind, store, this.#storageKey(this.#key));
    if (loaded.status !== 'found') {
      this.#base = { revision: 0 };
      return;
    }
    this.state = { kind: 'conflict', theirs: loaded.envelope };
    this.#changed();
  }
}
