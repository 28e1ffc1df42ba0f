import type { Framework } from '../schema/framework.js';
import { PLAN_SCHEMA_VERSION, type ActionKind, type DevelopmentPlan, type PlanAction } from '../schema/plan.js';
import type { PlanStep } from './plan.js';

// What a person does to the actions of a plan, apart from any page: add, remove, undo, edit, and
// merge with a restored draft. No record is changed in place: each change makes new ones.

/** The actions of a plan, by skill id. */
export type PlanActions = Readonly<Record<string, readonly PlanAction[]>>;

/** The fields of an action a person edits. */
export type ActionField = 'text' | 'kind' | 'due' | 'done';

/** An action removed, with where it was, so that "Undo" puts it back in its place. */
export interface RemovedAction {
  readonly skill: string;
  readonly action: PlanAction;
  readonly position: number;
}

/** A skill the plan shows: a step (a gap), or a skill that is no longer one but has actions. */
export interface PlanSection {
  readonly skill: string;
  readonly step?: PlanStep;
}

/** What a field holds: the text, a kind, a due date (undefined for none) or whether it is done. */
export type ActionValue<F extends ActionField> = F extends 'done'
  ? boolean
  : F extends 'kind'
    ? ActionKind
    : F extends 'due'
      ? string | undefined
      : string;

/** What the person wrote in a plan, and the plan it was written on. */
export class PlanSheet {
  /** The actions, by skill id. */
  actions: PlanActions = {};
  /** The last plan set or restored: where subject, role and creation time come from. */
  base?: DevelopmentPlan;
  /** The last action removed, for "Undo". */
  removed?: RemovedAction;
  #updatedAt?: string;
  #createdAt?: string;
  /** Counts up, so two actions added in the same millisecond still differ. */
  #lastId = 0;

  /** Replaces the whole plan. */
  restore(plan: DevelopmentPlan | undefined): void {
    this.base = plan;
    this.actions = { ...plan?.actions };
    this.#updatedAt = undefined;
    this.#createdAt = undefined;
    this.removed = undefined;
  }

  /**
   * A restored draft; with `typed`, what the person wrote while it was read is merged in: their
   * version of an action wins over the draft's, and actions they added come after the draft's.
   */
  restoreOver(draft: DevelopmentPlan, typed: boolean): void {
    const mine = typed ? this.actions : {};
    this.restore(draft);
    const merged: Record<string, PlanAction[]> = { ...this.actions } as Record<string, PlanAction[]>;
    for (const [skill, list] of Object.entries(mine)) {
      const theirs = new Map(list.map((action) => [action.id, action]));
      const drafted = (merged[skill] ?? []).map((action) => theirs.get(action.id) ?? action);
      const known = new Set(drafted.map((action) => action.id));
      merged[skill] = [...drafted, ...list.filter((action) => !known.has(action.id))];
    }
    this.actions = merged;
  }

  /** Adds an empty action, last, to a skill, and returns it. Its id is unique in the plan: the skill, the time and a count. */
  add(skill: string): PlanAction {
    const taken = new Set(Object.values(this.actions).flatMap((list) => list.map((action) => action.id)));
    let id: string;
    do id = `${skill.slice(0, 60)}-${Date.now().toString(36)}-${(++this.#lastId).toString(36)}`;
    while (taken.has(id));
    const action: PlanAction = { id, text: '', kind: 'other', done: false };
    this.removed = undefined;
    this.#write(skill, [...(this.actions[skill] ?? []), action]);
    return action;
  }

  /** Removes an action, keeping it for `undo()`; false when there is no such action. */
  remove(skill: string, id: string): boolean {
    const list = this.actions[skill] ?? [];
    const position = list.findIndex((action) => action.id === id);
    if (position < 0) return false;
    this.removed = { skill, action: list[position]!, position };
    this.#write(
      skill,
      list.filter((action) => action.id !== id),
    );
    return true;
  }

  /** Puts the last removed action back where it was (or last, when the list has become shorter), and returns it. */
  undo(): RemovedAction | undefined {
    const removed = this.removed;
    if (!removed) return undefined;
    this.removed = undefined;
    const list = [...(this.actions[removed.skill] ?? [])];
    list.splice(Math.min(removed.position, list.length), 0, removed.action);
    this.#write(removed.skill, list);
    return removed;
  }

  /** One field of one action changed; an empty due date is no due date. */
  edit<F extends ActionField>(skill: string, id: string, field: F, value: ActionValue<F>): void {
    this.#write(
      skill,
      (this.actions[skill] ?? []).map((action) => {
        if (action.id !== id) return action;
        const next = { ...action, [field]: value };
        if (next.due === undefined) delete next.due;
        return next;
      }),
    );
  }

  /** The plan for the framework in use (a new object each time). */
  build(framework: Framework, role: string | undefined, subject: DevelopmentPlan['subject']): DevelopmentPlan {
    const actions = Object.fromEntries(Object.entries(this.actions).map(([skill, list]) => [skill, [...list]]));
    const createdAt = this.#createdAt ?? this.base?.createdAt;
    const updatedAt = this.#updatedAt ?? this.base?.updatedAt;
    return {
      schemaVersion: PLAN_SCHEMA_VERSION,
      framework: { id: framework.id, version: framework.version },
      ...(role ? { role } : {}),
      ...(subject ? { subject } : {}),
      actions,
      ...(createdAt ? { createdAt } : {}),
      ...(updatedAt ? { updatedAt } : {}),
    };
  }

  #write(skill: string, list: readonly PlanAction[]): void {
    this.actions = { ...this.actions, [skill]: list };
    this.#updatedAt = new Date().toISOString();
    this.#createdAt ??= this.base?.createdAt ?? this.#updatedAt;
  }
}

/** A due date as `<input type="date">` gives a whole one, or nothing: anything else is a date still being typed. */
export const isWholeDate = (value: string): boolean => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The skills in the order the plan shows them: the steps, then skills with actions that are not steps
 * now. A skill whose last action was just removed stays while `undoable` names it, so Undo (and focus) stay too.
 */
export function planSections(steps: readonly PlanStep[], actions: PlanActions, undoable?: string): PlanSection[] {
  const stepSkills = new Set(steps.map((step) => step.skill));
  const kept = Object.keys(actions).filter((skill) => !stepSkills.has(skill) && ((actions[skill]?.length ?? 0) > 0 || undoable === skill));
  return [...steps.map((step) => ({ skill: step.skill, step })), ...kept.map((skill) => ({ skill }))];
}
