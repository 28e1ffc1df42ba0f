// Opens every story of the built Storybook in Chromium, in English and in Welsh, and fails on any
// axe violation, page error, console error, failed request or empty render. Stories tagged
// `forced-colors` run with forced colours emulated (Windows high contrast); `print` with print media.
// ONLY=text checks only the stories whose id contains text.
// Usage: node scripts/smoke-stories.mjs storybook-static
//
// For speed, one page loads story after story, with the browser caching the build's files, and the
// a11y addon does not run axe itself (the sweep runs it, with the addon's rules). Each check is still
// a fresh load of the story: its own document, and the origin's storage wiped before it, which the
// check verifies as the page starts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = process.argv[2] ?? 'storybook-static';
const LOCALES = ['en', 'cy'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!process.env.ONLY || entry.id.includes(process.env.ONLY)),
);

// The build does not change while the sweep runs: only its HTML pages are fetched afresh each time.
// axe is served from a URL too, so that Chromium caches it compiled rather than parsing it per story.
const AXE_PATH = '/__sweep__/axe.min.js';
const { server, url } = await serve(root, 0, {
  answer(request, response) {
    if (request.url !== AXE_PATH) return false;
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600, immutable' });
    response.end(axeSource);
    return true;
  },
  cacheControl: (path) => (path.endsWith('/') || extname(path) === '.html' ? undefined : 'max-age=3600, immutable'),
});
const origin = new URL(url).origin;
const browser = await launch();
const context = await browser.newContext();
// Before any script of a story's page runs: what storage it starts with (it must start with none).
await context.addInitScript(() => {
  if (location.protocol !== 'http:') return;
  const leftOver = [];
  if (localStorage.length) leftOver.push(`localStorage: ${Object.keys(localStorage).join(', ')}`);
  if (sessionStorage.length) leftOver.push(`sessionStorage: ${Object.keys(sessionStorage).join(', ')}`);
  if (document.cookie) leftOver.push(`cookies: ${document.cookie}`);
  window.__sweepLeftOver = Promise.all([
    indexedDB.databases().then((databases) => databases.map((database) => `IndexedDB: ${database.name}`)),
    caches.keys().then((keys) => keys.map((key) => `Cache Storage: ${key}`)),
    navigator.serviceWorker.getRegistrations().then((registrations) => registrations.map((r) => `service worker: ${r.scope}`)),
  ]).then((lists) => [...leftOver, ...lists.flat()]);
});

// Storage belongs to the context, so a tab of its own wipes it: a CDP session on the story's tab
// would undo its print media emulation on the next load.
const janitor = await context.newCDPSession(await context.newPage());

/** Wipes what a story may have stored for the origin, so the next story starts as on a new visit. */
async function wipeStorage() {
  // sessionStorage belongs to the tab: cleared from the story's own document, before it goes.
  await page.evaluate(() => sessionStorage.clear()).catch(() => {});
  await page.goto('about:blank');
  await janitor.send('Storage.clearDataForOrigin', {
    origin,
    storageTypes: 'cookies,local_storage,indexeddb,websql,file_systems,cache_storage,service_workers,shared_storage,storage_buckets',
  });
  await context.clearCookies();
}

let page = await context.newPage();
let problems = [];
const watch = (watched) => {
  watched.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  watched.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url?.endsWith('favicon.ico'))
      problems.push(`console error: ${message.text()} ${message.location().url ?? ''}`);
  });
  watched.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('favicon.ico')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
};
watch(page);
let passed = 0;
let failed = 0;

for (const story of stories) {
  for (const locale of LOCALES) {
    // Whatever the previous story does from here on is its own: the page is on about:blank.
    problems = [];
    try {
      // Set for every story, so none inherits the last one's emulation.
      await page.emulateMedia({
        forcedColors: story.tags?.includes('forced-colors') ? 'active' : null,
        media: story.tags?.includes('print') ? 'print' : null,
      });
      // a11y.manual: the addon leaves axe to the sweep rather than running it on every render too.
      await page.goto(`${url}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};a11y.manual:!true`);
      const leftOver = await page.evaluate(() => window.__sweepLeftOver);
      if (leftOver.length > 0) problems.push(`storage left from an earlier story: ${leftOver.join('; ')}`);
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 15000 });
      // Let elements fetch, validate and render; cf-framework is done when it is no longer loading.
      await page.waitForFunction(
        () => [...document.querySelectorAll('cf-framework')].every((element) => element.status !== 'loading' || !element.src),
        null,
        { timeout: 15000 },
      );
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      const rendered = await page.evaluate((expected) => {
        const host = document.querySelector('#storybook-root');
        const text = (node) =>
          [...node.querySelectorAll('*')].map((element) => element.shadowRoot?.textContent ?? '').join('') + node.textContent;
        return {
          lang: host.querySelector('[lang]')?.getAttribute('lang') === expected,
          height: host.getBoundingClientRect().height,
          text: text(host).trim().length,
        };
      }, locale);
      if (!rendered.lang) problems.push(`the story is not inside lang="${locale}"`);
      // The emulation is checked, so a story tagged for it can never pass without it.
      const emulated = await page.evaluate(() => ({
        forced: matchMedia('(forced-colors: active)').matches,
        print: matchMedia('print').matches,
      }));
      if (story.tags?.includes('forced-colors') && !emulated.forced) problems.push('forced colours are not emulated');
      if (story.tags?.includes('print') && !emulated.print) problems.push('print media is not emulated');
      if (rendered.height < 10 || rendered.text === 0) problems.push('empty render');
      if (await page.evaluate(() => 'axe' in window)) problems.push('the a11y addon ran axe, though told not to');
      else await page.addScriptTag({ url: AXE_PATH });
      // The rules the addon applies (its defaults, the story's a11y parameters), on the story's root.
      const violations = await page.evaluate(async () => {
        const a11y = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y;
        if (!a11y) throw new Error("the story's a11y parameters could not be read");
        const config = a11y.config ?? {};
        window.axe.configure({ ...config, rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])] });
        const results = await window.axe.run('#storybook-root', { ...a11y.options, resultTypes: ['violations'] });
        return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} [${v.nodes.length}] ${v.nodes[0]?.target.join(' ')}`);
      });
      problems.push(...violations.map((violation) => `axe: ${violation}`));
    } catch (error) {
      problems.push(`could not check: ${error.message.split('\n')[0]}`);
    }
    try {
      await wipeStorage();
    } catch (error) {
      problems.push(`could not clear storage: ${error.message.split('\n')[0]}`);
    }
    if (problems.length > 0) {
      // After a failure, the next story gets a new tab rather than whatever state this one left.
      await page.close();
      page = await context.newPage();
      watch(page);
    }
    const name = `${story.title} / ${story.name} [${locale}]`;
    if (problems.length === 0) {
      passed++;
      console.log(`  ✓ ${name}`);
    } else {
      failed++;
      console.log(`  ✗ ${name}\n${problems.map((problem) => `      ${problem}`).join('\n')}`);
    }
  }
}

await context.close();
await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
