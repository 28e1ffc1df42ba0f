import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Framework } from '../core/schema/framework.js';
import type { DraftKind, Drafted } from '../core/storage/envelope.js';
import { DraftRestoreEvent } from '../events/draft-restore-event.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { formatTime } from '../i18n/format-time.js';
import type { MessageParams } from '../i18n/types.js';
import type { AutosaveState, DraftKeeper } from './draft-keeper.js';
import { loadDraftStorage } from './load-draft-storage.js';
import type { LocaleController } from './locale-controller.js';

/** The messages every element that keeps drafts has, each under its own prefix (`assess.saved`, `plan.saved`). */
type DraftMessage =
  'saved' | 'notSaved' | 'saveFailed' | 'restored' | 'versionChanged' | 'unreadable' | 'conflict' | 'keepMine' | 'useTheirs';
type PrefixOf<K> = K extends `${infer P}.${DraftMessage}` ? P : never;
/** A prefix of the catalogue that has every draft message: a new element adds its nine messages and names it here. */
export type DraftMessagePrefix = {
  [P in PrefixOf<MessageKey>]: `${P}.${DraftMessage}` extends MessageKey ? P : never;
}[PrefixOf<MessageKey>];

/** An element that keeps drafts. Read-only, it holds nothing the person wrote: leaving it never warns. */
type DraftHost = ReactiveControllerHost & EventTarget & { readonly readonly: boolean };

/** What the session needs from the element: its value, where it keeps drafts, and how it shows one. */
export interface DraftSessionOptions<T extends Drafted> {
  readonly kind: DraftKind<T>;
  /** Keeps each element's drafts apart in the store: its tag name. */
  readonly prefix: string;
  /** The element's draft messages. */
  readonly messages: DraftMessagePrefix;
  readonly i18n: LocaleController;
  /** The value as it stands, to save; undefined while there is none. */
  readonly snapshot: () => T | undefined;
  /** The framework in use: nothing is read before there is one. */
  readonly framework: () => Framework | undefined;
  /** Where to keep the draft now; undefined for nowhere. */
  readonly key: () => string | undefined;
  /** The stored draft as the element shows it with this framework, or undefined when it belongs to another (it is kept aside). */
  readonly adopt: (draft: T, framework: Framework) => T | undefined;
  /** Shows a restored draft. With `typed`, what the person changed while it was read wins over it. */
  readonly restore: (draft: T, typed: boolean) => void;
  /** Shows another tab's draft, which the person chose over this page's. */
  readonly replace: (value: T) => void;
}

const IDLE = { kind: 'idle' } as const;

/**
 * One element's draft, from restore to save: reads the draft once there is a framework and a key,
 * offers it to the host (`cf-draft-restore`, cancelable), keeps what the person typed meanwhile, says
 * what happened, lets the person choose when another tab saved too, and warns before the page is left
 * with changes that are nowhere else. It also owns the element's one polite live region.
 * The saving itself is the `DraftKeeper`'s, loaded with the storage when a key is first given: an
 * element without `autosave-key` never loads either.
 */
export class DraftSessionController<T extends Drafted> implements ReactiveController {
  readonly #host: DraftHost;
  readonly #options: DraftSessionOptions<T>;
  /** The keeper, once loaded; `#loading` settles to it, or to undefined when the storage could not be loaded. */
  #keeper?: DraftKeeper<T>;
  #loading?: Promise<DraftKeeper<T> | undefined>;
  #loadFailed = false;
  /** The key the draft was last read under. */
  #key?: string;
  /** Changes by the person since the host last set the value, or it was reset, submitted or replaced. */
  #dirty = false;
  #notice?: [DraftMessage, MessageParams?];
  #announcement = '';
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The form whose submits the element follows, and whether a submit removes the draft. */
  #form?: { element: HTMLFormElement; clears: () => boolean };

  constructor(host: DraftHost, options: DraftSessionOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Saved, not saved, or in conflict with another tab; idle until a draft is kept. */
  get state(): AutosaveState<T> {
    return this.#keeper?.state ?? (this.#loadFailed ? { kind: 'failed' } : IDLE);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    clearTimeout(this.#announceTimer);
    void this.#keeper?.flush();
  }

  /** Reads the draft when a key is given (once there is a framework), stops saving when it is taken away. */
  hostUpdated(): void {
    if (!this.#options.framework()) return;
    const key = this.#options.key();
    if (key === this.#key) return;
    this.#key = key;
    if (key) void this.#restore(key);
    else void this.#loading?.then((keeper) => keeper?.stop());
  }

  /** Saves the value shortly (nothing before a draft has been read under a key). */
  save(): void {
    this.#keeper?.save();
  }

  /** Before the answers are replaced wholesale (a form reset): the stored draft is kept aside. */
  async setAsideStored(): Promise<void> {
    await (await this.#loading)?.setAsideStored();
  }

  /** Removes the stored draft (after a submission): drafts set aside stay. */
  async clear(): Promise<void> {
    await (await this.#loading)?.clear();
  }

  /** The person changed the value: it is saved shortly. (`save()` saves it without counting it as the person's change, after a form reset.) */
  changed(): void {
    this.#dirty = true;
    this.save();
  }

  /** The value is no longer the person's unsent work (the host set it, or it was submitted). */
  settled(): void {
    this.#dirty = false;
  }

  /**
   * Follows the submits of the element's form (from `formAssociatedCallback`): one that goes ahead
   * settles the value, and removes the draft when `clears()` says so.
   */
  submitsWith(form: HTMLFormElement | null, clears: () => boolean): void {
    this.#form?.element.removeEventListener('submit', this.#onSubmit);
    this.#form = form ? { element: form, clears } : undefined;
    form?.addEventListener('submit', this.#onSubmit);
  }

  clearNotice(): void {
    this.#notice = undefined;
  }

  /**
   * Reads `text` out politely; with `afterPause`, once a second has passed with no other announcement
   * (progress and counts wait for the person to pause, not at every key). The same words again are
   * read again: a no-break space toggles. `text` may be a function, for words worked out only when read.
   */
  announce(text: string | (() => string), afterPause?: boolean): void {
    clearTimeout(this.#announceTimer);
    const show = () => {
      const words = typeof text === 'string' ? text : text();
      this.#announcement = words && (this.#announcement === words ? `${words}\u00a0` : words);
      this.#host.requestUpdate();
    };
    if (afterPause) this.#announceTimer = setTimeout(show, 1000);
    else show();
  }

  /**
   * The restored or unreadable draft's notice, then the alerts the person must act on: storage failed,
   * or another tab saved over the draft and they choose which to keep. Each live region is there from
   * the start, so what appears in it is announced.
   */
  renderNotices(): TemplateResult {
    const { state } = this;
    return html`<div role="status">${this.#notice ? html`<p part="notice" class="notice">${this.#t(...this.#notice)}</p>` : nothing}</div>
      <div role="alert">
        ${state.kind === 'failed' ? html`<p part="notice" class="notice warning">${this.#t('saveFailed')}</p>` : nothing}
        ${
          state.kind === 'conflict'
            ? html`<div part="notice" class="notice warning">
                <p>${this.#t('conflict', { time: this.#time(new Date(state.theirs.savedAt)) })}</p>
                <button type="button" @click=${this.#keepMine}>${this.#t('keepMine')}</button>
                <button type="button" @click=${this.#useTheirs}>${this.#t('useTheirs')}</button>
              </div>`
            : nothing
        }
      </div>`;
  }

  /** The live region `announce` speaks through, read by assistive technology and not shown. */
  renderAnnouncer(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.#announcement}</div>`;
  }

  /** The quiet line under the content: when the draft was last saved, or that it is not saved. */
  renderHint(): TemplateResult | typeof nothing {
    const { state } = this;
    if (state.kind === 'saved') return html`<p class="hint">${this.#t('saved', { time: this.#time(state.at) })}</p>`;
    if (state.kind === 'conflict' || state.kind === 'failed') return html`<p class="hint">${this.#t('notSaved')}</p>`;
    // While autosave is on, the line is held before the first save: its words coming then would move
    // everything below it, under the pointer of a person about to click there.
    return this.#options.key() ? html`<p class="hint" aria-hidden="true">&nbsp;</p>` : nothing;
  }

  /** One of the element's draft messages, translated. */
  #t(name: DraftMessage, params?: MessageParams): string {
    return this.#options.i18n.t(`${this.#options.messages}.${name}`, params);
  }

  #time(at: Date): string {
    return formatTime(this.#options.i18n.locale, at);
  }

  /** The keeper, loaded with the storage on first use. */
  #load(): Promise<DraftKeeper<T> | undefined> {
    const { kind, prefix, snapshot } = this.#options;
    this.#loading ??= loadDraftStorage().then(
      ({ DraftKeeper }) => (this.#keeper = new DraftKeeper(() => this.#host.requestUpdate(), kind, prefix, snapshot)),
      () => {
        // As when storage is blocked: the person is told their answers are only on the page.
        this.#loadFailed = true;
        this.#host.requestUpdate();
        return undefined;
      },
    );
    return this.#loading;
  }

  async #restore(key: string): Promise<void> {
    const keeper = await this.#load();
    // Another key (or none) was given while the storage loaded: that one is read instead.
    if (!keeper || key !== this.#key) return;
    const loaded = await keeper.read(key);
    if (!loaded) return;
    const framework = this.#options.framework();
    if (loaded.status === 'unreadable') this.#notice = ['unreadable'];
    if (loaded.status === 'found' && framework) {
      const { value: stored, savedAt } = loaded.envelope;
      const draft = this.#options.adopt(stored, framework);
      if (!draft) {
        await keeper.setAsideStored();
      } else if (key === this.#options.key() && this.#host.dispatchEvent(new DraftRestoreEvent(draft, savedAt))) {
        this.#options.restore(draft, this.#dirty);
        this.#notice =
          stored.framework.version === framework.version
            ? ['restored', { time: this.#time(new Date(savedAt)) }]
            : ['versionChanged', { old: stored.framework.version, new: framework.version }];
      }
    }
    // What the person changed while the draft was read was not saved then (it would have met the draft unread).
    if (this.#dirty) keeper.save();
    this.#host.requestUpdate();
  }

  readonly #keepMine = (): void => void this.#keeper?.keepMine();

  readonly #useTheirs = async (): Promise<void> => {
    const theirs = await this.#keeper?.useTheirs();
    if (!theirs) return;
    this.#dirty = false;
    this.#options.replace(theirs);
  };

  readonly #onSubmit = (event: Event): void => {
    // After the host's own submit listeners: a submit it cancelled (to send by fetch) is not one yet.
    setTimeout(() => {
      if (event.defaultPrevented) return;
      this.#dirty = false;
      if (this.#form?.clears()) void this.clear();
    });
  };

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') void this.#keeper?.flush();
    else this.#keeper?.shown();
  };

  readonly #onPageHide = (): void => void this.#keeper?.flush();

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    const saving = this.#options.key() && !['failed', 'conflict'].includes(this.state.kind);
    if (this.#dirty && !saving && !this.#host.readonly) event.preventDefault();
  };
}
