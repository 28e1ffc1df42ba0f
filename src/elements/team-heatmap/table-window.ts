import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drawnSlots, inView, type Slot, type Span } from './drawn-window.js';
import { PrintWatch } from '../../shared/print-watch.js';

/*
 * A large team's table draws only the rows and columns in view, and a few more each side: 500 people by
 * 150 skills is 75,000 cells, and drawing them all froze the page for seconds. The table still says how
 * big it is (aria-rowcount, aria-colcount, and each cell's aria-rowindex and aria-colindex), arrow keys
 * reach cells not drawn, and printing draws every one.
 */

/** Rows and columns drawn beyond the view on each side, so scrolling and arrow keys find them there. */
const SPARE_ROWS = 4;
const SPARE_COLUMNS = 3;
/** Drawn before the table is measured: more than a view holds. */
const FIRST_ROWS = 20;
const FIRST_COLUMNS = 16;
/** A row's height in pixels until one is measured: one line and its padding. */
const ROW_GUESS = 38;
/** A column's width in pixels until one is measured (the stylesheet makes them 8em). */
const COLUMN_GUESS = 128;

/** The parts of the table drawn that placing the window needs. */
export interface DrawnTable {
  scroller: Element;
  table: HTMLTableElement;
  /** The first header cell: the column of names, which stays in view. */
  corner: Element;
  /** A header cell of a skill, drawn, to measure columns by. */
  column?: Element | null;
}

/** Which rows and columns of the people table are drawn, kept to what is in view as the page scrolls. */
/** The parts of a table the window measures; undefined until it is drawn. */
export function drawnTable(table: HTMLTableElement | null | undefined): DrawnTable | undefined {
  const corner = table?.tHead?.rows[0]?.cells[0];
  return table && corner
    ? { scroller: table.parentElement!, table, corner, column: table.tHead!.querySelector('th[aria-colindex]:not(:first-child)') }
    : undefined;
}

export class TableWindow implements ReactiveController {
  rows: Span = [0, FIRST_ROWS];
  columns: Span = [0, FIRST_COLUMNS];
  /** Every row and column drawn, as the person asked: for the browser's find, and reading the whole table in a screen reader's browse mode. */
  all = false;
  #rowHeight = 0;
  #columnWidth = 0;
  #frame = 0;
  #columnSlots?: { key: string; slots: Slot[] };
  /** The drawn row at the top of the view, and where it was, while other rows are drawn around it. */
  #anchor?: { index: string; top: number };
  /** The host's size changes when it is shown after being hidden, or its container resizes. */
  #resized = new ResizeObserver(() => this.#placeLater());
  readonly #host: ReactiveControllerHost & Element;
  readonly #drawn: () => DrawnTable | undefined;
  readonly #size: () => [number, number];
  /** While the page prints, every row and column is drawn. */
  readonly #print: PrintWatch;

  /**
   * @param drawn the table as drawn now (undefined when the people view is not shown)
   * @param size its rows and columns of cells, the headers left out
   * @param drawNow brings the host up to date at once: the printed page is laid out as soon as `beforeprint` returns
   */
  constructor(
    host: ReactiveControllerHost & Element,
    drawn: () => DrawnTable | undefined,
    size: () => [number, number],
    drawNow: () => void,
  ) {
    this.#host = host;
    this.#drawn = drawn;
    this.#size = size;
    this.#print = new PrintWatch(host, drawNow);
    host.addController(this);
  }

  readonly #onViewChange = (event: Event): void => {
    if (event.type === 'resize') this.#rowHeight = this.#columnWidth = 0;
    this.#placeLater();
  };

  /** `@scroll` of the scroller: its scroll events do not reach the window. */
  readonly onScroll = (): void => this.#placeLater();

  hostConnected(): void {
    // Capture: the page may scroll inside a container of its own, whose scroll events do not bubble.
    for (const type of ['scroll', 'resize']) addEventListener(type, this.#onViewChange, { capture: true, passive: true });
    this.#resized.observe(this.#host);
  }

  hostDisconnected(): void {
    for (const type of ['scroll', 'resize']) removeEventListener(type, this.#onViewChange, { capture: true });
    this.#resized.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    this.#holdAnchor();
    // What is in view may have changed with what was drawn (another sort, a size measured): look again.
    this.#placeLater();
  }

  /**
   * Gaps are sized by a measured height that real rows need not have, so drawing other rows can move the
   * rows in view. The row at the top of the view is put back where it was: the view does not jump.
   */
  #holdAnchor(): void {
    const anchor = this.#anchor;
    this.#anchor = undefined;
    const drawn = anchor && this.#drawn();
    const row = drawn?.table.tBodies[0]?.querySelector(`tr[aria-rowindex="${anchor!.index}"]`);
    if (!drawn || !row) return;
    const moved = row.getBoundingClientRect().top - anchor!.top;
    if (Math.abs(moved) < 1) return;
    const { scroller } = drawn;
    if (scroller.scrollHeight > scroller.clientHeight) scroller.scrollTop += moved;
    else scrollBy(0, moved);
  }

  /** Back to the first rows and columns, measured afresh: for another team. */
  reset(): void {
    this.rows = [0, FIRST_ROWS];
    this.columns = [0, FIRST_COLUMNS];
    this.#rowHeight = this.#columnWidth = 0;
  }

  /** The height of a row as drawn, in pixels: what a gap of rows is tall for each. */
  get rowHeight(): number {
    return this.#rowHeight || ROW_GUESS;
  }

  /** True while every row and column is drawn. */
  get whole(): boolean {
    return this.#print.printing || this.all;
  }

  /** The rows drawn (every one while printing), with the row `keep` among them. */
  rowSlots(count: number, keep: number): Slot[] {
    return drawnSlots(count, this.whole ? [0, count] : this.rows, keep);
  }

  /** The columns drawn, the same for every row so that each cell stays under its header; the same array until they change. */
  columnSlots(count: number, keep: number): Slot[] {
    const span: Span = this.whole ? [0, count] : this.columns;
    const key = `${count} ${keep} ${span.join(' ')}`;
    if (this.#columnSlots?.key !== key) this.#columnSlots = { key, slots: drawnSlots(count, span, keep) };
    return this.#columnSlots.slots;
  }

  /** Draws the rows or columns around a cell (row and column of cells, headers left out, so -1 for a header) that is not drawn. */
  reveal(row: number, column: number): void {
    const around = ([first, last]: Span, index: number, spare: number): Span =>
      index < 0 || (index >= first && index < last) ? [first, last] : [Math.max(0, index - spare), index + spare + 1];
    this.rows = around(this.rows, row, SPARE_ROWS);
    this.columns = around(this.columns, column, SPARE_COLUMNS);
    this.#host.requestUpdate();
  }

  #placeLater(): void {
    if (!this.#frame) this.#frame = requestAnimationFrame(() => ((this.#frame = 0), this.#place()));
  }

  /** Draws the rows and columns in view, inside the scroller and inside the page's window. */
  #place(): void {
    const drawn = this.#drawn();
    const body = drawn?.table.tBodies[0];
    if (!drawn || !body || this.whole) return;
    const { scroller, table, corner, column } = drawn;
    if (!this.#rowHeight) this.#measure(body, column);
    const view = scroller.getBoundingClientRect();
    const [top, bottom, left, right] = [
      Math.max(view.top, 0),
      Math.min(view.bottom, innerHeight),
      Math.max(view.left, 0),
      Math.min(view.right, innerWidth),
    ];
    if (bottom <= top || right <= left) return; // out of sight: what is drawn stays
    const [rowCount, columnCount] = this.#size();
    const skillsLeft = table.getBoundingClientRect().left + corner.getBoundingClientRect().width;
    const rows: Span = [
      Math.max(0, this.#rowAt(body, top, rowCount) - SPARE_ROWS),
      Math.min(rowCount, this.#rowAt(body, bottom, rowCount) + 1 + SPARE_ROWS),
    ];
    // Columns are all one width (the stylesheet's), so their places are known without looking.
    const columns = inView(left - skillsLeft, right - skillsLeft, this.#columnWidth || COLUMN_GUESS, columnCount, SPARE_COLUMNS);
    if (rows.join() !== this.rows.join() || columns.join() !== this.columns.join()) {
      const anchor = [...body.rows].find((row) => !row.dataset['first'] && row.getBoundingClientRect().bottom > top);
      if (anchor) this.#anchor = { index: anchor.getAttribute('aria-rowindex')!, top: anchor.getBoundingClientRect().top };
      [this.rows, this.columns] = [rows, columns];
      this.#host.requestUpdate();
    }
  }

  /**
   * The row at `y` (a viewport position): where a drawn row is, its own index; inside a gap, worked out from
   * the gap's first row and the measured height. Drawn rows are taken as they are, however tall their
   * names make them, so the rows drawn always cover the view.
   */
  #rowAt(body: HTMLTableSectionElement, y: number, count: number): number {
    for (const row of body.rows) {
      const { top, bottom } = row.getBoundingClientRect();
      if (y >= bottom) continue;
      const first = row.dataset['first'];
      if (first === undefined) return Number(row.getAttribute('aria-rowindex')) - 2;
      return Number(first) + Math.max(0, Math.floor((y - top) / this.rowHeight));
    }
    return count;
  }

  /** Gaps are as big as what they stand for: measured once per team and window size, so they do not shift as rows come and go. */
  #measure(body: HTMLTableSectionElement, column: Element | null | undefined): void {
    const rows = [...body.rows].filter((row) => !row.classList.contains('gap'));
    const height = rows.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0) / rows.length;
    if (!(height > 0)) return;
    this.#rowHeight = height;
    this.#columnWidth = column?.getBoundingClientRect().width || COLUMN_GUESS;
    this.#host.requestUpdate();
  }
}
