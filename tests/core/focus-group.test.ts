import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextPosition, type GroupPosition } from '../../src/shared/focus-group-controller.js';

const grid = (key: string, at: GroupPosition, ctrl = false) => nextPosition(key, ctrl, at, [4, 6]);

describe('nextPosition: where a key moves focus in a group', () => {
  it('moves by row and column in a grid', () => {
    assert.deepEqual(grid('ArrowDown', [1, 2]), [2, 2]);
    assert.deepEqual(grid('ArrowUp', [1, 2]), [0, 2]);
    assert.deepEqual(grid('ArrowRight', [1, 2]), [1, 3]);
    assert.deepEqual(grid('ArrowLeft', [1, 2]), [1, 1]);
  });

  it('stops at the edges of a grid, never wrapping round', () => {
    assert.deepEqual(grid('ArrowUp', [0, 0]), [0, 0]);
    assert.deepEqual(grid('ArrowLeft', [0, 0]), [0, 0]);
    assert.deepEqual(grid('ArrowDown', [3, 5]), [3, 5]);
    assert.deepEqual(grid('ArrowRight', [3, 5]), [3, 5]);
  });

  it('goes to the ends of the row with Home and End, and to the first and last cells with Ctrl', () => {
    assert.deepEqual(grid('Home', [2, 3]), [2, 0]);
    assert.deepEqual(grid('End', [2, 3]), [2, 5]);
    assert.deepEqual(grid('Home', [2, 3], true), [0, 0]);
    assert.deepEqual(grid('End', [2, 3], true), [3, 5]);
  });

  it('reaches places not drawn: positions count the whole group', () => {
    assert.deepEqual(nextPosition('End', true, [0, 0], [501, 154]), [500, 153]);
    assert.deepEqual(nextPosition('ArrowDown', false, [250, 7], [501, 154]), [251, 7]);
  });

  it('leaves every other key alone', () => {
    for (const key of ['Enter', ' ', 'Tab', 'PageDown', 'a', 'Escape']) assert.equal(grid(key, [1, 1]), undefined, key);
  });

  it('stays inside an empty or one-item group', () => {
    assert.deepEqual(nextPosition('End', true, [0, 0], [0, 0]), [0, 0]);
    assert.deepEqual(nextPosition('ArrowRight', false, [0, 0], [1, 1]), [0, 0]);
  });
});
