// The `career-frameworks` command as installed: the built bin run on real files.
// Run after `npm run build`: node --test tests/e2e/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const BIN = pkg.bin['career-frameworks'];
const SAMPLE = 'tests/fixtures/import/ddat';
const SEED = 'tests/fixtures/import/des-hr-document.txt';
const scratch = mkdtempSync(join(tmpdir(), 'cf-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the command; returns its exit code and what it printed. */
function cli(...args) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('career-frameworks: usage', () => {
  it('is the package bin, a Node script', () => {
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('prints help a framework author can follow, and exits 0', () => {
    const { code, out } = cli('--help');
    assert.equal(code, 0);
    for (const text of [
      'Usage: career-frameworks',
      'validate FILE',
      'import --from FORMAT',
      'ddat',
      'document',
      'case',
      'Exit codes',
      'Examples',
    ])
      assert.ok(out.includes(text), text);
  });

  it('exits 2 for a command it does not know, a bad option, a missing argument or a file it cannot read or write', () => {
    const cases = [
      [],
      ['frobnicate'],
      ['validate', '--bogus', 'x.json'],
      ['import', 'x.csv'],
      ['import', '--from', 'xls', 'x.csv'],
      ['validate'],
      ['validate', join(scratch, 'missing.json')],
      ['export', '--to', 'pdf', 'tests/fixtures/des-hr.json'],
      ['export', '--to', 'csv', 'tests/fixtures/des-hr.json', '-o', join(scratch, 'no-such-folder', 'x.csv')],
      ['export', '--to', 'csv', 'tests/fixtures/des-hr.json', '--json'],
      ['import', '--from', 'document', '--levels', 'sideways', SEED],
    ];
    for (const args of cases) {
      const { code, out, err } = cli(...args);
      assert.equal(code, 2, args.join(' '));
      // With --json the reason is JSON on standard output; otherwise a sentence on standard error.
      assert.ok((args.includes('--json') ? JSON.parse(out).error : err).length > 0, `says why: ${args.join(' ')}`);
      assert.doesNotMatch(err, /\n\s+at /, `no stack trace: ${args.join(' ')}`);
    }
  });

  it('says what was wrong with the command as JSON with --json', () => {
    const { code, out } = cli('import', '--from', 'xls', 'x.csv', '--json');
    assert.equal(code, 2);
    assert.deepEqual(JSON.parse(out), {
      command: 'import',
      ok: false,
      error: 'Unknown import format "xls". Use one of: json, ddat, csv, document, direct, case.',
    });
  });
});

describe('career-frameworks validate', () => {
  it('exits 0 for a valid framework and says so', () => {
    const { code, err } = cli('validate', 'tests/fixtures/des-hr.json');
    assert.equal(code, 0);
    assert.equal(err, '✓ des-hr.json: valid. 0 errors, 0 warnings\n');
  });

  it('exits 1 for an invalid one, errors first, each with where it is', () => {
    const broken = JSON.parse(readFileSync('tests/fixtures/des-hr.json', 'utf8'));
    broken.id = 'DE&S';
    broken.skills[0].name = '';
    const file = join(scratch, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const { code, err } = cli('validate', file);
    assert.equal(code, 1);
    const lines = err.trimEnd().split('\n');
    assert.equal(lines[0], '✗ broken.json: not valid. 2 errors, 0 warnings');
    assert.equal(lines[2], 'Errors (fix these):');
    assert.match(lines[3], /^ {2}broken\.json, id: Use lower-case letters/);
    assert.equal(lines[4], '  broken.json, skills[0].name: This must not be empty.');
  });

  it('validates each of several files, and exits 1 when any is not valid', () => {
    const bad = join(scratch, 'bad-id.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync('tests/fixtures/des-hr.json', 'utf8')), id: 'Bad Id' }));
    const { code, err } = cli('validate', 'tests/fixtures/des-hr.json', bad, 'tests/fixtures/direct.json');
    assert.equal(code, 1);
    assert.deepEqual(
      err.split('\n').filter((line) => /^[✓✗]/.test(line)),
      [
        '✓ des-hr.json: valid. 0 errors, 0 warnings',
        '✗ bad-id.json: not valid. 1 error, 0 warnings',
        '✓ direct.json: valid. 0 errors, 0 warnings',
      ],
    );
    const json = JSON.parse(cli('validate', 'tests/fixtures/des-hr.json', bad, '--json').out);
    assert.deepEqual([json.ok, json.errors, json.issues[0].at.file], [false, 1, 'bad-id.json']);
  });

  it('gives the report as JSON with --json, in Welsh with --lang cy', () => {
    const file = join(scratch, 'broken-title.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync('tests/fixtures/des-hr.json', 'utf8')), title: '' }));
    const { code, out } = cli('validate', file, '--json', '--lang', 'cy');
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.deepEqual(Object.keys(report), ['command', 'ok', 'errors', 'warnings', 'issues', 'format']);
    assert.deepEqual([report.command, report.ok, report.errors, report.warnings], ['validate', false, 1, 0]);
    assert.deepEqual(Object.keys(report.issues[0]), ['severity', 'key', 'message', 'location', 'at']);
    assert.deepEqual(report.issues[0].at, { file: 'broken-title.json', path: ['title'] });
    assert.match(report.issues[0].message, /^broken-title\.json, title: /);
    assert.match(report.issues[0].message, /Ni ddylai hwn fod yn wag/);
  });
});

describe('career-frameworks import', () => {
  it('imports the DDaT skills and roles CSVs into a valid framework file, reporting the placeholder', () => {
    const output = join(scratch, 'ddat.json');
    const { code, err } = cli('import', '--from', 'ddat', `${SAMPLE}/roles.csv`, `${SAMPLE}/skills.csv`, '-o', output);
    assert.equal(code, 0, err);
    assert.match(err, /^✓ roles\.csv, skills\.csv: imported\. 0 errors, 1 warning\n/);
    assert.match(
      err,
      /\n {2}roles\.csv: 6 rows read: 6 placed, 0 kept in part, 0 left out\.\n {2}skills\.csv: 3 rows read: 2 placed, 1 kept in part, 0 left out\.\n/,
    );
    assert.match(err, /skills\.csv, row 3, column “Expert”: “MISSING” is a placeholder/);
    assert.match(err, /3 skills, 2 roles in \d+ ms → /);
    assert.equal(cli('validate', output).code, 0);
  });

  it('puts the framework inside the --json report when there is no -o', () => {
    const { code, out } = cli(
      'import',
      '--from',
      'csv',
      '--id',
      'hr',
      '--title',
      'HR skills',
      'tests/fixtures/import/wide-semicolon.csv',
      '--json',
    );
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.ok, true);
    assert.equal(report.format, 'csv');
    assert.equal(report.framework.id, 'hr');
    assert.equal(report.framework.title, 'HR skills');
    assert.ok(report.issues.every((issue) => issue.severity === 'warning'));
  });

  it('imports the DE&S document; a broken quote costs its row, --strict refuses it, and a file that is no framework exits 1', () => {
    const document = cli('import', '--from', 'document', '--id', 'des-hr', SEED);
    assert.equal(document.code, 0);
    assert.equal(JSON.parse(document.out).skills.length, 9);
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'Skill,Working\nMapping,"never closed\n');
    const broken = cli('import', '--from', 'csv', bad);
    assert.equal(broken.code, 0, broken.err);
    assert.match(broken.err, /bad\.csv, row 2: A quoted cell is not closed/);
    assert.match(broken.err, /bad\.csv: 1 row read: 0 placed, 1 kept in part, 0 left out\./);
    const strict = cli('import', '--from', 'csv', '--strict', bad);
    assert.equal(strict.code, 1);
    assert.match(strict.err, /^✗ bad\.csv: not imported\. 1 error, 0 warnings\n {2}bad\.csv: 1 row read, none imported\.\n/);
    assert.equal(strict.out, '');
    const staff = cli('import', '--from', 'csv', 'tests/fixtures/import/not-a-framework.csv');
    assert.equal(staff.code, 1);
    assert.match(staff.err, /not-a-framework\.csv, row 1: No header row was found/);
  });

  it('imports the published DDaT layout whole, chief roles and all, and accounts for every row in the report and in --json', async () => {
    const { generateDdat } = await import('../fixtures/import/ddat-generate.mjs');
    const { roles, skills, facts } = generateDdat();
    writeFileSync(join(scratch, 'roles.csv'), roles);
    writeFileSync(join(scratch, 'skills.csv'), skills);
    const files = [join(scratch, 'roles.csv'), join(scratch, 'skills.csv')];
    const { code, err } = cli('import', '--from', 'ddat', ...files, '-o', join(scratch, 'published.json'));
    assert.equal(code, 0, err);
    const placed = facts.roleRows - facts.chiefRows - facts.duplicates;
    assert.ok(
      err.includes(
        `  roles.csv: ${facts.roleRows.toLocaleString('en-GB')} rows read: ${placed.toLocaleString('en-GB')} placed, ${facts.chiefRows} kept in part, ${facts.duplicates} left out.`,
      ),
      err.slice(0, 400),
    );
    assert.match(err, /The role “Chief data officer” has no level here \(“NOT IN USE”\)/);
    assert.match(err, /\n188 skills, 52 roles in \d+ ms/);
    const json = JSON.parse(cli('import', '--from', 'ddat', ...files, '--json', '-o', join(scratch, 'published.json')).out);
    assert.equal(json.ok, true);
    assert.deepEqual(
      json.rows.find((count) => count.file === 'roles.csv'),
      { file: 'roles.csv', unit: 'row', read: facts.roleRows, placed, partial: facts.chiefRows, leftOut: facts.duplicates },
    );
    assert.equal(json.rowsSummary.length, 2);
    const strict = cli('import', '--from', 'ddat', '--strict', ...files, '--json');
    assert.equal(strict.code, 1);
    const refused = JSON.parse(strict.out);
    assert.equal(refused.ok, false);
    assert.equal(refused.warnings, 0);
    assert.ok(refused.errors > facts.chiefRows);
  });

  it('imports the DIRECT framework from its JSON files, reporting what it dropped by file and path', () => {
    const folder = 'tests/fixtures/import/direct';
    const files = [
      'competency_domain.json',
      'competency.json',
      'skill.json',
      'skill_level.json',
      'learning_resource.json',
      'provider.json',
      'CITATION.cff',
    ];
    const { code, out } = cli('import', '--from', 'direct', ...files.map((file) => `${folder}/${file}`), '--json');
    assert.equal(code, 0);
    const report = JSON.parse(out);
    const fixture = JSON.parse(readFileSync('tests/fixtures/direct.json', 'utf8'));
    assert.deepEqual(
      report.framework.skills.map((skill) => skill.id),
      fixture.skills.map((skill) => skill.id),
    );
    assert.deepEqual(report.framework.scale.levels, fixture.scale.levels);
    assert.ok(
      report.issues.some(
        (issue) => issue.key === 'url.dropped' && issue.at.file === 'learning_resource.json' && issue.at.path[1] === 'url',
      ),
    );
  });

  it('refuses more files than a format reads, rather than ignoring some', () => {
    const { code, err } = cli('import', '--from', 'csv', 'tests/fixtures/import/wide-semicolon.csv', 'tests/fixtures/import/long-tab.csv');
    assert.equal(code, 1);
    assert.match(err, /The csv format reads one file at a time \(2 were given\)/);
    const twoSkills = cli('import', '--from', 'ddat', `${SAMPLE}/skills.csv`, `${SAMPLE}/skills.csv`);
    assert.equal(twoSkills.code, 1);
    assert.match(twoSkills.err, /The ddat format reads one skills CSV and one roles CSV \(2 files were given\)/);
  });

  it('says what it is reading when a file is large', () => {
    const roles = readFileSync(`${SAMPLE}/roles.csv`, 'utf8').split('\n');
    const [header, ...rows] = roles;
    const big = join(scratch, 'roles-big.csv');
    // The published roles file is about 2.5 MB; the same rows repeated make one of that size.
    writeFileSync(big, [header, ...Array.from({ length: 1000 }, () => rows.join('\n'))].join('\n'));
    const { code, err } = cli('import', '--from', 'ddat', `${SAMPLE}/skills.csv`, big, '-o', join(scratch, 'big.json'));
    assert.equal(code, 0, err);
    assert.match(err, /^Reading roles-big\.csv \(\d\.\d MB\)…\n/);
  });
});

describe('career-frameworks export', () => {
  it('writes a CSV that imports back, and a CASE package that imports back', () => {
    const csv = cli('export', '--to', 'csv', 'tests/fixtures/des-hr.json');
    assert.equal(csv.code, 0);
    assert.ok(csv.out.startsWith('Id,Skill,Category,Description,Awareness,Supervised Practitioner,Practitioner,Expert,Authority\r\n'));
    const casePath = join(scratch, 'des-hr.case.json');
    const exported = cli('export', '--to', 'case', 'tests/fixtures/des-hr.json', '-o', casePath, '--json');
    assert.equal(exported.code, 0);
    assert.deepEqual(JSON.parse(exported.out), {
      command: 'export',
      ok: true,
      errors: 0,
      warnings: 0,
      issues: [],
      format: 'case',
      output: casePath,
    });
    assert.equal(JSON.parse(readFileSync(casePath, 'utf8')).CFDocument.title, 'Technical Competence Framework: Human Resources');
    const back = cli('import', '--from', 'case', casePath);
    assert.equal(back.code, 0, back.err);
    assert.equal(JSON.parse(back.out).skills.length, 9);
  });

  it('refuses to export an invalid framework, with exit code 1', () => {
    const file = join(scratch, 'invalid.json');
    writeFileSync(file, '{"schemaVersion":1}');
    const { code, err } = cli('export', '--to', 'csv', file);
    assert.equal(code, 1);
    assert.match(err, /^✗ invalid\.json: not valid\./);
  });
});

describe('career-frameworks diff and migrate: two versions of the DE&S HR framework', () => {
  const OLD = 'tests/fixtures/des-hr.json';
  const NEW = 'tests/fixtures/versions/des-hr-2.json';

  it('says what changed, in English and in Welsh', () => {
    const english = cli('diff', OLD, NEW);
    assert.equal(english.code, 0, english.err);
    assert.match(english.out, /^What changed from version 1\.0\.0 to version 2\.0\.0 \(des-hr\): \d+ changes\./);
    for (const line of [
      'People Analytics (people-analytics): added.',
      'Business Facing HR (business-facing-hr) is now Business Facing HR (business-partnering).',
      'Performance Management (performance-management) and Reward & Recognition (reward-and-recognition) merged into Performance and Reward (performance-and-reward).',
      'Employee Relations (employee-relations), Working Practitioner (supervised-practitioner): the meaning changed.',
      'Talent Management and Succession (talent-management), Practitioner (practitioner): wording only.',
      'HR Business Partner (hr-business-partner): Employee Relations (employee-relations) raised from Practitioner (practitioner) to Expert (expert).',
      'look like the same skill under a new id',
    ])
      assert.ok(english.out.includes(line), line);
    const welsh = cli('diff', OLD, NEW, '--lang', 'cy');
    assert.equal(welsh.code, 0);
    assert.match(welsh.out, /^Beth newidiodd o fersiwn 1\.0\.0 i fersiwn 2\.0\.0/);
    assert.ok(welsh.out.includes('newidiodd yr ystyr'));
  });

  it('writes the changes as JSON for scripts and as CSV for HR, safe to open in a spreadsheet', () => {
    const json = cli('diff', OLD, NEW, '--json');
    assert.equal(json.code, 0);
    const report = JSON.parse(json.out);
    assert.equal(report.ok, true);
    assert.deepEqual(
      report.diff.skills.added.map(({ id }) => id),
      ['organisation-design-and-development', 'people-analytics'],
    );
    assert.equal(report.changes, report.findings.flatMap((section) => section.items).filter((item) => item.change !== 'note').length);

    const file = join(scratch, 'changes.csv');
    assert.equal(cli('diff', OLD, NEW, '--csv', '-o', file).code, 0);
    const csv = readFileSync(file, 'utf8');
    assert.ok(csv.startsWith('Area,Change,Id,Previous id,Skill,Level,From,To,Grade,Similarity,Description\r\n'));
    assert.ok(csv.includes('descriptor,meaning,employee-relations,,,supervised-practitioner,,,meaning,'));
    // A framework whose text starts like a formula: the cell gets an apostrophe.
    const formula = JSON.parse(readFileSync(NEW, 'utf8'));
    formula.skills.find((skill) => skill.id === 'people-analytics').name = '=HYPERLINK("https://example.org")';
    const hostile = join(scratch, 'hostile.json');
    writeFileSync(hostile, JSON.stringify(formula));
    const safe = cli('diff', OLD, hostile, '--csv');
    assert.equal(safe.code, 0);
    assert.ok(!/(^|,)=HYPERLINK/m.test(safe.out), 'no cell starts a formula');
  });

  it('follows a mapping given on the command line, and reports one that names nothing', () => {
    const mapped = cli(
      'diff',
      OLD,
      NEW,
      '--json',
      '--map',
      'organisation-development-and-design=organisation-design-and-development',
      '--map',
      'nowhere=people-analytics',
    );
    const { diff } = JSON.parse(mapped.out);
    assert.deepEqual(diff.skills.probablySame, []);
    assert.deepEqual(diff.skills.replaced.at(-1), {
      from: ['organisation-development-and-design'],
      to: ['organisation-design-and-development'],
      kind: 'id',
      by: 'option',
    });
    assert.deepEqual(diff.unknownMappings, [{ id: 'nowhere', side: 'old', by: 'option', kind: 'skill' }]);
    assert.equal(cli('diff', OLD, NEW, '--map', 'no-equals-sign').code, 2);
  });

  it('exits 1 when a version is not valid, 2 when the command is wrong', () => {
    const invalid = join(scratch, 'invalid-version.json');
    writeFileSync(invalid, '{"schemaVersion":1}');
    const bad = cli('diff', OLD, invalid);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /✗ invalid-version\.json: not valid\./);
    assert.equal(cli('diff', OLD).code, 2);
    assert.equal(cli('diff', OLD, NEW, '--csv', '--json').code, 2);
    assert.equal(cli('migrate', '--from', OLD, NEW, '-o', scratch).code, 2);
    assert.equal(cli('migrate', '--from', OLD, '--to', NEW, 'tests/fixtures/assessments/des-hr.json').code, 2);
  });

  it('carries assessments and a plan across, writes them in their shape, and says who has ratings to review', () => {
    const out = join(scratch, 'migrated');
    const plan = join(scratch, 'bethan-plan.json');
    writeFileSync(plan, readFileSync('tests/fixtures/plans/des-hr.json'));
    const run = cli('migrate', '--from', OLD, '--to', NEW, 'tests/fixtures/assessments/des-hr.json', plan, '-o', out);
    assert.equal(run.code, 0, run.err);
    for (const text of [
      '✓ des-hr.json: carried from des-hr 1.0.0 to des-hr 2.0.0',
      '3 assessments carried to des-hr 2.0.0.',
      '1 development plan carried to des-hr 2.0.0.',
      '3 assessments have ratings to review. Per skill, how many:',
      '  Performance and Reward (performance-and-reward): 3',
      '  Employee Relations (employee-relations): 1',
      'Roles whose needs rose:',
    ])
      assert.ok(run.err.includes(text), text);
    const people = JSON.parse(readFileSync(join(out, 'des-hr.json'), 'utf8'));
    assert.deepEqual(Object.keys(people), ['self', 'manager', 'earlier']);
    assert.deepEqual(people.self.framework, { id: 'des-hr', version: '2.0.0' });
    assert.deepEqual(people.self.ratings['employee-relations'].review, { reasons: ['descriptor'], version: '1.0.0' });
    assert.equal(people.self.ratings['business-partnering'].level, 'practitioner');
    const moved = JSON.parse(readFileSync(join(out, 'bethan-plan.json'), 'utf8'));
    assert.deepEqual(moved.framework, { id: 'des-hr', version: '2.0.0' });
    assert.equal(Object.values(moved.actions).flat().length, 4, 'no action lost');

    // Run again on what it wrote: already against the new version, copied as it was.
    const again = cli('migrate', '--from', OLD, '--to', NEW, join(out, 'des-hr.json'), '-o', join(scratch, 'again'));
    assert.equal(again.code, 0);
    assert.ok(again.err.includes('already made against des-hr 2.0.0'));
  });

  it('reports a file it cannot carry, writes the rest, and exits 1; --json says the same for scripts', () => {
    const other = join(scratch, 'other-version.json');
    writeFileSync(other, JSON.stringify({ schemaVersion: 1, framework: { id: 'des-hr', version: '0.9' }, ratings: {} }));
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{"ratings": ');
    const out = join(scratch, 'partial');
    const run = cli('migrate', '--from', OLD, '--to', NEW, other, broken, 'tests/fixtures/assessments/des-hr.json', '-o', out);
    assert.equal(run.code, 1);
    assert.ok(run.err.includes('✗ other-version.json: made against des-hr 0.9, not des-hr 1.0.0: not migrated.'));
    assert.match(run.err, /✗ broken\.json: not valid\./);
    assert.ok(readFileSync(join(out, 'des-hr.json'), 'utf8').includes('"2.0.0"'));
    assert.throws(() => readFileSync(join(out, 'other-version.json')), /ENOENT/);
    const json = JSON.parse(cli('migrate', '--from', OLD, '--to', NEW, other, '-o', out, '--json').out);
    assert.equal(json.ok, false);
    assert.equal(json.files[0].assessments[0].status, 'mismatch');
  });
});
