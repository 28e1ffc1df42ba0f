import {
  addAction,
  blankAction,
  editAction,
  mergeActions,
  newActionId,
  removeAction,
  undoRemoval,
  type ActionField,
  type ActionValue,
  type PlanActions,
  type RemovedAction,
} from '../../core/analysis/plan-actions.js';
import type { Framework } from '../../core/schema/framework.js';
import { PLAN_SCHEMA_VERSION, type DevelopmentPlan, type PlanAction } from '../../core/schema/plan.js';

/** What the person wrote in a plan, and the plan it was written on. Never mutated: each change makes new objects. */
export class PlanSheet {
  /** The actions, by skill id. */
  actions: PlanActions = {};
  /** The last plan set or restored: where subject, role and creation time come from. */
  base?: DevelopmentPlan;
  /** The last action removed, for "Undo". */
  removed?: RemovedAction;
  #updatedAt?: string;
  #createdAt?: string;
  #lastId = 0;

  /** Replaces the whole plan. */
  restore(plan: DevelopmentPlan | undefined): void {
    this.base = plan;
    this.actions = { ...plan?.actions };
    this.#updatedAt = undefined;
    this.#createdAt = undefined;
    this.removed = undefined;
  }

  /** A restored draft; with `typed`, what the person wrote while it was read wins over it, action by action. */
  restoreOver(draft: DevelopmentPlan, typed: boolean): void {
    const mine = typed ? this.actions : {};
    this.restore(draft);
    this.actions = mergeActions(this.actions, mine);
  }

  /** Adds an empty action to a skill, and returns it. */
  add(skill: string): PlanAction {
    const action = blankAction(newActionId(this.actions, skill, () => ++this.#lastId));
    this.removed = undefined;
    this.#write(addAction(this.actions, skill, action));
    return action;
  }

  /** Removes an action, keeping it for `undo()`; false when there is no such action. */
  remove(skill: string, id: string): boolean {
    const result = removeAction(this.actions, skill, id);
    if (!result) return false;
    this.removed = result.removed;
    this.#write(result.actions);
    return true;
  }

  /** Puts the last removed action back, and returns it. */
  undo(): RemovedAction | undefined {
    const removed = this.removed;
    if (!removed) return undefined;
    this.removed = undefined;
    this.#write(undoRemoval(this.actions, removed));
    return removed;
  }

  edit<F extends ActionField>(skill: string, id: string, field: F, value: ActionValue<F>): void {
    this.#write(editAction(this.actions, skill, id, field, value));
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

  #write(actions: PlanActions): void {
    this.actions = actions;
    this.#updatedAt = new Date().toISOString();
    this.#createdAt ??= this.base?.createdAt ?? this.#updatedAt;
  }
}
