// Partial import: in every importer, made-up rows of each kind a published file holds (a placeholder
// or unknown word in a cell, a level the scale lacks, a role without levels, a repeated row, a row cut
// short) cost that row at most; the report says what and where, and the row counts add up.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importFramework, type ImportFormat } from '../../src/core/io/index.js';
import { finishImport, ImportLog, type ImportIssue, type ImportResult, type RowCount } from '../../src/core/io/report.js';
import { formatImportIssue } from '../../src/i18n/import-report.js';
import { parseFramework } from '../../src/core/parse.js';
import { generateDdat, PUBLISHED } from '../fixtures/import/ddat-generate.mjs';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const ROLES_HEADER =
  'Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type';
const ROLE_ROW = [
  'Data',
  'Data analyst',
  'Analyses data.',
  'Senior data analyst',
  'Leads analysis.',
  'Service mapping',
  'Mapping services.',
  'Practitioner',
  'You can map services.',
  'Core role',
];
const csv = (rows: ReadonlyArray<readonly string[]>) =>
  rows.map((cells) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n');

function imported(format: ImportFormat, files: Record<string, string>): Extract<ImportResult, { ok: true }> {
  const result = importFramework(
    format,
    Object.entries(files).map(([name, text]) => ({ name, text })),
  );
  assert.ok(result.ok, JSON.stringify(result.issues.filter((issue) => issue.severity === 'error')));
  assert.ok(parseFramework(result.framework).ok);
  return result;
}

/** Issues as `key @ where`, for comparing whole reports. */
const located = (issues: readonly ImportIssue[], file?: string) =>
  issues
    .filter((issue) => file === undefined || issue.at.file === file)
    .map(
      ({ key, at }) =>
        `${key} @ ${[at.row && `row ${at.row}`, at.line && `line ${at.line}`, at.path && JSON.stringify(at.path), at.column].filter(Boolean).join(' ')}`,
    );

const counts = (result: ImportResult, file: string): Omit<RowCount, 'file' | 'unit'> => {
  const found = result.rows.find((count) => count.file === file);
  assert.ok(found, `counts for ${file}`);
  const { read, placed, partial, leftOut } = found;
  assert.equal(read, placed + partial + leftOut, 'every row accounted for');
  return { read, placed, partial, leftOut };
};

describe('DDaT: the published layout, as it really is', () => {
  const { roles, skills, facts } = generateDdat({ scale: 1 });
  const result = imported('ddat', { 'roles.csv': roles, 'skills.csv': skills });

  it('imports the whole file: the four chief roles are kept, with their family, description, type and skills', () => {
    assert.equal(result.framework.roles.length, PUBLISHED.roles);
    const chief = result.framework.roles.filter((role) => role.type === 'Senior civil service');
    assert.equal(chief.length, PUBLISHED.chiefRoles);
    for (const role of chief) {
      assert.equal(role.levels, undefined, 'a role without levels');
      assert.equal(role.family, 'chief-digital-and-data');
      assert.match(JSON.stringify(role.description), /leads the profession/);
      assert.equal(role.requirements!.length, 7);
      assert.ok(
        role.requirements!.every((requirement) => requirement.level === undefined),
        'no level stated',
      );
    }
    assert.ok(result.framework.roles.filter((role) => role.type === 'Core role').every((role) => role.levels!.length >= 4));
  });

  it('accounts for every row: the chief rows kept in part, the repeats left out, the rest placed', () => {
    assert.deepEqual(counts(result, 'roles.csv'), {
      read: facts.roleRows,
      placed: facts.roleRows - facts.chiefRows - facts.duplicates,
      partial: facts.chiefRows,
      leftOut: facts.duplicates,
    });
    assert.deepEqual(counts(result, 'skills.csv'), {
      read: facts.skillRows,
      placed: facts.skillRows - facts.missing,
      partial: facts.missing,
      leftOut: 0,
    });
  });

  it('says why for each chief row, by row and column, and never calls the placeholder a level', () => {
    const chiefRow = result.issues.filter((issue) => issue.key === 'role.noLevel');
    assert.equal(chiefRow.length, facts.chiefRows);
    assert.equal(result.issues.filter((issue) => issue.key === 'requirement.noLevel').length, facts.chiefRows);
    assert.deepEqual(chiefRow[0]!.params, { role: 'Chief data officer', value: 'NOT IN USE' });
    assert.equal(chiefRow[0]!.at.column, 'Role Level');
    assert.ok(!JSON.stringify(result.framework).includes('NOT IN USE'));
    assert.ok(result.issues.every((issue) => issue.severity === 'warning'));
  });
});

describe('DDaT: one made-up row of each kind', () => {
  const skillsCsv = fixture('ddat/skills.csv');
  const importRoles = (...rows: ReadonlyArray<readonly string[]>) =>
    imported('ddat', { 'roles.csv': csv([ROLES_HEADER.split(','), ...rows]), 'skills.csv': skillsCsv });

  it('a placeholder in any cell costs that cell only, and is reported where it is', () => {
    const placeholders = ['TBC', 'N/A', '-', 'NOT IN USE'];
    for (const [column, header] of ROLES_HEADER.split(',').entries()) {
      for (const placeholder of placeholders) {
        const row = ROLE_ROW.map((cell, index) => (index === column ? placeholder : cell));
        const result = importRoles(
          ROLE_ROW.map((cell) => (cell === 'Service mapping' ? 'Facilitation' : cell)),
          row,
        );
        const here = result.issues.filter((issue) => issue.at.file === 'roles.csv' && issue.at.row === 3);
        assert.ok(here.length > 0, `${header} = ${placeholder}: reported at row 3`);
        assert.ok(
          here.some((issue) => issue.at.column === header),
          `${header} = ${placeholder}: at its column (${located(here)})`,
        );
        assert.deepEqual(counts(result, 'roles.csv'), { read: 2, placed: 1, partial: 1, leftOut: 0 }, `${header} = ${placeholder}`);
        assert.ok(
          !JSON.stringify(result.framework).includes(placeholder === '-' ? '"-"' : placeholder),
          `${header} = ${placeholder} not shown`,
        );
      }
    }
  });

  it('a level the scale does not have keeps the skill as one the role needs, with no level stated', () => {
    const result = importRoles(ROLE_ROW.map((cell) => (cell === 'Practitioner' ? 'Wizard' : cell)));
    assert.deepEqual(located(result.issues, 'roles.csv'), ['requirement.unknownLevel @ row 2 Skill Level']);
    assert.deepEqual(result.framework.roles[0]!.levels![0]!.requirements, [{ skill: 'service-mapping', importance: 'essential' }]);
  });

  it('a repeated row is left out and names the row it repeats; a row cut short keeps what it has', () => {
    const result = importRoles(ROLE_ROW, ROLE_ROW, ROLE_ROW.slice(0, 4));
    assert.deepEqual(located(result.issues, 'roles.csv'), ['row.duplicate @ row 3', 'row.noSkill @ row 4 Skill Name']);
    assert.deepEqual(result.issues.find((issue) => issue.key === 'row.duplicate')!.params, { first: 2 });
    assert.deepEqual(counts(result, 'roles.csv'), { read: 3, placed: 1, partial: 1, leftOut: 1 });
    assert.deepEqual(
      result.framework.roles[0]!.levels!.map((level) => level.title),
      ['Senior data analyst'],
    );
  });

  it('a row with neither a role nor a skill is left out; one with a skill and no role keeps the skill', () => {
    const result = importRoles(
      ['', '', '', '', '', '', '', '', '', ''].map((_, i) => (i === 9 ? 'Core role' : '')),
      ['Data', '', '', '', '', 'Brand new skill', 'New.', 'Working', 'You can.', ''],
    );
    assert.deepEqual(located(result.issues, 'roles.csv'), [
      'cell.required @ row 2 Role',
      'skill.addedFromRoles @ row 3 Skill Name',
      'row.noRole @ row 3 Role',
    ]);
    assert.deepEqual(counts(result, 'roles.csv'), { read: 2, placed: 0, partial: 1, leftOut: 1 });
    assert.ok(result.framework.skills.some((skill) => skill.name === 'Brand new skill'));
  });

  it('a requirement at a level the skill does not apply at keeps the skill with no level stated', () => {
    const skills = 'Skill Name,Skill Description,Awareness,Working\nMapping,Maps.,N/A,You can map.\n';
    const roles = csv([ROLES_HEADER.split(','), ['Data', 'Analyst', '', 'Analyst', '', 'Mapping', '', 'Awareness', '', '']]);
    const result = imported('ddat', { 'roles.csv': roles, 'skills.csv': skills });
    assert.deepEqual(located(result.issues), ['requirement.notApplicable @ row 2 Skill Level']);
    assert.deepEqual(result.framework.roles[0]!.levels![0]!.requirements, [{ skill: 'mapping', importance: 'essential' }]);
  });

  it('in the skills CSV: a skill given twice is merged, a column that is not a level is reported', () => {
    const skills =
      'Skill Name,Skill Description,Awareness,Working,Notes\nMapping,Maps.,,You can map.,ask Sam\nMapping,Maps.,You know maps.,You can map.,\nMapping,Maps.,You know maps.,You can map.,\nTBC,,,,\n';
    const result = imported('ddat', { 'skills.csv': skills });
    assert.deepEqual(located(result.issues), [
      'column.ignored @ row 1 Notes',
      'cell.ignored @ row 2 Notes',
      'row.merged @ row 3 Skill Name',
      'row.duplicate @ row 4 Skill Name',
      'cell.required @ row 5 Skill Name',
    ]);
    assert.deepEqual(
      result.framework.skills.map((skill) => skill.levels),
      [{ awareness: 'You know maps.', working: 'You can map.' }],
    );
    assert.deepEqual(counts(result, 'skills.csv'), { read: 4, placed: 1, partial: 1, leftOut: 2 });
  });

  it('fails only when no framework can be made, and then nothing counts as placed', () => {
    const result = importFramework('ddat', [{ name: 'skills.csv', text: 'Skill Name,Notes\nTBC,x\n' }]);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.key),
      ['import.empty'],
    );
    assert.deepEqual(counts(result, 'skills.csv'), { read: 1, placed: 0, partial: 0, leftOut: 1 });
  });
});

describe('Spreadsheet CSV: one made-up row of each kind', () => {
  it('wide: a placeholder name is left out, a skill given again merged or left out, a Notes column reported', () => {
    const text = csv([
      ['Skill', 'Category', 'Foundation', 'Expert', 'Notes'],
      ['Coaching', 'People', 'Listens', '', 'check'],
      ['Coaching', 'People', 'Listens', 'Leads coaching', ''],
      ['Coaching', 'People', 'Listens well', 'Leads coaching', ''],
      ['Coaching', 'People', 'Listens', 'Leads coaching', ''],
      ['TBC', '', 'x', 'y', ''],
      ['Planning', 'TBC', 'Plans', 'UNKNOWN'],
    ]);
    const result = imported('csv', { 'hr.csv': text });
    assert.deepEqual(located(result.issues), [
      'column.ignored @ row 1 Notes',
      'cell.ignored @ row 2 Notes',
      'row.merged @ row 3 Skill',
      'cell.duplicate @ row 4 Skill',
      'row.duplicate @ row 5 Skill',
      'cell.required @ row 6 Skill',
      'cell.placeholder @ row 7 Expert',
    ]);
    assert.deepEqual(
      result.framework.skills.map((skill) => [skill.name, skill.category ?? null, skill.levels]),
      [
        ['Coaching', 'people', { foundation: 'Listens', expert: 'Leads coaching' }],
        ['Planning', null, { foundation: 'Plans' }],
      ],
    );
    assert.deepEqual(counts(result, 'hr.csv'), { read: 6, placed: 1, partial: 3, leftOut: 2 });
  });

  it('long: a level that is a placeholder keeps the skill, a repeated row is left out, a row cut short is kept', () => {
    const text = csv([
      ['Skill', 'Level', 'Descriptor', 'Owner'],
      ['Coaching', 'Foundation', 'Listens', 'Sam'],
      ['Coaching', 'Foundation', 'Listens', 'Sam'],
      ['Coaching', 'TBC', 'Asks questions', ''],
      ['Planning', 'Expert'],
      ['Planning'],
    ]);
    const result = imported('csv', { 'long.csv': text });
    assert.deepEqual(located(result.issues), [
      'column.ignored @ row 1 Owner',
      'cell.ignored @ row 2 Owner',
      'row.duplicate @ row 3',
      'row.noLevel @ row 4 Level',
    ]);
    assert.deepEqual(
      result.framework.skills.map((skill) => [skill.name, skill.levels]),
      [
        ['Coaching', { foundation: 'Listens' }],
        ['Planning', {}],
      ],
    );
    assert.deepEqual(counts(result, 'long.csv'), { read: 5, placed: 2, partial: 2, leftOut: 1 });
  });
});

describe('Document: one made-up line of each kind', () => {
  it('text under no skill is left out, a placeholder descriptor kept out, and every line counted', () => {
    const text = [
      'HR skills',
      'Resourcing',
      'Finding people for roles.',
      'Level\tDescriptors',
      'Expert\tLeads resourcing',
      'Practitioner\tTBC',
      'Working\tRuns campaigns',
    ].join('\r\n');
    const result = imported('document', { 'hr.txt': text });
    assert.deepEqual(located(result.issues), ['cell.placeholder @ line 6']);
    assert.deepEqual(result.framework.skills[0]!.levels, { expert: 'Leads resourcing', working: 'Runs campaigns' });
    assert.deepEqual(counts(result, 'hr.txt'), { read: 7, placed: 6, partial: 1, leftOut: 0 });
    const pasted = imported('document', {
      'hr.txt': text.replace(
        'Expert\tLeads resourcing',
        'Expert\tLeads resourcing\n\t- coaches others\nExpert\tLeads resourcing\n\t- coaches others',
      ),
    });
    assert.deepEqual(located(pasted.issues), ['line.duplicate @ line 7', 'line.duplicate @ line 8', 'cell.placeholder @ line 9']);
    assert.deepEqual(pasted.framework.skills[0]!.levels.expert, [{ ul: ['Leads resourcing', 'coaches others'] }]);
    assert.equal(counts(pasted, 'hr.txt').leftOut, 2);
    const stray = imported('document', { 'hr.txt': `Level\tDescriptors\n${text}` });
    assert.deepEqual(located(stray.issues)[0], 'doc.orphanText @ line 1');
    assert.equal(counts(stray, 'hr.txt').leftOut, 1);
  });
});

describe('DIRECT: one made-up item of each kind', () => {
  const direct = (name: string) => fixture(`direct/${name}`);
  const files = () =>
    Object.fromEntries(
      ['competency_domain.json', 'competency.json', 'skill.json', 'skill_level.json', 'learning_resource.json', 'provider.json'].map(
        (name) => [name, direct(name)],
      ),
    );

  it('an item without a name, a repeated item and one that is not an object cost themselves only', () => {
    const skills = JSON.parse(direct('skill.json')) as unknown[];
    const before = imported('direct', files());
    const given = { ...files(), 'skill.json': JSON.stringify([...skills, { name: '  ', slug: 'blank' }, skills[0], 'text']) };
    const result = imported('direct', given);
    const added = (issues: readonly ImportIssue[]) =>
      located(issues, 'skill.json').filter((issue) => !located(before.issues, 'skill.json').includes(issue));
    assert.deepEqual(added(result.issues), [
      `item.duplicate @ [${skills.length + 1}]`,
      `value.type @ [${skills.length + 2}]`,
      `value.required @ [${skills.length},"name"]`,
    ]);
    const { placed, partial } = counts(before, 'skill.json');
    assert.deepEqual(counts(result, 'skill.json'), { read: skills.length + 3, placed, partial, leftOut: 3 });
    assert.equal(result.framework.skills.length, skills.length);
  });

  it('a level without a name is left out, and the scale keeps the others', () => {
    const levels = JSON.parse(direct('skill_level.json')) as Array<Record<string, string>>;
    levels[2] = { ...levels[2], name: '' };
    const result = imported('direct', { ...files(), 'skill_level.json': JSON.stringify(levels) });
    assert.deepEqual(located(result.issues, 'skill_level.json'), ['value.required @ [2,"name"]']);
    assert.equal(counts(result, 'skill_level.json').leftOut, 1);
  });
});

describe('CASE: one made-up item of each kind', () => {
  interface Package {
    CFDocument: Record<string, unknown>;
    CFItems: Array<Record<string, unknown>>;
    CFAssociations: unknown[];
    CFRubrics: Array<{ CFRubricCriteria: Array<{ CFRubricCriterionLevels: Array<Record<string, unknown>> }> }>;
  }
  const pkg = () => JSON.parse(fixture('des-hr.case.json')) as Package;

  it('an item without a statement, a repeated identifier, an unknown association and an unknown rubric level cost themselves only', () => {
    const given = pkg();
    const items = given.CFItems;
    given.CFItems = [...items, { identifier: 'no-statement' }, { ...items[3], fullStatement: 'Again' }];
    given.CFAssociations = [...given.CFAssociations, { associationType: 'exactMatchOf', originNodeURI: {}, destinationNodeURI: {} }];
    given.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels.push({ quality: 'Wizard', description: 'Does magic.' });
    delete given.CFDocument.title;
    const result = imported('case', { 'hr.case.json': JSON.stringify(given) });
    assert.deepEqual(located(result.issues), [
      `value.required @ ["CFItems",${items.length},"fullStatement"]`,
      `id.duplicate @ ["CFItems",${items.length + 1},"identifier"]`,
      `case.association @ ["CFAssociations",${given.CFAssociations.length - 1}]`,
      `level.unknown @ ["CFRubrics",0,"CFRubricCriteria",0,"CFRubricCriterionLevels",${given.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels.length - 1}]`,
      'value.required @ ["CFDocument","title"]',
    ]);
    assert.equal(result.framework.skills.length, 9);
    const all = result.rows.reduce(
      (sum, count) => ({ read: sum.read + count.read, leftOut: sum.leftOut + count.leftOut, partial: sum.partial + count.partial }),
      { read: 0, leftOut: 0, partial: 0 },
    );
    assert.deepEqual([all.leftOut, all.partial], [3, 1]);
  });
});

describe('the safety net under every importer', () => {
  const candidate = () => ({
    schemaVersion: 1,
    id: 'x',
    version: '1',
    title: 'X',
    scale: {
      levels: [
        { id: 'low', label: 'Low' },
        { id: 'high', label: 'High' },
      ],
    },
    skills: [
      { id: 'a', name: 'A', levels: { low: 'fine', high: 'y'.repeat(20_001) } },
      { id: 'b', name: '', levels: {} },
    ],
    roles: [
      {
        id: 'r',
        title: 'R',
        requirements: [
          { skill: 'b', level: 'low' },
          { skill: 'a', level: 'nowhere' },
        ],
      },
    ],
  });

  it('leaves out what the schema refuses, one value or item at a time, with a warning at its path', () => {
    const log = new ImportLog();
    const result = finishImport(candidate(), log);
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.deepEqual(
      result.framework.skills.map((skill) => [skill.id, Object.keys(skill.levels)]),
      [['a', ['low']]],
    );
    assert.deepEqual(result.framework.roles[0]!.requirements, [{ skill: 'a', importance: 'essential' }]);
    assert.deepEqual(
      result.issues.map((issue) => [issue.key, issue.params?.problem, JSON.stringify(issue.at.path)]),
      [
        ['import.dropped', 'value.tooLong', '["skills",0,"levels","high"]'],
        ['import.dropped', 'value.empty', '["skills",1]'],
        ['import.dropped', 'ref.unknown', '["roles",0,"requirements",0]'],
        ['import.dropped', 'ref.unknown', '["roles",0,"requirements",1,"level"]'],
      ],
    );
    assert.match(formatImportIssue(result.issues[0]!), /skills\[0\]\.levels\.high: .+ This was left out, and the rest imported\./);
  });

  it('fails when what is left could not be a framework', () => {
    const broken = { ...candidate(), skills: [{ id: 'b', name: '', levels: {} }] };
    const result = finishImport(broken, new ImportLog());
    assert.equal(result.ok, false);
    assert.ok(result.issues.some((issue) => issue.severity === 'error'));
  });
});

describe('JSON as Windows tools write it', () => {
  it('reads a byte-order mark before a framework file, a DIRECT part and a CASE package, also when an item is left out', () => {
    const framework = readFileSync(new URL('../fixtures/des-hr.json', import.meta.url), 'utf8');
    assert.ok(parseFramework(`\uFEFF${framework}`).ok);
    const skills = `\uFEFF[{"name": "x", "slug": "x", "__proto__": {}}, {"name": "Kept", "slug": "kept"}]`;
    const files = Object.fromEntries(
      ['competency_domain.json', 'competency.json', 'skill_level.json', 'learning_resource.json', 'provider.json'].map((name) => [
        name,
        fixture(`direct/${name}`),
      ]),
    );
    const direct = imported('direct', { ...files, 'skill.json': skills });
    assert.deepEqual(
      direct.framework.skills.map((skill) => skill.id),
      ['kept'],
    );
    assert.equal(imported('case', { 'p.json': `\uFEFF${fixture('des-hr.case.json')}` }).framework.skills.length, 9);
  });
});
