import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { importFramework, IMPORT_FORMATS, type ImportFormat } from '../../src/core/io/index.js';
import { exportCase, importCase } from '../../src/core/io/case.js';
import { exportFrameworkCsv, exportFrameworkJson } from '../../src/core/io/export-framework.js';
import { slugify } from '../../src/core/io/ids.js';
import { newCleaning, richFromHtml } from '../../src/core/io/rich-from-html.js';
import { importSpreadsheet } from '../../src/core/io/spreadsheet.js';
import { isNotApplicable } from '../../src/core/levels.js';
import { parseFramework } from '../../src/core/parse.js';
import type { Framework, FrameworkInput, Skill } from '../../src/core/schema/framework.js';
import { toBlocks, type Rich } from '../../src/core/schema/text.js';

/** Object.prototype as it was before any import ran, to compare with after. */
const PROTOTYPE_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();

/** Seeded, so a failure names a run that can be replayed; enough runs to find what examples miss. */
const RUNS = { seed: 20261201, numRuns: 150 } as const;

// ---- arbitrary input ------------------------------------------------------------------------

const csvCell = fc.oneof(
  fc.string(),
  fc.constantFrom('', '"', '""', 'MISSING', 'N/A', '=1+1', '\n', '- item', '<b>x</b>', 'Skill', 'Level', 'Descriptor'),
);
const csvText = fc
  .tuple(fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'), fc.boolean())
  .map(([rows, separator, quoteAll]) => rows.map((row) => row.map((cell) => (quoteAll ? `"${cell}"` : cell)).join(separator)).join('\n'));
const htmlFragment = fc.constantFrom(
  '<p>',
  '</p>',
  '<ul>',
  '</ul>',
  '<li>',
  '<b>',
  '</b>',
  '<em>',
  '<br>',
  '<script>',
  '</script>',
  '<style>',
  '<a href="',
  'javascript:',
  '">',
  '</a>',
  '<img src=x onerror=',
  '<svg onload=',
  '&lt;',
  '&amp;',
  '•',
  'Level\t',
  'Descriptors',
  '\n',
  'Leads',
  'the Business',
  ' ',
  'text',
  '<!--',
  '-->',
  '<template>',
);
const htmlText = fc.array(fc.oneof(htmlFragment, fc.string({ maxLength: 5 })), { maxLength: 30 }).map((parts) => parts.join(''));
const json = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'CFDocument', 'CFItems', 'CFAssociations', 'CFRubrics', 'skills', 'id'),
      fc.jsonValue(),
    )
    .map((value) => JSON.stringify(value)),
  fc.string(),
);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), csvText, htmlText, json);
const inputFor = (format: ImportFormat) =>
  fc.array(
    fc.record({
      name: fc.constantFrom(
        ...(format === 'direct'
          ? ['skill.json', 'competency.json', 'skill_level.json', 'provider.json']
          : ['skills.csv', 'roles.csv', 'a.txt']),
      ),
      text: anyText,
    }),
    { minLength: 1, maxLength: 3 },
  );

/** What every import result must be: a verdict, located issues, and, when ok, a framework that validates. */
function wellFormed(result: ReturnType<typeof importFramework>): boolean {
  if (typeof result.ok !== 'boolean' || !Array.isArray(result.issues)) return false;
  if (result.issues.some((issue) => typeof issue.key !== 'string' || typeof issue.at !== 'object')) return false;
  return !result.ok || parseFramework(result.framework).ok;
}

// ---- generated frameworks -------------------------------------------------------------------

const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
/** Level names, some starting as a formula would: the CSV must neutralise them and give them back. */
const levelName = fc.oneof(
  { weight: 5, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom('-1 Basic', '=Top', '+Plus', '@Home', "'Quoted") },
);
/**
 * A spreadsheet cell holding only `N/A` or a placeholder (`TBC`, `MISSING`) means just that (see the
 * README), so descriptor text that is only such a word is left out of the generated frameworks.
 */
const reserved = /^(?:na|n\/a|not applicable|missing|tbc|tbd|todo|to do|placeholder|unused|none|nil|null|unknown|x+)$/i;
const sentence = fc
  .array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '))
  .filter((text) => !reserved.test(text));
const NOT_APPLICABLE_HERE = 'not applicable';
const richText: fc.Arbitrary<Rich> = fc.oneof(
  sentence,
  fc.tuple(sentence, fc.array(sentence, { minLength: 1, maxLength: 3 })).map(([lead, items]): Rich => [{ p: lead }, { ul: items }]),
);

/** Frameworks in what a spreadsheet and a CASE package can carry: one language, names that make their ids. */
const framework: fc.Arbitrary<Framework> = fc
  .record({
    levels: fc.uniqueArray(levelName, { minLength: 1, maxLength: 5, selector: (name) => slugify(name) }),
    categories: fc.uniqueArray(word, { maxLength: 3, selector: (name) => name.toLowerCase() }),
    skills: fc.uniqueArray(
      fc.record({
        name: fc.tuple(word, word).map(([a, b]) => `${a} ${b.toLowerCase()}`),
        description: fc.option(richText, { nil: undefined }),
        descriptors: fc.array(
          fc.option(
            fc.oneof(
              { weight: 4, arbitrary: richText },
              { weight: 1, arbitrary: fc.constant<Rich | typeof NOT_APPLICABLE_HERE>(NOT_APPLICABLE_HERE) },
            ),
            { nil: undefined },
          ),
          { maxLength: 5 },
        ),
        category: fc.nat(),
      }),
      { minLength: 1, maxLength: 6, selector: (skill) => slugify(skill.name) },
    ),
  })
  .map(({ levels, categories, skills }) => {
    const notApplicable = skills.some((skill) => skill.descriptors.slice(0, levels.length).includes(NOT_APPLICABLE_HERE));
    const input: FrameworkInput = {
      schemaVersion: 1,
      id: 'generated',
      version: '1.0.0',
      title: 'Generated',
      scale: { levels: levels.map((label) => ({ id: slugify(label), label })), allowNotApplicable: notApplicable },
      categories: categories.map((name) => ({ id: slugify(name), name })),
      skills: skills.map((skill) => ({
        id: slugify(skill.name),
        name: skill.name,
        ...(skill.description === undefined ? {} : { description: skill.description }),
        ...(categories.length > 0 ? { category: slugify(categories[skill.category % categories.length]!) } : {}),
        levels: Object.fromEntries(
          levels.flatMap((label, index) => {
            const descriptor = skill.descriptors[index];
            if (descriptor === undefined) return [];
            return [[slugify(label), descriptor === NOT_APPLICABLE_HERE ? { notApplicable: true as const } : descriptor]];
          }),
        ),
      })),
    };
    const parsed = parseFramework(input);
    if (!parsed.ok) throw new Error(`generator made an invalid framework: ${JSON.stringify(parsed.issues)}`);
    return parsed.value;
  });

/** Skills with every rich text in block form: `'x'` and `[{ p: 'x' }]` are the same text. */
const blocksOf = (skills: readonly Skill[]) =>
  skills.map((skill) => ({
    ...skill,
    ...(skill.description === undefined ? {} : { description: toBlocks(skill.description as Rich) }),
    levels: Object.fromEntries(
      Object.entries(skill.levels).map(([id, entry]) => [id, isNotApplicable(entry) ? entry : toBlocks(entry as Rich)]),
    ),
  }));

const sameContent = (a: Framework, b: Framework) =>
  assert.deepEqual([b.scale, b.categories, blocksOf(b.skills)], [a.scale, a.categories, blocksOf(a.skills)]);

/**
 * A spreadsheet names a category only on the skills in it: one with no skills has no row to be in,
 * and categories come back in the order the rows first use them.
 */
const withUsedCategories = (f: Framework): Framework => ({
  ...f,
  categories: f.skills
    .map((skill) => f.categories.find((category) => category.id === skill.category))
    .filter(
      (category, index, all): category is Framework['categories'][number] => category !== undefined && all.indexOf(category) === index,
    ),
});

// ---- the properties, each with a negative control ---------------------------------------------

/** The property fails for a broken version of the code: fast-check finds a counterexample. */
function assertCanFail<T>(arbitrary: fc.Arbitrary<T>, property: (value: T) => void): void {
  const details = fc.check(fc.property(arbitrary, property), { ...RUNS, numRuns: 300 });
  assert.equal(details.failed, true, 'the negative control found no counterexample: the property cannot fail');
}

describe('importers on arbitrary input', () => {
  for (const format of IMPORT_FORMATS) {
    it(`${format}: never throws, and returns a report (and a valid framework when ok)`, () => {
      fc.assert(
        fc.property(inputFor(format), (files) => assert.ok(wellFormed(importFramework(format, files)))),
        RUNS,
      );
    });
  }

  it('negative control: an importer that throws on some input is caught', () => {
    const fragile = (files: Array<{ text: string }>) => {
      if (files[0]!.text.includes('"')) throw new Error('unescaped quote');
      return importFramework('csv', files);
    };
    assertCanFail(inputFor('csv'), (files) => assert.ok(wellFormed(fragile(files))));
  });
});

describe('round trips on generated frameworks', () => {
  it('canonical JSON: import(export(f)) equals f, and exports the same text again', () => {
    fc.assert(
      fc.property(framework, (f) => {
        const text = exportFrameworkJson(f);
        const back = importFramework('json', [{ text }]);
        assert.ok(back.ok);
        assert.deepEqual(back.framework, f);
        assert.equal(exportFrameworkJson(back.framework), text);
      }),
      RUNS,
    );
  });

  it('wide CSV: skills, categories, scale and descriptors come back', () => {
    fc.assert(
      fc.property(framework, (f) => {
        const back = importSpreadsheet(exportFrameworkCsv(f), { id: f.id, title: 'Generated' });
        assert.ok(back.ok, JSON.stringify(back.issues));
        sameContent(withUsedCategories(f), back.framework);
      }),
      RUNS,
    );
  });

  it('CASE 1.1: skills, categories, scale and descriptors come back', () => {
    fc.assert(
      fc.property(framework, (f) => {
        const back = importCase(JSON.stringify(exportCase(f)));
        assert.ok(back.ok, JSON.stringify(back.issues));
        sameContent(f, back.framework);
      }),
      RUNS,
    );
  });

  it('negative control: an exporter that loses the last descriptor is caught', () => {
    const lossy = (f: Framework) =>
      exportFrameworkCsv({
        ...f,
        skills: f.skills.map((skill) => ({ ...skill, levels: Object.fromEntries(Object.entries(skill.levels).slice(0, -1)) })),
      });
    assertCanFail(framework, (f) => {
      const back = importSpreadsheet(lossy(f), { id: f.id, title: 'Generated' });
      assert.ok(back.ok);
      sameContent(withUsedCategories(f), back.framework);
    });
  });
});

describe('sanitised rich text', () => {
  /**
   * Hostile HTML with a numbered marker in every part a browser would run or style: script bodies,
   * handlers, javascript: and data: links, styles. Joined with loose fragments, some end up as text.
   */
  const hostile = fc
    .array(
      fc.oneof(
        htmlFragment,
        fc.constantFrom(
          '<script>EVIL()</script>',
          '<p onclick="EVIL()">x</p>',
          '<a href="javascript:EVIL()">x</a>',
          '<a href="data:text/html,EVIL">x</a>',
          '<img src="x" onerror="EVIL()">',
          '<style>EVIL{}</style>',
          '<div style="background:url(EVIL)">x</div>',
          '<svg><script>EVIL</script></svg>',
          '<iframe src="javascript:EVIL"></iframe>',
          '<a href="JaVaScRiPt:EVIL">x</a>',
          '<a href=" javascript:EVIL">x</a>',
          '<template><b>EVIL</b></template>',
        ),
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.map((part, index) => part.replace('EVIL', `EVIL${index}X`)).join(''));

  /** The text a browser shows as text for this HTML: text nodes outside scripts and styles (the spec parser's tree). */
  function textNodes(html: string): string {
    const texts: string[] = [];
    const walk = (node: { nodeName: string; value?: string; childNodes?: unknown[] }) => {
      if (node.nodeName === 'script' || node.nodeName === 'style') return;
      if (node.nodeName === '#text') texts.push(node.value!);
      for (const child of node.childNodes ?? []) walk(child as typeof node);
    };
    walk(parseFragment(html) as never);
    return texts.join(' ');
  }

  const safe = (sanitise: (html: string) => unknown) => (html: string) => {
    const text = JSON.stringify(sanitise(html) ?? '');
    // A marker may come through only as text the page would show as text anyway, never from code.
    const shown = textNodes(html);
    for (const [marker] of text.matchAll(/EVIL\d+X/g)) assert.ok(shown.includes(marker), `kept ${marker} from code: ${text}`);
    assert.ok(!/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i.test(text), `markup in text: ${text}`);
    // Only the restricted structure's keys can appear: no attributes, no URLs.
    JSON.parse(text, (key, value: unknown) => {
      assert.ok(key === '' || /^\d+$/.test(key) || ['p', 'ul', 'ol', 'em', 'strong'].includes(key), `unexpected key ${key}`);
      return value;
    });
  };

  it('never holds a script, an event handler, a style or a javascript: or data: link', () => {
    fc.assert(
      fc.property(
        hostile,
        safe((html) => richFromHtml(html, newCleaning())),
      ),
      RUNS,
    );
  });

  it('negative control: a sanitiser that only strips <script> elements is caught', () => {
    assertCanFail(
      hostile,
      safe((html) => html.replace(/<script>[\s\S]*?<\/script>/gi, '').replace(/</g, '‹')),
    );
  });
});

describe('after every run', () => {
  const HOSTILE = [
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"CFDocument":{"__proto__":{"polluted":true}}}',
  ];
  /** What Object.prototype has gained since the tests began. */
  const pollution = () => Object.getOwnPropertyNames(Object.prototype).filter((name) => !PROTOTYPE_BEFORE.includes(name));

  it('nothing has polluted Object.prototype, after the property runs and hostile keys in every format', () => {
    for (const text of HOSTILE) for (const format of IMPORT_FORMATS) importFramework(format, [{ text, name: 'skill.json' }]);
    assert.deepEqual(pollution(), []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('negative control: a naive deep merge of the same input is caught', () => {
    const merge = (target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> => {
      for (const key of Object.keys(source)) {
        const value = source[key];
        if (typeof value === 'object' && value !== null)
          target[key] = merge((target[key] as Record<string, unknown>) ?? {}, value as Record<string, unknown>);
        else target[key] = value;
      }
      return target;
    };
    try {
      merge({}, JSON.parse(HOSTILE[0]!) as Record<string, unknown>);
      assert.deepEqual(pollution(), ['polluted']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    assert.deepEqual(pollution(), []);
  });
});
