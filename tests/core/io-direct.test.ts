import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importDirect, type DirectOptions } from '../../src/core/io/direct.js';
import type { ImportIssue, ImportResult } from '../../src/core/io/report.js';
import { parseFramework } from '../../src/core/parse.js';
import { readFixture } from './helpers.js';

/** The DIRECT open data, kept beside the repository (it is not part of it). */
const DATA = new URL('../fixtures/import/direct/', import.meta.url);
const NAMES = [
  'competency_domain.json',
  'competency.json',
  'skill.json',
  'skill_level.json',
  'learning_resource.json',
  'provider.json',
  'CITATION.cff',
];

let cached: Record<string, string> | undefined;
/** The real files; a clear failure (never a skip) when the data folder is not there. */
function direct(): Record<string, string> {
  const missing = NAMES.filter((name) => !existsSync(new URL(name, DATA)));
  if (missing.length > 0) {
    throw new Error(`DIRECT open data missing in ${fileURLToPath(DATA)}: ${missing.join(', ')} (these tests need it)`);
  }
  cached ??= Object.fromEntries(NAMES.map((name) => [name, readFileSync(new URL(name, DATA), 'utf8')]));
  return { ...cached };
}

const roles = JSON.parse(readFileSync(new URL('../../scripts/direct-roles.json', import.meta.url), 'utf8')) as DirectOptions['extra'];

/** Issues as [severity, key, file, path, params], for exact comparison. */
const brief = (issues: readonly ImportIssue[]) => issues.map(({ severity, key, at, params }) => [severity, key, at.file, at.path, params]);

function failed(result: ImportResult): readonly ImportIssue[] {
  assert.equal(result.ok, false, 'the import should fail');
  return result.issues;
}

const without = (files: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(Object.entries(files).filter(([name]) => !names.includes(name)));

/** The real data with some files replaced by rows of our own. */
const withRows = (rows: Record<string, unknown>) => ({
  ...direct(),
  ...Object.fromEntries(Object.entries(rows).map(([name, value]) => [name, JSON.stringify(value)])),
});

describe('importDirect', () => {
  it('converts the real DIRECT data, with the illustrative roles, to exactly the fixture', () => {
    const result = importDirect(direct(), { extra: roles });
    assert.ok(result.ok, JSON.stringify(result.issues));
    const fixture = parseFramework(readFixture('direct'));
    assert.ok(fixture.ok);
    assert.deepEqual(result.framework, fixture.value);
  });

  it('reports what it changed in the real data, each at its file and row', () => {
    const result = importDirect(direct(), { extra: roles });
    assert.deepEqual(brief(result.issues), [
      [
        'warning',
        'url.dropped',
        'learning_resource.json',
        [70, 'url'],
        { url: 'http://cicero.xyz/v3/remark/0.14.0/github.com/coderefinery/modular-code-development/master/talk.md' },
      ],
      ['warning', 'url.dropped', 'learning_resource.json', [149, 'url'], { url: 'http://dx.doi.org/10.1145/3458723' }],
      [
        'warning',
        'id.changed',
        'learning_resource.json',
        [117, 'slug'],
        {
          from: 'harvard-business-review-project-management-handbook-how-to-launch-lead-and-sponsor-successful-projects',
          to: 'harvard-business-review-project-management-handbook-how-to-launch-lead-and-sponsor-successful',
        },
      ],
      // The skill linked to a resource that was dropped for its http link.
      ['warning', 'ref.dropped', 'skill.json', [25, 'learning_resources'], { kind: 'learning', id: 'datasheets-for-datasets' }],
    ]);
  });

  it('imports without the extra roles, and without CITATION.cff', () => {
    const result = importDirect(without(direct(), 'CITATION.cff'));
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.deepEqual([result.framework.roles, result.framework.families, result.framework.pathways], [[], [], []]);
    assert.equal(result.framework.version, '1.0.0');
    assert.equal(result.framework.source?.note, 'Converted to this format; licensed CC BY 4.0.');
  });

  it('matches files on their base name when keys are paths', () => {
    const files = Object.fromEntries(
      Object.entries(direct()).map(([name, text], i) => [i % 2 ? `data/direct/${name}` : `C:\\direct\\${name}`, text]),
    );
    const result = importDirect(files, { extra: roles });
    assert.ok(result.ok);
    assert.deepEqual(result.framework, (importDirect(direct(), { extra: roles }) as { framework: unknown }).framework);
    // Issues name the file as it was given.
    assert.deepEqual(
      [...new Set(result.issues.map((issue) => issue.at.file))],
      ['C:\\direct\\learning_resource.json', 'C:\\direct\\skill.json'],
    );
  });

  it('fails with package.missingPart when the skills or the levels are missing; without another part it imports less', () => {
    assert.deepEqual(brief(failed(importDirect(without(direct(), 'skill.json', 'provider.json')))), [
      ['error', 'package.missingPart', 'skill.json', undefined, { part: 'skill.json' }],
      ['warning', 'package.missingPart', 'provider.json', undefined, { part: 'provider.json' }],
    ]);
    const result = importDirect(without(direct(), 'provider.json', 'learning_resource.json'));
    assert.ok(result.ok);
    assert.deepEqual(result.framework.learning, []);
    assert.deepEqual(
      brief(result.issues.filter((issue) => issue.key === 'package.missingPart')).map(([severity, , file]) => [severity, file]),
      [
        ['warning', 'learning_resource.json'],
        ['warning', 'provider.json'],
      ],
    );
  });

  it('fails with input.json, located by file, when the skills file is not JSON; another part that is not JSON is done without', () => {
    const [issue, ...more] = failed(importDirect({ ...direct(), 'skill.json': '[{"name": "Data",' }));
    assert.deepEqual(more, []);
    assert.deepEqual([issue!.severity, issue!.key, issue!.at], ['error', 'input.json', { file: 'skill.json', path: [] }]);
    assert.equal(typeof issue!.params?.detail, 'string');
    const result = importDirect({ ...direct(), 'competency.json': '[{"name": "Data",' });
    assert.ok(result.ok);
    assert.deepEqual(brief(result.issues)[0]!.slice(0, 4), ['warning', 'input.json', 'competency.json', []]);
    assert.ok(result.framework.skills.length > 0);
  });

  it('fails with value.type when the levels file is not an array, or not text at all', () => {
    const files = { ...direct(), 'provider.json': '{"name": "GitHub"}', 'skill_level.json': 42 as unknown as string };
    assert.deepEqual(brief(failed(importDirect(files))), [
      ['error', 'value.type', 'skill_level.json', undefined, { expected: 'string' }],
      ['warning', 'value.type', 'provider.json', [], { expected: 'array' }],
    ]);
  });

  it('leaves out an item with a __proto__ or constructor key, without polluting Object.prototype', () => {
    const files = {
      ...direct(),
      'skill.json': '[{"name": "x", "slug": "x", "__proto__": {"polluted": true}}, {"name": "Kept", "slug": "kept"}]',
      'provider.json': '[{"constructor": {"prototype": {"polluted": true}}}]',
    };
    const result = importDirect(files);
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.deepEqual(
      result.framework.skills.map((skill) => skill.id),
      ['kept'],
    );
    assert.deepEqual(brief(result.issues.filter((issue) => issue.key === 'key.forbidden')), [
      ['warning', 'key.forbidden', 'skill.json', [0, '__proto__'], { key: '__proto__' }],
      ['warning', 'key.forbidden', 'provider.json', [0, 'constructor'], { key: 'constructor' }],
    ]);
    assert.deepEqual(
      result.rows.find((count) => count.file === 'skill.json'),
      { file: 'skill.json', unit: 'item', read: 2, placed: 1, partial: 0, leftOut: 1 },
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('repairs what it can in hand-made rows, and says where', () => {
    const domains = [{ name: 'Data', slug: 'data', rank: '1' }];
    const competencies = [
      { name: 'Data <span onclick="steal()">engineering</span>', slug: 'engineering', competency_domain: 'data', rank: '1' },
      { name: 'Stray', slug: 'stray', competency_domain: 'nowhere', rank: '2' },
    ];
    const skills = [
      { name: 'SQL', slug: 'sql', competency: 'engineering', rank: '1' },
      { name: 'NoSQL', slug: 'sql', competency: 'gone', rank: '2', description: { toString: 1 } },
    ];
    const result = importDirect(
      withRows({ 'competency_domain.json': domains, 'competency.json': competencies, 'skill.json': [...skills, null] }),
    );
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.deepEqual(
      brief(result.issues).filter(([, , file]) => file !== 'learning_resource.json'),
      [
        // Read first: what is not text, or not a row.
        ['warning', 'value.type', 'skill.json', [1, 'description'], { expected: 'string' }],
        ['warning', 'value.type', 'skill.json', [2], { expected: 'object' }],
        ['warning', 'html.removed', 'competency.json', [0, 'name'], { what: 'onclick="…"', count: 1 }],
        ['warning', 'ref.dropped', 'competency.json', [1, 'competency_domain'], { kind: 'category', id: 'nowhere' }],
        ['warning', 'id.changed', 'skill.json', [1, 'slug'], { from: 'sql', to: 'sql-2' }],
        ['warning', 'ref.dropped', 'skill.json', [1, 'competency'], { kind: 'category', id: 'gone' }],
      ],
    );
    assert.deepEqual(
      result.framework.categories.map(({ id, name, parent }) => [id, name, parent]),
      [
        ['data', 'Data', undefined],
        ['engineering', 'Data engineering', 'data'],
        ['stray', 'Stray', undefined],
      ],
    );
    // A skill with no category sorts after those with one.
    assert.deepEqual(
      result.framework.skills.map(({ id, category }) => [id, category]),
      [
        ['sql', 'engineering'],
        ['sql-2', undefined],
      ],
    );
  });

  it('never throws, whatever the files hold', () => {
    const hostile = [
      '',
      'null',
      '"text"',
      '[1, "a", null, [], true]',
      '[{"name": {"toString": 1}, "slug": ["a"], "rank": {}}]',
      '<'.repeat(5000),
      '['.repeat(10_000),
    ];
    for (const text of hostile) {
      for (const name of NAMES) {
        const result = importDirect({ ...direct(), [name]: text });
        assert.ok(Array.isArray(result.issues), `${name}: ${text.slice(0, 40)}`);
      }
    }
    for (const files of [null, undefined, 42, 'files', [], {}]) assert.equal(importDirect(files as never).ok, false);
  });
});
