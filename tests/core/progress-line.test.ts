import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { progressLine } from '../../src/charts/progress-line.js';

describe('progressLine', () => {
  it('places each dated level, higher levels higher, and draws the role’s level across', () => {
    const line = progressLine([0, 2, 2], 5, 3);
    assert.deepEqual(line.points, [
      { x: 4, y: 24 },
      { x: 18, y: 14 },
      { x: 32, y: 14 },
    ]);
    assert.deepEqual(line.runs, ['M4 24L18 14L32 14']);
    assert.equal(line.requiredY, 9);
    assert.deepEqual([line.width, line.height], [36, 28]);
  });

  it('breaks the line at a date with no level instead of drawing it as the lowest', () => {
    const line = progressLine([1, undefined, 3], 5);
    assert.deepEqual(line.runs, ['M4 19', 'M32 9']);
    assert.equal(line.points.length, 2);
    assert.equal(line.requiredY, undefined);
  });

  it('draws one date as a point with room around it', () => {
    const line = progressLine([undefined], 5);
    assert.deepEqual([line.runs, line.points, line.width], [[], [], 8]);
  });
});
