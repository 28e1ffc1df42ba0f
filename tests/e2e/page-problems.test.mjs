// The watcher the end-to-end tests trust to say a page went wrong (./page-problems.mjs), shown to see
// each kind of problem in this engine: were it blind, every "no problems" in the other tests would pass.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { launch } from './browser/engines.mjs';
import { serveWatched } from './page-problems.mjs';

const folder = mkdtempSync(join(tmpdir(), 'cf-problems-'));
let browser;
let site;

before(async () => {
  writeFileSync(
    join(folder, 'broken.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title>
<script src="missing.js"></script>
<script>
  console.error('logged as an error');
  Promise.reject(new Error('rejected and not caught'));
  setTimeout(() => { throw new Error('thrown in a timer'); });
</script></head><body><p id="done">Done</p></body></html>`,
  );
  writeFileSync(join(folder, 'fine.html'), '<!doctype html><html lang="en"><title>Fine</title><p id="done">Done</p></html>');
  site = await serveWatched(folder);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.stop();
  rmSync(folder, { recursive: true, force: true });
});

it('hears a missing file, a console error, an uncaught rejection and an uncaught error', async () => {
  const page = await browser.newPage();
  const problems = site.watch();
  await page.goto(`${site.url}broken.html`);
  await page.locator('#done').waitFor();
  const deadline = Date.now() + 5000;
  while (problems.length < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const heard = problems.join('\n');
  assert.match(heard, /HTTP 404: \/missing\.js/);
  assert.match(heard, /logged as an error/);
  assert.match(heard, /rejected and not caught/);
  assert.match(heard, /thrown in a timer/);
  await page.close();
});

it('hears nothing from a page where nothing goes wrong', async () => {
  const page = await browser.newPage();
  const problems = site.watch();
  await page.goto(`${site.url}fine.html`);
  await page.locator('#done').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(problems, []);
  await page.close();
});
