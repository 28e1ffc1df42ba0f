import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importDdat } from '../../src/core/io/ddat.js';
import { importFramework } from '../../src/core/io/index.js';

/** The synthetic DDaT-format sample shared with the project (the shape of the published files). */
const SAMPLE = new URL('../fixtures/import/ddat/', import.meta.url);
const sample = (name: string) => ({ text: readFileSync(new URL(name, SAMPLE), 'utf8'), file: name });
const keys = (issues: readonly { key: string }[]) => issues.map((issue) => issue.key);

describe('importDdat on the DDaT-format sample', () => {
  const result = importDdat({ skills: sample('skills.csv'), roles: sample('roles.csv') });
  assert.ok(result.ok, JSON.stringify(result.issues));
  const { framework } = result;

  it('reads the four-level scale from the skills CSV columns, in order', () => {
    assert.deepEqual(
      framework.scale.levels.map((level) => level.label),
      ['Awareness', 'Working', 'Practitioner', 'Expert'],
    );
  });

  it('keeps "You can:" and the bullet lines of each descriptor as a paragraph and a list', () => {
    const mapping = framework.skills.find((skill) => skill.id === 'service-mapping')!;
    assert.deepEqual(mapping.levels.expert, [
      { p: 'You can:' },
      { ul: ['set the approach to service mapping for an organisation', 'coach others and challenge assumptions'] },
    ]);
  });

  it('drops the MISSING placeholder and reports it by row and column', () => {
    const facilitation = framework.skills.find((skill) => skill.id === 'facilitation')!;
    assert.equal(facilitation.levels.expert, undefined);
    assert.deepEqual(
      result.issues.map(({ key, at }) => [key, at]),
      [['cell.placeholder', { file: 'skills.csv', row: 3, column: 'Expert' }]],
    );
  });

  it('makes families, roles with their levels, and promotions up each role', () => {
    assert.deepEqual(
      framework.families.map((family) => family.id),
      ['service-design', 'delivery'],
    );
    const designer = framework.roles.find((role) => role.id === 'service-designer')!;
    assert.equal(designer.family, 'service-design');
    assert.deepEqual(
      designer.levels!.map((level) => level.id),
      ['associate-service-designer', 'service-designer-level'],
    );
    assert.deepEqual(framework.pathways, [{ from: 'associate-service-designer', to: 'service-designer-level', kind: 'promotion' }]);
  });

  it('gives each role level its required skills and levels', () => {
    const [associate, designer] = framework.roles[0]!.levels!;
    const requirements = (level: typeof associate) => level!.requirements!.map(({ skill, level: at }) => `${skill}@${at}`);
    assert.deepEqual(requirements(associate), ['service-mapping@working', 'facilitation@working']);
    assert.deepEqual(requirements(designer), ['service-mapping@practitioner', 'facilitation@practitioner']);
  });

  it('keeps the fullest role description when later rows shorten it', () => {
    const description = JSON.stringify(framework.roles[0]!.description);
    assert.match(description, /In this role, you will/);
  });
});

describe('importDdat quirks', () => {
  const header =
    'Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n';

  it('works from the roles CSV alone, with the published level order', () => {
    const result = importDdat({ roles: sample('roles.csv') });
    assert.ok(result.ok);
    assert.deepEqual(
      result.framework.scale.levels.map((level) => level.id),
      ['working', 'practitioner'],
    );
    assert.deepEqual(
      result.framework.skills.map((skill) => skill.id),
      ['service-mapping', 'facilitation', 'prioritisation'],
    );
  });

  it('keeps a requirement whose level the scale lacks, with no level stated, and says where', () => {
    const roles = { text: `${header}Data,Analyst,,Analyst,,Service mapping,,Wizard,,Core role\n`, file: 'roles.csv' };
    const result = importDdat({ skills: sample('skills.csv'), roles });
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.deepEqual(
      result.issues.filter((issue) => issue.at.file === 'roles.csv').map(({ key, at }) => [key, at]),
      [['requirement.unknownLevel', { file: 'roles.csv', row: 2, column: 'Skill Level' }]],
    );
    assert.deepEqual(result.framework.roles[0]!.levels![0]!.requirements, [{ skill: 'service-mapping', importance: 'essential' }]);
    assert.deepEqual(
      result.rows.find((count) => count.file === 'roles.csv'),
      { file: 'roles.csv', unit: 'row', read: 1, placed: 0, partial: 1, leftOut: 0 },
    );
  });

  it('adds a skill that only the roles CSV names, and says so', () => {
    const roles = {
      text: `${header}Data,Analyst,,Analyst,,Data cleaning,Tidying data.,Working,You can clean data.,Core role\n`,
      file: 'roles.csv',
    };
    const result = importDdat({ skills: sample('skills.csv'), roles });
    assert.ok(result.ok);
    assert.ok(keys(result.issues).includes('skill.addedFromRoles'));
    assert.deepEqual(result.framework.skills.at(-1), {
      id: 'data-cleaning',
      name: 'Data cleaning',
      description: 'Tidying data.',
      levels: { working: 'You can clean data.' },
    });
  });

  it('names the missing columns of a roles CSV, and fails only when they leave no scale', () => {
    const result = importDdat({ roles: { text: 'Role,Skill Name\nA,B\n', file: 'roles.csv' } });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map(({ key, severity, params }) => [severity, key, params?.column]),
      [
        ['error', 'import.noLevels', undefined],
        ['warning', 'csv.missingColumn', 'Role Level'],
        ['warning', 'csv.missingColumn', 'Skill Level'],
      ],
    );
    const withSkills = importDdat({
      skills: sample('skills.csv'),
      roles: { text: 'Role,Skill Name\nA,Facilitation\n', file: 'roles.csv' },
    });
    assert.ok(withSkills.ok);
    assert.deepEqual(withSkills.framework.roles, [
      { id: 'a', title: 'A', requirements: [{ skill: 'facilitation', importance: 'essential' }] },
    ]);
  });

  it('tells the roles CSV from the skills CSV whatever order they are given in', () => {
    const result = importFramework(
      'ddat',
      [sample('roles.csv'), sample('skills.csv')].map(({ text, file }) => ({ text, name: file })),
    );
    assert.ok(result.ok);
    assert.equal(result.framework.scale.levels.length, 4);
    assert.equal(result.framework.roles.length, 2);
  });
});
