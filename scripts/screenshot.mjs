// Takes the README's screenshot of the demo (run `npm run build` first).
// Usage: node scripts/screenshot.mjs docs/demo.png
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const out = process.argv[2] ?? 'docs/demo.png';
const { server, url } = await serve('.');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
await page.goto(`${url}demo/index.html`);
await page.locator('cf-level-ladder#skill-talent-management').getByRole('heading', { name: 'Talent Management' }).waitFor();
await page.locator('#compare-ladder').getByText('New at Expert').waitFor();
await page.screenshot({ path: out });
await browser.close();
server.close();
console.log(`wrote ${out}`);
