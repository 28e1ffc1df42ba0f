import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePlan } from '../../src/core/parse-plan.js';
import { MAX_ACTION, MAX_STORED_ACTION } from '../../src/core/schema/plan.js';

const plan = {
  schemaVersion: 1,
  framework: { id: 'des-hr', version: '1.0.0' },
  role: 'hr-business-partner',
  actions: {
    'business-facing-hr': [
      { id: 'a1', text: 'Shadow the HR business partner for Engineering', kind: 'shadowing', due: '2027-03-31' },
      { id: 'a2', text: '<b>Lead</b> a =HYPERLINK() review', done: true },
    ],
    'gone-skill': [{ id: 'a3', text: 'Kept, though the framework no longer has the skill' }],
  },
  updatedAt: '2026-12-01T10:00:00Z',
};

describe('parsePlan', () => {
  it('reads a plan, with defaults, and keeps what a person wrote as written', () => {
    const result = parsePlan(JSON.stringify(plan));
    assert.ok(result.ok, JSON.stringify(result.issues));
    const [first, second] = result.value.actions['business-facing-hr']!;
    assert.deepEqual(first, {
      id: 'a1',
      text: 'Shadow the HR business partner for Engineering',
      kind: 'shadowing',
      due: '2027-03-31',
      done: false,
    });
    assert.deepEqual([second!.text, second!.kind, second!.done], ['<b>Lead</b> a =HYPERLINK() review', 'other', true]);
    assert.equal(result.value.actions['gone-skill']!.length, 1);
  });

  it('reports a date that is not a real day, an unknown kind, too much text and prototype keys, each by path', () => {
    const broken = {
      ...plan,
      actions: { s: [{ id: 'a', text: 'x'.repeat(MAX_STORED_ACTION + 1), kind: 'teleport', due: '2027-02-30' }], ['__proto__']: [] },
    };
    const result = parsePlan(JSON.stringify(broken));
    assert.equal(result.ok, false);
    const found = result.issues.map((issue) => `${issue.key}@${issue.path.join('.')}`);
    assert.ok(found.includes('key.forbidden@actions.__proto__'), found.join(', '));
    const withoutProto = parsePlan({
      ...plan,
      actions: { s: [{ id: 'a', text: 'x'.repeat(MAX_STORED_ACTION + 1), kind: 'teleport', due: '2027-02-30' }] },
    });
    assert.deepEqual(withoutProto.issues.map((issue) => `${issue.key}@${issue.path.join('.')}`).sort(), [
      'value.choice@actions.s.0.kind',
      'value.date@actions.s.0.due',
      'value.tooLong@actions.s.0.text',
    ]);
  });

  it('refuses a newer plan file with one clear message', () => {
    const result = parsePlan({ ...plan, schemaVersion: 2 });
    assert.deepEqual(
      result.issues.map((issue) => issue.key),
      ['version.unsupported'],
    );
  });

  it('reads back an action longer than the advised length, so a long paste is never refused', () => {
    const long = parsePlan({ ...plan, actions: { s: [{ id: 'a', text: 'x'.repeat(MAX_ACTION + 500) }] } });
    assert.ok(long.ok);
    assert.equal(long.value.actions.s![0]!.text.length, MAX_ACTION + 500);
  });
});
