/*
 * A large table draws only the rows and columns in view: these work out which, in one dimension at a
 * time. Pure arithmetic, so the element's scrolling code stays about the page.
 */

/** A row (or column) drawn, or a gap standing for a run of them not drawn (one spacer as big as they are). */
export type Slot = { index: number } | { gap: number; first: number; key: string };

/** The window drawn, `[first, last)`. */
export type Span = readonly [number, number];

/**
 * What a long table draws, in order: the rows in `[first, last)`, and the row `keep` wherever it is (the
 * tab stop's, so Tab always finds it in the page), with a gap for each run left out.
 */
export function drawnSlots(count: number, [first, last]: Span, keep?: number): Slot[] {
  const drawn: number[] = [];
  for (let index = Math.max(0, first); index < Math.min(count, last); index++) drawn.push(index);
  if (keep !== undefined && keep >= 0 && keep < count && (keep < first || keep >= last)) {
    drawn.push(keep);
    drawn.sort((a, b) => a - b);
  }
  const slots: Slot[] = [];
  let next = 0;
  for (const index of drawn) {
    if (index > next) slots.push({ gap: index - next, first: next, key: `gap-${next}` });
    slots.push({ index });
    next = index + 1;
  }
  if (next < count) slots.push({ gap: count - next, first: next, key: `gap-${next}` });
  return slots;
}

/**
 * The columns (or rows) to draw for a view from `start` to `end` (pixels from the first, each `size`
 * wide), with `spare` more on each side so a quick scroll finds them drawn.
 */
export function inView(start: number, end: number, size: number, count: number, spare: number): [number, number] {
  const last = Math.min(count, Math.ceil(end / size) + spare);
  // Sizes larger than the estimate put the view's start past `count`: the last ones are then those in view.
  const first = Math.min(Math.max(0, Math.floor(start / size) - spare), Math.max(0, count - Math.ceil((end - start) / size) - spare));
  return [first, last];
}
