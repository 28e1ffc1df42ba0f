// A page in any of the three engines, with Playwright's names for what the end-to-end tests do. The
// engine's driver (./engines.mjs) does only what needs it: navigate, run a script, click, type. Finding
// things runs in the page (./in-page.mjs), the same in every engine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Locator } from './locator.mjs';

const bundled = await build({
  entryPoints: [fileURLToPath(new URL('./in-page.mjs', import.meta.url))],
  bundle: true,
  format: 'iife',
  globalName: '__cfLocate',
  platform: 'browser',
  minify: true,
  write: false,
  logLevel: 'warning',
});
/**
 * A script as one expression that runs it at most once per document: a driver may run what it is given
 * as a function's body (WebDriver does), where a top-level `var` would not reach `window`.
 */
const once = (global, source) => `window.${global} ? 0 : (() => { ${source}\n; return 1; })()`;
const IN_PAGE = once('__cfLocate', `${bundled.outputFiles[0].text}; window.__cfLocate = __cfLocate;`);
const AXE = once('axe', readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
const MISSING = '__cfLocate missing';

/** A function and its argument as one expression the page evaluates (awaited when it is a promise). */
const call = (fn, argument) => `(${fn.toString()})(${argument === undefined ? '' : JSON.stringify(argument)})`;

export class Page {
  /** @param {object} driver the engine's own page: see ./engines.mjs */
  constructor(driver, engine) {
    this.driver = driver;
    this.engine = engine;
    this.keyboard = {
      type: (text, { delay = 0 } = {}) => driver.type(text, delay),
      press: (key) => driver.press(key),
    };
  }

  goto(url) {
    return this.driver.goto(url);
  }

  reload() {
    return this.driver.reload();
  }

  goBack() {
    return this.driver.goBack();
  }

  goForward() {
    return this.driver.goForward();
  }

  url() {
    return this.driver.url();
  }

  close() {
    return this.driver.close();
  }

  /** Runs `fn(argument)` in the page and returns what it returns (JSON-safe). */
  evaluate(fn, argument) {
    return this.driver.evaluate(call(fn, argument));
  }

  async waitForFunction(fn, argument, { timeout = 15000 } = {}) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (await this.evaluate(fn, argument)) return;
      await this.waitForTimeout(100);
    }
    throw new Error(`waited ${timeout / 1000} s for ${fn.toString().slice(0, 80)}…`);
  }

  waitForTimeout(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  setViewportSize(size) {
    return this.driver.setViewport(size);
  }

  /** Print media, where the driver can emulate it (tests that need it skip the others: `gap('print')`). */
  emulateMedia({ media }) {
    if (!this.driver.emulateMedia) throw new Error(`${this.engine}'s driver cannot emulate ${media} media`);
    return this.driver.emulateMedia(media);
  }

  /** axe-core's violations on the page as it is, one line each. */
  async axeViolations() {
    if (!(await this.driver.evaluate('Boolean(window.axe)'))) await this.driver.evaluate(AXE);
    return this.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`),
    );
  }

  /** Runs one of ./in-page.mjs's queries, putting the finder into the page first when the page is new. */
  async query(name, steps, argument) {
    const expression = `window.__cfLocate ? window.__cfLocate.query(${JSON.stringify(name)}, ${JSON.stringify(steps)}, ${JSON.stringify(argument)}) : ${JSON.stringify(MISSING)}`;
    const result = await this.driver.evaluate(expression);
    if (result !== MISSING) return result;
    await this.driver.evaluate(IN_PAGE);
    return this.driver.evaluate(expression);
  }

  /** Clicks the one element the steps find, with the engine's own pointer (the finder put in first, by a count). */
  async clickOne(steps) {
    await this.query('count', steps);
    await this.driver.click(`window.__cfLocate.query("element", ${JSON.stringify(steps)})`);
  }

  locator(css) {
    return new Locator(this, []).locator(css);
  }

  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  getByLabel(label, options) {
    return new Locator(this, []).getByLabel(label, options);
  }

  getByText(content, options) {
    return new Locator(this, []).getByText(content, options);
  }

  selectOption(css, value) {
    return this.locator(css).selectOption(value);
  }

  inputValue(css) {
    return this.locator(css).inputValue();
  }

  getAttribute(css, name) {
    return this.locator(css).getAttribute(name);
  }
}
