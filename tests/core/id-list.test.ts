import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idList } from '../../src/shared/id-list.js';

describe('idList', () => {
  it('reads ids separated by white space, commas, or both, dropping empties and repeats', () => {
    assert.deepEqual(idList(' a  b\tc\n'), ['a', 'b', 'c']);
    assert.deepEqual(idList('a,b, c ,,d'), ['a', 'b', 'c', 'd']);
    assert.deepEqual(idList('a b a'), ['a', 'b']);
  });

  it('reads nothing as an empty list', () => {
    assert.deepEqual(idList(undefined), []);
    assert.deepEqual(idList(null), []);
    assert.deepEqual(idList(' , '), []);
  });
});
