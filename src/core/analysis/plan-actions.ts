import type { ActionKind, PlanAction } from '../schema/plan.js';
import type { PlanStep } from './plan.js';

// What a person does to the actions of a plan, as pure functions: each returns a new record and
// leaves the one it was given as it was.

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

/** A new, empty action: what "Add an action" starts with. */
export const blankAction = (id: string): PlanAction => ({ id, text: '', kind: 'other', done: false });

/**
 * An action id unique in the plan: the skill, the time and a number the caller counts up, so two
 * actions added in the same millisecond still differ.
 */
export function newActionId(actions: PlanActions, skill: string, next: () => number, now: number = Date.now()): string {
  const taken = new Set(Object.values(actions).flatMap((list) => list.map((action) => action.id)));
  let id: string;
  do id = `${skill.slice(0, 60)}-${now.toString(36)}-${next().toString(36)}`;
  while (taken.has(id));
  return id;
}

export function addAction(actions: PlanActions, skill: string, action: PlanAction): PlanActions {
  return { ...actions, [skill]: [...(actions[skill] ?? []), action] };
}

/** The actions without one, and what "Undo" needs to put it back; undefined when there is no such action. */
export function removeAction(actions: PlanActions, skill: string, id: string): { actions: PlanActions; removed: RemovedAction } | undefined {
  const list = actions[skill] ?? [];
  const position = list.findIndex((action) => action.id === id);
  if (position < 0) return undefined;
  return { actions: { ...actions, [skill]: list.filter((action) => action.id !== id) }, removed: { skill, action: list[position]!, position } };
}

/** Puts a removed action back where it was (or last, when the list has become shorter). */
export function undoRemoval(actions: PlanActions, removed: RemovedAction): PlanActions {
  const list = [...(actions[removed.skill] ?? [])];
  list.splice(Math.min(removed.position, list.length), 0, removed.action);
  return { ...actions, [removed.skill]: list };
}

/** What a field holds: the text, a kind, a due date (undefined for none) or whether it is done. */
export type ActionValue<F extends ActionField> = F extends 'done' ? boolean : F extends 'kind' ? ActionKind : F extends 'due' ? string | undefined : string;

/** One field of one action changed; an empty due date is no due date. */
export function editAction<F extends ActionField>(actions: PlanActions, skill: string, id: string, field: F, value: ActionValue<F>): PlanActions {
  const edited = (actions[skill] ?? []).map((action) => {
    if (action.id !== id) return action;
    const next = { ...action, [field]: value };
    if (next.due === undefined) delete next.due;
    return next;
  });
  return { ...actions, [skill]: edited };
}

/** A due date as `<input type="date">` gives a whole one, or nothing: anything else is a date still being typed. */
export const isWholeDate = (value: string): boolean => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * A restored draft's actions with what the person wrote while it was read: their version of an
 * action wins over the draft's, and actions they added come after the draft's.
 */
export function mergeActions(draft: PlanActions, typed: PlanActions): Record<string, PlanAction[]> {
  const merged: Record<string, PlanAction[]> = Object.fromEntries(Object.entries(draft).map(([skill, list]) => [skill, [...list]]));
  for (const [skill, list] of Object.entries(typed)) {
    const mine = new Map(list.map((action) => [action.id, action]));
    const drafted = (merged[skill] ?? []).map((action) => mine.get(action.id) ?? action);
    const known = new Set(drafted.map((action) => action.id));
    merged[skill] = [...drafted, ...list.filter((action) => !known.has(action.id))];
  }
  return merged;
}

/**
 * The skills in the order the plan shows them: the steps, then skills with actions that are not steps
 * now. A skill whose last action was just removed stays while `undoable` names it, so Undo (and focus) stay too.
 */
export function planSections(steps: readonly PlanStep[], actions: PlanActions, undoable?: string): PlanSection[] {
  const stepSkills = new Set(steps.map((step) => step.skill));
  const kept = Object.keys(actions).filter((skill) => !stepSkills.has(skill) && ((actions[skill]?.length ?? 0) > 0 || undoable === skill));
  return [...steps.map((step) => ({ skill: step.skill, step })), ...kept.map((skill) => ({ skill }))];
}
