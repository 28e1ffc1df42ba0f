import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { aggregateTeam } from '../../src/core/analysis/team.js';
import { readCsvRows, unescapeCell } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework } from '../../src/core/schema/framework.js';
import type { CfTeamHeatmap } from '../../src/elements/team-heatmap/team-heatmap.js';
import { loadFixture, until } from './helpers.js';

const teamFile = async (): Promise<{ people: string[]; assessments: Assessment[] }> =>
  (await fetch(new URL('../fixtures/assessments/des-hr-team.json', import.meta.url))).json();

async function heatmap(framework: Framework, assessments: readonly unknown[], attributes: Partial<CfTeamHeatmap> = {}, people?: string[]) {
  const host = await fixture<CfTeamHeatmap>(html`<cf-team-heatmap .framework=${framework} .assessments=${assessments} .people=${people}></cf-team-heatmap>`);
  Object.assign(host, attributes);
  await host.updateComplete;
  return host;
}
const table = (host: CfTeamHeatmap) => host.shadowRoot!.querySelector('table')!;
const rowNames = (host: CfTeamHeatmap) => [...table(host).tBodies[0]!.rows].map((row) => row.cells[0]!.textContent!.trim());

describe('cf-team-heatmap', () => {
  let desHr: Framework;
  let team: { people: string[]; assessments: Assessment[] };
  before(async () => {
    desHr = await loadFixture('des-hr');
    team = await teamFile();
  });

  it('shows each person against each skill, the level and the gap in words, and hatches what is below the need', async () => {
    const host = await heatmap(desHr, team.assessments, { role: 'hr-business-partner' }, team.people);
    expect(table(host).caption!.textContent).to.equal('Skills of 12 people against what HR Business Partner needs');
    expect(rowNames(host)).to.deep.equal(team.people);
    const below = table(host).querySelector('td.below')!;
    expect(below.querySelector('[aria-hidden]')!.textContent).to.match(/^\d \(−\d\)$/);
    expect(below.querySelector('.visually-hidden')!.textContent).to.match(/^[A-Z][a-zA-Z ]+, \d levels? below$/);
    await expect(host).to.be.accessible();
  });

  it('orders people by their shortfall or by name, and skills by how many are below the need', async () => {
    const host = await heatmap(desHr, team.assessments, { role: 'hr-business-partner', sort: 'person' }, team.people);
    expect(rowNames(host)).to.deep.equal([...team.people].sort((a, b) => a.localeCompare(b, 'en')));
    host.sort = 'gap';
    await host.updateComplete;
    const shortfall = (name: string) =>
      [...table(host).tBodies[0]!.rows].find((row) => row.cells[0]!.textContent!.trim() === name)!.querySelectorAll('td.below [aria-hidden]').length;
    const names = rowNames(host);
    expect(shortfall(names[0]!)).to.be.at.least(shortfall(names.at(-1)!));
  });

  it('shows only a category’s skills when one is chosen', async () => {
    const withCategories = { ...desHr, categories: [{ id: 'core', name: 'Core' }], skills: desHr.skills.map((skill, i) => (i < 3 ? { ...skill, category: 'core' } : skill)) };
    const host = await heatmap(withCategories, team.assessments, { category: 'core' });
    expect(table(host).tHead!.rows[0]!.cells.length).to.equal(1 + 3);
    expect(table(host).caption!.textContent).to.equal('Skills of 12 people: Core skills only');
    const select = host.shadowRoot!.querySelectorAll('select')[2]!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await host.updateComplete;
    expect(table(host).tHead!.rows[0]!.cells.length).to.equal(1 + desHr.skills.length);
  });

  it('moves between cells with the arrow keys, Home and End, as one tab stop', async () => {
    const host = await heatmap(desHr, team.assessments, {}, team.people);
    expect(table(host).querySelectorAll('[tabindex="0"]').length).to.equal(1);
    (table(host).querySelector('[tabindex="0"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    const focused = () => host.shadowRoot!.activeElement as HTMLTableCellElement;
    expect([(focused().parentElement as HTMLTableRowElement).rowIndex, focused().cellIndex]).to.deep.equal([1, 1]);
    await sendKeys({ press: 'End' });
    expect(focused().cellIndex).to.equal(desHr.skills.length);
    await sendKeys({ press: 'Home' });
    expect(focused().textContent!.trim()).to.equal(team.people[0]);
    expect(table(host).querySelectorAll('[tabindex="0"]').length).to.equal(1);
  });

  it('keeps one tab stop when the skills shown, the view or the team change, and moves it to a clicked cell', async () => {
    const withCategories = { ...desHr, categories: [{ id: 'core', name: 'Core' }], skills: desHr.skills.map((skill, i) => (i < 3 ? { ...skill, category: 'core' } : skill)) };
    const host = await heatmap(withCategories, team.assessments, {}, team.people);
    const stops = () => table(host).querySelectorAll('[tabindex="0"]');
    (stops()[0] as HTMLElement).focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    const focused = () => host.shadowRoot!.activeElement as HTMLTableCellElement;
    expect([(focused().parentElement as HTMLTableRowElement).rowIndex, focused().cellIndex]).to.deep.equal([12, desHr.skills.length]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowLeft' });
    expect([(focused().parentElement as HTMLTableRowElement).rowIndex, focused().cellIndex]).to.deep.equal([11, desHr.skills.length - 1]);
    for (const change of [{ category: 'core' }, { view: 'aggregate' as const }, { view: 'people' as const }, { assessments: team.assessments.slice(0, 6) }]) {
      Object.assign(host, change);
      await host.updateComplete;
      expect(stops().length, JSON.stringify(change)).to.equal(1);
    }
    const cell = table(host).tBodies[0]!.rows[2]!.cells[1]!;
    cell.focus();
    expect(stops()).to.have.length(1);
    expect(stops()[0]).to.equal(cell);
  });

  it('counts people per level in the aggregate view, as aggregateTeam does, and hides counts for a small group', async () => {
    const host = await heatmap(desHr, team.assessments, { view: 'aggregate', role: 'hr-adviser' });
    const aggregate = aggregateTeam(desHr, team.assessments, 'hr-adviser')!;
    const rows = [...table(host).tBodies[0]!.rows];
    expect(rows.length).to.equal(desHr.skills.length);
    rows.forEach((row, r) => {
      const expected = aggregate.skills[r]!;
      const numbers = [...row.cells].slice(1).map((cell) => cell.textContent!.trim());
      expect(numbers.slice(0, 5)).to.deep.equal(desHr.scale.levels.map((level) => String(expected.atLevel[level.id])));
      expect(numbers.at(-1)).to.equal(expected.required ? String(expected.below) : '');
    });
    await expect(host).to.be.accessible();
    // Counts name no one, so they cannot be ordered by person.
    expect(host.shadowRoot!.querySelector<HTMLOptionElement>('option[value="person"]')!.disabled).to.equal(true);
    const small = await heatmap(desHr, team.assessments.slice(0, 4), { view: 'aggregate' });
    expect(small.shadowRoot!.querySelector('table')).to.equal(null);
    expect(small.shadowRoot!.textContent).to.include('this group has 4 people, fewer than 5');
    expect(small.shadowRoot!.querySelector('button'), 'nothing to download').to.equal(null);
    // A size that is not a number protects as the default does.
    const notANumber = await heatmap(desHr, team.assessments.slice(0, 4), { view: 'aggregate', minGroupSize: Number.NaN });
    expect(notANumber.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('offers only the views a page allows: counts alone name no one, in the table or the CSV', async () => {
    const host = await heatmap(desHr, team.assessments, { views: 'aggregate', view: 'people' }, team.people);
    expect(table(host).caption!.textContent).to.equal('How many of the 12 people are at each level');
    expect(host.shadowRoot!.querySelector('select option[value="people"]'), 'no way to the people view').to.equal(null);
    expect(team.people.some((name) => host.shadowRoot!.textContent!.includes(name))).to.equal(false);
    expect(team.people.some((name) => host.toCsv().includes(name))).to.equal(false);
    host.views = 'people aggregate';
    await host.updateComplete;
    expect(rowNames(host)).to.deep.equal(team.people);
    await expect(host).to.be.accessible();
  });

  it('exports the table shown as CSV, names and all, with formula-like cells neutralised', async () => {
    const people = ['=HYPERLINK("https://evil.example")', ...team.people.slice(1)];
    const host = await heatmap(desHr, team.assessments, { role: 'hr-adviser', sort: 'person' }, people);
    const rows = readCsvRows(host.toCsv(), new ImportLog());
    expect(rows[0]!.cells[0]).to.equal('Person');
    expect(rows.length).to.equal(13);
    expect(rows.map((row) => unescapeCell(row.cells[0]!)).slice(1)).to.deep.equal(rowNames(host));
    expect(rows.some((row) => row.cells[0] === `'${people[0]}`)).to.equal(true);
    host.view = 'aggregate';
    await host.updateComplete;
    expect(readCsvRows(host.toCsv(), new ImportLog())[0]!.cells.at(-1)).to.equal('Below the need');
  });

  it('draws a large team a batch at a time, then all of it', async () => {
    const many = Array.from({ length: 500 }, (_, i) => team.assessments[i % team.assessments.length]!);
    const host = await heatmap(desHr, many);
    expect(table(host).tBodies[0]!.rows.length).to.be.below(500);
    await until(() => table(host).tBodies[0]!.rows.length === 500, 'every row to be drawn');
    expect(host.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
  });

  it('works in Welsh', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="cy"><cf-team-heatmap .framework=${desHr} .assessments=${team.assessments} view="aggregate"></cf-team-heatmap></div>`);
    const host = wrapper.querySelector('cf-team-heatmap')!;
    await host.updateComplete;
    expect(table(host).caption!.textContent).to.equal('Faint o’r 12 o bobl sydd ar bob lefel');
    await expect(host).to.be.accessible();
  });
});
