// The engine the end-to-end tests run in, chosen by CF_ENGINE (chromium, the default; firefox; webkit),
// each driven by what drives it here: Chromium and Firefox by puppeteer-core (Firefox over WebDriver
// BiDi), WebKit by WebKitWebDriver and MiniBrowser over classic WebDriver. Nothing is downloaded.
import puppeteer from 'puppeteer-core';
import WebDriver from 'webdriver';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { findFirefox } from '../../../scripts/firefox.mjs';
import { pressKey, setViewport, startWebKitDriver, typeText } from '../../../scripts/webkit.mjs';
import { Page } from './page.mjs';

export const ENGINE = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[process.env.CF_ENGINE ?? 'chromium'];
if (!ENGINE) throw new Error(`CF_ENGINE=${process.env.CF_ENGINE}: expected chromium, firefox or webkit`);

/** Playwright's default, which the tests were written for. */
const VIEWPORT = { width: 1280, height: 720 };

/** Print media: puppeteer emulates it through Chromium's DevTools protocol only; WebDriver has no way to. */
const NO_PRINT = 'its driver cannot emulate print media (WebDriver has no media emulation)';

/** What each engine's driver cannot do, so that a test needing it is skipped, saying why. */
const GAPS = {
  Chromium: {},
  Firefox: { print: NO_PRINT },
  WebKit: {
    print: NO_PRINT,
    narrow: 'MiniBrowser’s window keeps its toolbar, so its viewport is never narrower than about 450 CSS pixels',
    restart: 'WebKitWebDriver opens MiniBrowser with storage that ends with its session, so nothing outlives the browser',
  },
};

/** Why this engine cannot run a test that needs `need`, or false: for node:test's `skip` option. */
export const gap = (need) => GAPS[ENGINE][need] ?? false;

class PuppeteerPage {
  /** @param {{ front?: object }} tabs what the browser's pages share: which of them is in front */
  constructor(page, engine, tabs) {
    this.page = page;
    this.tabs = tabs;
    if (engine === 'Chromium') this.emulateMedia = (media) => page.emulateMediaType(media);
  }
  /** A tab behind another is not drawn, so it is brought to the front before a person's click or key. */
  async #front() {
    if (this.tabs.front === this) return;
    await this.page.bringToFront();
    this.tabs.front = this;
  }
  goto(url) {
    return this.page.goto(url);
  }
  reload() {
    return this.page.reload();
  }
  goBack() {
    return this.page.goBack();
  }
  goForward() {
    return this.page.goForward();
  }
  url() {
    return this.page.url();
  }
  close() {
    return this.page.close();
  }
  evaluate(expression) {
    return this.page.evaluate(expression);
  }
  async click(expression) {
    await this.#front();
    const handle = await this.page.evaluateHandle(expression);
    try {
      await handle.asElement().click();
    } finally {
      await handle.dispose();
    }
  }
  async type(text, delay) {
    await this.#front();
    await this.page.keyboard.type(text, { delay });
  }
  async press(key) {
    await this.#front();
    await this.page.keyboard.press(key);
  }
  setViewport(size) {
    return this.page.setViewport(size);
  }
}

async function launchPuppeteer(profile) {
  // A protocol call that takes this long is stuck: fail the test rather than wait puppeteer's three minutes.
  const shared = { headless: true, defaultViewport: VIEWPORT, protocolTimeout: 30000, ...(profile && { userDataDir: profile }) };
  const browser = await puppeteer.launch(
    ENGINE === 'Firefox'
      ? { ...shared, browser: 'firefox', executablePath: findFirefox() }
      : { ...shared, executablePath: findChromium(), args: CHROMIUM_ARGS },
  );
  const tabs = {};
  const wrap = (page) => new Page(new PuppeteerPage(page, ENGINE, tabs), ENGINE);
  const newContext = async () => {
    const context = await browser.createBrowserContext();
    return { newPage: async () => wrap(await context.newPage()), close: () => context.close() };
  };
  return {
    newContext,
    /** A page in a context of its own, which ends with it. */
    async newPage() {
      const context = await newContext();
      const page = await context.newPage();
      const close = page.close.bind(page);
      page.close = async () => {
        await close();
        await context.close();
      };
      return page;
    },
    /** A page in the browser's own context, whose storage is the profile's. */
    async newSharedPage() {
      return wrap(await browser.newPage());
    },
    close: () => browser.close(),
  };
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** One WebDriver window; every command first makes it the current one, as a session has only one. */
class WebDriverPage {
  constructor(session, handle) {
    this.session = session;
    this.handle = handle;
  }
  async #current() {
    const { client } = this.session;
    if (this.session.current !== this.handle) {
      await client.switchToWindow(this.handle);
      this.session.current = this.handle;
    }
    return client;
  }
  async goto(url) {
    await (await this.#current()).navigateTo(url);
  }
  async reload() {
    await (await this.#current()).refresh();
  }
  async goBack() {
    await (await this.#current()).back();
  }
  async goForward() {
    await (await this.#current()).forward();
  }
  async url() {
    return (await this.#current()).getUrl();
  }
  /** Closes the page, as a person closes a tab: the browser stays open, with a blank window when this was the last. */
  async close() {
    const client = await this.#current();
    if ((await client.getWindowHandles()).length === 1) this.session.free = (await client.createWindow('window')).handle;
    await client.closeWindow();
    this.session.current = undefined;
  }
  async evaluate(expression) {
    return (await this.#current()).executeScript(`return (${expression});`, []);
  }
  async click(expression) {
    const client = await this.#current();
    const element = await client.executeScript(`return (${expression});`, []);
    await client.elementClick(element[ELEMENT]);
  }
  async type(text, delay) {
    await typeText(await this.#current(), text, delay);
  }
  async press(key) {
    await pressKey(await this.#current(), key);
  }
  async setViewport(size) {
    const client = await this.#current();
    await setViewport(
      {
        setWindowSize: (width, height) => client.setWindowRect(null, null, width, height),
        execute: (script) => client.executeScript(script, []),
      },
      size,
    );
  }
}

/**
 * WebKitWebDriver holds one session at a time, and each session is a MiniBrowser of its own with its own
 * storage: a context is a new session (the one before it ends), and its pages are windows of it.
 */
async function launchWebKit() {
  const driver = await startWebKitDriver();
  let session;
  const start = async () => {
    await session?.end();
    const client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port: driver.port,
      capabilities: driver.capabilities,
      logLevel: 'warn',
      logLevels: { '@wdio/utils': 'warn' },
    });
    const [first] = await client.getWindowHandles();
    const started = { client, current: first, free: first, ended: false };
    started.end = async () => {
      if (started.ended) return;
      started.ended = true;
      await client.deleteSession().catch(() => {});
      if (session === started) session = undefined;
    };
    session = started;
    return started;
  };
  /** A page in the session: its first window, then new ones (a tab would bring a tab bar, and a smaller viewport). */
  const open = async (into) => {
    let handle = into.free;
    into.free = undefined;
    if (!handle) handle = (await into.client.createWindow('window')).handle;
    const page = new WebDriverPage(into, handle);
    await page.setViewport(VIEWPORT);
    return new Page(page, ENGINE);
  };
  const newContext = async () => {
    const session = await start();
    return { newPage: () => open(session), close: () => session.end() };
  };
  return {
    newContext,
    async newPage() {
      return open(await start());
    },
    async newSharedPage() {
      return open(session ?? (await start()));
    },
    async close() {
      await session?.end();
      driver.stop();
    },
  };
}

/**
 * The engine's browser. `newContext()` gives storage that its pages share and no other page sees;
 * `newPage()` is a page with a context of its own. With `profile`, a folder, the browser's own storage is
 * kept there as a person's browser keeps it, shared by pages from `newSharedPage()`, and outlives the
 * browser (except in WebKit: see `gap('restart')`).
 */
export function launch({ profile } = {}) {
  return ENGINE === 'WebKit' ? launchWebKit() : launchPuppeteer(profile);
}
