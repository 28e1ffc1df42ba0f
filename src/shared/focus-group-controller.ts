import type { ReactiveControllerHost } from 'lit';

/**
 * Where an item sits in its grid: its row and column, counted over the whole grid, items not drawn
 * included (a virtualised table draws a window of its rows; each drawn item says where it is in the whole).
 */
export type GroupPosition = readonly [row: number, column: number];

const STEPS: Readonly<Record<string, GroupPosition>> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

const within = (value: number, count: number): number => Math.min(Math.max(0, value), Math.max(0, count - 1));

/**
 * Where a key moves focus from `at` in a grid of `size` (rows, columns): arrows go by row and column,
 * Home and End to the ends of the row, and with Ctrl to the first and last item. It stops at the edges,
 * never wrapping round. Undefined for a key that does not move focus.
 */
export function nextPosition(key: string, ctrlKey: boolean, at: GroupPosition, size: GroupPosition): GroupPosition | undefined {
  const [row, column] = at;
  const [rows, columns] = size;
  const step = STEPS[key];
  if (step) return [within(row + step[0], rows), within(column + step[1], columns)];
  if (key === 'Home') return ctrlKey ? [0, 0] : [row, 0];
  if (key === 'End') return [ctrlKey ? within(rows - 1, rows) : row, within(columns - 1, columns)];
  return undefined;
}

export interface FocusGroupOptions {
  /** The whole group's rows and columns, items not drawn included. */
  size(): GroupPosition;
  /** Where the item an event target is (or is inside) sits in the whole group; undefined outside the items. */
  positionOf(target: EventTarget | null): GroupPosition | undefined;
  /** The item drawn at a position; undefined when it is not drawn. */
  itemAt(position: GroupPosition): HTMLElement | undefined;
  /** Draws an item that is not drawn, in a virtualised group: focus goes to it after the host's next update. */
  reveal?(position: GroupPosition): void;
}

/**
 * One tab stop for a grid of items (roving tabindex): arrow keys, Home and End move focus
 * between the items, and the item last focused keeps the tab stop, so Tab goes past the group in one step.
 *
 * Items are addressed by their place in the whole group, so in a virtualised group the tab stop can be an
 * item not drawn: the element keeps it drawn, and focus moving to an item not drawn draws it first.
 *
 * An element renders `tabindex` from `active` and binds `listeners` on the items' container: a focus moves
 * the tab stop in the page at once, without a render (a large table would otherwise draw again each key).
 */
export class FocusGroupController {
  /** The tab stop as last set: kept when the group shrinks, so it comes back if the group grows again. */
  #active: GroupPosition = [0, 0];
  readonly #host: ReactiveControllerHost;
  readonly #options: FocusGroupOptions;

  constructor(host: ReactiveControllerHost, options: FocusGroupOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The item with the tab stop, kept inside the group as it is now. */
  get active(): GroupPosition {
    const [rows, columns] = this.#options.size();
    return [within(this.#active[0], rows), within(this.#active[1], columns)];
  }

  /** The tab stop back on the first item: for another group in the same place. */
  reset(): void {
    this.#active = [0, 0];
  }

  /** Listeners for the element that holds the items. */
  readonly listeners = {
    /** An arrow, Home or End pressed on an item moves focus (and its default is prevented). */
    keydown: (event: KeyboardEvent): void => {
      const at = this.#options.positionOf(event.target);
      const next = at && nextPosition(event.key, event.ctrlKey, at, this.#options.size());
      if (!at || !next) return;
      event.preventDefault();
      if (next[0] !== at[0] || next[1] !== at[1]) void this.focus(next);
    },
    /** A focus by the keys, a click or a script: that item takes the tab stop, and no other keeps it. */
    focusin: (event: FocusEvent): void => {
      const position = this.#options.positionOf(event.target);
      const item = position && this.#options.itemAt(position);
      if (!position || !item) return;
      this.#active = position;
      const container = event.currentTarget as Element;
      container.querySelectorAll('[tabindex="0"]').forEach((element) => element !== item && element.setAttribute('tabindex', '-1'));
      item.setAttribute('tabindex', '0');
    },
  };

  /** Focuses the item at a position, drawing it first when it is not drawn. */
  async focus(position: GroupPosition): Promise<void> {
    let item = this.#options.itemAt(position);
    if (!item && this.#options.reveal) {
      this.#options.reveal(position);
      await this.#host.updateComplete;
      item = this.#options.itemAt(position);
    }
    if (!item) return;
    this.#active = position;
    item.focus();
  }
}
