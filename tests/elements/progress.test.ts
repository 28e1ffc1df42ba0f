import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readCsvRows } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import { parseAssessment } from '../../src/core/parse.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import '../../src/define.js';
import type { CfProgress } from '../../src/elements/progress/progress.js';
import { allByRole, byRole, reported, text } from './harness.js';
import { loadFixture, mountElement, shadowText } from './helpers.js';

const des = await loadFixture('des-hr');
const { history } = (await (await fetch(new URL('../fixtures/assessments/des-hr-history.json', import.meta.url))).json()) as {
  history: Assessment[];
};

const mount = (template: ReturnType<typeof html>): Promise<CfProgress> => mountElement('cf-progress', template);
/** The table whose caption is this, as rows of cell texts. */
const tableRows = (el: CfProgress, caption: string | RegExp) =>
  [...byRole(el, 'table', { name: caption }).querySelectorAll('tr')].map((row) => [...row.cells].map((cell) => text(cell)));

describe('cf-progress: levels over time', () => {
  it('shows each skill the role needs at each date, oldest first, with the trend in words', async () => {
    const el = await mount(
      html`<cf-progress .framework=${des} .assessments=${[...history].reverse()} role-id="hr-business-partner"></cf-progress>`,
    );
    const rows = tableRows(el, 'Your levels over time, against HR Business Partner');
    expect(rows[0]).to.deep.equal(['Skill', 'The role needs', '12 Jun 2025', '3 Dec 2025', '10 Mar 2026', '20 Nov 2026', 'Trend']);
    const row = (skill: string) => rows.find((cells) => cells[0] === skill)!;
    expect(row('Employee Relations')).to.deep.equal([
      'Employee Relations',
      'Practitioner',
      'Awareness',
      'Awareness',
      'Supervised Practitioner',
      'Practitioner',
      'Up 2 levels since 12 Jun 2025',
    ]);
    expect(row('Business Facing HR').at(-1)).to.equal('Up 2 levels since 12 Jun 2025');
    expect(row('Performance Management').at(-1)).to.equal('No change since 12 Jun 2025');
    expect(row('Talent Management').slice(2)).to.deep.equal(['', '', '', 'Not applicable', 'Not rated at a level']);
    expect(row('Organisation Development and Design (OD&D)').at(-1)).to.equal('No change since 10 Mar 2026');
  });

  it('says what changed since last time, and which skills moved', async () => {
    const el = await mount(html`<cf-progress .framework=${des} .assessments=${history} role-id="hr-business-partner"></cf-progress>`);
    const summary = byRole(el, 'region', { name: 'Since last time' });
    expect(text(summary)).to.include('From 10 Mar 2026 to 20 Nov 2026: 1 skill up, 1 skill down, 3 the same, 1 rated for the first time.');
    expect(allByRole(summary, 'listitem').map(text)).to.deep.equal([
      'Employee Relations: Supervised Practitioner to Practitioner',
      'Performance Management: Practitioner to Supervised Practitioner',
      'Talent Management: Not rated to Not applicable',
    ]);
  });

  it('keeps ratings for skills this framework version no longer has, apart, and says which assessments have no date', async () => {
    const el = await mount(html`<cf-progress .framework=${des} .assessments=${history}></cf-progress>`);
    const retired = tableRows(el, 'Skills this framework no longer has, kept as they were rated');
    expect(retired[1]).to.deep.equal(['hr-policy', 'Practitioner', '', '', '', 'Rated once, on 12 Jun 2025: no trend yet']);
    expect(shadowText(el)).to.include('1 assessment has no date, so it is not in the timeline.');
  });

  it('with one assessment, says there is no trend yet', async () => {
    const el = await mount(html`<cf-progress .framework=${des} .assessments=${[history[3]]}></cf-progress>`);
    expect(shadowText(el)).to.include('One assessment so far, on 20 Nov 2026: no trend yet.');
    const employeeRelations = tableRows(el, 'Your levels over time').find((cells) => cells[0] === 'Employee Relations')!;
    expect(employeeRelations.at(-1)).to.equal('Rated once, on 20 Nov 2026: no trend yet');
    expect(el.shadowRoot!.querySelector('[part="summary"] ul')).to.equal(null);
  });

  it('says so when there is nothing yet, and reports an assessment that cannot be read while showing the rest', async () => {
    const none = await mount(html`<cf-progress .framework=${des} .assessments=${[]}></cf-progress>`);
    expect(shadowText(none)).to.include('No assessments yet');
    const broken = await mount(
      html`<cf-progress .framework=${des} .assessments=${[history[2], { ...history[3], rater: 'boss' }]}></cf-progress>`,
    );
    expect(text(await reported(broken))).to.include('could not be read');
    expect(shadowText(broken)).to.include('One assessment so far, on 10 Mar 2026');
  });

  it('draws each skill’s line as a picture only, with no gap drawn as a level', async () => {
    const el = await mount(html`<cf-progress .framework=${des} .assessments=${history} role-id="hr-business-partner"></cf-progress>`);
    const lines = [...byRole(el, 'table', { name: /Your levels over time/ }).querySelectorAll('svg.line')];
    expect(lines.length).to.equal(8);
    for (const line of lines) expect(line.getAttribute('aria-hidden')).to.equal('true');
    const wellbeing = byRole(el, 'rowheader', { name: 'Employee Wellbeing & Engagement' }).closest('tr')!;
    // Not rated at the first date: three points, not four.
    expect(wellbeing.querySelectorAll('circle').length).to.equal(3);
    const drawn = [...el.shadowRoot!.querySelectorAll('svg.line *')].flatMap((shape) => [...shape.attributes].map((a) => a.value));
    expect(drawn.filter((value) => value.includes('NaN'))).to.deep.equal([]);
  });

  it('names a column after the label the host gave', async () => {
    const el = await mount(
      html`<cf-progress .framework=${des} .assessments=${[{ label: 'Mid-year', assessment: history[2] }, history[3]]}></cf-progress>`,
    );
    expect(tableRows(el, 'Your levels over time')[0]).to.deep.equal(['Skill', 'Mid-year (10 Mar 2026)', '20 Nov 2026', 'Trend']);
  });

  it('downloads every assessment as JSON that reads back, and as CSV', async () => {
    const el = await mount(html`<cf-progress .framework=${des} .assessments=${history}></cf-progress>`);
    const back = (JSON.parse(el.toJson()) as unknown[]).map((item) => parseAssessment(item));
    expect(back.every((result) => result.ok)).to.equal(true);
    expect(back.length).to.equal(5);
    const rows = readCsvRows(el.toCsv(), new ImportLog()).filter((row) => row.cells.some(Boolean));
    expect(rows.length).to.equal(1 + 4 + 4 + 5 + 6 + 1);
    expect(allByRole(el, 'button').map(text)).to.deep.equal([
      'Print my progress',
      'Download my assessments (JSON)',
      'Download my assessments (CSV)',
    ]);
  });

  it('is reached by keyboard: the table that scrolls sideways, then the buttons', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await mount(html`<cf-progress .framework=${des} .assessments=${history.slice(0, 4)}></cf-progress>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('region');
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-labelledby')).to.equal('history-title');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-labelledby')).to.equal('retired-caption');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Print my progress');
    before.remove();
  });

  it('speaks Welsh on a Welsh page', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="cy"><cf-progress .framework=${des} .assessments=${history} role-id="hr-business-partner"></cf-progress></div>`,
    );
    const el = host.querySelector<CfProgress>('cf-progress')!;
    await el.updateComplete;
    expect(shadowText(el)).to.include('Ers y tro diwethaf');
    expect(shadowText(el)).to.include('I fyny 2 lefel ers');
  });
});

describe('cf-progress: accessibility', () => {
  for (const [name, template] of [
    [
      'a history against a role',
      () => html`<cf-progress .framework=${des} .assessments=${history} role-id="hr-business-partner"></cf-progress>`,
    ],
    ['one assessment', () => html`<cf-progress .framework=${des} .assessments=${[history[3]]}></cf-progress>`],
    ['in Welsh', () => html`<div lang="cy"><cf-progress .framework=${des} .assessments=${history}></cf-progress></div>`],
    ['nothing yet', () => html`<cf-progress .framework=${des}></cf-progress>`],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const host = await fixture<HTMLElement>(template());
      const el = (host.matches('cf-progress') ? host : host.querySelector('cf-progress')!) as CfProgress;
      await el.updateComplete;
      await expect(host).to.be.accessible();
    });
  }
});
