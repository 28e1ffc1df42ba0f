// A locator: where to find something on a page, as a list of steps the page runs (./in-page.mjs). Its
// methods are named as Playwright's, which the end-to-end tests were first written with, so that a test
// reads the same in every engine; each waits or fails as Playwright's does.

const DEFAULT_TIMEOUT = 15000;
const POLL_MS = 100;

/** A string or RegExp as the page receives it. */
const text = (value) => (value instanceof RegExp ? { regex: value.source, flags: value.flags } : { string: String(value) });

export class Locator {
  /** @param {import('./page.mjs').Page} page  @param {object[]} steps */
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  #then(step) {
    return new Locator(this.page, [...this.steps, step]);
  }

  locator(css, { hasText } = {}) {
    const found = this.#then({ kind: 'css', css });
    return hasText === undefined ? found : found.filter({ hasText });
  }

  getByRole(role, { name, exact, ...options } = {}) {
    return this.#then({ kind: 'role', role, ...(name !== undefined && { name: text(name) }), exact, ...options });
  }

  getByLabel(label, { exact } = {}) {
    return this.#then({ kind: 'label', label: text(label), exact });
  }

  getByText(content, { exact } = {}) {
    return this.#then({ kind: 'text', text: text(content), exact });
  }

  /** Keeps what has this text somewhere in it, or has something the other locator finds inside it. */
  filter({ hasText, has }) {
    const steps = [...(hasText === undefined ? [] : [{ hasText: text(hasText) }]), ...(has ? [{ has: has.steps }] : [])];
    return new Locator(this.page, [...this.steps, ...steps]);
  }

  /** What both find. */
  and(other) {
    return this.#then({ and: other.steps });
  }

  nth(index) {
    return this.#then({ nth: index });
  }

  first() {
    return this.nth(0);
  }

  async count() {
    return this.page.query('count', this.steps);
  }

  /**
   * Waits until exactly one element is found and is `visible` (the default), or is there at all (`attached`).
   * More than one is an error, as in Playwright: the test should say which.
   */
  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    let last = { count: 0, visible: false };
    while (Date.now() < deadline) {
      // A page between two documents answers nothing: asked again, the next one does.
      last = await this.page.query('state', this.steps).catch((error) => ({ count: 0, error }));
      if (last.count > 1) throw new Error(`${last.count} elements match ${this.describe()}, where one was expected`);
      if (last.count === 1 && (state === 'attached' || last.visible)) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const why = last.error ? `the page answered ${last.error.message}` : last.count ? 'found, not visible' : 'not found';
    throw new Error(`waited ${timeout / 1000} s for ${this.describe()} to be ${state}: ${why}`);
  }

  async isVisible() {
    const { count, visible } = await this.page.query('state', this.steps);
    return count === 1 && visible;
  }

  async textContent() {
    await this.waitFor({ state: 'attached' });
    return this.page.query('property', this.steps, 'textContent');
  }

  async innerText() {
    await this.waitFor({ state: 'attached' });
    return this.page.query('property', this.steps, 'innerText');
  }

  async inputValue() {
    await this.waitFor({ state: 'attached' });
    return this.page.query('property', this.steps, 'value');
  }

  async isChecked() {
    await this.waitFor({ state: 'attached' });
    return this.page.query('property', this.steps, 'checked');
  }

  async getAttribute(name) {
    await this.waitFor({ state: 'attached' });
    return this.page.query('attribute', this.steps, name);
  }

  allTextContents() {
    return this.page.query('allText', this.steps);
  }

  async focus() {
    await this.waitFor();
    return this.page.query('focus', this.steps);
  }

  async fill(value) {
    await this.waitFor();
    return this.page.query('fill', this.steps, value);
  }

  async selectOption(value) {
    await this.waitFor();
    return this.page.query('selectOption', this.steps, value);
  }

  /** A real click, by the engine's own input: the element waited for, then clicked where a person would. */
  async click() {
    await this.waitFor();
    await this.page.clickOne(this.steps);
  }

  /** Clicks a radio or checkbox when it is not checked, then makes sure it is. */
  async check() {
    await this.waitFor();
    if (!(await this.isChecked())) await this.page.clickOne(this.steps);
    if (!(await this.isChecked())) throw new Error(`${this.describe()} is not checked after a click`);
  }

  describe() {
    return this.steps
      .map((step) => {
        const { kind, nth, hasText, has, and, ...rest } = step;
        if (nth !== undefined) return `nth(${nth})`;
        if (hasText) return `filter(hasText ${JSON.stringify(hasText)})`;
        if (has || and) return `${has ? 'has' : 'and'}(…)`;
        return `${kind}(${JSON.stringify(rest)})`;
      })
      .join(' > ');
  }
}
