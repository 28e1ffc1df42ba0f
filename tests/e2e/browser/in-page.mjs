// Runs inside the page under test (bundled by ./page.mjs with esbuild): finds elements as Playwright's
// locators do, through every open shadow root, by CSS, role and accessible name, label or text. Node
// sends a locator as a list of steps; each step searches inside what the step before it found.
import { within } from '@testing-library/dom';

const fold = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A name or text to match, as Playwright matches it: a RegExp is searched for; a string is the whole
 * text when `exact`, else a part of it in any case. Whitespace is folded first.
 */
function matcher({ string, regex, flags }, exact) {
  if (regex !== undefined) {
    const pattern = new RegExp(regex, flags);
    return (text) => pattern.test(fold(text));
  }
  const wanted = fold(string);
  return exact ? (text) => fold(text) === wanted : (text) => fold(text).toLowerCase().includes(wanted.toLowerCase());
}

/** Everything under `scope`, shadow roots entered, in the order a reader meets it: a host's shadow tree first. */
function deepElements(scope) {
  const found = [];
  const visit = (node) => {
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.children) {
      found.push(child);
      visit(child);
    }
  };
  visit(scope);
  return found;
}

/** The roots to search under `scope`: itself (its shadow root for a host) and every shadow root inside. */
function deepRoots(scope) {
  const roots = [scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope];
  for (const element of deepElements(scope)) if (element.shadowRoot) roots.push(element.shadowRoot);
  if (scope instanceof Element && scope.shadowRoot) roots.push(scope);
  return roots;
}

/** Results from several roots, once each, in reading order under `scope`. */
function inOrder(scope, results) {
  const order = new Map(deepElements(scope).map((element, index) => [element, index]));
  return [...new Set(results)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

const queryRoot = (root) => within(root instanceof Document ? root.documentElement : root);

const search = {
  css: (scope, { css }) =>
    inOrder(
      scope,
      deepRoots(scope).flatMap((root) => [...root.querySelectorAll(css)]),
    ),
  role: (scope, { role, name, exact, ...options }) => {
    const named = name && matcher(name, exact);
    const found = deepRoots(scope).flatMap((root) =>
      queryRoot(root).queryAllByRole(role, { ...options, ...(named && { name: (text) => named(text) }) }),
    );
    return inOrder(scope, found);
  },
  label: (scope, { label, exact }) => {
    const named = matcher(label, exact);
    return inOrder(
      scope,
      deepRoots(scope).flatMap((root) => queryRoot(root).queryAllByLabelText((text) => named(text), { exact: true })),
    );
  },
  // The innermost elements whose text matches, as Playwright's getByText.
  text: (scope, { text, exact }) => {
    const matches = matcher(text, exact);
    const candidates = deepElements(scope).filter(
      (element) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName) && matches(element.textContent),
    );
    const matched = new Set(candidates);
    return candidates.filter((element) => ![...element.children].some((child) => matched.has(child)));
  },
};

/** What the steps find, from the document down. */
export function find(steps, scope = document) {
  let found = [scope];
  for (const step of steps) {
    if ('nth' in step) found = found.at(step.nth) ? [found.at(step.nth)] : [];
    else if ('hasText' in step) found = found.filter((element) => matcher(step.hasText, false)(element.textContent));
    else if ('has' in step) found = found.filter((element) => find(step.has, element).length > 0);
    else if ('and' in step) found = found.filter((element) => find(step.and).includes(element));
    else found = found.flatMap((element) => search[step.kind](element, step));
  }
  return found;
}

/** Seen as Playwright sees it: a box with an area, and not hidden by `visibility`. */
export function isVisible(element) {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** Exactly one element, or an error saying how many there are: an action on an ambiguous locator is a test's mistake. */
export function one(steps) {
  const found = find(steps);
  if (found.length !== 1) throw new Error(`${found.length} elements match ${JSON.stringify(steps)}, where one was expected`);
  return found[0];
}

/** Sets a field's value as a person's typing leaves it, with the events that typing fires. */
export function fill(steps, value) {
  const field = one(steps);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Chooses an option of a select by its value or its label, with the events a person's choice fires. */
export function selectOption(steps, wanted) {
  const select = one(steps);
  const option = [...select.options].find((candidate) => candidate.value === wanted || fold(candidate.label) === wanted);
  if (!option) throw new Error(`no option ${wanted} in ${[...select.options].map((candidate) => candidate.value).join(', ')}`);
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What Node asks of a locator, by name: see ./locator.mjs. */
export function query(name, steps, argument) {
  switch (name) {
    case 'count':
      return find(steps).length;
    case 'state': {
      const found = find(steps);
      return { count: found.length, visible: found.length === 1 && isVisible(found[0]) };
    }
    case 'property':
      return one(steps)[argument];
    case 'attribute':
      return one(steps).getAttribute(argument);
    case 'allText':
      return find(steps).map((element) => element.textContent);
    case 'focus':
      return void one(steps).focus();
    case 'element': {
      const element = one(steps);
      element.scrollIntoView({ block: 'center', inline: 'center' });
      return element;
    }
    case 'fill':
      return fill(steps, argument);
    case 'selectOption':
      return selectOption(steps, argument);
    default:
      throw new Error(`no query ${name}`);
  }
}
