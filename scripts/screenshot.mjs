// Takes the README's screenshots from the demo page (run `npm run build` first): the page, the gap
// chart's radar and bar variants (after rating a few skills in the form, as a person would), and a
// role profile comparing two roles.
// Usage: node scripts/screenshot.mjs docs
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const folder = process.argv[2] ?? 'docs';
const { server, url } = await serve('.');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
await page.goto(`${url}demo/index.html`);
await page.locator('cf-level-ladder#skill-talent-management').getByRole('heading', { name: 'Talent Management' }).waitFor();
await page.locator('#compare-ladder').getByText('New at Expert').waitFor();
await page.screenshot({ path: join(folder, 'demo.png') });

const form = page.locator('.assess-form cf-self-assessment');
const rate = (skill, level) => form.getByRole('group', { name: skill }).getByRole('radio', { name: level, exact: true }).check();
await rate('Business Facing HR', 'Practitioner');
await rate('Employee Relations', 'Awareness');
await rate('Performance Management', 'Expert');
await rate('Employee Wellbeing & Engagement', 'Practitioner');
await rate('Organisation Development and Design (OD&D)', 'Supervised Practitioner');
await rate('Talent Management', 'Not applicable');
await rate('Learning & Development', 'Awareness');
const chart = page.locator('#gap-chart');
await chart.getByText('4 of 7 skills meet the role').waitFor();
// The pointer rests in the page margin: over the chart, it would open a skill's levels.
await page.mouse.move(4, 4);
await chart.screenshot({ path: join(folder, 'gap-chart-radar.png') });
await page.selectOption('#gap-role', 'senior-hr-business-partner');
await chart.evaluate((element) => (element.variant = 'bars'));
await chart.locator('g.row').first().waitFor();
await chart.screenshot({ path: join(folder, 'gap-chart-bars.png') });
await page.locator('#role-profile').evaluate((element) => Object.assign(element, { role: 'hr-adviser', compare: 'hr-business-partner' }));
await page.locator('#role-profile').getByText('What changes from HR Adviser to HR Business Partner').waitFor();
await page.locator('#role-profile').screenshot({ path: join(folder, 'role-profile-compare.png') });
await browser.close();
server.close();
console.log(`wrote demo.png, gap-chart-radar.png, gap-chart-bars.png and role-profile-compare.png in ${folder}`);
