// The React 19, Vue 3 and Svelte 5 example apps (examples/), built with Vite against the built package
// (`career-framework-elements/define` by name, so run `npm run build` first) and driven in the engine
// CF_ENGINE names (Chromium by default; Firefox; WebKit):
// a native form posts the assessment, a reset clears it, the gap chart follows both, the role profile's
// next roles reach the host.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { launch } from './browser/engines.mjs';
import { serveWatched } from './page-problems.mjs';

const APPS = { react: 'React 19', vue: 'Vue 3', svelte: 'Svelte 5' };
const folder = mkdtempSync(join(tmpdir(), 'cf-apps-'));
let browser;
let site;

before(async () => {
  for (const app of Object.keys(APPS)) {
    const started = performance.now();
    await build({ configFile: 'vite.examples.config.ts', mode: app, build: { outDir: join(folder, app) } });
    console.log(`built the ${APPS[app]} app in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  site = await serveWatched(folder);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Opens an app in storage of its own and collects everything that goes wrong on it. */
async function open(app) {
  const page = await browser.newPage();
  const problems = site.watch();
  await page.goto(`${site.url}${app}/index.html`);
  await page.getByRole('heading', { level: 1, name: `Career framework elements in ${APPS[app]}` }).waitFor();
  return { page, problems };
}

for (const [app, name] of Object.entries(APPS)) {
  describe(`the ${name} example app (examples/${app})`, () => {
    it('posts the rating from a native form, and the gap chart follows the form, its reset too', async () => {
      const { page, problems } = await open(app);
      const form = page.locator('cf-self-assessment');
      const chart = page.locator('cf-gap-chart');
      const skill = form.getByRole('group', { name: 'Employee Relations' });
      const awareness = skill.getByRole('radio', { name: 'Awareness', exact: true });
      await skill.waitFor();
      const row = chart.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Employee Relations', exact: true }) });
      // The table is there for assistive technology while the drawing shows: attached, not visible.
      const shows = (text) => row.getByText(text, { exact: true }).first().waitFor({ state: 'attached', timeout: 5000 });
      await awareness.check();
      await shows('2 levels below');

      await page.getByRole('button', { name: 'Send my assessment' }).click();
      await page.locator('#posted').filter({ hasText: 'employee-relations' }).waitFor({ timeout: 5000 });
      const posted = JSON.parse(await page.locator('#posted').textContent());
      assert.deepEqual(posted.framework, { id: 'des-hr', version: '1.0.0' });
      assert.equal(posted.ratings['employee-relations']?.level, 'awareness');
      assert.equal(new URL(await page.url()).pathname, `/${app}/index.html`, 'the submit must stay on the page');

      await page.getByRole('button', { name: 'Start again' }).click();
      await shows('Not rated');
      assert.equal(await awareness.isChecked(), false);
      assert.equal(await chart.locator('[part="summary"]').textContent(), 'None of the 8 skills is rated yet.');
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('hears cf-role-select from the role profile’s next roles', async () => {
      const { page, problems } = await open(app);
      const profile = page.locator('cf-role-profile');
      await profile.getByRole('link', { name: 'Learning and Development Partner' }).click();
      await page.locator('#chosen').filter({ hasText: 'learning-and-development-partner' }).waitFor({ timeout: 5000 });
      assert.equal(await page.locator('#chosen').textContent(), 'learning-and-development-partner');
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}
