/** One element of a run: its text, or its attributes. */
export interface PlainElement {
  readonly text?: string;
  readonly attributes?: Readonly<Record<string, string | number>>;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A run of sibling elements with nothing bound in them (a row's cells, a line's points), made with the
 * DOM in one go instead of a template each: a template costs a clone, a walk and two markers per
 * element, and a table of 150 skills by 20 dates has thousands. Lit puts the fragment in place, and
 * a later render puts a new one in its stead. Text is set as text, never parsed as markup.
 */
export function plainElements(tag: string, items: readonly PlainElement[], namespace = 'http://www.w3.org/1999/xhtml'): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const item of items) {
    const element = document.createElementNS(namespace, tag);
    for (const [name, value] of Object.entries(item.attributes ?? {})) element.setAttribute(name, String(value));
    if (item.text) element.textContent = item.text;
    fragment.append(element);
  }
  return fragment;
}
