import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFramework } from '../../src/core/parse.js';
import type { Issue } from '../../src/core/issues.js';
import { readFixture } from './helpers.js';

const valid = () => structuredClone(readFixture('sample-bilingual')) as Record<string, any>;

/** Each case: a broken input, and an issue (key and path) it must report. */
const broken: Array<[string, () => unknown, Pick<Issue, 'key' | 'path'>]> = [
  ['not an object', () => 42, { key: 'value.type', path: [] }],
  ['null', () => null, { key: 'value.type', path: [] }],
  ['invalid JSON text', () => '{"schemaVersion": 1,', { key: 'input.json', path: [] }],
  ['wrong type of title', () => ({ ...valid(), title: 7 }), { key: 'value.type', path: ['title'] }],
  [
    'missing id',
    () => {
      const f = valid();
      delete f.id;
      return f;
    },
    { key: 'value.required', path: ['id'] },
  ],
  ['id with capitals and spaces', () => ({ ...valid(), id: 'My Framework' }), { key: 'id.format', path: ['id'] }],
  ['unknown field (typo)', () => ({ ...valid(), descripton: 'x' }), { key: 'value.unknownKey', path: ['descripton'] }],
  ['newer schema version', () => ({ ...valid(), schemaVersion: 2 }), { key: 'version.unsupported', path: ['schemaVersion'] }],
  [
    'scale with no levels',
    () => {
      const f = valid();
      f.scale.levels = [];
      return f;
    },
    { key: 'value.empty', path: ['scale', 'levels'] },
  ],
  ['no skills', () => ({ ...valid(), skills: [] }), { key: 'value.empty', path: ['skills'] }],
  [
    'duplicate skill id',
    () => {
      const f = valid();
      f.skills[1].id = f.skills[0].id;
      return f;
    },
    { key: 'id.duplicate', path: ['skills', 1, 'id'] },
  ],
  [
    'duplicate level id',
    () => {
      const f = valid();
      f.scale.levels[2].id = 'awareness';
      return f;
    },
    { key: 'id.duplicate', path: ['scale', 'levels', 2, 'id'] },
  ],
  [
    'role level id clashing with a role id',
    () => {
      const f = valid();
      f.roles[0].levels[0].id = 'policy-adviser';
      return f;
    },
    { key: 'id.duplicate', path: ['roles', 1, 'id'] },
  ],
  [
    'descriptor for an unknown level',
    () => {
      const f = valid();
      f.skills[0].levels.master = 'x';
      return f;
    },
    { key: 'ref.unknown', path: ['skills', 0, 'levels', 'master'] },
  ],
  [
    'requirement for an unknown skill',
    () => {
      const f = valid();
      f.roles[1].requirements[0].skill = 'juggling';
      return f;
    },
    { key: 'ref.unknown', path: ['roles', 1, 'requirements', 0, 'skill'] },
  ],
  [
    'requirement at a not-applicable level',
    () => {
      const f = valid();
      f.roles[1].requirements.push({ skill: 'data-governance', level: 'expert' });
      return f;
    },
    { key: 'requirement.notApplicable', path: ['roles', 1, 'requirements', 3, 'level'] },
  ],
  [
    'pathway to an unknown role',
    () => {
      const f = valid();
      f.pathways[0].to = 'astronaut';
      return f;
    },
    { key: 'ref.unknown', path: ['pathways', 0, 'to'] },
  ],
  [
    'unknown pathway kind',
    () => {
      const f = valid();
      f.pathways[0].kind = 'sideways';
      return f;
    },
    { key: 'value.choice', path: ['pathways', 0, 'kind'] },
  ],
  [
    'unknown category',
    () => {
      const f = valid();
      f.skills[0].category = 'nope';
      return f;
    },
    { key: 'ref.unknown', path: ['skills', 0, 'category'] },
  ],
  [
    'category cycle',
    () => {
      const f = valid();
      f.categories[0].parent = 'people';
      f.categories[1].parent = 'technical';
      return f;
    },
    { key: 'category.cycle', path: ['categories', 0, 'parent'] },
  ],
  [
    'HTML in a skill name',
    () => {
      const f = valid();
      f.skills[0].name = '<b onclick="x()">Data</b>';
      return f;
    },
    { key: 'text.markup', path: ['skills', 0, 'name'] },
  ],
  [
    'HTML list in a descriptor',
    () => {
      const f = valid();
      f.skills[1].levels.working = '<ul style="list-style-type: none"><li>x</li></ul>';
      return f;
    },
    { key: 'text.markup', path: ['skills', 1, 'levels', 'working'] },
  ],
  [
    'javascript: link',
    () => {
      const f = valid();
      f.learning[0].url = 'javascript:alert(1)';
      return f;
    },
    { key: 'url.unsafe', path: ['learning', 0, 'url'] },
  ],
  [
    'data: link',
    () => {
      const f = valid();
      f.learning[0].url = 'data:text/html,hi';
      return f;
    },
    { key: 'url.unsafe', path: ['learning', 0, 'url'] },
  ],
  [
    '__proto__ key in JSON text',
    () => JSON.stringify(valid()).replace('"schemaVersion"', '"__proto__":{"polluted":true},"schemaVersion"'),
    { key: 'key.forbidden', path: ['__proto__'] },
  ],
  [
    'constructor key in a levels map',
    () => {
      const f = valid();
      f.skills[0].levels = JSON.parse('{"constructor": "x"}');
      return f;
    },
    { key: 'key.forbidden', path: ['skills', 0, 'levels', 'constructor'] },
  ],
  [
    'bad language tag',
    () => {
      const f = valid();
      f.title = { English: 'x' };
      return f;
    },
    { key: 'language.tag', path: ['title', 'English'] },
  ],
  ['empty localised map', () => ({ ...valid(), title: {} }), { key: 'text.noLanguage', path: ['title'] }],
  [
    'bad item deep in rich text',
    () => {
      const f = valid();
      f.skills[0].levels.expert = { en: [{ ul: ['fine', 5] }] };
      return f;
    },
    { key: 'value.type', path: ['skills', 0, 'levels', 'expert', 'en', 0, 'ul', 1] },
  ],
  [
    'deeply nested junk',
    () => {
      let v: unknown = 'x';
      for (let i = 0; i < 10_000; i++) v = [v];
      return { ...valid(), extra: v };
    },
    { key: 'input.tooDeep', path: [] },
  ],
  ['10 MB of junk text', () => 'x'.repeat(10 * 1024 * 1024), { key: 'input.tooLarge', path: [] }],
  ['7 MB of junk JSON-ish text', () => '{"a":' + '['.repeat(7 * 1024 * 1024), { key: 'input.json', path: [] }],
];

describe('parseFramework on broken input', () => {
  it('has at least 20 kinds of broken input', () => assert.ok(broken.length >= 20));
  for (const [name, make, expected] of broken) {
    it(`reports ${expected.key} for ${name}`, () => {
      const result = parseFramework(make());
      assert.equal(result.ok, false);
      const match = result.issues.find(
        (issue) =>
          issue.key === expected.key && (expected.key === 'input.tooDeep' || JSON.stringify(issue.path) === JSON.stringify(expected.path)),
      );
      assert.ok(match, `expected ${expected.key} at ${JSON.stringify(expected.path)}, got ${JSON.stringify(result.issues)}`);
      for (const issue of result.issues) {
        assert.ok(Array.isArray(issue.path));
        assert.equal(typeof issue.key, 'string');
      }
    });
  }

  it('never pollutes Object.prototype', () => {
    parseFramework('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('never throws on random values', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const leaf = () => [0, -1, 1.5, '', 'x', '<i>', null, true, undefined, {}, []][Math.floor(random() * 11)];
    const junk = (depth: number): unknown => {
      if (depth === 0 || random() < 0.3) return leaf();
      if (random() < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => junk(depth - 1));
      const base = random() < 0.5 ? valid() : {};
      const keys = ['id', 'skills', 'scale', 'levels', 'title', 'roles', 'requirements', 'en', 'ul'];
      for (let i = 0; i < 4; i++) base[keys[Math.floor(random() * keys.length)]!] = junk(depth - 1);
      return base;
    };
    for (let i = 0; i < 500; i++) assert.doesNotThrow(() => parseFramework(junk(5)));
  });
});

describe('parseFramework on valid input', () => {
  for (const name of ['des-hr', 'direct', 'sample-bilingual', 'public-service-careers']) {
    it(`accepts the ${name} fixture, as an object and as JSON text`, () => {
      const input = readFixture(name);
      assert.equal(parseFramework(input).ok, true);
      assert.equal(parseFramework(JSON.stringify(input)).ok, true);
    });
  }

  it('fills defaults and leaves its input unchanged', () => {
    const input = valid();
    delete input.pathways;
    const before = JSON.stringify(input);
    const result = parseFramework(input);
    assert.ok(result.ok);
    assert.deepEqual(result.value.pathways, []);
    assert.equal(result.value.roles[0]!.requirements![2]!.importance, 'desirable');
    assert.equal(result.value.roles[0]!.requirements![0]!.importance, 'essential');
    assert.equal(JSON.stringify(input), before);
  });

  it('allows "a < b" and "<3" in text: only tags are markup', () => {
    const input = valid();
    input.skills[0].description = 'Explains when p < 0.05 matters <3';
    assert.equal(parseFramework(input).ok, true);
  });

  it('allows relative and https links', () => {
    const input = valid();
    input.learning[0].url = '/learning/stats.html';
    assert.equal(parseFramework(input).ok, true);
    input.learning[0].url = 'http://example.org/';
    assert.equal(parseFramework(input).ok, false);
  });
});

describe('parseFramework on hostile input', () => {
  it('refuses ids that name inherited object members', () => {
    const input = valid();
    input.scale.levels[0].id = 'constructor';
    const result = parseFramework(input);
    assert.equal(result.ok, false);
    assert.deepEqual(result.issues[0]!.path, ['scale', 'levels', 0, 'id']);
    assert.equal(result.issues[0]!.key, 'id.format');
  });

  it('stops reporting after 200 problems, however many there are', () => {
    const input = valid();
    input.skills[0].levels.awareness = [{ ul: Array.from({ length: 200_000 }, () => '<b>x</b>') }];
    const result = parseFramework(input);
    assert.equal(result.ok, false);
    assert.ok(result.issues.length <= 200, `${result.issues.length} issues`);
  });

  it('checks a long chain of categories for cycles in one pass', () => {
    const input = valid();
    const count = 50_000;
    input.categories = Array.from({ length: count }, (_, i) => ({ id: `c${i}`, name: 'C', ...(i > 0 ? { parent: `c${i - 1}` } : {}) }));
    input.categories[0].parent = `c${count - 1}`;
    const result = parseFramework(input);
    assert.equal(result.ok, false);
    assert.equal(result.issues.filter((issue) => issue.key === 'category.cycle').length, count);
  });
});
