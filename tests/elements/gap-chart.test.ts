import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { gapAnalysis, type SkillGap } from '../../src/core/analysis/gap.js';
import { indexFramework, indexRoles } from '../../src/core/framework-index.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework } from '../../src/core/schema/framework.js';
import type { CfGapChart } from '../../src/elements/gap-chart/gap-chart.js';
import { loadFixture, mountElement, shadowAll, shadowText, until } from './helpers.js';

const des = await loadFixture('des-hr');
const direct = await loadFixture('direct');
const index = indexFramework(des);

const assessmentOf = (ratings: Assessment['ratings'], extra: Partial<Assessment> = {}, framework: Framework = des): Assessment => ({
  schemaVersion: 1,
  framework: { id: framework.id, version: framework.version },
  rater: 'self',
  status: 'draft',
  ratings,
  ...extra,
});

// Senior HR Business Partner: nine skills, so a radar by default.
const self = assessmentOf(
  {
    'business-facing-hr': { level: 'practitioner' },
    'employee-relations': { level: 'supervised-practitioner' },
    'performance-management': { level: 'expert' },
    'employee-wellbeing-and-engagement': { level: 'practitioner' },
    'organisation-development-and-design': { level: 'awareness' },
    'talent-management': { level: 'not-applicable' },
    'learning-and-development': { level: 'not-observed' },
  },
  { updatedAt: '2026-11-20T10:00:00Z' },
);
const manager = assessmentOf({ 'business-facing-hr': { level: 'expert' }, 'employee-relations': { level: 'practitioner' } }, { rater: 'manager' });
const earlier = assessmentOf({ 'business-facing-hr': { level: 'awareness' } }, { updatedAt: '2026-03-01T10:00:00Z' });

const chart = (template: ReturnType<typeof html>): Promise<CfGapChart> => mountElement('cf-gap-chart', template);
const levelLabel = (id: string | undefined) =>
  id === undefined ? 'Not rated' : id === 'not-applicable' ? 'Not applicable' : id === 'not-observed' ? 'Not observed' : (index.levels.get(id)!.label as string);
const gapLabel = (gap: SkillGap) =>
  ({
    met: 'Meets the role',
    above: `${gap.difference} level${gap.difference === 1 ? '' : 's'} above`,
    below: `${-gap.difference!} level${gap.difference === -1 ? '' : 's'} below`,
    unrated: gap.current === 'not-observed' ? 'Not observed' : 'Not rated',
    'not-applicable': 'Not applicable',
  })[gap.status];
const cells = (row: Element) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());

describe('cf-gap-chart: the table', () => {
  it('agrees cell by cell with gapAnalysis, for every series', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessments=${[self, manager, earlier]}></cf-gap-chart>`);
    const analyses = [self, manager, earlier].map((assessment) => gapAnalysis(des, assessment, 'senior-hr-business-partner')!);
    const role = indexRoles(des).roles.get('senior-hr-business-partner')!;
    expect(cells(shadowAll(el, 'thead tr')[0]!)).to.deep.equal([
      'Skill', 'Needed for the role', 'Self-rating, 20 Nov 2026', 'Manager’s rating', 'Self-rating, 1 Mar 2026', 'Gap',
    ]);
    const rows = shadowAll(el, 'tbody tr');
    expect(rows).to.have.length(role.requirements.length);
    rows.forEach((row, i) => {
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
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent).to.equal(
      '2 of 8 skills meet the role. The largest gap is Organisation Development and Design (OD&D): 2 levels below. 3 skills are not rated yet. 1 skill is marked not applicable.',
    );
    const drawing = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(el.shadowRoot!.getElementById(drawing.getAttribute('aria-describedby')!)).to.equal(summary);
    expect(el.shadowRoot!.getElementById(drawing.getAttribute('aria-labelledby')!)!.textContent).to.equal('Ratings against what Senior HR Business Partner needs');
  });

  it('names series after the host’s labels when given', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessments=${[{ label: 'Me', assessment: self }, { label: 'Sam (manager)', assessment: manager }]}></cf-gap-chart>`);
    expect(cells(shadowAll(el, 'thead tr')[0]!).slice(2, 4)).to.deep.equal(['Me', 'Sam (manager)']);
    expect(shadowAll(el, '.legend li').map((item) => item.textContent!.trim())).to.include.members(['Me', 'Sam (manager)']);
  });
});

describe('cf-gap-chart: the drawing', () => {
  it('draws bars that end at each rated level and nothing for what is not rated or not applicable', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" variant="bars" .assessments=${[self, manager]}></cf-gap-chart>`);
    const analyses = [self, manager].map((assessment) => gapAnalysis(des, assessment, 'senior-hr-business-partner')!);
    const ticks = shadowAll(el, 'text.tick').map((tick) => Number(tick.getAttribute('x')));
    expect(ticks).to.have.length(5);
    const rows = shadowAll(el, 'g.row');
    expect(rows).to.have.length(analyses[0]!.skills.length);
    rows.forEach((row, i) => {
      analyses.forEach((analysis, s) => {
        const gap = analysis.skills[i]!;
        const bar = row.querySelector(`rect.bar.s${s}`);
        const rank = gap.current === undefined ? undefined : index.rank.get(gap.current);
        if (gap.status === 'not-applicable' || rank === undefined) {
          expect(bar, `row ${i} series ${s} has no bar`).to.equal(null);
        } else {
          const end = Number(bar!.getAttribute('x')) + Number(bar!.getAttribute('width'));
          expect(Math.abs(end - ticks[rank]!), `row ${i} series ${s} ends at its level`).to.be.below(0.5);
        }
      });
      const required = index.rank.get(analyses[0]!.skills[i]!.required)!;
      expect(row.querySelector('path.required')!.getAttribute('d')).to.match(new RegExp(`^M${ticks[required]} `));
      expect(row.querySelector('text.note')!.textContent).to.equal(gapLabel(analyses[0]!.skills[i]!));
      expect(row.querySelector('rect.gap') !== null).to.equal(analyses[0]!.skills[i]!.status === 'below');
    });
  });

  it('draws the radar’s points at each rated level, on rings a level apart', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessment=${self}></cf-gap-chart>`);
    const rings = shadowAll(el, '.grid circle');
    expect(rings).to.have.length(5);
    const cx = Number(rings[0]!.getAttribute('cx'));
    const cy = Number(rings[0]!.getAttribute('cy'));
    const outer = Number(rings[4]!.getAttribute('r'));
    const markers = shadowAll(el, 'svg[role="img"] .series.s0 .marker');
    const analysis = gapAnalysis(des, self, 'senior-hr-business-partner')!;
    const rated = analysis.skills.filter((gap) => gap.status !== 'not-applicable' && gap.current !== undefined && index.rank.has(gap.current));
    expect(markers).to.have.length(rated.length);
    markers.forEach((marker, i) => {
      const box = (marker as unknown as SVGGraphicsElement).getBBox();
      const distance = Math.hypot(box.x + box.width / 2 - cx, box.y + box.height / 2 - cy);
      expect(distance).to.be.closeTo((outer * (index.rank.get(rated[i]!.current!)! + 1)) / 5, 0.6);
    });
    // Talent management is marked not applicable: its label says so instead of a point at the centre.
    const labels = shadowAll(el, 'text.label').map((label) => [...label.children].map((line) => line.textContent).join(' '));
    expect(labels).to.include('Talent Management (Not applicable)');
    expect(labels).to.include('Learning & Development (Not observed)');
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
    expect(shadowAll(many, 'g.row')).to.have.length(13);
    const few = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser"></cf-gap-chart>`);
    expect(shadowAll(few, '.grid circle')).to.have.length(5);
    expect(shadowAll(few, 'g.row')).to.have.length(0);
    const forced = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" variant="bars"></cf-gap-chart>`);
    expect(shadowAll(forced, 'g.row')).to.have.length(6);
  });

  it('shows what the role needs when nothing is rated yet', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser"></cf-gap-chart>`);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('No ratings yet: the chart shows what the role needs.');
    expect(shadowAll(el, 'svg[role="img"] path.required')).to.have.length(1);
    expect(shadowAll(el, 'svg[role="img"] .series')).to.have.length(0);
    expect(cells(shadowAll(el, 'thead tr')[0]!)).to.deep.equal(['Skill', 'Needed for the role']);
  });
});

describe('cf-gap-chart: each skill’s levels', () => {
  it('are reached by keyboard: Tab to each skill in the drawing shows its ladder; Escape hides it', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-business-partner" .assessment=${self}></cf-gap-chart>`);
    const role = indexRoles(des).roles.get('hr-business-partner')!;
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (const requirement of role.requirements) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.dataset.skill).to.equal(requirement.skill);
      expect(focused.getAttribute('aria-expanded')).to.equal('true');
      await el.updateComplete;
      const ladder = el.shadowRoot!.querySelector('#details cf-level-ladder')!;
      expect(ladder.getAttribute('skill')).to.equal(requirement.skill);
      expect(ladder.getAttribute('target')).to.equal(requirement.level);
      reached.push(requirement.skill);
    }
    expect(reached).to.have.length(8);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#details cf-level-ladder')).to.equal(null);
    before.remove();
  });

  it('shows a skill’s levels when the pointer is over it, with the rated level marked current', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-business-partner" variant="bars" .assessment=${self}></cf-gap-chart>`);
    const target = shadowAll(el, 'button.target')[2]!;
    const box = target.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    const ladder = el.shadowRoot!.querySelector('#details cf-level-ladder') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(ladder.getAttribute('skill')).to.equal('performance-management');
    await ladder.updateComplete;
    expect(ladder.shadowRoot!.querySelector('[aria-current="true"]')!.textContent).to.include('Expert');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('in the table view, the table shows, and its skill buttons open the details', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" view="table" .assessment=${self}></cf-gap-chart>`);
    expect(el.shadowRoot!.querySelector('svg[role="img"]')).to.equal(null);
    const wrap = el.shadowRoot!.querySelector('table')!.parentElement!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
    expect(wrap.getAttribute('role')).to.equal('region');
    const button = shadowAll(el, 'tbody th button')[1]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#details cf-level-ladder')!.getAttribute('skill')).to.equal('employee-relations');
  });

  it('keeps the table for assistive technology, with nothing focusable, while the drawing shows', async () => {
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart>`);
    const wrap = el.shadowRoot!.querySelector('table')!.parentElement!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    expect(wrap.querySelectorAll('button, [tabindex]')).to.have.length(0);
    expect(wrap.querySelectorAll('tbody tr')).to.have.length(6);
  });
});

describe('cf-gap-chart: sizes, input and messages', () => {
  it('lets the table take over at 320 px, with no sideways scroll of the page', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 320px"><cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessments=${[self, manager]}></cf-gap-chart></div>`);
    const el = host.querySelector('cf-gap-chart')!;
    await until(() => el.shadowRoot!.querySelector('svg[role="img"]') === null, 'the table to take over');
    expect(el.shadowRoot!.querySelector('table')!.parentElement!.classList.contains('visually-hidden')).to.equal(false);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(host).to.be.accessible();
  });

  it('redraws when the ratings change, and when the page language changes', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"><cf-gap-chart .framework=${des} role-id="hr-adviser"></cf-gap-chart></div>`);
    const el = host.querySelector('cf-gap-chart')!;
    await el.updateComplete;
    el.assessment = self;
    await el.updateComplete;
    expect(shadowAll(el, 'svg[role="img"] .series.s0')).to.have.length(1);
    host.lang = 'cy';
    await until(() => shadowText(el).includes('Angen ar gyfer y rôl'), 'Welsh');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/^Mae \d o’r \d sgil yn bodloni’r rôl\./);
  });

  it('reports an invalid series and still draws the valid ones', async () => {
    const broken = { ...manager, ratings: { 'business-facing-hr': { level: 'wizard' } } };
    const el = await chart(html`<cf-gap-chart .framework=${des} role-id="hr-adviser" .assessments=${[self, broken]}></cf-gap-chart>`);
    expect(el.shadowRoot!.querySelector('[part="error-summary"]')!.textContent).to.include('There is no level with the id “wizard”');
    expect(shadowAll(el, 'thead th')).to.have.length(4);
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
    ['radar, three series', () => html`<cf-gap-chart .framework=${des} role-id="senior-hr-business-partner" .assessments=${[self, manager, earlier]}></cf-gap-chart>`],
    ['bars', () => html`<cf-gap-chart .framework=${des} role-id="hr-business-partner" variant="bars" .assessments=${[self, manager]}></cf-gap-chart>`],
    ['table view', () => html`<cf-gap-chart .framework=${des} role-id="hr-adviser" view="table" .assessment=${self}></cf-gap-chart>`],
    ['Welsh', () => html`<div lang="cy"><cf-gap-chart .framework=${des} role-id="hr-adviser" .assessment=${self}></cf-gap-chart></div>`],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const host = await fixture<HTMLElement>(template());
      const el = (host.matches('cf-gap-chart') ? host : host.querySelector('cf-gap-chart')!) as CfGapChart;
      await el.updateComplete;
      (shadowAll(el, 'button')[0] as HTMLElement | undefined)?.focus();
      await el.updateComplete;
      await expect(host).to.be.accessible();
    });
  }
});
