import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/** One element of a run: its text, or its attributes. */
export interface PlainElement {
  readonly text?: string;
  readonly attributes?: Readonly<Record<string, string | number>>;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

const sameItem = (a: PlainElement, b: PlainElement): boolean => {
  if (a.text !== b.text) return false;
  const keys = Object.keys(a.attributes ?? {});
  return keys.length === Object.keys(b.attributes ?? {}).length && keys.every((key) => a.attributes![key] === b.attributes?.[key]);
};

/**
 * A run of sibling elements with nothing bound in them (a row's cells, a line's points), made with the DOM
 * instead of a template each: a template costs a clone, a walk and two markers per element, and a table of
 * 150 skills by 20 dates has thousands. Made again only when an item differs from the last render's.
 * Text is set as text, never parsed as markup.
 */
class PlainElements extends Directive {
  #last?: { tag: string; items: readonly PlainElement[] };

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('plainElements() belongs where content goes');
  }

  render(tag: string, items: readonly PlainElement[]): DocumentFragment {
    return make(HTML_NS, tag, items);
  }

  override update(part: ChildPart, [tag, items]: [string, readonly PlainElement[]]): DocumentFragment | typeof noChange {
    const last = this.#last;
    this.#last = { tag, items };
    if (last?.tag === tag && last.items.length === items.length && items.every((item, i) => sameItem(item, last.items[i]!))) {
      return noChange;
    }
    // In the namespace of where they go: SVG inside an <svg>, HTML elsewhere.
    return make((part.parentNode as Partial<Element>).namespaceURI ?? HTML_NS, tag, items);
  }
}

function make(namespace: string | null, tag: string, items: readonly PlainElement[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const item of items) {
    const element = document.createElementNS(namespace, tag);
    for (const [name, value] of Object.entries(item.attributes ?? {})) element.setAttribute(name, String(value));
    if (item.text) element.textContent = item.text;
    fragment.append(element);
  }
  return fragment;
}

/** `tag` elements, one per item, each with its text or attributes. */
export const plainElements = directive(PlainElements);
