import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFragment, Tokenizer } from 'parse5';
import { hasMarkup } from '../../src/core/input.js';
import { looksLikeHtml, newCleaning, richFromHtml } from '../../src/core/io/rich-from-html.js';
import { parseFramework } from '../../src/core/parse.js';
import { readFixture } from './helpers.js';

/** Seeded, so a failure names a run that can be replayed. */
const RUNS = { seed: 20261214, numRuns: 5000 } as const;

/** The oracle: does parse5's tokenizer, reading the text as HTML, emit anything but characters? */
function tokenizerSeesMarkup(text: string): boolean {
  let seen = false;
  const mark = (): void => void (seen = true);
  const ignore = (): void => undefined;
  const tokenizer = new Tokenizer(
    {},
    {
      onStartTag: mark,
      onEndTag: mark,
      onComment: mark,
      onDoctype: mark,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(text, true);
  return seen;
}

/** The same text parsed as a fragment: any element or comment in the tree (end tags mostly leave none). */
const treeHasMarkup = (text: string): boolean =>
  parseFragment(text).childNodes.some((node) => node.nodeName === '#comment' || 'tagName' in node);

/** Pieces tags, comments and harmless text are made of, weighted towards `<` so most strings are close calls. */
const piece = fc.constantFrom(
  '<',
  '<',
  '<',
  '/',
  '/',
  '!--',
  '--',
  '-->',
  '!',
  '?',
  '>',
  '>',
  '=',
  '=',
  '"',
  "'",
  '`',
  ' ',
  '\t',
  '\n',
  '\r',
  '\f',
  'a',
  'b',
  'x',
  'S',
  'svg',
  'img',
  'onload',
  'src',
  'p',
  '3',
  '0',
  'é',
  'ſ',
  'K',
  '😀',
  '\u0000',
  '&',
  '&quot;',
  '&lt;',
  'DOCTYPE',
  '[CDATA[',
  '-',
);
const pieces = (length: number) =>
  fc
    .array(fc.oneof({ weight: 9, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) }), {
      maxLength: length,
    })
    .map((parts) => parts.join(''));
/** What follows an opening: names, attributes, quotes, slashes and spaces, usually ended by a `>`. */
const inTag = fc.constantFrom(' ', '\t', '\n', '\r', '\f', '/', '=', '"', "'", 'a', 'onload', 'x', '1', '-', '<', '&', 'é', '`');
const opening = fc.constantFrom('<', '</', '<!', '<?', '<!--', '< ', '<3', '<é');
const tagLike = fc
  .tuple(
    pieces(4),
    opening,
    fc.constantFrom('', 'a', 'svg', 'img', 'B', '1', ' ', '/'),
    fc.array(inTag, { maxLength: 12 }),
    fc.constantFrom('>', '>', '', '"', "'"),
    pieces(6),
  )
  .map(([before, open, name, rest, end, after]) => before + open + name + rest.join('') + end + after);
/** Strings built from the pieces freely, or around one opening: over a third of them hold markup. */
const markupLike = fc.oneof({ weight: 1, arbitrary: pieces(24) }, { weight: 2, arbitrary: tagLike });

const TAGS = [
  '<svg/onload=alert(1)>',
  '<img/src=x/onerror=alert(1)>',
  '<b>bold</b>',
  '</p>',
  '</div>',
  '<body>',
  '<A HREF=x>',
  '<svg\tonload=x>',
  '<svg\nonload=x>',
  '<svg\fonload=x>',
  '<img src=x title="<" onerror=alert(1)>',
  '<a title="<3" onclick=x>',
  "<a b='x>' c>",
  '<a ="x>',
  'x<y and z>w',
  '<<script>',
  '</>after<i>',
  '<!-- comment -->',
  '<!-- never closed',
  '<!',
  '<!x>',
  '<!DOCTYPE html>',
  '<![CDATA[x]]>',
  '<?xml version="1.0"?>',
  '<?',
  'a </ b',
  '</1>',
];
const TEXT = [
  'a < b',
  '<3',
  'x<y',
  'x <y',
  '1 <= 2 and 3 >= 2',
  'a < b > c',
  '<é>',
  '<ſcript>',
  '<😀>',
  '<',
  '</',
  '</>',
  'a</>b',
  '<<<',
  '<-- not a comment',
  '<a b="x>',
  '<a b=\r"x>',
  '<img src=x onerror=alert(1)',
  '&lt;b&gt;',
  'C++ <= C#',
];

describe('the markup rule', () => {
  it('flags every tag, end tag, comment and doctype in the examples, and these agree with parse5', () => {
    for (const text of TAGS) {
      assert.equal(tokenizerSeesMarkup(text), true, `parse5 sees no markup in ${JSON.stringify(text)}`);
      assert.equal(hasMarkup(text), true, JSON.stringify(text));
    }
  });

  it('leaves text a browser shows as text alone, and these agree with parse5', () => {
    for (const text of TEXT) {
      assert.equal(tokenizerSeesMarkup(text), false, `parse5 sees markup in ${JSON.stringify(text)}`);
      assert.equal(hasMarkup(text), false, JSON.stringify(text));
    }
  });

  it('agrees with parse5 on generated strings: flags exactly those where its tokenizer emits a tag, comment or doctype', () => {
    let flagged = 0;
    fc.assert(
      fc.property(markupLike, (text) => {
        const expected = tokenizerSeesMarkup(text);
        if (expected) flagged++;
        assert.equal(hasMarkup(text), expected, `parse5 ${expected ? 'sees' : 'sees no'} markup in ${JSON.stringify(text)}`);
        // The tree can only hold what the tokenizer saw: checked so the two oracles cannot drift apart.
        if (treeHasMarkup(text)) assert.ok(expected);
      }),
      RUNS,
    );
    // Both answers must be common, or the agreement would say little.
    assert.ok(flagged > RUNS.numRuns * 0.2 && flagged < RUNS.numRuns * 0.8, `${flagged} of ${RUNS.numRuns} flagged`);
  });

  it('agrees with parse5 on every short string of the characters that steer its tokenizer', () => {
    // Every way of going on from a tag name (137,257 strings): where an attribute starts, where a value
    // opens a quote, where `/` and `=` belong, and so where the tag ends, if it does.
    const inside = ['/', 'a', '=', '"', "'", ' ', '>'];
    // Every way of opening one (66,430 strings): `</>`, `<<a>`, `<!-`, `< a>`, `<3>`...
    const outside = ['<', '/', '!', '?', '-', 'a', '3', ' ', '>'];
    let checked = 0;
    const all = (prefix: string, alphabet: readonly string[], length: number): void => {
      assert.equal(hasMarkup(prefix), tokenizerSeesMarkup(prefix), JSON.stringify(prefix));
      checked++;
      if (length > 0) for (const char of alphabet) all(prefix + char, alphabet, length - 1);
    };
    all('<a', inside, 6);
    all('', outside, 5);
    assert.equal(checked, 137_257 + 66_430);
  });

  it('stays linear on 1 MB of adversarial text', () => {
    const MB = 1024 * 1024;
    for (const unit of ['<a', '<a b="', "<a b='x' c='", '< ', '</>', '<3', '<a =', '<a/', 'a'.repeat(99) + '<']) {
      const text = unit.repeat(Math.ceil(MB / unit.length));
      const start = performance.now();
      hasMarkup(text);
      hasMarkup(text + '>');
      const took = performance.now() - start;
      assert.ok(took < 500, `${JSON.stringify(unit)} x ${text.length / unit.length} took ${took.toFixed(0)} ms`);
    }
  });
});

describe('importers under the markup rule', () => {
  const html = fc
    .array(
      fc.oneof(
        piece,
        fc.constantFrom(
          '<p>',
          '</p>',
          '<ul>',
          '<li>',
          '<b>',
          '</b>',
          '<i>',
          '</i>',
          '<span>',
          '</span>',
          '<script>',
          '</script>',
          '<br>',
          '&lt;',
          '&gt;',
          '&lt;!',
          'text',
        ),
      ),
      { maxLength: 30 },
    )
    .map((pieces) => pieces.join(''));

  it('turn HTML-looking cells into rich text that holds no markup', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
    fc.assert(
      fc.property(html, (text) => {
        if (!looksLikeHtml(text)) return;
        const rich = richFromHtml(text, newCleaning());
        for (const part of strings(rich)) assert.equal(hasMarkup(part), false, `${JSON.stringify(part)} from ${JSON.stringify(text)}`);
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  it('give a framework holding such text that validates', () => {
    const framework = readFixture('sample-bilingual');
    fc.assert(
      fc.property(html, (text) => {
        const description = looksLikeHtml(text) ? richFromHtml(text, newCleaning()) : text;
        if (description === undefined || (typeof description === 'string' && description.trim() === '')) return;
        const skills = framework.skills.map((skill, index) => (index === 0 ? { ...skill, description } : skill));
        const result = parseFramework({ ...framework, skills });
        assert.ok(result.ok, JSON.stringify(result.issues));
      }),
      { ...RUNS, numRuns: 500 },
    );
  });
});
