import type { PlanActions, PlanSection } from '../analysis/plan-actions.js';
import type { Importance } from '../schema/framework.js';
import type { ActionKind } from '../schema/plan.js';
import { formatCsv } from './csv-write.js';

/** The words of a plan's CSV, in the reader's language: the element translates, this module only arranges. */
export interface PlanCsvWords {
  /** The ten column headings. */
  readonly header: readonly string[];
  readonly skillName: (skill: string) => string;
  readonly importance: (importance: Importance) => string;
  /** A level id (or none) in words. */
  readonly answer: (level: string | undefined) => string;
  readonly kind: (kind: ActionKind) => string;
  readonly done: (done: boolean) => string;
}

/** One row per action, and one with the action blank for a step that has none; a kept skill has no step cells. */
export function planCsvRows(sections: readonly PlanSection[], actions: PlanActions, words: PlanCsvWords): string[][] {
  return sections.flatMap(({ skill, step }) => {
    const about = [
      skill,
      words.skillName(skill),
      step ? words.importance(step.importance) : '',
      step ? words.answer(step.current) : '',
      step ? words.answer(step.target) : '',
      step ? words.answer(step.required) : '',
    ];
    const list = actions[skill] ?? [];
    if (list.length === 0) return [[...about, '', '', '', '']];
    return list.map((action) => [...about, action.text, words.kind(action.kind), action.due ?? '', words.done(action.done)]);
  });
}

/** The plan as CSV text, headings first, every cell neutralised against spreadsheet formulas. */
export function planCsv(sections: readonly PlanSection[], actions: PlanActions, words: PlanCsvWords): string {
  return formatCsv([words.header, ...planCsvRows(sections, actions, words)]);
}
