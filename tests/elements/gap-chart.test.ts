import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { gapAnalysis, type SkillGap } from '../../src/core/analysis/gap.js';
import { indexFramework, indexRoles } from '../../src/core/framework-index.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework } from '../../src/core/schema/framework.js';
import type { CfGapChart } from '../../src/elements/gap-chart/gap-chart.js';
import type { ViewChangeEvent } from '../../src/events/view-change-event.js';
import { allByRole, byRole, byText, dataRows, maybeByRole, reported, text } from './harness.js';
import { loadAssessments, loadFixture, mountElement, shadowAll, shadowText, until } from './helpers.js';

const des = await loadFixture('des-hr');
const direct = await loadFixture('direct');
const careers = await loadFixture('public-service-careers');
const index = indexFramework(des);

// The sample ratings of an HR business partner: their own, their manager's, and their own of six months before.
const { self, manager, earlier } = (await loadAssessments('des-hr')) as Record<'self' | 'manager' | 'earlier', Assessment>;

const chart = (template: ReturnType<typeof html>): Promise<CfGapChart> => mountElement('cf-gap-chart', template);
const levelLabel = (id: string | undefined) =>
  id === undefined
    ? 'Not rated'
    : id === 'not-applicable'
      ? 'Not applicable'
      : id === 'not-observed'
        ? 'Not observed'
        : (index.levels.get(id)!.label as string);
const gapLabel = (gap: SkillGap) =>
  ({
    met: 'Meets the role',
    above: `${gap.difference} level${gap.difference === 1 ? '' : 's'} above`,
    below: `${-gap.difference!} level${gap.difference === -1 ? '' : 's'} below`,
    unrated: gap.current === 'not-observed' ? 'Not observed' : 'Not rated',
    'not-applicable': 'Not applicable',
    unstated: 'No level stated',
  })[gap.status];
const cells = (row: Element) => [...row.children].map(text);
/** The table: always there for assistive technology, hidden from sight while the drawing shows. */
const table = (el: CfGapChart) => byRole<HTMLTableElement>(el, 'table');
const columnHeaders = (el: CfGapChart) => allByRole(table(el), 'columnheader').map(text);
const rows = (el: CfGapChart) => dataRows(table(el));
/** The drawing: an image named by its title, described by the summary. Its shapes have no role or name: they are found by class. */
const drawing = (el: CfGapChart) => byRole(el, 'img');
const shapes = (el: CfGapChart, selector: string) => [...drawing(el).querySelectorAll(selector)];
/** Each subpath of a shape drawn for many rows at once, by where it starts and its first two steps (a box's width and height). */
const subpaths = (path: Element | undefined) =>
  [...(path?.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)[hVL](-?[\d.]+)(?:v(-?[\d.]+))?/g)].map(([, x, y, w, h]) => ({
    x: Number(x),
    y: Number(y),
    width: Number(w),
    height: Number(h),
  }));
/**
 * The bars drawing row by row: each row's band is where its skill's pointer target lies, and what a
 * row shows is what each shape (one path per kind for all rows) draws within it.
 */
const drawnRows = (el: CfGapChart) => {
  const svg = drawing(el) as unknown as SVGSVGElement;
  const height = svg.viewBox.baseVal.height;
  const at = (percent: string) => (parseFloat(percent) / 100) * height;
  const series = shapes(el, 'path.bar').map((_, s) => shapes(el, `path.bar.s${s % 4}`)[0]);
  return shadowAll<HTMLButtonElement>(el, 'button.target').map((target) => {
    const top = at(target.style.top);
    const inBand = (y: number) => y >= top && y < top + at(target.style.height);
    const within = (path: Element | undefined) => subpaths(path).find(({ y }) => inBand(y));
    const words = (selector: string) =>
      shapes(el, selector)
        .filter((text) => inBand(Number(text.getAttribute('y'))))
        .map((text) => text.textContent);
    return {
      bars: series.map((path) => within(path)),
      gap: within(shapes(el, 'path.gap')[0]),
      required: within(shapes(el, 'path.required')[0])?.x,
      /** Where the requirement's marker (a diamond, from its top corner) is centred across. */
      marker: within(shapes(el, 'path.required-marker')[0])?.x,
      // By its middle: its top is the row's own, which the target's rounded percentages may miss.
      band: shapes(el, 'rect.band').some((band) => inBand(Number(band.getAttribute('y')) + Number(band.getAttribute('height')) / 2)),
      note: words('text.note')[0],
      missing: words('text.missing'),
    };
  });
};
/** A label's words, its lines (a `<tspan>` each when there are more than one) joined by a space. */
const labelText = (label: Element) =>
  label.children.length > 0 ? [...label.children].map((line) => line.textContent).join(' ') : label.textContent;
/** The rows of the bars drawing (none while it draws a radar). */
const barRows = (el: CfGapChart) => (shapes(el, 'path.axis').length > 0 ? shapes(el, 'text.label').length : 0);
/** The one-sentence summary, as a screen reader gives it: the drawing's description. */
const expectSummary = (el: CfGapChart, sentence: string | RegExp) => byRole(el, 'img', { description: sentence });
/** The levels shown for a skill: the level ladder inside the chart, found by its tag (it has no role of its own). */
const ladder = (el: CfGapChart) => el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cf-level-ladder');
const skillName = (id: string) => index.skills.get(id)!.name as string;

describe('cf-gap-chart: the table', () => {
  it('agrees cell by cell with gapAnalysis, for every series', async () => {
    const el = await chart(
      html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessments=${[self, manager, earlier]}></cf-gap-chart>`,
    );
    const analyses = [self, manager, earlier].map((assessment) => gapAnalysis(des, assessment, 'senior-hr-business-partner')!);
    const role = indexRoles(des).roles.get('senior-hr-business-partner')!;
    expect(columnHeaders(el)).to.deep.equal([
      'Skill',
      'Needed for the role',
      'Self-rating, 20 Nov 2026',
      'Manager’s rating',
      'Self-rating, 14 May 2026',
      'Gap (Self-rating, 20 Nov 2026)',
    ]);
    const body = rows(el);
    expect(body).to.have.length(role.requirements.length);
    body.forEach((row, i) => {
      const requirement = role.requirements[i]!;
      const name = index.skills.get(requirement.skill)!.name as string;
      expect(cells(row)).to.deep.equal([
        requirement.importance === 'desirable' ? `${name} (desirable)` : name,
        levelLabel(requirement.level),
        ...analyses.map((analysis) => levelLabel(analysis.skills[i]!.current)),
        gapLabel(analyses[0]!.skills[i]!),
      ]);
    });
    expect(shadowText(el)).to.include('Not applicable');
  });

  it('sums up in one paragraph, which is also the drawing’s description', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessment=${self}></cf-gap-chart>`);
    const sentence =
      '2 of 8 skills meet the role. The largest gap is Organisation Development and Design (OD&D): 2 levels below. 1 skill is not rated yet. 1 skill is marked not observed. 1 skill is marked not applicable.';
    // One paragraph shows it (the part `summary`), and it is the drawing's description, under the drawing's name.
    const summary = byText(el, sentence);
    expect([summary.localName, summary.getAttribute('part')]).to.deep.equal(['p', 'summary']);
    byRole(el, 'img', { name: 'Ratings against what Senior HR Business Partner needs', description: sentence });
  });

  it('names series after the host’s labels when given', async () => {
    const el = await chart(
      html`<cf-gap-chart
        .framework=${des}
        role-id="hr-adviser"
        .assessments=${[
          { label: 'Me', assessment: self },
          { label: 'Sam (manager)', assessment: manager },
        ]}
      ></cf-gap-chart>`,
    );
    expect(columnHeaders(el).slice(2, 4)).to.deep.equal(['Me', 'Sam (manager)']);
    // The legend is the one list shown (its list has no name to find it by).
    expect(allByRole(el, 'listitem').map(text)).to.include.members(['Me', 'Sam (manager)']);
  });
});

describe('cf-gap-chart: the drawing', () => {
  it('draws bars that end at each rated level and nothing for what is not rated or not applicable', async () => {
    const el = await chart(
      html`<cf-gap-chart
        .framework=${des}
        role-id="senior-hr-business-partner"
        variant="bars"
        .assessments=${[self, manager]}
      ></cf-gap-chart>`,
    );
    const analyses = [self, manager].map((assessment) => gapAnalysis(des, assessment, 'senior-hr-business-partner')!);
    const ticks = shapes(el, 'text.tick').map((tick) => Number(tick.getAttribute('x')));
    expect(ticks).to.have.length(5);
    const drawn = drawnRows(el);
    expect(drawn).to.have.length(analyses[0]!.skills.length);
    expect(shapes(el, 'path.bar')).to.have.length(2);
    drawn.forEach((row, i) => {
      analyses.forEach((analysis, s) => {
        const gap = analysis.skills[i]!;
        const bar = row.bars[s];
        const rank = gap.current === undefined ? undefined : index.rank.get(gap.current);
        if (gap.status === 'not-applicable' || rank === undefined) {
          expect(bar, `row ${i} series ${s} has no bar`).to.equal(undefined);
          // The first series' gap in words says why; another series says it where its bar would be.
          if (s > 0) expect(row.missing, `row ${i} series ${s} says why`).to.include(gapLabel(gap));
        } else {
          expect(Math.abs(bar!.x + bar!.width - ticks[rank]!), `row ${i} series ${s} ends at its level`).to.be.below(0.5);
        }
      });
      const required = ticks[index.rank.get(analyses[0]!.skills[i]!.required!)!]!;
      expect(row.required, `row ${i}'s requirement`).to.equal(required);
      expect(row.marker, `row ${i}'s requirement marker`).to.equal(required);
      expect(row.note).to.equal(gapLabel(analyses[0]!.skills[i]!));
      if (analyses[0]!.skills[i]!.status === 'below') {
        // The shortfall runs from the end of the first series' bar to the requirement.
        expect(Math.abs(row.gap!.x - row.bars[0]!.x - row.bars[0]!.width), `row ${i}'s shortfall starts at the bar`).to.be.below(0.5);
        expect(Math.abs(row.gap!.x + row.gap!.width - required), `row ${i}'s shortfall ends at the need`).to.be.below(0.5);
      } else {
        expect(row.gap, `row ${i} falls not short`).to.equal(undefined);
      }
    });
    expect(
      drawn.some((row) => row.missing.length > 0),
      'the manager left something unrated',
    ).to.equal(true);
    // Only the skill shown has a band behind its row.
    expect(drawn.some((row) => row.band)).to.equal(false);
    shadowAll<HTMLButtonElement>(el, 'button.target')[2]!.click();
    await el.updateComplete;
    expect(drawnRows(el).map((row) => row.band)).to.deep.equal(drawn.map((_, i) => i === 2));
  });

  it('draws the radar’s points at each rated level, on rings a level apart', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessment=${self}></cf-gap-chart>`);
    const rings = shapes(el, '.grid circle');
    expect(rings).to.have.length(5);
    const cx = Number(rings[0]!.getAttribute('cx'));
    const cy = Number(rings[0]!.getAttribute('cy'));
    const outer = Number(rings[4]!.getAttribute('r'));
    const markers = shapes(el, '.series.s0 .marker');
    const analysis = gapAnalysis(des, self, 'senior-hr-business-partner')!;
    const rated = analysis.skills.filter(
      (gap) => gap.status !== 'not-applicable' && gap.current !== undefined && index.rank.has(gap.current),
    );
    expect(markers).to.have.length(rated.length);
    markers.forEach((marker, i) => {
      const box = (marker as unknown as SVGGraphicsElement).getBBox();
      const distance = Math.hypot(box.x + box.width / 2 - cx, box.y + box.height / 2 - cy);
      expect(distance).to.be.closeTo((outer * (index.rank.get(rated[i]!.current!)! + 1)) / 5, 0.6);
    });
    // Talent management is marked not applicable: its label says so instead of a point at the centre.
    const labels = shapes(el, 'text.label').map(labelText);
    expect(labels).to.include('Talent Management Not applicable');
    expect(labels).to.include('Learning & Development Not observed');
  });

  it('picks bars above 12 skills, and a radar from 3 to 12', async () => {
    const wide = structuredClone(des) as Framework;
    wide.roles.push({
      id: 'everything',
      title: 'Every skill twice',
      requirements: direct.skills.slice(0, 13).map((skill) => ({ skill: skill.id, level: 'practitioner', importance: 'essential' })),
    });
    wide.skills.push(...direct.skills.slice(0, 13).map((skill) => ({ ...skill, category: undefined, levels: {} })));
    const many = await chart(html`<cf-gap-chart .framework=${wide} role-id="everything"></cf-gap-chart>`);
    expect(barRows(many)).to.equal(13);
    const few = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser"></cf-gap-chart>`);
    expect(shapes(few, '.grid circle')).to.have.length(5);
    expect(barRows(few)).to.equal(0);
    const forced = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" variant="bars"></cf-gap-chart>`);
    expect(barRows(forced)).to.equal(6);
  });

  it('draws bars instead of a radar where the names would overlap round it', async () => {
    const wide = structuredClone(direct) as Framework;
    wide.roles.push({
      id: 'dozen',
      title: 'A dozen',
      requirements: direct.skills.slice(40, 52).map((skill) => ({ skill: skill.id, level: 'working', importance: 'essential' })),
    });
    const at = async (width: number) => {
      const el = await chart(html`<div style="width: ${width}px"><cf-gap-chart .framework=${wide} role-id="dozen"></cf-gap-chart></div>`);
      await el.updateComplete;
      return { rows: barRows(el), rings: shapes(el, '.grid circle').length };
    };
    expect(await at(520)).to.deep.equal({ rows: 12, rings: 0 });
    expect(await at(960)).to.deep.equal({ rows: 0, rings: 4 });
  });

  it('shows what the role needs when nothing is rated yet', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser"></cf-gap-chart>`);
    expectSummary(el, 'No ratings yet: the chart shows what the role needs.');
    expect(shapes(el, 'path.required')).to.have.length(1);
    expect(shapes(el, '.series')).to.have.length(0);
    expect(columnHeaders(el)).to.deep.equal(['Skill', 'Needed for the role']);
  });
});

describe('cf-gap-chart: each skill’s levels', () => {
  it('are reached by keyboard: the skills are one tab stop, arrow keys move between them, each shows its ladder', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-business-partner" .assessment=${self}></cf-gap-chart>`);
    const role = indexRoles(des).roles.get('hr-business-partner')!;
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const reached: string[] = [];
    for (const [i, requirement] of role.requirements.entries()) {
      if (i > 0) await sendKeys({ press: i % 2 ? 'ArrowRight' : 'ArrowDown' });
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(
        focused === byRole(el, 'button', { name: skillName(requirement.skill), expanded: true }),
        'focus on the skill, expanded',
      ).to.equal(true);
      const stops = allByRole(el, 'button').filter((button) => button.tabIndex === 0);
      expect(stops.length === 1 && stops[0] === focused, 'one tab stop, on the focused skill').to.equal(true);
      expect(ladder(el)!.getAttribute('skill')).to.equal(requirement.skill);
      expect(ladder(el)!.getAttribute('target')).to.equal(requirement.level);
      reached.push(requirement.skill);
    }
    expect(reached).to.have.length(8);
    await sendKeys({ press: 'Home' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal(skillName(role.requirements[0]!.skill));
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    // Tab goes straight on to the details of the skill last focused, past no other skill.
    await sendKeys({ press: 'Tab' });
    expect(ladder(el)!.getAttribute('skill')).to.equal(role.requirements.at(-1)!.skill);
    expect(el.shadowRoot!.activeElement === ladder(el), 'focus is in the details').to.equal(true);
    // Escape from anywhere in the element dismisses them.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(ladder(el)).to.equal(null);
    before.remove();
  });

  it('describes each skill’s button with its values from the table', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart>`);
    const button = allByRole(el, 'button')[1]!;
    expect(text(button)).to.equal('Employee Relations');
    // Its description is the skill's row, as a screen reader reads it out.
    byRole(el, 'button', {
      name: 'Employee Relations',
      description: 'Employee Relations Supervised Practitioner Supervised Practitioner Meets the role',
    });
  });

  it('shows a skill’s levels when the pointer rests on it, not as it passes; a click pins them until Escape', async () => {
    const el = await chart(
      html`<cf-gap-chart .framework=${des} role-id="hr-business-partner" variant="bars" .assessment=${self}></cf-gap-chart>`,
    );
    // The skill buttons lie over the drawing, in the role's order.
    const middle = (i: number): [number, number] => {
      const box = allByRole(el, 'button')[i]!.getBoundingClientRect();
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    };
    const shown = () => ladder(el)?.getAttribute('skill');
    await sendMouse({ type: 'move', position: middle(2) });
    await el.updateComplete;
    expect(shown(), 'not at once').to.equal(undefined);
    await until(() => shown() === 'performance-management', 'the levels to show after a rest');
    await ladder(el)!.updateComplete;
    expect(text(byRole(ladder(el)!, 'listitem', { current: true }))).to.include('Expert');
    // Passing over other skills on the way to the details changes nothing.
    for (const i of [3, 4, 5]) await sendMouse({ type: 'move', position: middle(i) });
    await sendMouse({ type: 'move', position: [0, 0] });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(shown()).to.equal('performance-management');
    // A click pins a skill: resting on another no longer changes it; a second click closes it.
    await sendMouse({ type: 'click', position: middle(1) });
    await el.updateComplete;
    expect(shown()).to.equal('employee-relations');
    await sendMouse({ type: 'move', position: middle(6) });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(shown()).to.equal('employee-relations');
    await sendMouse({ type: 'click', position: middle(1) });
    await el.updateComplete;
    expect(shown()).to.equal(undefined);
    await sendMouse({ type: 'click', position: middle(0) });
    await el.updateComplete;
    expect(shown()).to.equal('business-facing-hr');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown()).to.equal(undefined);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('keeps focus on the skill when the table takes over from the drawing', async () => {
    const el = await chart(
      html`<div style="width: 700px"><cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart></div>`,
    );
    const host = el.parentElement!;
    await el.updateComplete;
    byRole(el, 'button', { name: 'Performance Management' }).focus();
    host.style.width = '320px';
    await until(() => maybeByRole(el, 'img') === null, 'the table to take over');
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused === byRole(table(el), 'button', { name: 'Performance Management' })).to.equal(true);
    expect(byRole(table(el), 'rowheader', { name: 'Performance Management' }).contains(focused)).to.equal(true);
  });

  it('in the table view, the table shows, and its skill buttons open the details', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" view="table" .assessment=${self}></cf-gap-chart>`);
    expect(maybeByRole(el, 'img')).to.equal(null);
    // Shown: a region named by the table's caption, wider than the pixel that hides it from sight.
    const region = byRole(el, 'region', { name: 'Ratings against what HR Adviser needs' });
    expect(region.contains(table(el)) && region.getBoundingClientRect().width > 1).to.equal(true);
    const buttons = rows(el).map((row) => byRole(byRole(row, 'rowheader'), 'button'));
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement === buttons[1]).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ladder(el)!.getAttribute('skill')).to.equal('employee-relations');
    expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('keeps the table for assistive technology, with nothing focusable, while the drawing shows', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart>`);
    // Hidden from sight: no region to scroll, inside a wrapper a pixel wide; and nothing in it takes focus.
    const wrap = table(el).parentElement!;
    expect([maybeByRole(el, 'region'), wrap.getBoundingClientRect().width <= 1]).to.deep.equal([null, true]);
    expect(allByRole(wrap, 'button')).to.have.length(0);
    expect([...wrap.getElementsByTagName('*')].filter((element) => element.hasAttribute('tabindex'))).to.have.length(0);
    expect(rows(el)).to.have.length(6);
  });
});

describe('cf-gap-chart: sizes, input and messages', () => {
  it('lets the table take over at 320 px, with no sideways scroll of the page', async () => {
    const el = await chart(
      html`<div style="width: 320px">
        <cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessments=${[self, manager]}></cf-gap-chart>
      </div>`,
    );
    const host = el.parentElement!;
    await until(() => maybeByRole(el, 'img') === null, 'the table to take over');
    expect(byRole(el, 'region', { name: /^Ratings against/ }).getBoundingClientRect().width).to.be.above(1);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(host).to.be.accessible();
  });

  it('redraws when the ratings change, and when the page language changes', async () => {
    const el = await chart(html`<div lang="en"><cf-gap-chart .framework=${des} role-id="hr-adviser"></cf-gap-chart></div>`);
    const host = el.parentElement!;
    await el.updateComplete;
    el.assessment = self;
    await el.updateComplete;
    expect(shapes(el, '.series.s0')).to.have.length(1);
    host.lang = 'cy';
    await until(() => shadowText(el).includes('Angen ar gyfer y rôl'), 'Welsh');
    expectSummary(el, /^Mae \d o’r \d sgil yn bodloni’r rôl\./);
  });

  it('marks English framework text in the table on a Welsh page (WCAG 3.1.2)', async () => {
    const el = await chart(
      html`<div lang="cy"><cf-gap-chart .framework=${des} role-id="hr-adviser" view="table" .assessment=${self}></cf-gap-chart></div>`,
    );
    await el.updateComplete;
    // The lang attribute is what is tested: it is found by it.
    const first = rows(el)[0]!;
    expect([...first.querySelectorAll('[lang="en"]')].map((part) => part.textContent)).to.deep.equal([
      'Business Facing HR',
      'Supervised Practitioner',
      'Practitioner',
    ]);
    expect(table(el).caption!.querySelector('[lang="en"]')!.textContent).to.equal('HR Adviser');
  });

  it('reports series that are not a list instead of failing', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessments=${{ self } as never}></cf-gap-chart>`);
    expect(text(await reported(el))).to.include('This must be a list');
    expect(rows(el)).to.have.length(6);
  });

  it('reports an invalid series and still draws the valid ones', async () => {
    const broken = { ...manager, ratings: { 'business-facing-hr': { level: 'wizard' } } };
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessments=${[self, broken]}></cf-gap-chart>`);
    expect(text(await reported(el))).to.include('There is no level with the id “wizard”');
    expect(columnHeaders(el)).to.have.length(4);
  });

  it('says what is missing instead of drawing a blank', async () => {
    const noRole = await chart(html`<cf-gap-chart .framework=${des}></cf-gap-chart>`);
    expect(shadowText(noRole)).to.equal('Choose a role to compare the ratings with.');
    const unknown = await chart(html`<cf-gap-chart .framework=${des} role-id="astronaut"></cf-gap-chart>`);
    expect(shadowText(unknown)).to.equal('The role “astronaut” is not in this framework.');
    const none = await chart(html`<cf-gap-chart role-id="hr-adviser"></cf-gap-chart>`);
    expect(shadowText(none)).to.include('No framework to show');
  });

  for (const [name, template] of [
    [
      'radar, three series',
      () =>
        html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessments=${[self, manager, earlier]}></cf-gap-chart>`,
    ],
    [
      'bars',
      () =>
        html`<cf-gap-chart .framework=${des} role-id="hr-business-partner" variant="bars" .assessments=${[self, manager]}></cf-gap-chart>`,
    ],
    ['table view', () => html`<cf-gap-chart .framework=${des} role-id="hr-adviser" view="table" .assessment=${self}></cf-gap-chart>`],
    ['Welsh', () => html`<div lang="cy"><cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart></div>`],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const host = await fixture<HTMLElement>(template());
      const el = (host.matches('cf-gap-chart') ? host : host.querySelector('cf-gap-chart')!) as CfGapChart;
      await el.updateComplete;
      allByRole(el, 'button')[0]?.focus();
      await el.updateComplete;
      await expect(host).to.be.accessible();
    });
  }
});

describe('cf-gap-chart: skills the role names without a level', () => {
  // Head of the analysis profession: data analysis, statistical methods (desirable) and using evidence
  // have no level stated; leading people and stakeholder engagement are needed at expert.
  const rated: Assessment = {
    schemaVersion: 1,
    framework: { id: careers.id, version: careers.version },
    rater: 'self',
    status: 'draft',
    ratings: {
      'data-analysis': { level: 'expert' },
      'using-evidence': { level: 'not-observed' },
      'leading-people': { level: 'expert' },
      'stakeholder-engagement': { level: 'working' },
    },
  };
  const head = (variant: string, assessments: Assessment[] = [rated]) =>
    chart(
      html`<cf-gap-chart
        .framework=${careers}
        role-id="head-of-analysis-profession"
        variant=${variant}
        .assessments=${assessments}
      ></cf-gap-chart>`,
    );

  it('says “No level stated” in the table, for the need and the gap, and in the summary', async () => {
    const el = await head('bars');
    expect(rows(el).map(cells)).to.deep.equal([
      ['Data analysis', 'No level stated', 'Expert', 'No level stated'],
      ['Statistical methods (desirable)', 'No level stated', 'Not rated', 'No level stated'],
      ['Using evidence', 'No level stated', 'Not observed', 'No level stated'],
      ['Leading people', 'Expert', 'Expert', 'Meets the role'],
      ['Stakeholder engagement', 'Expert', 'Working', '2 levels below'],
    ]);
    expectSummary(
      el,
      '1 of 2 skills meets the role. The largest gap is Stakeholder engagement: 2 levels below. 3 skills have no level stated for the role.',
    );
  });

  it('draws no requirement marker and no shortfall for them in the bars, and says why in words', async () => {
    const el = await head('bars');
    const drawn = drawnRows(el);
    expect(drawn.map((row) => row.required !== undefined)).to.deep.equal([false, false, false, true, true]);
    expect(drawn.map((row) => row.marker !== undefined)).to.deep.equal([false, false, false, true, true]);
    expect(drawn.map((row) => row.note)).to.deep.equal([
      'No level stated',
      'No level stated',
      'No level stated',
      'Meets the role',
      '2 levels below',
    ]);
    expect(drawn.slice(0, 3).every((row) => row.gap === undefined)).to.equal(true);
    // The rating is the person's own: it is drawn, against no requirement.
    expect(drawn.slice(0, 2).map((row) => row.bars[0] !== undefined)).to.deep.equal([true, false]);
  });

  it('leaves the requirement’s outline open at their spokes on the radar, and names them under the skill', async () => {
    const el = await head('radar');
    const labels = shapes(el, 'text.label').map(labelText);
    expect(labels.slice(0, 3)).to.deep.equal([
      'Data analysis No level stated',
      'Statistical methods No level stated',
      'Using evidence No level stated',
    ]);
    const d = shapes(el, 'path.required')[0]!.getAttribute('d')!;
    expect(d).to.not.match(/Z/);
    // Only the two skills with a level have a vertex: the outline is one stroke between them.
    expect(d.match(/[ML]/g)).to.deep.equal(['M', 'L']);
    const spokeEnds = shapes(el, '.grid path').map((spoke) => spoke.getAttribute('d')!.split('L')[1]!.split(' ').map(Number));
    const vertices = d
      .slice(1)
      .split('L')
      .map((point) => point.split(' ').map(Number));
    const centre = shapes(el, '.grid circle')[0]!;
    const [cx, cy] = [Number(centre.getAttribute('cx')), Number(centre.getAttribute('cy'))];
    const onSpoke = ([x, y]: number[], [ex, ey]: number[]) =>
      Math.abs((ex! - cx) * (y! - cy) - (ey! - cy) * (x! - cx)) < 1 && (ex! - cx) * (x! - cx) + (ey! - cy) * (y! - cy) > 0;
    for (const vertex of vertices)
      expect(
        spokeEnds.slice(0, 3).some((end) => onSpoke(vertex, end)),
        'no vertex on a spoke with no level',
      ).to.equal(false);
    expect(vertices.every((vertex) => spokeEnds.slice(3).some((end) => onSpoke(vertex, end)))).to.equal(true);
  });

  it('shows a role that states no level at all before anything is rated: nothing drawn as a need, and said so', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${careers} role-id="chief-operating-officer" variant="bars"></cf-gap-chart>`);
    expectSummary(el, 'No ratings yet: the chart shows what the role needs. 4 skills have no level stated for the role.');
    expect(drawnRows(el).map((row) => [row.required, row.marker, row.note])).to.deep.equal(
      Array(4).fill([undefined, undefined, 'No level stated']),
    );
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(Array(4).fill('No level stated'));
    const radar = await chart(html`<cf-gap-chart .framework=${careers} role-id="chief-operating-officer" variant="radar"></cf-gap-chart>`);
    expect(shapes(radar, 'path.required')[0]!.getAttribute('d')).to.equal('');
    expect(shapes(radar, '.required-marker')).to.have.length(0);
  });

  it('opens the ladder of such a skill with no target marked (never the text “undefined”)', async () => {
    const el = await head('bars');
    byRole(el, 'button', { name: 'Data analysis' }).focus();
    await el.updateComplete;
    const levels = ladder(el)!;
    expect(levels.getAttribute('skill')).to.equal('data-analysis');
    expect(levels.hasAttribute('target')).to.equal(false);
    await levels.updateComplete;
    // Levels folded away in the ladder's closed disclosures count too.
    expect(allByRole(levels, 'heading', { name: /Target level/, hidden: true }), 'no level marked as the target').to.have.length(0);
    expect(text(byRole(levels, 'listitem', { current: true }))).to.include('Expert');
    byRole(el, 'button', { name: 'Leading people' }).focus();
    await el.updateComplete;
    expect(ladder(el)!.getAttribute('target')).to.equal('expert');
  });

  it('says so in Welsh, and has no axe violations', async () => {
    const el = await chart(
      html`<div lang="cy">
        <cf-gap-chart .framework=${careers} role-id="head-of-analysis-profession" .assessment=${rated}></cf-gap-chart>
      </div>`,
    );
    const host = el.parentElement!;
    await el.updateComplete;
    expectSummary(el, /Mae 3 sgil heb lefel wedi’i nodi ar gyfer y rôl\./);
    expect(cells(rows(el)[0]!)).to.deep.equal(['Dadansoddi data', 'Dim lefel wedi’i nodi', 'Arbenigwr', 'Dim lefel wedi’i nodi']);
    await expect(host).to.be.accessible();
  });
});

describe('cf-gap-chart: its API', () => {
  /** A skill's button, found by its accessible name (the drawing's targets, or the table's in the table view). */
  const skillButton = (el: CfGapChart, name: string) => byRole<HTMLButtonElement>(el, 'button', { name });
  const changes = (el: CfGapChart) => {
    const heard: ViewChangeEvent[] = [];
    el.addEventListener('cf-view-change', (event) => heard.push(event));
    return heard;
  };

  it('takes the role from `roleId` (attribute `role-id`), leaving the ARIA `role` property alone', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser"></cf-gap-chart>`);
    expect(el.roleId).to.equal('hr-adviser');
    expect(el.role).to.equal(null);
    el.roleId = 'senior-hr-business-partner';
    await el.updateComplete;
    expect(text(table(el).caption!)).to.equal('Ratings against what Senior HR Business Partner needs');
  });

  it('tells the host of the skill a person chooses, and of its closing, with cf-view-change', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart>`);
    const heard = changes(el);
    // Focus only shows a skill's levels for a glance: that is not a choice.
    skillButton(el, 'Employee Relations').focus();
    await el.updateComplete;
    expect(ladder(el)!.getAttribute('skill')).to.equal('employee-relations');
    expect(heard).to.have.length(0);
    skillButton(el, 'Employee Relations').click();
    await el.updateComplete;
    expect(heard.map(({ property, value }) => [property, value])).to.deep.equal([['skill', 'employee-relations']]);
    expect(el.skill).to.equal('employee-relations');
    skillButton(el, 'Performance Management').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heard.at(-1)!.value).to.equal('performance-management');
    // A second click on the chosen skill closes it; so does Escape.
    skillButton(el, 'Performance Management').click();
    await el.updateComplete;
    expect([heard.length, heard.at(-1)!.value, el.skill]).to.deep.equal([3, undefined, undefined]);
    skillButton(el, 'Employee Relations').click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(heard.map(({ value }) => value)).to.deep.equal([
      'employee-relations',
      'performance-management',
      undefined,
      'employee-relations',
      undefined,
    ]);
    expect(ladder(el)).to.equal(null);
  });

  it('shows the skill the host sets with `skill`, and fires nothing for it', async () => {
    const el = await chart(
      html`<cf-gap-chart .framework=${des} role-id="hr-adviser" skill="employee-relations" .assessment=${self}></cf-gap-chart>`,
    );
    expect(ladder(el)!.getAttribute('skill')).to.equal('employee-relations');
    expect(skillButton(el, 'Employee Relations').getAttribute('aria-expanded')).to.equal('true');
    const heard = changes(el);
    el.skill = 'performance-management';
    await el.updateComplete;
    expect(ladder(el)!.getAttribute('skill')).to.equal('performance-management');
    // It stays as a person's choice does: focus elsewhere does not change it.
    skillButton(el, 'Employee Relations').focus();
    await el.updateComplete;
    expect(ladder(el)!.getAttribute('skill')).to.equal('performance-management');
    el.skill = null;
    await el.updateComplete;
    expect(ladder(el)).to.equal(null);
    expect(heard).to.have.length(0);
    // The person closes what the host opened: that is theirs to tell.
    el.skill = 'employee-relations';
    await el.updateComplete;
    skillButton(el, 'Employee Relations').click();
    await el.updateComplete;
    expect(heard.map(({ value }) => value)).to.deep.equal([undefined]);
  });

  it('gives the skill’s levels heading level 2 unless told, within 2 to 4', async () => {
    for (const [given, level] of [
      [undefined, '2'],
      ['3', '3'],
      ['9', '4'],
      ['1', '2'],
    ] as const) {
      const el = await chart(
        html`<cf-gap-chart
          .framework=${des}
          role-id="hr-adviser"
          skill="employee-relations"
          heading-level=${given ?? nothing}
        ></cf-gap-chart>`,
      );
      expect(ladder(el)!.getAttribute('heading-level'), String(given)).to.equal(level);
    }
  });

  it('wraps everything it shows in its `base` part, messages too', async () => {
    for (const template of [
      html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart>`,
      html`<cf-gap-chart .framework=${des}></cf-gap-chart>`,
      html`<cf-gap-chart role-id="hr-adviser"></cf-gap-chart>`,
    ]) {
      const el = await chart(template);
      const children = [...el.shadowRoot!.children];
      expect(children.map((child) => child.getAttribute('part'))).to.deep.equal(['base']);
    }
  });
});
