import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportCase, importCase } from '../../src/core/io/case.js';
import type { ImportResult } from '../../src/core/io/report.js';
import { MAX_INPUT_CHARS } from '../../src/core/input.js';
import { parseFramework } from '../../src/core/parse.js';
import type { Framework } from '../../src/core/schema/framework.js';
import { toBlocks, type Rich } from '../../src/core/schema/text.js';
import { readFixture } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuid = (n: number) => `6b1e0c2a-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ref = (n: number) => ({ identifier: uuid(n), uri: `https://case.example.org/uri/${uuid(n)}` });
const node = (n: number, title = `node ${n}`) => ({ ...ref(n), title });
const stamp = '2024-05-01T09:00:00+00:00';
const link = (n: number, type: string, from: number, to: number) => ({
  ...ref(100 + n),
  associationType: type,
  originNodeURI: node(from),
  destinationNodeURI: node(to),
  lastChangeDateTime: stamp,
});
const item = (n: number, fields: Record<string, string>) => ({ ...ref(n), lastChangeDateTime: stamp, ...fields });
const levelOf = (n: number, quality: string, position: number, description?: string) => ({
  ...ref(300 + n),
  quality,
  position,
  lastChangeDateTime: stamp,
  ...(description === undefined ? {} : { description }),
});
const QUALITIES = ['Foundation', 'Intermediate', 'Advanced', 'Expert'];
/** One criterion per skill; levels listed highest first, as many rubric tools write them. */
const criterion = (skill: number, descriptors: Array<string | undefined>) => ({
  ...ref(200 + skill),
  CFItemURI: node(skill),
  lastChangeDateTime: stamp,
  CFRubricCriterionLevels: QUALITIES.map((quality, i) => levelOf(skill * 10 + i, quality, i + 1, descriptors[i])).reverse(),
});

/** A package as a CASE publishing tool writes one: 2 categories, 4 skills, a 4-level rubric. */
function dataSkillsPackage() {
  return {
    CFDocument: {
      ...node(0, 'Data Skills Framework'),
      creator: 'Example Data Agency',
      version: '2.1',
      language: 'en-GB',
      lastChangeDateTime: stamp,
      description: 'Skills for people who work with data.',
      officialSourceURL: 'https://example.org/data-skills',
      subject: ['Data'],
      licenseURI: { title: 'CC BY 4.0', identifier: uuid(99), uri: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    CFItems: [
      item(1, { fullStatement: 'Data Analysis', humanCodingScheme: 'DA', CFItemType: 'Domain' }),
      item(2, { fullStatement: 'Data Management & Governance', CFItemType: 'Domain' }),
      item(3, {
        abbreviatedStatement: 'Statistics',
        fullStatement: 'Applies statistical methods.\n- Chooses a test\n• Interprets results',
        humanCodingScheme: 'da.1',
      }),
      item(4, { fullStatement: 'Data visualisation', notes: 'Presents data clearly.' }),
      item(5, { fullStatement: 'Data quality' }),
      item(6, { fullStatement: 'Metadata and standards' }),
    ],
    CFAssociations: [
      link(1, 'isChildOf', 1, 0),
      link(2, 'isChildOf', 2, 0),
      link(3, 'isChildOf', 3, 1),
      link(4, 'isChildOf', 4, 1),
      link(5, 'isChildOf', 5, 2),
      link(6, 'isChildOf', 6, 2),
      link(7, 'isRelatedTo', 3, 4),
      link(8, 'isChildOf', 42, 2),
    ],
    CFRubrics: [
      {
        ...node(9, 'Data skills rubric'),
        lastChangeDateTime: stamp,
        CFRubricCriteria: [
          criterion(3, [
            'Knows averages.',
            'Runs standard tests.',
            '- Designs studies\n- Reviews analyses',
            'Sets methods for the organisation.',
          ]),
          criterion(4, ['Reads charts.', 'Makes charts.', 'Designs dashboards.', 'Sets visual standards.']),
          criterion(5, ['Spots errors.', 'Fixes errors.', 'Designs checks.', 'Owns data quality.']),
          criterion(6, ['Knows metadata exists.', 'Writes metadata.', 'Chooses standards.', undefined]),
        ],
      },
    ],
  };
}

const run = (value: unknown, file = 'data-skills.json') => importCase(JSON.stringify(value), file);
const framework = (result: ImportResult): Framework => {
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.framework;
};
const keys = (result: ImportResult) => result.issues.map((issue) => [issue.severity, issue.key]);

describe('importCase', () => {
  it('reads a realistic package: tree, names, ids, rubric levels and descriptors', () => {
    const result = run(dataSkillsPackage());
    const f = framework(result);
    assert.deepEqual(
      [f.id, f.title, f.version, f.language, f.profession],
      ['data-skills-framework', 'Data Skills Framework', '2.1', 'en-GB', 'Data'],
    );
    assert.deepEqual(f.source, { name: 'Example Data Agency', url: 'https://example.org/data-skills' });
    assert.deepEqual(f.licence, { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    assert.deepEqual(
      f.scale.levels,
      QUALITIES.map((label) => ({ id: label.toLowerCase(), label })),
    );
    assert.deepEqual(f.categories, [
      { id: 'da', name: 'Data Analysis' },
      { id: 'data-management-and-governance', name: 'Data Management & Governance' },
    ]);
    assert.deepEqual(
      f.skills.map(({ id, name, category }) => [id, name, category]),
      [
        ['da.1', 'Statistics', 'da'],
        ['data-visualisation', 'Data visualisation', 'da'],
        ['data-quality', 'Data quality', 'data-management-and-governance'],
        ['metadata-and-standards', 'Metadata and standards', 'data-management-and-governance'],
      ],
    );
    const [statistics, visualisation, , metadata] = f.skills;
    assert.deepEqual(statistics!.description, [{ p: 'Applies statistical methods.' }, { ul: ['Chooses a test', 'Interprets results'] }]);
    assert.equal(visualisation!.description, 'Presents data clearly.');
    assert.deepEqual(statistics!.levels, {
      foundation: 'Knows averages.',
      intermediate: 'Runs standard tests.',
      advanced: [{ ul: ['Designs studies', 'Reviews analyses'] }],
      expert: 'Sets methods for the organisation.',
    });
    assert.deepEqual(Object.keys(metadata!.levels), ['foundation', 'intermediate', 'advanced']);
    assert.deepEqual(result.issues, [
      {
        key: 'case.association',
        severity: 'warning',
        at: { file: 'data-skills.json', path: ['CFAssociations', 6] },
        params: { type: 'isRelatedTo' },
      },
      {
        key: 'case.unknownItem',
        severity: 'warning',
        at: { file: 'data-skills.json', path: ['CFAssociations', 7] },
        params: { identifier: uuid(42) },
      },
      {
        key: 'id.changed',
        severity: 'warning',
        at: { file: 'data-skills.json', path: ['CFItems', 0, 'humanCodingScheme'] },
        params: { from: 'DA', to: 'da' },
      },
    ]);
  });

  it('orders level items by precedes, and a skill linked to some levels only is not applicable at the rest', () => {
    const pkg = dataSkillsPackage();
    pkg.CFItems.push(
      item(7, { fullStatement: 'High', humanCodingScheme: 'high' }),
      item(8, { fullStatement: 'Low', humanCodingScheme: 'low' }),
    );
    pkg.CFAssociations = [link(1, 'isChildOf', 3, 0), link(2, 'isChildOf', 4, 0), link(3, 'precedes', 8, 7), link(4, 'precedes', 3, 4)];
    pkg.CFAssociations.push(link(5, 'hasSkillLevel', 3, 7), link(6, 'hasSkillLevel', 3, 8), link(7, 'hasSkillLevel', 4, 8));
    pkg.CFRubrics = [];
    const result = run(pkg);
    const f = framework(result);
    assert.deepEqual(f.scale.levels, [
      { id: 'low', label: 'Low' },
      { id: 'high', label: 'High' },
    ]);
    assert.deepEqual(
      f.skills.map((skill) => [skill.id, skill.levels]),
      [
        ['da.1', {}],
        ['data-visualisation', { high: { notApplicable: true } }],
      ],
    );
    // Items in no tree and without rubric or levels become categories; precedes between skills orders nothing.
    assert.deepEqual(
      f.categories.map((category) => category.id),
      ['da', 'data-management-and-governance', 'data-quality', 'metadata-and-standards'],
    );
    assert.deepEqual(keys(result), [
      ['warning', 'case.association'],
      ['warning', 'id.changed'],
    ]);
  });

  it('refuses what is not a CASE package, with one clear error', () => {
    const error = (result: ImportResult) => {
      assert.equal(result.ok, false);
      return result.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.key, issue.at.file]);
    };
    assert.deepEqual(error(importCase('{"CFDocument": ', 'a.json')), [['input.json', 'a.json']]);
    assert.deepEqual(error(importCase('[1, 2]', 'a.json')), [['value.type', 'a.json']]);
    assert.deepEqual(error(importCase('{"CFItems": []}', 'a.json')), [['case.noDocument', 'a.json']]);
    assert.deepEqual(error(importCase(' '.repeat(MAX_INPUT_CHARS + 1), 'a.json')), [['input.tooLarge', 'a.json']]);
    const noLevels = dataSkillsPackage();
    noLevels.CFRubrics = [];
    assert.deepEqual(error(run(noLevels, 'a.json')), [['case.noLevels', 'a.json']]);
  });

  it('rejects prototype keys and leaves Object.prototype alone', () => {
    const text = JSON.stringify(dataSkillsPackage()).replace('"CFItems":[{', '"CFItems":[{"__proto__":{"polluted":true},');
    const result = importCase(`{"__proto__": {"polluted": true}, ${text.slice(1)}`);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((issue) => [issue.key, issue.at.path]),
      [
        ['key.forbidden', ['__proto__']],
        ['key.forbidden', ['CFItems', 0, '__proto__']],
      ],
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('never throws, whatever JSON stands where the package has objects, lists or strings', () => {
    const odd = [null, 0, -1, 1e308, true, '', 'x', [], [null], {}, { identifier: 7 }, [{ identifier: {} }]];
    const places = ['CFDocument', 'CFItems', 'CFAssociations', 'CFRubrics'] as const;
    for (const value of odd) {
      for (const place of places)
        assert.ok(!run({ ...dataSkillsPackage(), [place]: value }).issues.some((issue) => issue.key === 'import.format'));
      const pkg = dataSkillsPackage() as any;
      pkg.CFItems[2] = value;
      pkg.CFAssociations[2].originNodeURI = value;
      pkg.CFRubrics[0].CFRubricCriteria[1] = value;
      pkg.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0] = value;
      pkg.CFDocument.extensions = { careerFramework: value };
      pkg.CFDocument.title = value;
      // Not even caught inside: the last-resort catch reports `import.format`.
      assert.ok(!run(pkg).issues.some((issue) => issue.key === 'import.format'));
    }
  });
});

/** A fixture without what CASE cannot carry. */
function caseable(name: string): Framework {
  const input = readFixture(name);
  const parsed = parseFramework({ ...input, roles: [], families: [], pathways: [], learning: [] });
  assert.ok(parsed.ok);
  return parsed.value;
}
/** Rich text as blocks: a single-paragraph descriptor reads back as a plain string, which says the same. */
const blocks = (value: unknown) =>
  value === undefined ? [] : typeof value === 'object' && !Array.isArray(value) ? value : toBlocks(value as Rich);

describe('exportCase', () => {
  for (const name of ['des-hr', 'direct']) {
    it(`round-trips ${name}: skills, categories, scale and descriptors`, () => {
      const original = caseable(name);
      const result = importCase(JSON.stringify(exportCase(original)));
      const back = framework(result);
      assert.deepEqual(result.issues, []);
      assert.deepEqual(
        [back.id, back.title, back.version, back.licence],
        [original.id, original.title, original.version, original.licence],
      );
      assert.deepEqual(
        back.scale.levels.map(({ id, label }) => [id, label]),
        original.scale.levels.map(({ id, label }) => [id, label]),
      );
      assert.deepEqual(
        back.scale.levels.map((level) => blocks(level.description)),
        original.scale.levels.map((level) => blocks(level.description)),
      );
      assert.deepEqual(
        [back.scale.allowNotApplicable, back.scale.allowNotObserved],
        [original.scale.allowNotApplicable, original.scale.allowNotObserved],
      );
      assert.deepEqual(
        back.categories.map((c) => ({ ...c, description: blocks(c.description) })),
        original.categories.map((c) => ({ ...c, description: blocks(c.description) })),
      );
      const skill = (s: Framework['skills'][number]) => ({
        ...s,
        description: blocks(s.description),
        levels: Object.fromEntries(Object.entries(s.levels).map(([level, entry]) => [level, blocks(entry)])),
      });
      assert.deepEqual(back.skills.map(skill), original.skills.map(skill));
      // What came back is in the converted form: exporting it again changes nothing.
      assert.deepEqual(framework(importCase(JSON.stringify(exportCase(back)))), back);
    });
  }

  it('is deterministic, with UUID identifiers, and writes the CASE shape', () => {
    const desHr = caseable('des-hr');
    const pkg = exportCase(desHr, { uriBase: 'https://case.example.org/ims/case/v1p1/', now: '2025-01-01T00:00:00Z' });
    assert.deepEqual(exportCase(desHr, { uriBase: 'https://case.example.org/ims/case/v1p1', now: '2025-01-01T00:00:00Z' }), pkg);
    const identifiers = [pkg.CFDocument, ...pkg.CFItems, ...pkg.CFAssociations, ...pkg.CFRubrics!].map((record) => record.identifier);
    assert.ok(identifiers.every((identifier) => UUID.test(identifier)));
    assert.equal(new Set(identifiers).size, identifiers.length);
    assert.equal(pkg.CFItems[0]!.uri, `https://case.example.org/ims/case/v1p1/CFItems/${pkg.CFItems[0]!.identifier}`);
    assert.equal(pkg.CFDocument.lastChangeDateTime, '2025-01-01T00:00:00Z');
    assert.equal(exportCase(desHr).CFDocument.lastChangeDateTime, '1970-01-01T00:00:00Z');
    const talent = pkg.CFRubrics![0]!.CFRubricCriteria[0]!;
    assert.equal(talent.CFItemURI!.identifier, pkg.CFItems.find((i) => i.humanCodingScheme === 'talent-management')!.identifier);
    assert.deepEqual(
      talent.CFRubricCriterionLevels.map((level) => [level.quality, level.position]),
      desHr.scale.levels.map((level, i) => [level.label, i + 1]),
    );
    assert.match(talent.CFRubricCriterionLevels[0]!.description!, /^• Advocates the DE&S talent strategy and definition of talent\n• /);
    // Business-facing HR does not apply at Authority: its rubric leaves that level out.
    const facing = pkg.CFRubrics!.find((rubric) => rubric.title === 'Business Facing HR')!;
    assert.deepEqual(
      facing.CFRubricCriteria[0]!.CFRubricCriterionLevels.map((level) => level.quality),
      ['Awareness', 'Supervised Practitioner', 'Practitioner', 'Expert'],
    );
    assert.deepEqual(
      pkg.CFItems.map((i) => i.CFItemType).filter((type, i, all) => all.indexOf(type) === i),
      ['Skill', 'Level'],
    );
  });
});
