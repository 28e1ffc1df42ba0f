import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawnSlots, inView } from '../../src/elements/team-heatmap/drawn-window.js';

describe('drawnSlots: the rows (or columns) of a long table to draw', () => {
  it('draws a window with a gap for the rows before and after it', () => {
    assert.deepEqual(drawnSlots(10, [3, 6]), [
      { gap: 3, first: 0, key: 'gap-0' },
      { index: 3 },
      { index: 4 },
      { index: 5 },
      { gap: 4, first: 6, key: 'gap-6' },
    ]);
  });

  it('draws every row, and no gap, when the window holds them all', () => {
    assert.deepEqual(drawnSlots(3, [0, 40]), [{ index: 0 }, { index: 1 }, { index: 2 }]);
  });

  it('also draws the row kept (the tab stop’s) in its place, far from the window', () => {
    assert.deepEqual(drawnSlots(10, [0, 2], 7), [
      { index: 0 },
      { index: 1 },
      { gap: 5, first: 2, key: 'gap-2' },
      { index: 7 },
      { gap: 2, first: 8, key: 'gap-8' },
    ]);
    assert.deepEqual(drawnSlots(10, [8, 10], 0), [{ index: 0 }, { gap: 7, first: 1, key: 'gap-1' }, { index: 8 }, { index: 9 }]);
  });

  it('ignores a kept row inside the window or outside the table', () => {
    assert.deepEqual(drawnSlots(4, [0, 4], 2), drawnSlots(4, [0, 4]));
    assert.deepEqual(drawnSlots(4, [0, 2], -1), drawnSlots(4, [0, 2]));
    assert.deepEqual(drawnSlots(4, [0, 2], 9), drawnSlots(4, [0, 2]));
  });

  it('accounts for every row once, whatever the window', () => {
    for (const [first, last, keep] of [
      [0, 0, 5],
      [50, 60, 3],
      [95, 120, 10],
      [-5, 3, 99],
    ] as const) {
      const slots = drawnSlots(100, [first, last], keep);
      const total = slots.reduce((sum, slot) => sum + ('gap' in slot ? slot.gap : 1), 0);
      assert.equal(total, 100, `${first}-${last} keeping ${keep}`);
    }
  });
});

describe('inView: the rows (or columns) a view shows, with spare rows each side', () => {
  it('takes the rows the view covers and the spare rows around them', () => {
    assert.deepEqual(inView(400, 800, 40, 500, 5), [5, 25]);
  });

  it('stops at the table’s ends', () => {
    assert.deepEqual(inView(-300, 200, 40, 500, 5), [0, 10]);
    assert.deepEqual(inView(19800, 20200, 40, 500, 5), [485, 500]);
  });

  it('draws the last rows when rows taller than the estimate put the view past the end', () => {
    const [first, last] = inView(21000, 21400, 40, 500, 5);
    assert.equal(last, 500);
    assert.ok(first < 500 - 10, `rows from ${first} fill the view`);
  });
});
