import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { aggregateTeam } from '../../src/core/analysis/team.js';
import { readCsvRows, unescapeCell } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework } from '../../src/core/schema/framework.js';
import type { CfTeamHeatmap } from '../../src/elements/team-heatmap/team-heatmap.js';
import { allByRole, byLabel, byRole, dataRows, maybeByRole, reported, text } from './harness.js';
import { loadFixture, mountElement, shadowText, until } from './helpers.js';

const teamFile = async (): Promise<{ people: string[]; assessments: Assessment[] }> =>
  (await fetch(new URL('../fixtures/assessments/des-hr-team.json', import.meta.url))).json();

/** A heatmap as given, its team perhaps still being read. */
async function mount(framework: Framework, assessments: readonly unknown[], attributes: Partial<CfTeamHeatmap> = {}, people?: string[]) {
  const host = await fixture<CfTeamHeatmap>(
    html`<cf-team-heatmap .framework=${framework} .assessments=${assessments} .people=${people}></cf-team-heatmap>`,
  );
  Object.assign(host, attributes);
  await host.updateComplete;
  return host;
}

/**
 * A heatmap with its team read. The team is read 40 ms a frame: a small one is usually read in the first
 * slice, but not on a busy machine, and not in every engine.
 */
async function heatmap(framework: Framework, assessments: readonly unknown[], attributes: Partial<CfTeamHeatmap> = {}, people?: string[]) {
  const host = await mount(framework, assessments, attributes, people);
  // The status region that says how far the reading has got (the aggregate view has another status) is empty once it is done.
  await until(() => host.shadowRoot!.querySelector('.reading')?.textContent === '', 'the team to be read');
  return host;
}
/** The table: a grid named by its caption, one tab stop that the arrow keys move. */
const table = (host: CfTeamHeatmap) => byRole<HTMLTableElement>(host, 'grid');
/** The select labelled so: the controls are found as a person finds them. */
const select = (host: CfTeamHeatmap, label: string) => byLabel<HTMLSelectElement>(host, label);
/**
 * Every cell a person can move to: the headers and the grid's cells (spacers are hidden from assistive technology, so not among them).
 * Testing Library gives a `td` its implicit role, `cell`, inside a grid too (where browsers say `gridcell`).
 */
const gridCells = (host: CfTeamHeatmap) =>
  ['columnheader', 'rowheader', 'cell'].flatMap((role) => allByRole<HTMLTableCellElement>(table(host), role));
/** The cells that are the grid's one tab stop. */
const tabStops = (host: CfTeamHeatmap) => gridCells(host).filter((cell) => cell.tabIndex === 0);
/** What a cell shows, and what it says to a screen reader (its words hidden from sight, not what is hidden from it): aria-hidden is what is tested. */
const shown = (cell: Element) => cell.querySelector('[aria-hidden="true"]')?.textContent ?? '';
const spoken = (cell: Element): string =>
  [...cell.childNodes]
    .map((node) =>
      node instanceof Element
        ? node.getAttribute('aria-hidden') === 'true'
          ? ''
          : spoken(node)
        : node.nodeType === Node.TEXT_NODE
          ? node.textContent
          : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
/** A cell below the role's need: it says so, in words. */
const isBelow = (cell: Element) => / levels? below$/.test(spoken(cell));
const rowNames = (host: CfTeamHeatmap) => allByRole(table(host), 'rowheader').map(text);
/** The grid's cells of the row headed so. */
const rowCells = (host: CfTeamHeatmap, name: string) =>
  allByRole(
    dataRows(table(host)).find((row) => text(byRole(row, 'rowheader')) === name)!,
    'cell',
  );

/**
 * A cell's place in the whole table, as assistive technology reads it (`aria-rowindex`, `aria-colindex`):
 * the DOM's own indices count only the rows and columns drawn, which change as the table scrolls.
 */
const placeOf = (cell: HTMLTableCellElement): number[] => {
  const row = cell.parentElement as HTMLTableRowElement;
  return [
    Number(row.getAttribute('aria-rowindex') ?? row.rowIndex + 1) - 1,
    Number(cell.getAttribute('aria-colindex') ?? cell.cellIndex + 1) - 1,
  ];
};

describe('cf-team-heatmap', () => {
  let desHr: Framework;
  let team: { people: string[]; assessments: Assessment[] };
  before(async () => {
    desHr = await loadFixture('des-hr');
    team = await teamFile();
  });

  it('shows each person against each skill, the level and the gap in words, and hatches what is below the need', async () => {
    const host = await heatmap(desHr, team.assessments, { roleId: 'hr-business-partner' }, team.people);
    expect(text(table(host).caption!)).to.equal('Skills of 12 people against what HR Business Partner needs');
    expect(rowNames(host)).to.deep.equal(team.people);
    const below = allByRole(table(host), 'cell').find(isBelow)!;
    expect(shown(below)).to.match(/^\d \(−\d\)$/);
    expect(spoken(below)).to.match(/^[A-Z][a-zA-Z ]+, \d levels? below$/);
    await expect(host).to.be.accessible();
  });

  it('orders people by their shortfall or by name, and skills by how many are below the need', async () => {
    const host = await heatmap(desHr, team.assessments, { roleId: 'hr-business-partner', sort: 'person' }, team.people);
    expect(rowNames(host)).to.deep.equal([...team.people].sort((a, b) => a.localeCompare(b, 'en')));
    host.sort = 'gap';
    await host.updateComplete;
    const shortfall = (name: string) => rowCells(host, name).filter(isBelow).length;
    const names = rowNames(host);
    expect(shortfall(names[0]!)).to.be.at.least(shortfall(names.at(-1)!));
  });

  it('shows only a category’s skills when one is chosen', async () => {
    const withCategories = {
      ...desHr,
      categories: [{ id: 'core', name: 'Core' }],
      skills: desHr.skills.map((skill, i) => (i < 3 ? { ...skill, category: 'core' } : skill)),
    };
    const host = await heatmap(withCategories, team.assessments, { category: 'core' });
    expect(allByRole(table(host), 'columnheader').length).to.equal(1 + 3);
    expect(text(table(host).caption!)).to.equal('Skills of 12 people: Core skills only');
    const skills = select(host, 'Skills');
    skills.value = '';
    skills.dispatchEvent(new Event('change'));
    await host.updateComplete;
    // The table draws only the columns in view (a person may scroll to the rest): it says how many it holds.
    expect(table(host).getAttribute('aria-colcount')).to.equal(String(1 + desHr.skills.length));
    expect(text(table(host).caption!)).to.equal('Skills of 12 people');
  });

  it('moves between cells with the arrow keys, Home and End, as one tab stop', async () => {
    const host = await heatmap(desHr, team.assessments, {}, team.people);
    expect(tabStops(host).length).to.equal(1);
    tabStops(host)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    // Where the keys go is the point: the focused cell's place in the table.
    const focused = () => host.shadowRoot!.activeElement as HTMLTableCellElement;
    expect(placeOf(focused())).to.deep.equal([1, 1]);
    await sendKeys({ press: 'End' });
    // The cell's place in the whole table: its index among the cells drawn changes as the columns in view are drawn after it scrolls.
    expect(focused().getAttribute('aria-colindex')).to.equal(String(desHr.skills.length + 1));
    await sendKeys({ press: 'Home' });
    expect(text(focused())).to.equal(team.people[0]);
    expect(tabStops(host).length).to.equal(1);
  });

  it('keeps one tab stop when the skills shown, the view or the team change, and moves it to a clicked cell', async () => {
    const withCategories = {
      ...desHr,
      categories: [{ id: 'core', name: 'Core' }],
      skills: desHr.skills.map((skill, i) => (i < 3 ? { ...skill, category: 'core' } : skill)),
    };
    const host = await heatmap(withCategories, team.assessments, {}, team.people);
    const stops = () => tabStops(host);
    stops()[0]!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    const focused = () => host.shadowRoot!.activeElement as HTMLTableCellElement;
    expect(placeOf(focused())).to.deep.equal([12, desHr.skills.length]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(placeOf(focused())).to.deep.equal([11, desHr.skills.length - 1]);
    for (const change of [
      { category: 'core' },
      { view: 'aggregate' as const },
      { view: 'people' as const },
      { assessments: team.assessments.slice(0, 6) },
    ]) {
      Object.assign(host, change);
      await host.updateComplete;
      expect(stops().length, JSON.stringify(change)).to.equal(1);
    }
    const cell = allByRole(dataRows(table(host))[2]!, 'cell')[0]!;
    cell.focus();
    expect(stops()).to.have.length(1);
    expect(stops()[0]).to.equal(cell);
  });

  it('tells the host of a person’s change of view, order or category, never of its own', async () => {
    const withCategories = {
      ...desHr,
      categories: [{ id: 'core', name: 'Core' }],
      skills: desHr.skills.map((skill, i) => (i < 3 ? { ...skill, category: 'core' } : skill)),
    };
    const host = await heatmap(withCategories, team.assessments, {}, team.people);
    const heard: Array<[string, unknown]> = [];
    host.addEventListener('cf-view-change', (event) => heard.push([event.property, event.value]));
    Object.assign(host, { sort: 'gap', category: 'core', view: 'aggregate' });
    await host.updateComplete;
    Object.assign(host, { sort: 'skill', category: '', view: 'people' });
    await host.updateComplete;
    expect(heard, 'the host’s own settings').to.deep.equal([]);
    for (const [label, value] of [
      ['Order', 'gap'],
      ['Skills', 'core'],
      ['Show', 'aggregate'],
    ] as const) {
      const control = select(host, label);
      control.value = value;
      control.dispatchEvent(new Event('change'));
      await host.updateComplete;
    }
    expect(heard).to.deep.equal([
      ['sort', 'gap'],
      ['category', 'core'],
      ['view', 'aggregate'],
    ]);
    expect([host.sort, host.category, host.view]).to.deep.equal(['gap', 'core', 'aggregate']);
    expect(host.getAttribute('view'), 'reflected, for a page to style').to.equal('aggregate');
  });

  it('takes its role from role-id, leaving the ARIA role alone, and wraps what it shows in a base part', async () => {
    const host = await fixture<CfTeamHeatmap>(
      html`<cf-team-heatmap .framework=${desHr} .assessments=${team.assessments} role-id="hr-business-partner"></cf-team-heatmap>`,
    );
    await host.updateComplete;
    expect(host.roleId).to.equal('hr-business-partner');
    expect(host.role, 'the browser’s ARIA reflection').to.equal(null);
    expect(text(table(host).caption!)).to.equal('Skills of 12 people against what HR Business Partner needs');
    // The part is what is tested.
    const base = host.shadowRoot!.querySelector('[part~="base"]')!;
    expect([...host.shadowRoot!.children].filter((child) => child.localName !== 'style')).to.deep.equal([base]);
    expect(base.contains(table(host))).to.equal(true);
  });

  it('reads views separated by commas or spaces', async () => {
    const host = await heatmap(desHr, team.assessments, { views: 'aggregate,people', view: 'aggregate' }, team.people);
    expect([...select(host, 'Show').options].map((option) => option.value)).to.deep.equal(['aggregate', 'people']);
  });

  it('names each person by their place in the assessments given, when some cannot be read', async () => {
    const broken = { ...team.assessments[1]!, ratings: 'none' };
    const host = await heatmap(desHr, [team.assessments[0]!, broken, ...team.assessments.slice(2, 4)], {}, team.people.slice(0, 4));
    expect(rowNames(host)).to.deep.equal([team.people[0], team.people[2], team.people[3]]);
    expect(text(await reported(host))).to.include('The assessment');
    const unnamed = await heatmap(desHr, [team.assessments[0]!, broken, team.assessments[2]!]);
    expect(rowNames(unnamed)).to.deep.equal(['Person 1', 'Person 3']);
  });

  it('moves between the counts with the keys as between people, one tab stop, Ctrl+End to the last', async () => {
    const host = await heatmap(desHr, team.assessments, { view: 'aggregate', roleId: 'hr-adviser' });
    const focused = () => host.shadowRoot!.activeElement as HTMLTableCellElement;
    const place = () => placeOf(focused());
    tabStops(host)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect(place()).to.deep.equal([1, 1]);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    // The skills, and the levels plus not applicable, not observed, not rated and below the need.
    expect(place()).to.deep.equal([desHr.skills.length, desHr.scale.levels.length + 4]);
    expect(text(focused())).to.equal(String(aggregateTeam(desHr, team.assessments, 'hr-adviser')!.skills.at(-1)!.below));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect(place(), 'stops at the edges').to.deep.equal([desHr.skills.length, desHr.scale.levels.length + 4]);
    await sendKeys({ press: 'Home' });
    expect(place()).to.deep.equal([desHr.skills.length, 0]);
    expect(tabStops(host)).to.have.length(1);
  });

  it('counts people per level in the aggregate view, as aggregateTeam does, and hides counts for a small group', async () => {
    const host = await heatmap(desHr, team.assessments, { view: 'aggregate', roleId: 'hr-adviser' });
    const aggregate = aggregateTeam(desHr, team.assessments, 'hr-adviser')!;
    const rows = dataRows(table(host));
    expect(rows.length).to.equal(desHr.skills.length);
    rows.forEach((row, r) => {
      const expected = aggregate.skills[r]!;
      const numbers = allByRole(row, 'cell').map(text);
      expect(numbers.slice(0, 5)).to.deep.equal(desHr.scale.levels.map((level) => String(expected.atLevel[level.id])));
      expect(numbers.at(-1)).to.equal(expected.required ? String(expected.below) : '');
    });
    await expect(host).to.be.accessible();
    // Counts name no one, so they cannot be ordered by person.
    expect([...select(host, 'Order').options].find((option) => option.value === 'person')!.disabled).to.equal(true);
    const small = await heatmap(desHr, team.assessments.slice(0, 4), { view: 'aggregate' });
    expect(maybeByRole(small, 'grid')).to.equal(null);
    expect(shadowText(small)).to.include('this group has 4 people, fewer than 5');
    expect(allByRole(small, 'button'), 'nothing to download').to.have.length(0);
    // A size that is not a number protects as the default does.
    const notANumber = await heatmap(desHr, team.assessments.slice(0, 4), { view: 'aggregate', minGroupSize: Number.NaN });
    expect(maybeByRole(notANumber, 'grid')).to.equal(null);
  });

  it('offers only the views a page allows: counts alone name no one, in the table or the CSV', async () => {
    const host = await heatmap(desHr, team.assessments, { views: 'aggregate', view: 'people' }, team.people);
    expect(text(table(host).caption!)).to.equal('How many of the 12 people are at each level');
    expect(
      allByRole<HTMLOptionElement>(host, 'option').map((option) => option.value),
      'no way to the people view',
    ).to.not.include('people');
    expect(team.people.some((name) => host.shadowRoot!.textContent!.includes(name))).to.equal(false);
    expect(team.people.some((name) => host.toCsv().includes(name))).to.equal(false);
    host.views = 'people aggregate';
    await host.updateComplete;
    expect(rowNames(host)).to.deep.equal(team.people);
    await expect(host).to.be.accessible();
  });

  it('exports the table shown as CSV, names and all, with formula-like cells neutralised', async () => {
    const people = ['=HYPERLINK("https://evil.example")', ...team.people.slice(1)];
    const host = await heatmap(desHr, team.assessments, { roleId: 'hr-adviser', sort: 'person' }, people);
    const rows = readCsvRows(host.toCsv(), new ImportLog());
    // toCsv() finishes reading the team at once; the table it was read for is drawn at the next update.
    await host.updateComplete;
    expect(rows[0]!.cells[0]).to.equal('Person');
    expect(rows.length).to.equal(13);
    expect(rows.map((row) => unescapeCell(row.cells[0]!)).slice(1)).to.deep.equal(rowNames(host));
    expect(rows.some((row) => row.cells[0] === `'${people[0]}`)).to.equal(true);
    host.view = 'aggregate';
    await host.updateComplete;
    expect(readCsvRows(host.toCsv(), new ImportLog())[0]!.cells.at(-1)).to.equal('Below the need');
  });

  describe('a large team', () => {
    let many: Assessment[];
    // DE&S HR's nine skills, seventeen times over: 153 columns.
    const copies = 17;
    let wide: Framework;
    const widen = (one: Assessment): Assessment => ({
      ...one,
      ratings: Object.fromEntries(
        Array.from({ length: copies }, (_, k) =>
          Object.entries(one.ratings).map(([id, rating]) => [k ? `${id}-${k}` : id, rating] as const),
        ).flat(),
      ),
    });
    before(() => {
      many = Array.from({ length: 500 }, (_, i) => team.assessments[i % team.assessments.length]!);
      wide = {
        ...desHr,
        skills: Array.from({ length: copies }, (_, k) =>
          desHr.skills.map((skill) => ({ ...skill, id: k ? `${skill.id}-${k}` : skill.id })),
        ).flat(),
      };
    });
    /** The rows drawn: spacers stand for the rest, hidden from assistive technology, so they are no rows to it. */
    const drawn = (host: CfTeamHeatmap) => dataRows(table(host));
    /** Where each drawn row is in the whole table: its aria-rowindex, which is what is tested. */
    const places = (host: CfTeamHeatmap) => drawn(host).map((row) => Number(row.getAttribute('aria-rowindex')));
    /** The spacers that stand for rows not drawn: they have no role (aria-hidden), so the drawn window's test finds them by class. */
    const spacers = (host: CfTeamHeatmap) => [...table(host).querySelectorAll('.gap')];
    /** The box the table scrolls in. */
    const scroller = (host: CfTeamHeatmap) => table(host).parentElement!;
    const name = (row: HTMLTableRowElement) => text(byRole(row, 'rowheader'));
    /** A large team is read a slice at a time: the table follows. */
    async function read(framework: Framework, assessments: readonly unknown[]) {
      const host = await heatmap(framework, assessments);
      await until(() => maybeByRole(host, 'grid') !== null, 'the team to be read');
      return host;
    }

    it('reads a large team a slice at a time, saying how far it has got, and exports it whole when asked midway', async () => {
      const host = await mount(wide, many.map(widen));
      const status = byRole(host, 'status');
      expect(status.textContent).to.equal('Reading the team’s 500 assessments…');
      const csv = readCsvRows(host.toCsv(), new ImportLog());
      expect(csv.length).to.equal(501);
      expect(csv.at(-1)!.cells[0]).to.equal('Person 500');
      await host.updateComplete;
      expect(table(host).getAttribute('aria-rowcount')).to.equal('501');
      // The same status region, emptied: read once, not a region coming and going.
      expect(byRole(host, 'status')).to.equal(status);
      expect(status.textContent).to.equal('');
    });

    it('keeps the team shown, names and all, while another is read', async () => {
      const host = await read(wide, many.map(widen));
      const names = Array.from({ length: 500 }, (_, i) => `Name ${i + 1}`);
      host.people = names;
      await host.updateComplete;
      expect(name(drawn(host)[0]!)).to.equal('Name 1');
      // A warm parser can read 400 assessments inside one slice's budget: a clock that runs 50 ms a look
      // makes each slice read one, so the team is still being read when it is checked, on any machine.
      const now = performance.now;
      let clock = now.call(performance);
      performance.now = () => (clock += 50);
      try {
        host.people = names.map((name) => `New ${name}`);
        host.assessments = many.slice(0, 400).map(widen);
        await host.updateComplete;
        expect(byRole(host, 'status').textContent).to.equal('Reading the team’s 400 assessments…');
        // The team before, with its own names: never the new names against the old ratings.
        expect(table(host).getAttribute('aria-rowcount')).to.equal('501');
        expect(name(drawn(host)[0]!)).to.equal('Name 1');
      } finally {
        performance.now = now;
      }
      await until(() => table(host).getAttribute('aria-rowcount') === '401', 'the new team to be shown');
      expect(name(drawn(host)[0]!)).to.equal('New Name 1');
    });

    it('draws rows over the whole view, however tall long names make them', async () => {
      // The first rows, which are measured, are tall; the rest are not.
      const names = Array.from({ length: 500 }, (_, i) =>
        i >= 40 ? `Person ${i + 1}` : `A person with a name long enough to take several lines ${i + 1}`,
      );
      const host = await heatmap(desHr, many, {}, names);
      // Read a slice per frame: on a busy machine the table is not there after the first update.
      await until(() => maybeByRole(host, 'grid') !== null, 'the team to be read');
      const view = scroller(host);
      for (const top of [0, 2500, 9000, 30000, view.scrollHeight]) {
        view.scrollTop = top;
        // No spacer shows between the sticky header and the view's bottom edge.
        const covered = () => {
          const { top: viewTop, bottom: viewBottom } = view.getBoundingClientRect();
          const [from, to] = [Math.max(viewTop, table(host).tHead!.getBoundingClientRect().bottom), Math.min(viewBottom, innerHeight)];
          const gaps = spacers(host)
            .filter((spacer) => spacer.localName === 'tr')
            .map((row) => row.getBoundingClientRect());
          return drawn(host).length > 0 && gaps.every((gap) => gap.bottom <= from + 1 || gap.top >= to - 1);
        };
        await until(covered, `rows drawn over the view at ${top}`);
      }
    });

    it('draws the whole table when asked, for the browser’s find, and the rows in view again after', async () => {
      const host = await read(desHr, many);
      await until(() => drawn(host).length < 80, 'only the rows in view to be drawn');
      const toggle = () => byRole(host, 'button', { name: 'Show the whole table at once' });
      expect(toggle().getAttribute('aria-pressed')).to.equal('false');
      toggle().click();
      await host.updateComplete;
      expect(drawn(host)).to.have.length(500);
      expect(toggle().getAttribute('aria-pressed')).to.equal('true');
      toggle().click();
      await until(() => drawn(host).length < 80, 'the rows in view alone again');
    });

    it('draws the rows in view, with spacers as tall as the rows left out, and says how many rows there are', async () => {
      const host = await read(desHr, many);
      expect(table(host).getAttribute('aria-rowcount')).to.equal('501');
      await until(() => drawn(host).length > 0 && drawn(host).length < 80, 'only the rows in view to be drawn');
      expect(places(host)[0]).to.equal(2);
      const rowHeight = drawn(host)[0]!.getBoundingClientRect().height;
      const body = () => table(host).tBodies[0]!.getBoundingClientRect().height;
      await until(() => Math.abs(body() - 500 * rowHeight) < rowHeight, 'the body to be as tall as 500 rows');
      scroller(host).scrollTop = scroller(host).scrollHeight;
      await until(() => places(host).includes(501), 'the last rows to be drawn');
      expect(places(host)).to.not.include(2);
      const sequence = places(host);
      expect(sequence).to.deep.equal([...sequence].sort((a, b) => a - b));
      expect(name(drawn(host).at(-1)!)).to.equal('Person 500');
    });

    it('reaches rows not drawn with the keys, and keeps the tab stop’s row drawn when it scrolls away', async () => {
      const host = await read(desHr, many);
      const focused = () => host.shadowRoot!.activeElement as HTMLTableCellElement;
      const place = () => Number(focused().parentElement!.getAttribute('aria-rowindex'));
      tabStops(host)[0]!.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await until(() => place() === 501, 'the last row to be focused');
      // By its place in the whole table: cellIndex counts only the cells drawn, which depends on the scroll.
      expect(focused().getAttribute('aria-colindex')).to.equal(String(desHr.skills.length + 1));
      await sendKeys({ press: 'ArrowUp' });
      await until(() => place() === 500, 'the row above to be focused');
      scroller(host).scrollTop = 0;
      await until(() => places(host).includes(2), 'the first rows to be drawn again');
      const stops = tabStops(host);
      expect(stops).to.have.length(1);
      expect(Number(stops[0]!.parentElement!.getAttribute('aria-rowindex'))).to.equal(500);
      expect(places(host)).to.include(500);
      stops[0]!.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      await until(() => place() === 1, 'the corner to be focused');
      expect(text(focused())).to.equal('Person');
    });

    it('draws the columns in view of a wide framework, under their headers, and reaches the last with End', async () => {
      const host = await read(wide, many.slice(0, 60).map(widen));
      const columns = wide.skills.length + 1;
      expect(table(host).getAttribute('aria-colcount')).to.equal(String(columns));
      // The spacer cells are hidden from assistive technology: the headers and cells found by role are those drawn.
      const header = () => allByRole(table(host), 'columnheader');
      await until(() => header().length > 1 && header().length < 40, 'only the columns in view to be drawn');
      // Every row draws the same columns, each cell under its header.
      const headerPlaces = header().map((cell) => cell.getAttribute('aria-colindex'));
      for (const row of drawn(host))
        expect([byRole(row, 'rowheader'), ...allByRole(row, 'cell')].map((cell) => cell.getAttribute('aria-colindex'))).to.deep.equal(
          headerPlaces,
        );
      const first = drawn(host)[0]!;
      expect(first.getBoundingClientRect().width).to.be.closeTo(table(host).tHead!.rows[0]!.getBoundingClientRect().width, 1);
      tabStops(host)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      const focused = () => host.shadowRoot!.activeElement as HTMLTableCellElement;
      await until(() => focused()?.getAttribute('aria-colindex') === String(columns), 'the last column to be focused');
      // The skills' names repeat in this framework: the header is found by its place, which is what is tested.
      const lastHeader = header().find((cell) => cell.getAttribute('aria-colindex') === String(columns))!;
      expect(text(lastHeader)).to.equal(wide.skills.at(-1)!.name as string);
      await sendKeys({ press: 'Home' });
      await until(() => focused()?.getAttribute('aria-colindex') === '1', 'the name to be focused');
      expect(text(focused())).to.equal('Person 1');
    });

    it('draws every row to print, and only those in view after', async () => {
      const host = await read(desHr, many);
      await until(() => drawn(host).length < 80, 'only the rows in view to be drawn');
      try {
        await emulateMedia({ media: 'print' });
        await until(() => drawn(host).length === 500, 'every row to be drawn for print');
        expect(spacers(host)).to.have.length(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      await until(() => drawn(host).length < 80, 'the rows in view alone again');
    });
  });

  it('marks the framework’s English inside Welsh sentences: cells, needs and the legend', async () => {
    const host = await mountElement(
      'cf-team-heatmap',
      html`<div lang="cy">
        <cf-team-heatmap .framework=${desHr} .assessments=${team.assessments} role-id="hr-business-partner"></cf-team-heatmap>
      </div>`,
    );
    await host.updateComplete;
    // The lang attribute is what is tested: it is found by it.
    const english = (element: Element) => element.querySelector('[lang="en"]');
    const labels: unknown[] = desHr.scale.levels.map((level) => level.label);
    const cell = allByRole(table(host), 'cell').find(english);
    if (!cell) throw new Error('no cell names a level in English');
    // "Supervised Practitioner, yn bodloni’r angen": the label in English, marked, in a Welsh sentence (what is read out, not what shows).
    expect(labels).to.include(english(cell)!.textContent);
    expect(spoken(cell)).to.match(/angen|lefel/);
    // A skill's need, under its name: the level marked (the skill's name is marked too).
    expect(
      allByRole(table(host), 'columnheader').some((header) =>
        [...header.querySelectorAll('[lang="en"]')].some((mark) => labels.includes(mark.textContent)),
      ),
    ).to.equal(true);
    // The legend: the paragraph that names the levels.
    expect(allByRole(host, 'paragraph').some((paragraph) => paragraph.querySelector('[lang="en"]') !== null)).to.equal(true);
    await expect(host).to.be.accessible();
  });

  it('works in Welsh', async () => {
    const host = await mountElement(
      'cf-team-heatmap',
      html`<div lang="cy"><cf-team-heatmap .framework=${desHr} .assessments=${team.assessments} view="aggregate"></cf-team-heatmap></div>`,
    );
    await host.updateComplete;
    expect(text(table(host).caption!)).to.equal('Faint o’r 12 o bobl sydd ar bob lefel');
    await expect(host).to.be.accessible();
  });
});

describe('cf-team-heatmap: skills the role names without a level', () => {
  let careers: Framework;
  let team: Assessment[];
  // Head of the analysis profession: data analysis, statistical methods (desirable) and using evidence
  // have no level stated; leading people and stakeholder engagement are needed at expert.
  const ratings = [
    { 'data-analysis': 'expert', 'using-evidence': 'awareness', 'leading-people': 'expert', 'stakeholder-engagement': 'working' },
    { 'data-analysis': 'awareness', 'using-evidence': 'expert', 'leading-people': 'working', 'stakeholder-engagement': 'expert' },
    { 'data-analysis': 'working', 'leading-people': 'practitioner' },
    { 'data-analysis': 'practitioner', 'statistical-methods': 'awareness', 'leading-people': 'expert' },
    { 'data-analysis': 'awareness', 'using-evidence': 'working', 'stakeholder-engagement': 'practitioner' },
  ];
  before(async () => {
    careers = await loadFixture('public-service-careers');
    team = ratings.map((levels) => ({
      schemaVersion: 1,
      framework: { id: careers.id, version: careers.version },
      rater: 'manager',
      status: 'submitted',
      ratings: Object.fromEntries(Object.entries(levels).map(([skill, level]) => [skill, { level }])),
    }));
  });
  const words = text;
  /** The people view's column of a skill: its header, and each person's cell. */
  const column = (host: CfTeamHeatmap, name: string) => {
    const headers = allByRole(table(host), 'columnheader');
    const at = headers.findIndex((cell) => words(cell).startsWith(name));
    // The need is a line of its own under the skill's name: what the header says after it.
    const needs = words(headers[at]!).slice(name.length).trim();
    // The first column is the people's names, their row headers.
    return { header: `${name} / ${needs}`, cells: dataRows(table(host)).map((row) => allByRole(row, 'cell')[at - 1]!) };
  };

  it('says “needed, no level stated” over the column, and each cell gives the level with no gap, never below', async () => {
    const host = await heatmap(careers, team, { roleId: 'head-of-analysis-profession' });
    const analysis = column(host, 'Data analysis');
    expect(analysis.header).to.equal('Data analysis / needed, no level stated');
    expect(column(host, 'Leading people').header).to.equal('Leading people / needs Expert');
    expect(column(host, 'Casework').header, 'a skill the role does not name').to.equal('Casework / ');
    expect(analysis.cells.map((cell) => spoken(cell))).to.deep.equal([
      'Expert, no level stated for the role',
      'Awareness, no level stated for the role',
      'Working, no level stated for the role',
      'Practitioner, no level stated for the role',
      'Awareness, no level stated for the role',
    ]);
    expect(analysis.cells.map((cell) => shown(cell))).to.deep.equal(['4', '1', '2', '3', '1']);
    for (const name of ['Data analysis', 'Statistical methods', 'Using evidence']) {
      expect(column(host, name).cells.some(isBelow), `${name}: nobody below a level nobody stated`).to.equal(false);
    }
    expect(isBelow(column(host, 'Stakeholder engagement').cells[0]!)).to.equal(true);
    const csv = readCsvRows(host.toCsv(), new ImportLog());
    const at = csv[0]!.cells.indexOf('Data analysis');
    expect(csv[1]!.cells[at]).to.equal('Expert, no level stated for the role');
    await expect(host).to.be.accessible();
  });

  it('counts nobody below or meeting them in the counts view and its CSV: “No level stated” instead of a count', async () => {
    const host = await heatmap(careers, team, { roleId: 'head-of-analysis-profession', view: 'aggregate' });
    const headers = allByRole(table(host), 'rowheader');
    /** The count below the need: the last cell of the row headed by the skill. */
    const below = (name: string) =>
      words(allByRole(headers.find((header) => words(header).startsWith(name))!.parentElement!, 'cell').at(-1)!);
    expect(
      words(headers.find((header) => words(header).startsWith('Data analysis'))!)
        .slice('Data analysis'.length)
        .trim(),
    ).to.equal('needed, no level stated');
    expect(below('Data analysis')).to.equal('No level stated');
    expect(below('Stakeholder engagement')).to.equal('2');
    expect(below('Casework'), 'a skill the role does not name').to.equal('');
    const csv = readCsvRows(host.toCsv(), new ImportLog()).map((line) => line.cells);
    expect(csv.find((cells) => cells[0] === 'Data analysis')!.at(-1)).to.equal('No level stated');
    expect(csv.find((cells) => cells[0] === 'Stakeholder engagement')!.at(-1)).to.equal('2');
    await expect(host).to.be.accessible();
    // A role that states no level at all still has the column, so the counts view says so for each skill it names.
    const chief = await heatmap(careers, team, { roleId: 'chief-operating-officer', view: 'aggregate' });
    expect(words(allByRole(table(chief), 'columnheader').at(-1)!)).to.equal('Below the need');
    const named = dataRows(table(chief)).filter((entry) => words(byRole(entry, 'rowheader')).includes('no level stated'));
    expect(named.map((entry) => words(allByRole(entry, 'cell').at(-1)!))).to.deep.equal(Array(4).fill('No level stated'));
  });

  it('says so in Welsh', async () => {
    const host = await mountElement(
      'cf-team-heatmap',
      html`<div lang="cy">
        <cf-team-heatmap .framework=${careers} .assessments=${team} role-id="head-of-analysis-profession"></cf-team-heatmap>
      </div>`,
    );
    const wrapper = host.parentElement!;
    await host.updateComplete;
    const analysis = column(host, 'Dadansoddi data');
    expect(analysis.header).to.equal('Dadansoddi data / angen, dim lefel wedi’i nodi');
    expect(spoken(analysis.cells[0]!)).to.equal('Arbenigwr, dim lefel wedi’i nodi ar gyfer y rôl');
    await expect(wrapper).to.be.accessible();
  });
});
