import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellWords, cellWordsKey, countBelowWords } from '../../src/charts/heatmap-cells.js';
import { countsCsv, peopleCsv } from '../../src/charts/heatmap-csv.js';
import { aggregateTeam, teamMatrix, type TeamCell } from '../../src/core/analysis/team.js';
import { collatorFor, layOutCounts, layOutPeople } from '../../src/core/analysis/team-order.js';
import { indexFramework } from '../../src/core/framework-index.js';
import { readCsvRows } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { translate, type MessageKey, type MessageParams } from '../../src/i18n/index.js';
import { loadFixture } from './helpers.js';

const desHr = loadFixture('des-hr');
const index = indexFramework(desHr);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const cy = (key: MessageKey, params?: MessageParams) => translate('cy', key, params);
/** An answer in words, as the element names it: a level's label, or what the answer is. */
const answerLabel = (answer: string | undefined) =>
  answer === undefined
    ? 'Not rated'
    : answer === 'not-applicable'
      ? 'Not applicable'
      : answer === 'not-observed'
        ? 'Not observed'
        : String(index.levels.get(answer)!.label);
const words = (cell: TeamCell | undefined, t = en) => cellWords(cell, index, answerLabel, t);
const cell = (answer: TeamCell['answer'], extra: Partial<TeamCell> = {}): TeamCell => ({ skill: 'resourcing', answer, ...extra });
type Ratings = Assessment['ratings'];
const person = (ratings: Record<string, string>): { ratings: Ratings } => ({
  ratings: Object.fromEntries(Object.entries(ratings).map(([skill, level]) => [skill, { level }])),
});

describe('cellWords: what a person’s cell says', () => {
  it('shows the level’s number and says its label when the role needs nothing of the skill', () => {
    assert.deepEqual(words(cell('level', { level: 'practitioner' })), {
      short: '3',
      full: 'Practitioner',
      kind: '',
      level: 'practitioner',
    });
  });

  it('gives the gap to the role’s need, in brackets when below, and marks below cells', () => {
    assert.deepEqual(words(cell('level', { level: 'awareness', gap: -2 })), {
      short: '1 (−2)',
      full: 'Awareness, 2 levels below',
      kind: 'below',
      level: 'awareness',
      gap: '2 levels below',
    });
    assert.equal(words(cell('level', { level: 'expert', gap: 1 })).full, 'Expert, 1 level above');
    assert.equal(words(cell('level', { level: 'practitioner', gap: 0 })).full, 'Practitioner, meets the need');
    assert.equal(words(cell('level', { level: 'expert', gap: 1 })).kind, '');
  });

  it('says no level is stated when the role names the skill without one: the level, never a gap, never below', () => {
    assert.deepEqual(words(cell('level', { level: 'awareness', levelNotStated: true })), {
      short: '1',
      full: 'Awareness, no level stated for the role',
      kind: '',
      level: 'awareness',
      gap: 'no level stated for the role',
    });
    assert.equal(words(cell('level', { level: 'expert', levelNotStated: true }), cy).full, 'Expert, dim lefel wedi’i nodi ar gyfer y rôl');
  });

  it('shows – for not applicable, ? for not observed and nothing for not rated, each said in words', () => {
    assert.deepEqual(words(cell('not-applicable')), { short: '–', full: 'Not applicable', kind: 'missing' });
    assert.deepEqual(words(cell('not-observed')), { short: '?', full: 'Not observed', kind: 'missing' });
    assert.deepEqual(words(cell('unrated')), { short: '', full: 'Not rated', kind: 'missing' });
    assert.deepEqual(words(undefined), { short: '', full: 'Not rated', kind: 'missing' });
    // Not applicable to a skill the role names without a level: still only not applicable.
    assert.deepEqual(words(cell('not-applicable', { levelNotStated: true })), words(cell('not-applicable')));
  });

  it('keys cells by all their words depend on, so alike cells share their words', () => {
    assert.equal(
      cellWordsKey(cell('level', { level: 'expert', gap: 1 })),
      cellWordsKey({ skill: 'other', answer: 'level', level: 'expert', gap: 1 }),
    );
    assert.notEqual(
      cellWordsKey(cell('level', { level: 'expert' })),
      cellWordsKey(cell('level', { level: 'expert', levelNotStated: true })),
    );
  });
});

describe('countBelowWords: how many are below a skill’s need in the counts view', () => {
  it('is the count when the role states a level, blank when it does not name the skill, and never a count without a level', () => {
    assert.equal(countBelowWords({ required: 'expert', below: 0 }, en), '0');
    assert.equal(countBelowWords({ required: 'expert', below: 3 }, en), '3');
    assert.equal(countBelowWords({ below: 0 }, en), '');
    assert.equal(countBelowWords({ levelNotStated: true, below: 0 }, en), 'No level stated');
  });
});

// Three people against HR Business Partner (practitioner in business-facing HR, employee relations and performance management).
const team = [
  person({ 'business-facing-hr': 'awareness', 'employee-relations': 'awareness', resourcing: 'expert' }),
  person({ 'business-facing-hr': 'practitioner', 'employee-relations': 'expert' }),
  person({ 'business-facing-hr': 'supervised-practitioner', 'performance-management': 'awareness' }),
];
const names = ['Wyn', 'Amir', 'Bea'];
const cells = teamMatrix(desHr, team, 'hr-business-partner')!;

describe('layOutPeople: the people view’s order', () => {
  it('keeps the framework’s skills and the team’s order unless asked otherwise', () => {
    const layout = layOutPeople(desHr, cells, {}, (i) => names[i]!, collatorFor('en'));
    assert.deepEqual(layout.people, [0, 1, 2]);
    assert.deepEqual(
      layout.skills.map(({ skill }) => skill.id),
      desHr.skills.map((skill) => skill.id),
    );
    assert.deepEqual(
      layout.skills.map(({ column }) => column),
      desHr.skills.map((_, column) => column),
    );
  });

  it('puts the people most short of the role first, and the skills with most levels below the need', () => {
    const layout = layOutPeople(desHr, cells, { sort: 'gap' }, (i) => names[i]!, collatorFor('en'));
    // Short by 4 levels in all, by none, and by 3.
    assert.deepEqual(layout.people, [0, 2, 1]);
    // Business-facing HR is 3 levels short in all; performance management and employee relations 2 each, in framework order; then the rest.
    assert.deepEqual(
      layout.skills.slice(0, 4).map(({ skill }) => skill.id),
      ['business-facing-hr', 'performance-management', 'employee-relations', 'talent-management'],
    );
  });

  it('orders people by name in the page language, and keeps the team’s order between equal names', () => {
    assert.deepEqual(layOutPeople(desHr, cells, { sort: 'person' }, (i) => names[i]!, collatorFor('en')).people, [1, 2, 0]);
    assert.deepEqual(layOutPeople(desHr, cells, { sort: 'person' }, () => 'Same', collatorFor('en')).people, [0, 1, 2]);
  });

  it('shows only a category’s skills when one is chosen', () => {
    const framework = { ...desHr, skills: desHr.skills.map((skill, i) => (i % 2 ? { ...skill, category: 'odd' } : skill)) };
    const layout = layOutPeople(framework, cells, { category: 'odd' }, (i) => names[i]!, collatorFor('en'));
    assert.deepEqual(
      layout.skills.map(({ column }) => column),
      [1, 3, 5, 7],
    );
  });

  it('reads a malformed page language as English rather than failing', () => {
    assert.equal(collatorFor('en_GB').resolvedOptions().locale, 'en');
  });
});

describe('layOutCounts: the counts view’s skills', () => {
  const many = Array.from({ length: 6 }, (_, i) => team[i % team.length]!);
  const aggregate = aggregateTeam(desHr, many, 'hr-business-partner')!;

  it('keeps the framework’s order, or puts the most people below the need first', () => {
    assert.deepEqual(
      layOutCounts(aggregate.skills, index, {}).map((entry) => entry.skill),
      desHr.skills.map((skill) => skill.id),
    );
    const byGap = layOutCounts(aggregate.skills, index, { sort: 'gap' });
    assert.deepEqual(
      byGap.slice(0, 3).map((entry) => [entry.skill, entry.below]),
      [
        ['business-facing-hr', 4],
        ['performance-management', 2],
        ['employee-relations', 2],
      ],
    );
    assert.equal(byGap.length, desHr.skills.length);
  });

  it('ignores ordering by person, which names no one here, and narrows to a category', () => {
    assert.deepEqual(layOutCounts(aggregate.skills, index, { sort: 'person' }), layOutCounts(aggregate.skills, index, {}));
    const categorised = indexFramework({
      ...desHr,
      skills: desHr.skills.map((skill, i) => (i < 2 ? { ...skill, category: 'core' } : skill)),
    });
    assert.deepEqual(
      layOutCounts(aggregate.skills, categorised, { category: 'core' }).map((entry) => entry.skill),
      ['talent-management', 'resourcing'],
    );
  });
});

describe('the heatmap’s CSV', () => {
  const read = (csv: string) => readCsvRows(csv, new ImportLog()).map((row) => row.cells);

  it('saves the people view with each cell in full words, names neutralised against spreadsheet formulas', () => {
    const csv = peopleCsv(
      'Person',
      ['Resourcing', 'Reward'],
      [
        { name: '=HYPERLINK("x")', cells: [{ full: 'Expert' }, { full: 'Awareness, 2 levels below' }] },
        { name: 'Bea', cells: [{ full: 'Not rated' }, { full: 'Practitioner, meets the need' }] },
      ],
    );
    assert.deepEqual(read(csv), [
      ['Person', 'Resourcing', 'Reward'],
      [`'=HYPERLINK("x")`, 'Expert', 'Awareness, 2 levels below'],
      ['Bea', 'Not rated', 'Practitioner, meets the need'],
    ]);
  });

  it('saves the counts view: people at each level, the answers that are not levels, and below the need', () => {
    const many = Array.from({ length: 6 }, (_, i) => team[i % team.length]!);
    const aggregate = aggregateTeam(desHr, many, 'hr-business-partner')!;
    const rows = read(countsCsv(aggregate.skills, desHr, (id) => `skill ${id}`, en, 'en'));
    assert.deepEqual(rows[0], [
      'Skill',
      'Awareness',
      'Supervised Practitioner',
      'Practitioner',
      'Expert',
      'Authority',
      'Not applicable',
      'Not observed',
      'Not rated',
      'Below the need',
    ]);
    assert.equal(rows.length, desHr.skills.length + 1);
    assert.deepEqual(
      rows.find((cells) => cells[0] === 'skill business-facing-hr'),
      ['skill business-facing-hr', '2', '2', '2', '0', '0', '0', '0', '0', '4'],
    );
    assert.deepEqual(rows.find((cells) => cells[0] === 'skill resourcing')!.at(-1), '');
  });
});
