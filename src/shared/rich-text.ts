import { html, nothing, type TemplateResult } from 'lit';
import { languageOf, type Line, pickLanguage, type RichText, type Text, toBlocks } from '../core/schema/text.js';

// Everything here is a Lit text binding: framework text can never become markup.

function renderLine(line: Line): TemplateResult | string {
  if (typeof line === 'string') return line;
  return html`${line.map((part) =>
    typeof part === 'string' ? part : 'em' in part ? html`<em>${part.em}</em>` : html`<strong>${part.strong}</strong>`,
  )}`;
}

const base = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/**
 * The `lang` to mark on content shown on a page in `locale`: the language picked from a localised
 * value, or else the framework's own language; nothing when it is the page's (WCAG 3.1.2).
 */
export function markLanguage(value: Text | RichText, locale: string, contentLanguage: string): string | typeof nothing {
  const language = languageOf(value, locale) ?? contentLanguage;
  return base(language) === base(locale) ? nothing : language;
}

/** Rich text as paragraphs and lists, marked with its language when it differs from the page's. */
export function renderRich(value: RichText, locale: string, contentLanguage: string): TemplateResult {
  const blocks = toBlocks(pickLanguage(value, locale)).map((block) => {
    if ('p' in block) return html`<p>${renderLine(block.p)}</p>`;
    const items = ('ul' in block ? block.ul : block.ol).map((line) => html`<li>${renderLine(line)}</li>`);
    return 'ul' in block
      ? html`<ul>
          ${items}
        </ul>`
      : html`<ol>
          ${items}
        </ol>`;
  });
  return html`<div class="rich" lang=${markLanguage(value, locale, contentLanguage)}>${blocks}</div>`;
}

/** Localised plain text in the page's language. */
export const textFor = (value: Text, locale: string): string => pickLanguage(value, locale);

/** Localised plain text, in a span marked with its language when it differs from the page's. */
export function renderText(value: Text, locale: string, contentLanguage: string): TemplateResult | string {
  const lang = markLanguage(value, locale, contentLanguage);
  const text = pickLanguage(value, locale);
  return lang === nothing ? text : html`<span lang=${lang}>${text}</span>`;
}

/**
 * A message with framework text inside it ("What changes from {from} to {to}"), each piece keeping
 * its own language mark, where a plain string would leave English names unmarked in a Welsh
 * sentence (WCAG 3.1.2). `translate` fills the message; the pieces go where their names were.
 */
export function messageWith(
  translate: (params: Record<string, string>) => string,
  pieces: Readonly<Record<string, TemplateResult | string>>,
): (TemplateResult | string)[] {
  const names = Object.keys(pieces);
  // The markers are control characters, which no message holds; framework text never passes through `translate`.
  const text = translate(Object.fromEntries(names.map((name, i) => [name, `\u0001${i}\u0001`])));
  return text.split('\u0001').map((part, i) => (i % 2 === 1 ? pieces[names[Number(part)]!]! : part));
}

/**
 * A host's `heading-level`, kept to 2-4 so the headings an element nests below it stay within h6.
 * The default argument is the one place the default is decided: elements pass only their `headingLevel`.
 */
export const outlineLevel = (level: number | undefined, fallback = 2): number => Math.min(4, Math.max(2, level || fallback));

/** A heading at a level the host chooses, so elements fit into the page's outline. */
export function heading(level: number, content: unknown, part?: string, id?: string): TemplateResult {
  const p = part ?? nothing;
  const i = id ?? nothing;
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 part=${p} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 part=${p} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${p} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${p} id=${i}>${content}</h5>`;
    default:
      return html`<h6 part=${p} id=${i}>${content}</h6>`;
  }
}
