import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redispatch } from '../../src/shared/redispatch.js';

describe('redispatch', () => {
  const pair = () => [new Event('cf-pick', { cancelable: true }), new Event('cf-pick', { cancelable: true })] as const;

  it('fires the outer event on the host, and leaves the inner one alone when the host does not cancel it', () => {
    const host = new EventTarget();
    const heard: Event[] = [];
    host.addEventListener('cf-pick', (event) => heard.push(event));
    const [inner, outer] = pair();
    assert.equal(redispatch(host, inner, outer), true);
    assert.deepEqual(heard, [outer]);
    assert.equal(inner.defaultPrevented, false);
  });

  it('cancels the inner event when the host cancels the outer one', () => {
    const host = new EventTarget();
    host.addEventListener('cf-pick', (event) => event.preventDefault());
    const [inner, outer] = pair();
    assert.equal(redispatch(host, inner, outer), false);
    assert.equal(inner.defaultPrevented, true);
  });
});
