import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatCsv, neutraliseCell, readCsvRows, unescapeCell } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import { importSpreadsheet } from '../../src/core/io/spreadsheet.js';

const IMPORTS = new URL('../fixtures/import/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, IMPORTS), 'utf8');
const keys = (issues: readonly { key: string }[]) => issues.map((issue) => issue.key);

describe('readCsvRows', () => {
  it('numbers rows as a spreadsheet does: a quoted cell over three lines is one row', () => {
    const log = new ImportLog();
    const rows = readCsvRows('a,b\n"one\ntwo\nthree",x\nlast,y\n', log);
    assert.deepEqual(
      rows.map((row) => [row.row, row.cells[0]]),
      [
        [1, 'a'],
        [2, 'one\ntwo\nthree'],
        [3, 'last'],
        [4, ''],
      ],
    );
    assert.equal(log.issues.length, 0);
  });

  it('guesses semicolons and tabs, and drops a byte-order mark', () => {
    const log = new ImportLog();
    assert.deepEqual(readCsvRows('\uFEFFSkill;Level\nA;B', log)[0]!.cells, ['Skill', 'Level']);
    assert.deepEqual(readCsvRows('Skill\tLevel\nA\tB', log)[1]!.cells, ['A', 'B']);
  });

  it('reports a quote that is never closed, with its row', () => {
    const log = new ImportLog();
    readCsvRows('Skill,Level\nA,"unclosed\nB,C\n', log, 'bad.csv');
    assert.deepEqual(
      log.issues.map(({ key, at }) => [key, at]),
      [['csv.quotes', { file: 'bad.csv', row: 2 }]],
    );
  });
});

describe('formula-safe cells', () => {
  it('neutralises every cell a spreadsheet would run, and gives the text back exactly', () => {
    for (const value of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx', "'quoted", "''twice", ' =1+1', '\n=cmd', '  \n @x']) {
      assert.equal(neutraliseCell(value)[0], "'", value);
      assert.equal(unescapeCell(neutraliseCell(value)), value);
    }
    for (const value of ['plain', '', '1+1', "it's", "'hard' skills"]) assert.equal(unescapeCell(neutraliseCell(value)), value);
    assert.equal(neutraliseCell('plain'), 'plain');
  });

  it('writes RFC 4180 CSV that reads back cell for cell', () => {
    const rows = [
      ['Name', 'Notes'],
      ['=cmd|"/c calc"', 'line one\nline "two"'],
      ['-x', ''],
    ];
    const log = new ImportLog();
    const back = readCsvRows(formatCsv(rows), log).map((row) => row.cells.map(unescapeCell));
    assert.deepEqual(back, rows);
    assert.ok(formatCsv(rows).startsWith(`Name,Notes\r\n"'=cmd|""/c calc""",`));
  });
});

describe('importSpreadsheet: wide form', () => {
  const result = importSpreadsheet(read('wide-semicolon.csv'), { id: 'hr', title: 'HR skills' }, 'wide-semicolon.csv');

  it('finds the header under title rows and reads levels from its columns, in order', () => {
    assert.ok(result.ok, JSON.stringify(result.issues));
    const { framework } = result;
    assert.deepEqual(
      framework.scale.levels.map((level) => [level.id, level.label]),
      [
        ['foundation', 'Foundation'],
        ['practitioner', 'Practitioner'],
        ['expert', 'Expert'],
      ],
    );
    assert.deepEqual(framework.categories, [
      { id: 'people', name: 'People' },
      { id: 'planning', name: 'Planning' },
    ]);
    assert.deepEqual(
      framework.skills.map((skill) => [skill.id, skill.category]),
      [
        ['coaching', 'people'],
        ['workforce-planning', 'planning'],
        ['case-work', 'people'],
      ],
    );
  });

  it('turns bullet lines into lists, HTML into rich text, and N/A into not applicable', () => {
    assert.ok(result.ok);
    const [coaching, , casework] = result.framework.skills;
    assert.deepEqual(coaching!.levels.foundation, [{ ul: ['listens well', 'asks open questions'] }]);
    assert.equal(coaching!.levels.practitioner, 'Coaches a team');
    assert.deepEqual(casework!.description, [{ p: ['Handles ', { strong: 'cases' }] }]);
    assert.deepEqual(casework!.levels.foundation, { notApplicable: true });
    assert.deepEqual(casework!.levels.practitioner, [{ ul: ['Runs cases', 'Closes them'] }]);
    assert.equal(casework!.levels.expert, 'Leads casework');
    assert.equal(result.framework.scale.allowNotApplicable, true);
  });

  it('reports the title row, the placeholder, the duplicate and what the HTML lost, each with row and column', () => {
    const located = result.issues.map(({ key, at }) => [key, at.row, at.column]);
    assert.deepEqual(located, [
      ['cell.ignored', 1, undefined],
      ['cell.placeholder', 4, 'Expert'],
      ['cell.duplicate', 7, 'Skill'],
      ['html.removed', 8, 'Description'],
      ['html.removed', 8, 'Practitioner'],
      ['html.unsafeLink', 8, 'Expert'],
    ]);
    assert.ok(result.ok && !JSON.stringify(result.framework).includes('MISSING'));
  });

  it('refuses a file with no header row, or with nothing in it', () => {
    assert.deepEqual(keys(importSpreadsheet('just,some\nwords,here\n').issues), ['csv.noHeader']);
    assert.deepEqual(keys(importSpreadsheet('\n\n').issues), ['import.empty']);
    assert.deepEqual(keys(importSpreadsheet('x'.repeat(65 * 1024 * 1024)).issues), ['input.tooLarge']);
  });
});

describe('importSpreadsheet: separators and layouts a guess gets wrong', () => {
  const levels = (text: string) => {
    const result = importSpreadsheet(text, { id: 'x' });
    assert.ok(result.ok, JSON.stringify(result.issues));
    return [result.framework.scale.levels.map((level) => level.label), result.framework.skills.length];
  };

  it('finds the separator under which there is a header, whatever is above it', () => {
    assert.deepEqual(levels('Skill;Expert\nCoaching;x\nPlanning;y\n'), [['Expert'], 2]);
    assert.deepEqual(levels('Skill\tExpert\nCoaching\tx\n'), [['Expert'], 1]);
    assert.deepEqual(levels('Team skills\n\n\nSkill;Foundation;Expert\nCoaching;a;b\n'), [['Foundation', 'Expert'], 1]);
  });

  it('reads level names that start like a formula as the exporter wrote them', () => {
    assert.deepEqual(levels("Skill,'-1 Basic,'=Top\nA,x,y\n"), [['-1 Basic', '=Top'], 1]);
  });

  it('reads Skill, Level, Description as the long form, and a level named like a column as the wide form', () => {
    assert.deepEqual(levels('Skill,Level,Description\nA,Low,does a\nA,High,does b\n'), [['Low', 'High'], 1]);
    assert.deepEqual(levels('Skill,Level,Descriptor,Expert\nA,x,y,z\n'), [['Level', 'Descriptor', 'Expert'], 1]);
  });
});

describe('importSpreadsheet: long form', () => {
  const result = importSpreadsheet(read('long-tab.csv'), { id: 'long' }, 'long-tab.csv');

  it('gathers one row per skill and level, and several rows of one level into a list', () => {
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.deepEqual(
      result.framework.scale.levels.map((level) => level.id),
      ['foundation', 'practitioner'],
    );
    assert.deepEqual(result.framework.skills[0]!.levels, {
      foundation: [{ ul: ['Listens well', 'Asks open questions'] }],
      practitioner: 'Coaches a team',
    });
  });

  it('leaves out a row without a skill, keeps the skill of a row without a level, and says where they are', () => {
    assert.deepEqual(
      result.issues.map(({ key, at }) => [key, at.row, at.column]),
      [
        ['cell.required', 6, 'Skill'],
        ['row.noLevel', 7, 'Level'],
      ],
    );
    assert.deepEqual(result.rows, [{ file: 'long-tab.csv', unit: 'row', read: 6, placed: 4, partial: 1, leftOut: 1 }]);
  });
});
