import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWholeDate, planSections, PlanSheet, type PlanActions } from '../../src/core/analysis/plan-actions.js';
import type { PlanStep } from '../../src/core/analysis/plan.js';
import type { Framework } from '../../src/core/schema/framework.js';
import type { DevelopmentPlan, PlanAction } from '../../src/core/schema/plan.js';

const action = (id: string, text = id, extra: Partial<PlanAction> = {}): PlanAction => ({ id, text, kind: 'other', done: false, ...extra });
const step = (skill: string): PlanStep => ({
  skill,
  importance: 'essential',
  required: 'expert',
  target: 'expert',
  goodLooksLike: [] as never,
  learning: [],
});
const frozen = (actions: PlanActions): PlanActions => structuredClone(actions);
const plan = (actions: PlanActions): DevelopmentPlan => ({
  schemaVersion: 1,
  framework: { id: 'f', version: '1' },
  actions: frozen(actions) as DevelopmentPlan['actions'],
});
const sheetWith = (actions: PlanActions): PlanSheet => {
  const sheet = new PlanSheet();
  sheet.restore(plan(actions));
  return sheet;
};
const ids = (list: readonly PlanAction[] | undefined) => (list ?? []).map((one) => one.id);

describe('plan actions', () => {
  const start: PlanActions = { a: [action('a1'), action('a2')], b: [action('b1')] };

  it('adds an empty action last, leaving the record it had as it was', () => {
    const sheet = sheetWith(start);
    const before = sheet.actions;
    const copy = frozen(before);
    const added = sheet.add('a');
    assert.deepEqual(ids(sheet.actions.a), ['a1', 'a2', added.id]);
    assert.deepEqual(sheet.actions.a![2], { id: added.id, text: '', kind: 'other', done: false });
    assert.deepEqual(before, copy);
    const empty = new PlanSheet();
    assert.deepEqual(ids(empty.actions.c), []);
    empty.add('c');
    assert.equal(empty.actions.c!.length, 1);
  });

  it('removes an action and puts it back in its place on undo', () => {
    const sheet = sheetWith(start);
    const before = sheet.actions;
    const copy = frozen(before);
    assert.equal(sheet.remove('a', 'a1'), true);
    assert.deepEqual(ids(sheet.actions.a), ['a2']);
    assert.deepEqual(sheet.removed, { skill: 'a', action: action('a1'), position: 0 });
    assert.deepEqual(sheet.undo(), { skill: 'a', action: action('a1'), position: 0 });
    assert.deepEqual(ids(sheet.actions.a), ['a1', 'a2']);
    assert.equal(sheet.removed, undefined);
    assert.equal(sheet.undo(), undefined);
    assert.equal(sheet.remove('a', 'nope'), false);
    assert.equal(sheet.remove('nope', 'a1'), false);
    assert.deepEqual(before, copy);
  });

  it('puts an undone action last when the list has become shorter than its place', () => {
    const sheet = sheetWith(start);
    sheet.remove('a', 'a2');
    sheet.remove('a', 'a1');
    sheet.removed = { skill: 'a', action: action('a9'), position: 5 };
    sheet.undo();
    assert.deepEqual(ids(sheet.actions.a), ['a9']);
    const empty = new PlanSheet();
    empty.removed = { skill: 'z', action: action('z9'), position: 3 };
    empty.undo();
    assert.deepEqual(empty.actions.z, [action('z9')]);
  });

  it('adding an action forgets the removal it could undo', () => {
    const sheet = sheetWith(start);
    sheet.remove('a', 'a1');
    sheet.add('b');
    assert.equal(sheet.removed, undefined);
  });

  it('edits one field of one action; an empty due date is no due date', () => {
    const sheet = sheetWith(start);
    const before = sheet.actions;
    const copy = frozen(before);
    sheet.edit('a', 'a2', 'due', '2099-01-31');
    assert.deepEqual(sheet.actions.a![1], action('a2', 'a2', { due: '2099-01-31' }));
    assert.equal(sheet.actions.a![0], before.a![0], 'the other actions are the same objects');
    sheet.edit('a', 'a2', 'due', undefined);
    assert.equal('due' in sheet.actions.a![1]!, false);
    sheet.edit('a', 'a1', 'done', true);
    assert.equal(sheet.actions.a![0]!.done, true);
    sheet.edit('a', 'a1', 'kind', 'course');
    assert.equal(sheet.actions.a![0]!.kind, 'course');
    sheet.edit('a', 'a1', 'text', '=SUM(A1)');
    assert.equal(sheet.actions.a![0]!.text, '=SUM(A1)');
    assert.deepEqual(before, copy);
  });

  it('makes ids unique in the plan, even in the same millisecond', () => {
    const sheet = new PlanSheet();
    const first = sheet.add('a').id;
    const second = sheet.add('a').id;
    assert.notEqual(first, second);
    assert.match(first, /^a-[0-9a-z]+-1$/);
    assert.ok(sheet.add('x'.repeat(200)).id.startsWith(`${'x'.repeat(60)}-`));
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
    const sheet = sheetWith(typed);
    sheet.restoreOver(plan(draft), true);
    assert.deepEqual(
      sheet.actions.a!.map((one) => `${one.id}:${one.text}`),
      ['a1:draft', 'a2:typed', 'a3:new'],
    );
    assert.deepEqual(sheet.actions.b, draft.b);
    assert.deepEqual(sheet.actions.c, typed.c);
    const untyped = sheetWith(typed);
    untyped.restoreOver(plan(draft), false);
    assert.deepEqual(untyped.actions, draft);
  });

  it('builds the plan with the times of its last change', () => {
    const framework = { id: 'f', version: '2' } as Framework;
    const sheet = sheetWith(start);
    assert.deepEqual(sheet.build(framework, undefined, undefined), {
      schemaVersion: 1,
      framework: { id: 'f', version: '2' },
      actions: start,
    });
    sheet.add('b');
    const built = sheet.build(framework, 'r', { name: 'Sam' });
    assert.equal(built.role, 'r');
    assert.deepEqual(built.subject, { name: 'Sam' });
    assert.ok(built.createdAt && built.updatedAt);
  });

  it('orders sections: the steps, then skills with actions that are not steps, and one kept for undo', () => {
    const actions: PlanActions = { s2: [action('x')], k1: [action('y')], empty: [], undone: [] };
    assert.deepEqual(
      planSections([step('s1'), step('s2')], actions).map((section) => [section.skill, !!section.step]),
      [
        ['s1', true],
        ['s2', true],
        ['k1', false],
      ],
    );
    assert.deepEqual(
      planSections([], actions, 'undone').map((section) => section.skill),
      ['s2', 'k1', 'undone'],
    );
  });
});
