import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;
type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface PreviewOptions {
  /** Whether focus and a resting pointer show an item's details (default); when false, only a click or Enter does. */
  readonly focusShows?: boolean;
  /**
   * The item an arrow key goes to from an item, for items laid out in two dimensions; undefined
   * stays put, null takes the next or previous in order (the default).
   */
  readonly neighbour?: (key: string, arrow: ArrowKey) => string | undefined | null;
}

/** How long the pointer rests on an item before its details show, so passing over items changes nothing. */
const DWELL_MS = 350;

/** Along the list, whichever way an arrow points. */
const STEPS: Readonly<Record<string, number>> = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 };

/**
 * Which item's details an element shows, for a list of items marked `data-item` (buttons):
 * - focus shows an item's details at once; the pointer after resting on it; a click (or Enter,
 *   Space) pins them, and a second click on the same item closes them;
 * - while pinned, neither focus nor the pointer changes them, so the pointer can travel to them
 *   across other items, and Escape anywhere in the element dismisses them (WCAG 1.4.13);
 * - the items are one tab stop: arrow keys, Home and End move between them in the order drawn,
 *   stopping at the ends, so Tab goes on to the details instead of through every item;
 * - when a render replaces the focused item (the view changed), focus moves to its new element.
 * The tab stop is kept by key, not by place: the same items are drawn in another order, or twice
 * (a chart and its table), from one view to the next.
 * A map sets `focusShows: false` (opening a role is a choice, not a glance) and its own `neighbour`.
 */
export class PreviewController implements ReactiveController {
  /** The item whose details are shown. */
  shown?: string;
  pinned = false;
  /** The item that takes the tab stop: the last one focused. */
  #current?: string;
  /** The focused item before a render, to focus again if the render replaced its element. */
  #restore?: string;
  /** Set while focus is moved back to an item on Escape: that focus shows nothing. */
  #quiet = false;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #host: Host;
  readonly #options: PreviewOptions;

  constructor(host: Host, options: PreviewOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onHostKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onHostKeydown);
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    this.#restore = itemKey(this.#host.shadowRoot?.activeElement ?? null);
  }

  hostUpdated(): void {
    const root = this.#host.shadowRoot;
    if (this.#restore && root && !root.activeElement) this.#item(this.#restore)?.focus();
    this.#restore = undefined;
  }

  /**
   * The key of the one item in the tab order, given the keys of all items in order: the last focused, else
   * the first. Ask it once a render (each item's tabindex is then `0` for it, `-1` for the others): it
   * looks through every key.
   */
  tabStop(keys: readonly string[]): string | undefined {
    return this.#current !== undefined && keys.includes(this.#current) ? this.#current : keys[0];
  }

  /** Listeners for the element that holds the items. */
  readonly listeners = {
    focusin: (event: FocusEvent) => {
      const key = itemKey(event.target);
      if (key === undefined) return;
      this.#current = key;
      if (this.#quiet) this.#quiet = false;
      else if (!this.pinned && this.#options.focusShows !== false) this.#show(key);
      this.#host.requestUpdate();
    },
    pointerover: (event: PointerEvent) => {
      const key = itemKey(event.target);
      clearTimeout(this.#timer);
      if (key === undefined || this.pinned || key === this.shown || this.#options.focusShows === false) return;
      this.#timer = setTimeout(() => this.#show(key), DWELL_MS);
    },
    pointerleave: () => clearTimeout(this.#timer),
    click: (event: MouseEvent) => {
      const key = itemKey(event.target);
      if (key === undefined) return;
      clearTimeout(this.#timer);
      const closing = this.pinned && this.shown === key;
      this.shown = closing ? undefined : key;
      this.pinned = !closing;
      this.#host.requestUpdate();
    },
    keydown: (event: KeyboardEvent) => {
      const key = itemKey(event.target);
      const step = STEPS[event.key];
      const last = event.key === 'End';
      if (key === undefined || (!step && !last && event.key !== 'Home')) return;
      event.preventDefault();
      // Laid out in two dimensions: the element says which item an arrow goes to (null: the next in order).
      const next = step && this.#options.neighbour ? this.#options.neighbour(key, event.key as ArrowKey) : null;
      const items = this.#items();
      const at = items.findIndex((item) => item.dataset.item === key);
      if (next === null) items[step ? Math.min(Math.max(0, at + step), items.length - 1) : last ? items.length - 1 : 0]?.focus();
      else if (next !== undefined) this.#item(next)?.focus();
    },
  };

  #show(key: string): void {
    this.shown = key;
    this.#host.requestUpdate();
  }

  readonly #onHostKeydown = async (event: KeyboardEvent): Promise<void> => {
    const trigger = this.shown;
    if (event.key !== 'Escape' || trigger === undefined) return;
    // Handled here: an enclosing dialog does not close as well.
    event.preventDefault();
    // Focus inside the details (marked `data-details`) goes back to the item they belong to, which then stays closed.
    const inDetails = this.#host.shadowRoot?.activeElement?.closest('[data-details]');
    this.shown = undefined;
    this.pinned = false;
    this.#host.requestUpdate();
    if (!inDetails) return;
    await this.#host.updateComplete;
    this.#quiet = true;
    this.#item(trigger)?.focus();
  };

  #items(): HTMLElement[] {
    return [...(this.#host.shadowRoot?.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
  }

  #item(key: string): HTMLElement | undefined {
    return this.#items().find((item) => item.dataset.item === key);
  }
}

/** The key of the item an event target is in, if any. */
function itemKey(target: EventTarget | null): string | undefined {
  return target instanceof Element ? target.closest<HTMLElement>('[data-item]')?.dataset.item : undefined;
}
