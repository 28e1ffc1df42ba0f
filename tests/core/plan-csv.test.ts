import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlanActions, PlanSection } from '../../src/core/analysis/plan-actions.js';
import type { PlanStep } from '../../src/core/analysis/plan.js';
import { readCsvRows, unescapeCell } from '../../src/core/io/csv.js';
import { planCsv, planCsvRows, type PlanCsvMessage, type PlanCsvWords } from '../../src/core/io/plan-csv.js';
import { ImportLog } from '../../src/core/io/report.js';

const said: Partial<Record<PlanCsvMessage, string>> = {
  'plan.csv.skillId': 'id',
  'common.skill': 'skill',
  'plan.csv.importance': 'importance',
  'plan.essential': '<essential>',
  'plan.desirable': '<desirable>',
  'plan.yes': 'yes',
  'plan.no': 'no',
};
const header = [
  'id',
  'skill',
  'importance',
  'plan.now',
  'plan.next',
  'plan.needs',
  'plan.actionText',
  'plan.kind',
  'plan.due',
  'plan.done',
];
const words: PlanCsvWords = {
  t: (key) => said[key] ?? key.replace('plan.kind.', 'kind:'),
  skillName: (skill) => skill.toUpperCase(),
  answer: (level) => level ?? 'not rated',
};
const step: PlanStep = {
  skill: 'er',
  importance: 'essential',
  current: 'working',
  required: 'expert',
  target: 'practitioner',
  steps: 2,
  goodLooksLike: [] as never,
  learning: [],
};
const sections: PlanSection[] = [
  { skill: 'er', step },
  { skill: 'od', step: { ...step, skill: 'od', current: undefined, steps: undefined, importance: 'desirable' } },
  { skill: 'kept' },
];
const actions: PlanActions = {
  er: [
    { id: '1', text: '=HYPERLINK("https://example.org")', kind: 'shadowing', due: '2027-02-26', done: false },
    { id: '2', text: 'Read, then "discuss"\nwith the lead', kind: 'reading', done: true },
  ],
  kept: [{ id: '3', text: '@mention', kind: 'other', done: false }],
};

describe('planCsv', () => {
  it('has a row per action, one with the action blank for a step with none, and no step cells for a kept skill', () => {
    assert.deepEqual(planCsvRows(sections, actions, words), [
      [
        'er',
        'ER',
        '<essential>',
        'working',
        'practitioner',
        'expert',
        '=HYPERLINK("https://example.org")',
        'kind:shadowing',
        '2027-02-26',
        'no',
      ],
      ['er', 'ER', '<essential>', 'working', 'practitioner', 'expert', 'Read, then "discuss"\nwith the lead', 'kind:reading', '', 'yes'],
      ['od', 'OD', '<desirable>', 'not rated', 'practitioner', 'expert', '', '', '', ''],
      ['kept', 'KEPT', '', '', '', '', '@mention', 'kind:other', '', 'no'],
    ]);
  });

  it('writes the headings first and neutralises every cell that a spreadsheet would read as a formula', () => {
    const text = planCsv(sections, actions, words);
    assert.ok(text.startsWith('id,skill,importance,'));
    assert.ok(text.includes(`"'=HYPERLINK(""https://example.org"")"`));
    assert.ok(text.includes(`'@mention`));
    const rows = readCsvRows(text, new ImportLog()).map((row) => row.cells.map(unescapeCell));
    assert.deepEqual(rows[0], header);
    assert.deepEqual(rows.slice(1), planCsvRows(sections, actions, words));
  });
});
