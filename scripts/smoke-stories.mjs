// Opens every story of the built Storybook in Chromium, in English and in Welsh, and fails on any
// axe violation, page error, console error, failed request or empty render. Stories tagged
// `forced-colors` run with forced colours emulated (Windows high contrast); `print` with print media.
// ONLY=text checks only the stories whose id contains text.
// Usage: node scripts/smoke-stories.mjs storybook-static
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = process.argv[2] ?? 'storybook-static';
const LOCALES = ['en', 'cy'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!process.env.ONLY || entry.id.includes(process.env.ONLY)),
);

const { server, url } = await serve(root);
const browser = await launch();
let passed = 0;
let failed = 0;

for (const story of stories) {
  for (const locale of LOCALES) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url?.endsWith('favicon.ico'))
        problems.push(`console error: ${message.text()} ${message.location().url ?? ''}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('favicon.ico')) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    try {
      if (story.tags?.includes('forced-colors')) await page.emulateMedia({ forcedColors: 'active' });
      if (story.tags?.includes('print')) await page.emulateMedia({ media: 'print' });
      await page.goto(`${url}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
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
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      // The a11y addon runs axe after each render too, and axe runs one check at a time: wait for it.
      const violations = await page.evaluate(async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            const results = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
            return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} [${v.nodes.length}] ${v.nodes[0]?.target.join(' ')}`);
          } catch (error) {
            if (attempt > 50 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      problems.push(...violations.map((violation) => `axe: ${violation}`));
    } catch (error) {
      problems.push(`could not check: ${error.message.split('\n')[0]}`);
    }
    await page.close();
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

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
