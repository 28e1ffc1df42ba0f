import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newCleaning, richFromHtml } from '../../src/core/io/rich-from-html.js';
import { richFromText } from '../../src/core/io/rich-from-text.js';

const clean = (html: string) => {
  const cleaning = newCleaning({ row: 1 });
  return { rich: richFromHtml(html, cleaning), cleaning };
};

describe('richFromHtml', () => {
  it('keeps paragraphs, lists, items and emphasis, and nothing else', () => {
    const { rich } = clean(
      '<h2>Title</h2><p>One <em>two</em> <strong>three</strong><br>four</p><ol><li>a</li><li>b <i>c</i></li></ol><div>end</div>',
    );
    assert.deepEqual(rich, [
      { p: 'Title' },
      { p: ['One ', { em: 'two' }, ' ', { strong: 'three' }] },
      { p: 'four' },
      { ol: ['a', ['b ', { em: 'c' }]] },
      { p: 'end' },
    ]);
  });

  it('drops scripts, styles and embedded content with what is inside them, and counts them', () => {
    const { rich, cleaning } = clean(
      '<p>Safe<script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe><svg><script>x</script></svg></p>',
    );
    assert.equal(rich, 'Safe');
    assert.deepEqual([...cleaning.removed.keys()].sort(), ['<iframe>', '<script>', '<style>', '<svg>']);
  });

  it('reports event handlers and inline styles, and every link with an unsafe scheme', () => {
    const { rich, cleaning } = clean(
      '<p style="color:red" onclick="x()" ONMOUSEOVER="y()">Hi <a href="javascript:alert(1)">a</a> <a href=" data:text/html,x">b</a> <a href="https://ok.example">c</a> <img src=x onerror=alert(1)></p>',
    );
    assert.equal(rich, 'Hi a b c');
    assert.deepEqual(
      [...cleaning.removed].map(([what, { count }]) => [what, count]),
      [
        ['style="…"', 1],
        ['onclick="…"', 1],
        ['onmouseover="…"', 1],
        ['<a href="…">', 1],
        ['onerror="…"', 1],
        ['<img>', 1],
      ],
    );
    assert.deepEqual(
      cleaning.unsafeLinks.map((link) => link.url),
      ['javascript:alert(1)', 'data:text/html,x'],
    );
    assert.deepEqual(cleaning.unsafeLinks[0]!.at, { row: 1 });
  });

  it('reads markup that is not well formed as a browser would', () => {
    assert.deepEqual(clean('<ul><li>one<li>two</ul><p>unclosed <b>bold').rich, [
      { ul: ['one', 'two'] },
      { p: ['unclosed ', { strong: 'bold' }] },
    ]);
    assert.equal(clean('a &lt; b &amp; c').rich, 'a < b & c');
    // Escaped markup reads as a tag, which framework text may not hold: it is kept, defused, and counted.
    const escaped = clean('use &lt;b&gt; for bold');
    assert.equal(escaped.rich, 'use ‹b> for bold');
    assert.equal(escaped.cleaning.removed.get('escaped markup')?.count, 1);
  });

  it('flattens nested lists into one level and splits lists written without items', () => {
    assert.deepEqual(clean('<ul><li>a<ul><li>b</li></ul></li></ul>').rich, [{ ul: ['a', 'b'] }]);
    const { rich, cleaning } = clean('<ul> • Leads the team • Sets goals</ul><ul>Leads the team Sets goals for the year</ul>');
    assert.deepEqual(rich, [{ ul: ['Leads the team', 'Sets goals'] }, { ul: ['Leads the team', 'Sets goals for the year'] }]);
    assert.equal(cleaning.splitLists.length, 1);
  });

  it('gives nothing for markup with no text', () => {
    assert.equal(clean('<p> </p><script>x</script>').rich, undefined);
  });
});

describe('richFromText', () => {
  it('makes a lead-in paragraph and a list from bullet lines', () => {
    assert.deepEqual(richFromText('You can:\r\n- plan\n• run\n* review'), [{ p: 'You can:' }, { ul: ['plan', 'run', 'review'] }]);
    assert.deepEqual(richFromText('1. first\n2) second'), [{ ol: ['first', 'second'] }]);
    assert.equal(richFromText('  one   line  '), 'one line');
    assert.equal(richFromText('\n \n'), undefined);
  });
});

describe('richFromHtml regressions found by the property tests', () => {
  it('drops a script inside a list as it does anywhere else', () => {
    const { rich, cleaning } = clean('<ul><script>steal()</script><li>kept</li></ul>');
    assert.deepEqual(rich, [{ ul: ['kept'] }]);
    assert.equal(cleaning.removed.get('<script>')?.count, 1);
  });
});
