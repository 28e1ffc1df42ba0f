import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCsvRows, unescapeCell } from '../../src/core/io/csv.js';
import { exportAssessmentsCsv, exportAssessmentsJson } from '../../src/core/io/export-assessments.js';
import { exportFrameworkCsv, exportFrameworkJson } from '../../src/core/io/export-framework.js';
import { ImportLog } from '../../src/core/io/report.js';
import { importSpreadsheet } from '../../src/core/io/spreadsheet.js';
import { parseAssessment, parseFramework } from '../../src/core/parse.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Skill } from '../../src/core/schema/framework.js';
import { toBlocks, type Rich } from '../../src/core/schema/text.js';
import { isNotApplicable } from '../../src/core/levels.js';
import { formatImportIssue, formatImportReport } from '../../src/i18n/import-report.js';
import { FIXTURES, loadFixture } from './helpers.js';

/** A skill with every rich text in block form: `'x'` and `[{ p: 'x' }]` are the same text. */
const blocksOf = (skill: Skill) => ({
  ...skill,
  ...(skill.description === undefined ? {} : { description: toBlocks(skill.description as Rich) }),
  levels: Object.fromEntries(
    Object.entries(skill.levels).map(([id, entry]) => [id, isNotApplicable(entry) ? entry : toBlocks(entry as Rich)]),
  ),
});

const FRAMEWORKS = ['des-hr', 'direct', 'public-service-careers', 'sample-bilingual'];

describe('exportFrameworkJson', () => {
  for (const name of FRAMEWORKS) {
    it(`gives ${name} back exactly when parsed, and the same text when exported again`, () => {
      const framework = loadFixture(name);
      const text = exportFrameworkJson(framework);
      const parsed = parseFramework(text);
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.value, framework);
      assert.equal(exportFrameworkJson(parsed.value), text);
      assert.ok(text.endsWith('}\n'));
    });
  }
});

describe('exportFrameworkCsv', () => {
  it('writes one row per skill and one column per level, which the spreadsheet importer reads back', () => {
    const framework = loadFixture('des-hr');
    const csv = exportFrameworkCsv(framework);
    const back = importSpreadsheet(csv, { id: framework.id, title: 'x' });
    assert.ok(back.ok, JSON.stringify(back.issues));
    assert.deepEqual(back.framework.scale.levels, framework.scale.levels);
    assert.equal(back.framework.scale.allowNotApplicable, framework.scale.allowNotApplicable);
    // Everything a wide CSV carries comes back: ids, names, descriptions and every descriptor
    // (a one-paragraph text may come back as the plain string it is equal to).
    assert.deepEqual(back.framework.skills.map(blocksOf), framework.skills.map(blocksOf));
  });

  it('writes the language asked for', () => {
    const framework = loadFixture('sample-bilingual');
    const [header] = readCsvRows(exportFrameworkCsv(framework, { language: 'cy' }), new ImportLog());
    const label = framework.scale.levels[0]!.label;
    assert.equal(header!.cells[4], typeof label === 'string' ? label : label.cy);
  });
});

describe('exportAssessments', () => {
  const framework = loadFixture('des-hr');
  const sample = JSON.parse(readFileSync(new URL('assessments/des-hr.json', FIXTURES), 'utf8'));
  const parsed = parseAssessment(sample.self, framework);
  assert.ok(parsed.ok);
  const hostile: Assessment = {
    ...parsed.value,
    subject: { id: 'p-1', name: '=HYPERLINK("https://evil.example","click")' },
    ratings: { 'talent-management': { level: 'expert', evidence: '+SUM(1)\n@cmd' }, 'gone-skill': { level: 'expert' } },
  };

  it('writes one row per person per skill, with names, and every formula-like cell neutralised', () => {
    const rows = readCsvRows(exportAssessmentsCsv([parsed.value, hostile], { framework }), new ImportLog()).filter((row) =>
      row.cells.some(Boolean),
    );
    const own = Object.keys(parsed.value.ratings).length;
    assert.equal(rows.length, 1 + own + 2);
    const [evil, gone] = rows.slice(-2).map((row) => row.cells);
    assert.equal(evil![1], `'=HYPERLINK("https://evil.example","click")`);
    assert.equal(evil![7], 'Talent Management');
    assert.equal(evil![10], "'+SUM(1)\n@cmd");
    assert.equal(unescapeCell(evil![10]!), '+SUM(1)\n@cmd');
    // A rating for a skill the framework lacks is kept, unnamed.
    assert.deepEqual([gone![6], gone![7]], ['gone-skill', '']);
    for (const cell of rows.flatMap((row) => row.cells)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
  });

  it('writes an agreed rating’s note in the last column', () => {
    const agreed: Assessment = { ...parsed.value, rater: 'agreed', ratings: { 'talent-management': { level: 'expert', note: '=agreed' } } };
    const [header, row] = readCsvRows(exportAssessmentsCsv([agreed], { framework }), new ImportLog()).map((line) => line.cells);
    assert.equal(header!.at(-1), 'Note');
    assert.deepEqual([row![2], row!.at(-1)], ['agreed', "'=agreed"]);
  });

  it('writes JSON that parses back to the same assessments', () => {
    const text = exportAssessmentsJson([parsed.value, hostile]);
    const back = (JSON.parse(text) as unknown[]).map((item) => parseAssessment(item));
    assert.deepEqual(
      back.map((result) => result.ok && result.value),
      [parsed.value, hostile],
    );
  });
});

describe('import reports', () => {
  const issue = {
    key: 'cell.placeholder',
    severity: 'warning',
    at: { file: 'skills.csv', row: 3, column: 'Expert' },
    params: { value: 'MISSING' },
  } as const;

  it('say where a problem is, in English and in Welsh', () => {
    assert.equal(
      formatImportIssue(issue),
      'skills.csv, row 3, column “Expert”: “MISSING” is a placeholder, not a descriptor: it was left out. Write the descriptor, or leave the cell empty.',
    );
    assert.match(formatImportIssue(issue, 'cy'), /^skills\.csv, rhes 3, colofn “Expert”: Dalfan yw “MISSING”/);
    assert.equal(
      formatImportIssue({
        key: 'ref.unknown',
        severity: 'error',
        at: { file: 'f.json', path: ['skills', 2, 'category'] },
        params: { kind: 'category', id: 'x' },
      }),
      'f.json, skills[2].category: There is no category with the id “x”.',
    );
  });

  it('list errors before warnings, and count what they do not list', () => {
    const many = Array.from({ length: 12 }, (_, row) => ({ ...issue, at: { ...issue.at, row } }));
    const error = { key: 'level.unknown', severity: 'error', at: { row: 9 }, params: { level: 'Wizard', levels: 'A, B' } } as const;
    const text = formatImportReport([...many, error], { name: 'skills.csv', verb: 'import', perKind: 10 });
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], '✗ skills.csv: not imported. 1 error, 12 warnings');
    assert.equal(lines[2], 'Errors (fix these):');
    assert.match(lines[3]!, /^ {2}row 9: “Wizard” is not a level/);
    assert.equal(lines.at(-1), '  …and 2 more like these');
  });
});
