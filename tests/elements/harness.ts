/**
 * Finds things in an element the way a person, or a screen reader, finds them: by role and accessible
 * name, by label, by text. Not by markup classes (`td.below`) or position (`querySelectorAll('select')[2]`),
 * which change when the markup does while what a person meets stays the same.
 *
 * Testing Library's queries do the work (roles from the element or its `role` attribute, names from
 * `aria-label`, `aria-labelledby`, `<label>`, `alt` and text), run inside the element's shadow root.
 *
 * How an element test uses it:
 *
 *   import { allByRole, byLabel, byRole, cell, itemsOf, maybeByRole, text } from './harness.js';
 *
 *   byRole(el, 'button', { name: /Undo/ }).click();          // exactly one, or the test fails saying what is there
 *   byLabel(el, 'Kind');                                     // the control a <label> or aria-label names "Kind"
 *   allByRole(el, 'heading', { level: 3 }).map(text);        // every h3, as text
 *   maybeByRole(el, 'alert');                                // null when there is none (for "is not shown")
 *   byRole(el, 'listitem', { current: true });               // aria-current
 *   itemsOf(byRole(el, 'list', { name: /Levels of/ }));      // that list's own items, not those of lists inside it
 *   cell(byRole(el, 'table'), 'Resourcing', 'Target');       // the cell in the row headed "Resourcing", column "Target"
 *   dataRows(byRole(el, 'table')).map((row) => text(row));    // the rows under the column headers
 *   describedBy(byRole(el, 'button', { name: 'Analyst' }));     // what describes it (aria-describedby), as assistive technology follows it
 *
 * The first argument is the element under test (its shadow root is searched) or anything found in it
 * (searched inside). Names match as Testing Library's do: a string is the whole name, whitespace folded;
 * a RegExp is searched for. An element inside another's shadow root (a ladder in a gap chart) is searched
 * with that element: `byRole(ladder, …)`. Markup classes stay for what has no role or name, such as a
 * drawing's SVG shapes.
 */
import '@testing-library/dom/dist/@testing-library/dom.umd.js';
import type * as TestingLibrary from '@testing-library/dom';
import type { ByRoleMatcher, ByRoleOptions, Matcher, SelectorMatcherOptions } from '@testing-library/dom';

// The UMD build, as its ES build imports CommonJS packages the test server does not convert.
const { within, configure } = (globalThis as unknown as { TestingLibraryDom: typeof TestingLibrary }).TestingLibraryDom;

// Its own error would print the DOM searched, which it cannot do for a shadow root: the message alone says what was missing.
configure({ getElementError: (message) => new Error(message ?? 'not found') });

type Scope = Element | ShadowRoot;

/** The queries bound to where to search: an element's shadow root, or inside what was given. */
export function inside(scope: Scope): ReturnType<typeof within> {
  const root = scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope;
  return within(root as unknown as HTMLElement);
}

export const byRole = <T extends HTMLElement = HTMLElement>(scope: Scope, role: ByRoleMatcher, options?: ByRoleOptions): T =>
  inside(scope).getByRole(role, options) as T;

export const allByRole = <T extends HTMLElement = HTMLElement>(scope: Scope, role: ByRoleMatcher, options?: ByRoleOptions): T[] =>
  inside(scope).queryAllByRole(role, options) as T[];

export const maybeByRole = <T extends HTMLElement = HTMLElement>(scope: Scope, role: ByRoleMatcher, options?: ByRoleOptions): T | null =>
  inside(scope).queryByRole(role, options) as T | null;

export const byLabel = <T extends HTMLElement = HTMLElement>(scope: Scope, label: Matcher, options?: SelectorMatcherOptions): T =>
  inside(scope).getByLabelText(label, options) as T;

export const byText = <T extends HTMLElement = HTMLElement>(scope: Scope, content: Matcher, options?: SelectorMatcherOptions): T =>
  inside(scope).getByText(content, options) as T;

/** Text as a person reads it: whitespace folded, trimmed. */
export const text = (element: Node): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A list's own items, in order: not the items of lists nested in them. */
export const itemsOf = (list: Element): HTMLElement[] =>
  [...list.children].filter((child): child is HTMLElement => child instanceof HTMLLIElement || child.getAttribute('role') === 'listitem');

/** The elements that describe this one (its `aria-describedby`), found in its root as assistive technology finds them. */
export const describedBy = (element: Element): HTMLElement[] => {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => root.getElementById(id)).filter((found): found is HTMLElement => found !== null);
};

/** A table's rows of data, in order: every row but those of column headers. */
export const dataRows = (table: Element): HTMLTableRowElement[] =>
  allByRole<HTMLTableRowElement>(table, 'row').filter((row) => allByRole(row, 'columnheader').length === 0);

const matches = (element: Element, name: string | RegExp): boolean =>
  typeof name === 'string' ? text(element) === name : name.test(text(element));

/** The column each cell of a row starts at, counting the columns the cells before it span. */
function columns(row: HTMLTableRowElement): Map<HTMLTableCellElement, number> {
  let at = 0;
  return new Map([...row.cells].map((cell) => [cell, (at += cell.colSpan) - cell.colSpan]));
}

/**
 * The cell where the row whose header (its `th`, or its first cell) matches `row` meets the column whose
 * header matches `column`, by what they say. Fails when either is missing, naming what there is.
 */
export function cell(table: HTMLTableElement, row: string | RegExp, column: string | RegExp): HTMLTableCellElement {
  const head = [...table.rows].find((candidate) => [...candidate.cells].some((c) => c.tagName === 'TH' && matches(c, column)));
  const header = head && [...head.cells].find((c) => matches(c, column));
  const line = [...table.rows].find(
    (candidate) => candidate !== head && matches(candidate.querySelector('th') ?? candidate.cells[0]!, row),
  );
  if (!head || !header) throw new Error(`no column headed ${column}: ${[...(table.tHead?.rows[0]?.cells ?? [])].map(text).join(' | ')}`);
  if (!line) throw new Error(`no row headed ${row}: ${[...table.rows].map((r) => text(r.cells[0]!)).join(' | ')}`);
  const index = columns(head).get(header)!;
  const found = [...columns(line)].find(([c, start]) => start <= index && index < start + c.colSpan)?.[0];
  if (!found) throw new Error(`row ${row} has no cell in column ${column}`);
  return found;
}

/**
 * An element's error report, once shown: its sentences load the first time a page has a problem to report,
 * so the report comes a moment after the render that found the problem. Fails when none comes.
 */
export async function reported(scope: Element, timeout = 2000): Promise<HTMLElement> {
  const start = performance.now();
  while (performance.now() - start < timeout) {
    const shown = allByRole(scope, 'alert').find((alert) => alert.matches('[part~="error-summary"]'));
    if (shown) return shown;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no error report was shown within ${timeout} ms`);
}
