import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addAction,
  blankAction,
  editAction,
  isWholeDate,
  mergeActions,
  newActionId,
  planSections,
  removeAction,
  undoRemoval,
  type PlanActions,
} from '../../src/core/analysis/plan-actions.js';
import type { PlanStep } from '../../src/core/analysis/plan.js';
import type { PlanAction } from '../../src/core/schema/plan.js';

const action = (id: string, text = id, extra: Partial<PlanAction> = {}): PlanAction => ({ id, text, kind: 'other', done: false, ...extra });
const step = (skill: string): PlanStep => ({ skill, importance: 'essential', required: 'expert', target: 'expert', goodLooksLike: [] as never, learning: [] });
const frozen = (actions: PlanActions): PlanActions => structuredClone(actions);

describe('plan actions', () => {
  const start: PlanActions = { a: [action('a1'), action('a2')], b: [action('b1')] };

  it('adds an action last, leaving the record it was given as it was', () => {
    const before = frozen(start);
    const after = addAction(start, 'a', blankAction('a3'));
    assert.deepEqual(after.a!.map((one) => one.id), ['a1', 'a2', 'a3']);
    assert.deepEqual(after.a![2], { id: 'a3', text: '', kind: 'other', done: false });
    assert.deepEqual(addAction({}, 'c', action('c1')).c, [action('c1')]);
    assert.deepEqual(start, before);
  });

  it('removes an action and puts it back in its place on undo', () => {
    const before = frozen(start);
    const result = removeAction(start, 'a', 'a1')!;
    assert.deepEqual(result.actions.a!.map((one) => one.id), ['a2']);
    assert.deepEqual(result.removed, { skill: 'a', action: action('a1'), position: 0 });
    assert.deepEqual(undoRemoval(result.actions, result.removed).a!.map((one) => one.id), ['a1', 'a2']);
    assert.equal(removeAction(start, 'a', 'nope'), undefined);
    assert.equal(removeAction(start, 'nope', 'a1'), undefined);
    assert.deepEqual(start, before);
  });

  it('puts an undone action last when the list has become shorter than its place', () => {
    const removed = { skill: 'a', action: action('a9'), position: 5 };
    assert.deepEqual(undoRemoval(start, removed).a!.map((one) => one.id), ['a1', 'a2', 'a9']);
    assert.deepEqual(undoRemoval({}, removed).a, [action('a9')]);
  });

  it('edits one field of one action; an empty due date is no due date', () => {
    const before = frozen(start);
    const edited = editAction(start, 'a', 'a2', 'due', '2099-01-31');
    assert.deepEqual(edited.a![1], action('a2', 'a2', { due: '2099-01-31' }));
    assert.equal(edited.a![0], start.a![0], 'the other actions are the same objects');
    const cleared = editAction(edited, 'a', 'a2', 'due', undefined);
    assert.equal('due' in cleared.a![1]!, false);
    assert.equal(editAction(start, 'a', 'a1', 'done', true).a![0]!.done, true);
    assert.equal(editAction(start, 'a', 'a1', 'kind', 'course').a![0]!.kind, 'course');
    assert.equal(editAction(start, 'a', 'a1', 'text', '=SUM(A1)').a![0]!.text, '=SUM(A1)');
    assert.deepEqual(start, before);
  });

  it('makes ids unique in the plan, even in the same millisecond', () => {
    let serial = 0;
    const next = () => ++serial;
    const first = newActionId(start, 'a', next, 1000);
    const taken = addAction(start, 'a', action(first));
    serial = 0;
    const second = newActionId(taken, 'a', next, 1000);
    assert.notEqual(first, second);
    assert.match(first, /^a-rs-1$/);
    assert.ok(newActionId({}, 'x'.repeat(200), next).startsWith(`${'x'.repeat(60)}-`));
  });

  it('knows a whole date from one still being typed', () => {
    assert.equal(isWholeDate('2027-02-26'), true);
    assert.equal(isWholeDate(''), true);
    assert.equal(isWholeDate('20271-02-26'), false);
    assert.equal(isWholeDate('2027-2-26'), false);
  });

  it('merges what was typed while a draft loaded: the person’s version wins, their new actions come after', () => {
    const draft: PlanActions = { a: [action('a1', 'draft'), action('a2', 'draft')], b: [action('b1')] };
    const typed: PlanActions = { a: [action('a2', 'typed'), action('a3', 'new')], c: [action('c1')] };
    const merged = mergeActions(draft, typed);
    assert.deepEqual(merged.a!.map((one) => `${one.id}:${one.text}`), ['a1:draft', 'a2:typed', 'a3:new']);
    assert.deepEqual(merged.b, draft.b);
    assert.deepEqual(merged.c, typed.c);
    assert.deepEqual(mergeActions(draft, {}), draft);
  });

  it('orders sections: the steps, then skills with actions that are not steps, and one kept for undo', () => {
    const actions: PlanActions = { s2: [action('x')], k1: [action('y')], empty: [], undone: [] };
    assert.deepEqual(
      planSections([step('s1'), step('s2')], actions).map((section) => [section.skill, !!section.step]),
      [['s1', true], ['s2', true], ['k1', false]],
    );
    assert.deepEqual(
      planSections([], actions, 'undone').map((section) => section.skill),
      ['s2', 'k1', 'undone'],
    );
  });
});
