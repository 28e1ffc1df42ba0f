import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assessment } from '../core/schema/assessment.js';
import { loadDraft, saveDraft, setAside, clearDraft, type LoadResult } from '../core/storage/drafts.js';
import { createEnvelope, revisionOf, type DraftEnvelope } from '../core/storage/envelope.js';
import { draftStore } from './draft-store.js';

/** Well inside the promise that every change is stored within half a second, even while typing on. */
const SAVE_DELAY_MS = 250;

export type AutosaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved'; readonly at: Date }
  /** Storage is full, blocked or missing: the answers are only on the page. */
  | { readonly kind: 'failed' }
  /** Another tab saved this draft since this page did; saving waits for the person to choose. */
  | { readonly kind: 'conflict'; readonly revision: number; readonly theirs: DraftEnvelope };

/** Stored under our own prefix, so a host's key cannot collide with other data in localStorage. */
const storageKey = (key: string) => `cf-self-assessment:${key}`;

/**
 * Keeps a draft of the host's answers: saves shortly after each change and when the page is hidden
 * or left, one save at a time, and never over a draft another tab saved in between.
 */
export class AutosaveController implements ReactiveController {
  state: AutosaveState = { kind: 'idle' };
  /** The host's key; autosave is off while undefined. */
  #key?: string;
  /** The stored revision this page last read or wrote. */
  #revision = 0;
  /** Changes not yet written. */
  #pending = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** Saves run one after another: two at once would conflict with each other. */
  #queue: Promise<void> = Promise.resolve();

  readonly #host: ReactiveControllerHost;
  /** The host's answers now, or undefined when it has none to save. */
  readonly #snapshot: () => Assessment | undefined;

  constructor(host: ReactiveControllerHost, snapshot: () => Assessment | undefined) {
    this.#host = host;
    this.#snapshot = snapshot;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('pagehide', this.#flushNow);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('pagehide', this.#flushNow);
    void this.flush();
  }

  /** Whether some answers exist only on this page. */
  get unsaved(): boolean {
    return this.#pending || this.state.kind === 'failed' || this.state.kind === 'conflict';
  }

  /** Starts autosaving under `key` and reads what is stored there. */
  async load(key: string): Promise<LoadResult> {
    await this.flush();
    this.#key = key;
    this.#revision = 0;
    this.state = { kind: 'idle' };
    const result = await loadDraft(await draftStore(), storageKey(key));
    if (result.status === 'found') this.#revision = result.envelope.revision;
    return result;
  }

  /** Stops autosaving (the key was removed); what is stored stays. */
  stop(): void {
    void this.flush();
    this.#key = undefined;
  }

  /** Call after every change of the answers. */
  changed(): void {
    if (this.#key === undefined) return;
    this.#pending = true;
    this.#timer ??= setTimeout(this.#flushNow, SAVE_DELAY_MS);
  }

  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue = this.#queue.then(() => this.#save());
    return this.#queue;
  }

  /** The person chose the answers on this page: they replace the other tab's draft. */
  async keepMine(): Promise<void> {
    if (this.state.kind !== 'conflict') return;
    this.#revision = this.state.revision;
    this.state = { kind: 'idle' };
    this.#pending = true;
    await this.flush();
  }

  /** The person chose the other tab's answers: returned for the host to show; this page's are set aside. */
  async useTheirs(): Promise<Assessment | undefined> {
    if (this.state.kind !== 'conflict' || this.#key === undefined) return undefined;
    const { theirs, revision } = this.state;
    const mine = this.#snapshot();
    if (mine) await setAside(await draftStore(), storageKey(this.#key), JSON.stringify(createEnvelope(mine, 0)));
    this.#revision = revision;
    this.#pending = false;
    this.state = { kind: 'saved', at: new Date(theirs.savedAt) };
    return theirs.assessment;
  }

  /** Removes the stored draft (after a submission): drafts set aside stay. */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = false;
    await this.#queue;
    if (this.#key === undefined) return;
    await clearDraft(await draftStore(), storageKey(this.#key));
    this.#revision = 0;
    this.state = { kind: 'idle' };
    this.#host.requestUpdate();
  }

  readonly #flushNow = (): void => void this.flush();

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
    else this.#queue = this.#queue.then(() => this.#checkForOtherTabs());
  };

  async #save(): Promise<void> {
    const assessment = this.#snapshot();
    if (this.#key === undefined || !this.#pending || this.state.kind === 'conflict' || !assessment) return;
    this.#pending = false;
    try {
      const store = await draftStore();
      if (store.kind === 'memory') throw new Error('no persistent storage');
      const result = await saveDraft(store, storageKey(this.#key), assessment, this.#revision);
      if (result.status === 'saved') {
        this.#revision = result.envelope.revision;
        this.state = { kind: 'saved', at: new Date(result.envelope.savedAt) };
      } else if (result.theirs) {
        this.#pending = true;
        this.state = { kind: 'conflict', revision: result.revision, theirs: result.theirs };
      } else {
        // Something unreadable is in the way: it is set aside (kept), and the next save goes ahead.
        await loadDraft(store, storageKey(this.#key));
        this.#revision = 0;
        this.changed();
      }
    } catch {
      // Quota exceeded, storage blocked: the answers stay in memory and in the form value.
      this.#pending = true;
      this.state = { kind: 'failed' };
    }
    this.#host.requestUpdate();
  }

  /** Back in this tab: has another one saved the draft meanwhile? */
  async #checkForOtherTabs(): Promise<void> {
    if (this.#key === undefined || this.state.kind === 'conflict' || this.state.kind === 'failed') return;
    const store = await draftStore();
    const raw = await store.get(storageKey(this.#key)).catch(() => undefined);
    if (raw === undefined || revisionOf(raw) === this.#revision) return;
    const loaded = await loadDraft(store, storageKey(this.#key));
    if (loaded.status !== 'found') {
      this.#revision = 0;
      return;
    }
    this.state = { kind: 'conflict', revision: loaded.envelope.revision, theirs: loaded.envelope };
    this.#host.requestUpdate();
  }
}
