import type { PlanActions, PlanSection } from '../analysis/plan-actions.js';
import type { ActionKind } from '../schema/plan.js';
import { formatCsv } from './csv-write.js';

/** The messages the CSV is written in: its headings, and the words of its cells. */
export type PlanCsvMessage =
  | 'plan.csv.skillId'
  | 'common.skill'
  | 'plan.csv.importance'
  | 'plan.now'
  | 'plan.next'
  | 'plan.needs'
  | 'plan.actionText'
  | 'plan.kind'
  | 'plan.due'
  | 'plan.done'
  | 'plan.essential'
  | 'plan.desirable'
  | `plan.kind.${ActionKind}`
  | 'plan.yes'
  | 'plan.no';

const HEADINGS = [
  'plan.csv.skillId',
  'common.skill',
  'plan.csv.importance',
  'plan.now',
  'plan.next',
  'plan.needs',
  'plan.actionText',
  'plan.kind',
  'plan.due',
  'plan.done',
] as const;

/** The words of a plan's CSV, in the reader's language: the element translates, this module only arranges. */
export interface PlanCsvWords {
  readonly t: (key: PlanCsvMessage) => string;
  readonly skillName: (skill: string) => string;
  /** A level id (or none) in words. */
  readonly answer: (level: string | undefined) => string;
}

/** One row per action, and one with the action blank for a step that has none; a kept skill has no step cells. */
export function planCsvRows(sections: readonly PlanSection[], actions: PlanActions, words: PlanCsvWords): string[][] {
  const { t } = words;
  return sections.flatMap(({ skill, step }) => {
    const about = [
      skill,
      words.skillName(skill),
      step ? t(step.importance === 'essential' ? 'plan.essential' : 'plan.desirable') : '',
      step ? words.answer(step.current) : '',
      step ? words.answer(step.target) : '',
      step ? words.answer(step.required) : '',
    ];
    const list = actions[skill] ?? [];
    if (list.length === 0) return [[...about, '', '', '', '']];
    return list.map((action) => [
      ...about,
      action.text,
      t(`plan.kind.${action.kind}`),
      action.due ?? '',
      t(action.done ? 'plan.yes' : 'plan.no'),
    ]);
  });
}

/** The plan as CSV text, headings first, every cell neutralised against spreadsheet formulas. */
export function planCsv(sections: readonly PlanSection[], actions: PlanActions, words: PlanCsvWords): string {
  return formatCsv([HEADINGS.map((key) => words.t(key)), ...planCsvRows(sections, actions, words)]);
}
