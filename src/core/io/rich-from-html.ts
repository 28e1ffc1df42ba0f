import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { Block, Inline, Line, Rich } from '../schema/text.js';
import { hasMarkup } from '../input.js';
import { isSafeUrl } from '../schema/ids.js';
import type { ImportLog, SourceLocation } from './report.js';

/** parse5's own tree, not the DOM: the importers run in Node as well as in browsers. */
type ParsedNode = DefaultTreeAdapterMap['childNode'];
type ParsedElement = DefaultTreeAdapterMap['element'];

/** What cleaning took out of one import's HTML, so it can be reported once per kind, not per cell. */
export interface HtmlCleaning {
  /**
   * Removed things by kind, written as code so the report reads the same in any language (`<script>`,
   * `style="…"`, `onclick="…"`, `<a href="…">`): how often, and first where.
   */
  readonly removed: Map<string, { count: number; first: SourceLocation }>;
  /** Link targets with schemes that are never allowed (`javascript:`, `data:`...), and where. */
  readonly unsafeLinks: Array<{ url: string; at: SourceLocation }>;
  /** Lists written as one run of sentences, split into items by sentence case: worth a check. */
  readonly splitLists: SourceLocation[];
  /** Where the cell being cleaned is; set by the importer before each cell. */
  at: SourceLocation;
}

/** Not removed but changed: counted with the removals, reported apart. */
const ESCAPED_MARKUP = 'escaped markup';

export const newCleaning = (at: SourceLocation = {}): HtmlCleaning => ({ removed: new Map(), unsafeLinks: [], splitLists: [], at });

/** Reports what cleaning removed: one warning per kind (with a count and the first place), every unsafe link. */
export function reportCleaning(cleaning: HtmlCleaning, log: ImportLog): void {
  for (const [what, { count, first }] of cleaning.removed) {
    if (what === ESCAPED_MARKUP) log.warn('html.escapedMarkup', first, { count });
    else log.warn('html.removed', first, { what, count });
  }
  for (const { url, at } of cleaning.unsafeLinks) log.warn('html.unsafeLink', at, { url });
  const [first] = cleaning.splitLists;
  if (first) log.warn('doc.splitItems', first, { count: cleaning.splitLists.length });
}

/** Any tag or comment (what the framework guard refuses in text): such a cell goes through the HTML parser. */
export const looksLikeHtml = (text: string): boolean => hasMarkup(text);

/** Elements dropped with everything inside them: their content is code or controls, never framework text. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
  'option',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'applet',
  'canvas',
  'video',
  'audio',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'blockquote',
  'pre',
  'address',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'hr',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'body',
  'html',
]);
const EMPHASIS: Record<string, 'em' | 'strong'> = { em: 'em', i: 'em', cite: 'em', strong: 'strong', b: 'strong' };
const LIST_BULLETS = /\s*[•·▪◦]\s*/;
/** Words that tie a capitalised word to what comes before ("with Professions"): then it is a name. */
const JOINING = new Set([
  'with',
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'and',
  'or',
  'in',
  'on',
  'at',
  'by',
  'from',
  'across',
  'into',
  'their',
  'its',
  'your',
  'our',
]);
/** How these lists' items start: a verb in the third person ("Leads", "Applies") or an adverb ("Actively"). */
const ITEM_START = /^(?:[A-Z][a-z]*[a-rt-z]s|[A-Z][a-z]+ly)(?!\w)/;
/** A word an item can end on: lower case or a digit (not a name), without an opening bracket; or a closing one. */
const ITEM_END = /^[a-z0-9][^(]*$|\)$/;
const isElement = (node: ParsedNode): node is ParsedElement => 'tagName' in node;
function count(cleaning: HtmlCleaning, what: string): void {
  const seen = cleaning.removed.get(what);
  if (seen) seen.count++;
  else cleaning.removed.set(what, { count: 1, first: cleaning.at });
}

/** Inline runs, with neighbouring plain strings merged and whitespace collapsed. */
class LineBuilder {
  parts: Inline[] = [];

  add(part: Inline): void {
    const last = this.parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') this.parts[this.parts.length - 1] = last + part;
    else this.parts.push(part);
  }

  /** The line so far (undefined when it is only whitespace), and a fresh start. */
  take(): Line | undefined {
    const parts = this.parts
      .map((part) => (typeof part === 'string' ? part.replace(/\s+/g, ' ') : part))
      .filter((part) => (typeof part === 'string' ? part.trim() !== '' || part === ' ' : textOf(part).trim() !== ''));
    this.parts = [];
    trimEnds(parts);
    if (parts.length === 0) return undefined;
    return parts.every((part) => typeof part === 'string') ? parts.join('') : parts;
  }
}

const textOf = (part: Inline): string => (typeof part === 'string' ? part : 'em' in part ? part.em : part.strong);

function trimEnds(parts: Inline[]): void {
  while (parts.length > 0 && typeof parts[0] === 'string' && parts[0].trim() === '') parts.shift();
  while (parts.length > 0 && typeof parts.at(-1) === 'string' && (parts.at(-1) as string).trim() === '') parts.pop();
  if (typeof parts[0] === 'string') parts[0] = parts[0].trimStart();
  const last = parts.length - 1;
  if (typeof parts[last] === 'string') parts[last] = (parts[last] as string).trimEnd();
}

/** Splits text inside a list into items: at bullets, then where an item runs into the next (outside brackets). */
function splitRunOn(text: string, cleaning: HtmlCleaning): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const pieces = clean.split(LIST_BULLETS).filter((item) => item !== '');
  const items = pieces.flatMap(splitSentences);
  if (items.length > pieces.length) cleaning.splitLists.push(cleaning.at);
  return items;
}

/**
 * Where one list item runs into the next because its bullet was lost ("…guidance Applies…"): a word an
 * item ends on, then one an item starts with, outside brackets. Capitalised nouns ("the Business",
 * "Trade Unions", "with Professions") do not start an item. Word by word, so it stays linear.
 */
function splitSentences(text: string): string[] {
  const items: string[] = [];
  let current: string[] = [];
  let depth = 0;
  for (const word of text.split(' ')) {
    const previous = current.at(-1);
    if (previous !== undefined && depth <= 0 && ITEM_START.test(word) && ITEM_END.test(previous) && !JOINING.has(previous)) {
      items.push(current.join(' '));
      current = [];
    }
    current.push(word);
    for (const char of word) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
  }
  items.push(current.join(' '));
  return items;
}

class Reducer {
  readonly blocks: Block[] = [];
  readonly line = new LineBuilder();

  readonly #cleaning: HtmlCleaning;

  constructor(cleaning: HtmlCleaning) {
    this.#cleaning = cleaning;
  }

  flush(): void {
    const line = this.line.take();
    if (line !== undefined) this.blocks.push({ p: line });
  }

  /**
   * Text as it reads. Escaped markup (`&lt;b&gt;`) reads as a tag, which framework text may never hold,
   * so its `<` becomes `‹`, and the report says so.
   */
  text(value: string): string {
    if (!hasMarkup(value)) return value;
    count(this.#cleaning, ESCAPED_MARKUP);
    return value.replace(/</g, '‹');
  }

  /** Checks and drops attributes: nothing of them is kept, but handlers, styles and bad links are reported. */
  inspect(element: ParsedElement): void {
    for (const { name, value } of element.attrs) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on') || attribute === 'style') count(this.#cleaning, `${attribute}="…"`);
      else if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset'].includes(attribute) && value.trim() !== '') {
        if (!isSafeUrl(value.trim())) this.#cleaning.unsafeLinks.push({ url: value.trim().slice(0, 80), at: this.#cleaning.at });
        // A safe link loses its target (the structure has no links); other safe URLs go with their element.
        else if (attribute === 'href') count(this.#cleaning, '<a href="…">');
      }
    }
  }

  visit(node: ParsedNode): void {
    if (node.nodeName === '#text') {
      this.line.add(this.text((node as DefaultTreeAdapterMap['textNode']).value));
      return;
    }
    if (!isElement(node)) return; // comments, doctypes
    const tag = node.tagName.toLowerCase();
    if (DROPPED.has(tag)) {
      count(this.#cleaning, `<${tag}>`);
      return;
    }
    this.inspect(node);
    if (tag === 'br') return this.flush();
    if (tag === 'img') return void count(this.#cleaning, '<img>');
    const emphasis = EMPHASIS[tag];
    if (emphasis) {
      const inner = new Reducer(this.#cleaning);
      node.childNodes.forEach((child) => inner.visit(child));
      const text = inner.plainText();
      if (text.trim() !== '') this.line.add(emphasis === 'em' ? { em: text } : { strong: text });
      return;
    }
    if (tag === 'ul' || tag === 'ol') return this.list(node, tag);
    if (tag === 'li') return this.list(node, 'ul', [node]);
    const block = BLOCKS.has(tag);
    if (block) this.flush();
    node.childNodes.forEach((child) => this.visit(child));
    if (block) this.flush();
  }

  /** Items of a list; bare text in a list (no `<li>`, as word processors export them) is split into items. */
  list(node: ParsedElement, kind: 'ul' | 'ol', items: readonly ParsedNode[] = node.childNodes): void {
    this.flush();
    const lines: Line[] = [];
    for (const child of items) {
      if (child.nodeName === '#text') {
        lines.push(...splitRunOn(this.text((child as DefaultTreeAdapterMap['textNode']).value), this.#cleaning));
        continue;
      }
      if (!isElement(child)) continue;
      const inner = new Reducer(this.#cleaning);
      if (child.tagName === 'li') {
        if (child !== node) this.inspect(child); // a stray <li> was inspected as it was visited
        child.childNodes.forEach((grandchild) => inner.visit(grandchild));
      } else inner.visit(child); // anything else in a list goes through the same checks as anywhere
      inner.flush();
      // Nested lists and paragraphs in an item are flattened into items: the structure has one level.
      for (const block of inner.blocks) lines.push(...('p' in block ? [block.p] : 'ul' in block ? block.ul : block.ol));
    }
    if (lines.length > 0) this.blocks.push(kind === 'ul' ? { ul: lines } : { ol: lines });
  }

  plainText(): string {
    this.flush();
    return this.blocks
      .flatMap((block) => ('p' in block ? [block.p] : 'ul' in block ? block.ul : block.ol))
      .map((line) => (typeof line === 'string' ? line : line.map(textOf).join('')))
      .join(' ');
  }
}

/**
 * Reduces untrusted HTML to the restricted rich-text structure with a spec-compliant parser: no tag,
 * attribute or URL survives, only text, paragraphs, lists and emphasis. What was removed is counted
 * in `cleaning` for the import report.
 */
export function richFromHtml(html: string, cleaning: HtmlCleaning): Rich | undefined {
  const reducer = new Reducer(cleaning);
  parseFragment(html).childNodes.forEach((node) => reducer.visit(node));
  reducer.flush();
  // Text joined from several nodes (a line, emphasis over a paragraph break) or cut from one (an item
  // split off a run) can read as markup where no node did (`&lt;/` then `<p>&lt;`): each string is
  // checked once more as it will be stored.
  const safe = (line: Line): Line =>
    typeof line === 'string'
      ? reducer.text(line)
      : line.map((part) =>
          typeof part === 'string'
            ? reducer.text(part)
            : 'em' in part
              ? { em: reducer.text(part.em) }
              : { strong: reducer.text(part.strong) },
        );
  const blocks = reducer.blocks.map((block): Block =>
    'p' in block ? { p: safe(block.p) } : 'ul' in block ? { ul: block.ul.map(safe) } : { ol: block.ol.map(safe) },
  );
  if (blocks.length === 0) return undefined;
  const only = blocks[0]!;
  return blocks.length === 1 && 'p' in only && typeof only.p === 'string' ? only.p : blocks;
}
