import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { findRoutes, journeyGraph } from '../../src/core/analysis/journey.js';
import { journeyInput, journeyLayout, neighbourOf } from '../../src/charts/journey-layout.js';
import { pickLanguage } from '../../src/core/schema/text.js';
import type { CfJourneyMap } from '../../src/elements/journey-map/journey-map.js';
import type { RoleSelectEvent } from '../../src/events/role-select-event.js';
import { loadFixture, mountElement, nextEvent, shadowAll, shadowText, until } from './helpers.js';

const careers = await loadFixture('public-service-careers');
const des = await loadFixture('des-hr');
const graph = journeyGraph(careers);
const title = (id: string) => {
  const role = graph.roles.find((entry) => entry.id === id)!;
  return pickLanguage((role.level ?? role.role).title, 'en');
};
const kindText = { promotion: 'promotion', lateral: 'sideways move', 'cross-profession': 'move to another profession' } as const;
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const map = (template: ReturnType<typeof html>): Promise<CfJourneyMap> => mountElement('cf-journey-map', template);
const active = (el: CfJourneyMap) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.item;

describe('cf-journey-map: the map and its list', () => {
  it('draws every role and every move, and lists each role with where it leads, as the map shows', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    expect(shadowAll(el, 'svg .role')).to.have.length(graph.roles.length);
    expect(shadowAll(el, '.plot svg path.move')).to.have.length(graph.moves.length);
    for (const role of graph.roles) {
      const item = el.shadowRoot!.getElementById(`li-${role.id}`)!;
      expect(text(item.querySelector('.name')!)).to.equal(title(role.id));
      const leads = [...item.querySelectorAll('ul > li')].map(text);
      expect(leads).to.deep.equal((graph.movesFrom.get(role.id) ?? []).map((move) => `${title(move.to)} ${kindText[move.kind]}`));
      // Each role's button on the map is described by its entry in the list.
      const button = el.shadowRoot!.querySelector(`button.target[data-item="${role.id}"]`)!;
      expect(button.getAttribute('aria-describedby')).to.equal(`li-${role.id}`);
      expect(text(button)).to.equal(title(role.id));
    }
    // The list is grouped by family, then level, as the map's columns and rows (its title at heading level 2, the families at 3).
    expect(shadowAll(el, '[part="list"] h3').map(text)).to.deep.equal(['Operational delivery', 'Policy', 'Analysis', 'Digital']);
  });

  it('shows the list instead of the map when asked, and below 600 px, with buttons that open a role', async () => {
    const listed = await map(html`<cf-journey-map .framework=${careers} view="list"></cf-journey-map>`);
    expect(listed.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(shadowAll(listed, '.list button.link')).to.have.length(graph.roles.length);
    const host = await fixture<HTMLElement>(html`<div style="width: 400px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    const narrow = host.querySelector('cf-journey-map')!;
    await until(() => narrow.shadowRoot!.querySelector('svg') === null, 'the list to take over');
    expect(narrow.scrollWidth).to.be.at.most(400);
  });

  it('shows only the families asked for, and the moves between them', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers} family="policy, analysis"></cf-journey-map></div>`);
    const shown = graph.roles.filter((role) => ['policy', 'analysis'].includes(role.role.family!));
    expect(shadowAll(el, 'svg .role')).to.have.length(shown.length);
    const ids = new Set(shown.map((role) => role.id));
    expect(shadowAll(el, '.plot svg path.move')).to.have.length(graph.moves.filter((move) => ids.has(move.from) && ids.has(move.to)).length);
  });

  it('keeps focus on a zoom button that reaches its limit', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    const zoomOut = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-zoom="-1"]')!;
    zoomOut.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadowText(el)).to.include('Zoom: 50%');
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement === zoomOut).to.equal(true);
  });

  it('in the list, every role is a tab stop of its own', async () => {
    const el = await map(html`<cf-journey-map .framework=${careers} view="list"></cf-journey-map>`);
    const buttons = shadowAll(el, '.list button.link');
    expect(buttons.every((button) => button.getAttribute('tabindex') === '0')).to.equal(true);
    buttons[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === buttons[1]).to.equal(true);
  });

  it('zooms in and out, the roles’ targets scaling with the drawing', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const before = plot.getBoundingClientRect().width;
    const target = el.shadowRoot!.querySelector('button.target')!;
    const targetBefore = target.getBoundingClientRect().width;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-zoom="1"]')!.click();
    await el.updateComplete;
    expect(plot.getBoundingClientRect().width).to.be.closeTo(before * 1.25, 1);
    expect(target.getBoundingClientRect().width).to.be.closeTo(targetBefore * 1.25, 1);
    expect(shadowText(el)).to.include('Zoom: 125%');
  });
});

describe('cf-journey-map: keyboard and choosing a role', () => {
  it('is one tab stop; arrow keys follow the map; Enter fires cf-role-select and opens the role’s profile', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers} from="policy-adviser"></cf-journey-map></div>`);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    // The zoom buttons first (each stays focusable at its limit, marked aria-disabled), then the map.
    for (const zoom of ['-1', '1', '0']) {
      await sendKeys({ press: 'Tab' });
      expect((el.shadowRoot!.activeElement as HTMLElement).dataset.zoom).to.equal(zoom);
    }
    await sendKeys({ press: 'Tab' });
    const first = graph.roles[0]!.id;
    expect(active(el)).to.equal(first);
    expect(shadowAll(el, 'button.target[tabindex="0"]')).to.have.length(1);
    const layout = journeyLayout(journeyInput(graph, careers.families.map((family) => family.id), (role) => title(role.id)));
    let at = first;
    for (const arrow of ['ArrowUp', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown'] as const) {
      await sendKeys({ press: arrow });
      at = neighbourOf(layout, at, arrow) ?? at;
      expect(active(el), arrow).to.equal(at);
    }
    const chosen = nextEvent(el, 'cf-role-select');
    await sendKeys({ press: 'Enter' });
    expect(((await chosen) as RoleSelectEvent).role.id).to.equal(at);
    await el.updateComplete;
    const profile = el.shadowRoot!.querySelector('#profile cf-role-profile')!;
    expect(profile.getAttribute('role-id')).to.equal(at);
    // Tab leaves the map for the rest of the page: here, into the profile.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === profile, 'focus is in the profile').to.equal(true);
    // Escape closes it and gives focus back to the role it was opened from.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#profile cf-role-profile')).to.equal(null);
    await until(() => active(el) === at, 'focus back on the role');
    before.remove();
  });

  it('keeps the profile of a role chosen in it that lies outside the families shown', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers} family="operational-delivery"></cf-journey-map></div>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.target[data-item="team-leader"]')!.click();
    await el.updateComplete;
    const profile = el.shadowRoot!.querySelector('#profile cf-role-profile') as HTMLElement & { updateComplete: Promise<unknown> };
    await profile.updateComplete;
    profile.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-role="policy-adviser"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#profile cf-role-profile')!.getAttribute('role-id')).to.equal('policy-adviser');
  });

  it('reports an assessment it cannot read', async () => {
    const el = await map(html`<cf-journey-map .framework=${careers} view="list" .assessment=${{ ratings: 'none' } as never}></cf-journey-map>`);
    expect(el.shadowRoot!.querySelector('[part="error-summary"]')).to.not.equal(null);
  });

  it('opens no profile when the host cancels cf-role-select, and follows a next role chosen in the profile', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    el.addEventListener('cf-role-select', (event) => event.preventDefault(), { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.target[data-item="team-leader"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#profile cf-role-profile')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.target[data-item="team-leader"]')!.click();
    await el.updateComplete;
    const profile = el.shadowRoot!.querySelector('#profile cf-role-profile') as HTMLElement & { updateComplete: Promise<unknown> };
    await profile.updateComplete;
    const heard = nextEvent(el, 'cf-role-select');
    profile.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-role="policy-adviser"]')!.click();
    expect(((await heard) as RoleSelectEvent).role.id).to.equal('policy-adviser');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#profile cf-role-profile')!.getAttribute('role-id')).to.equal('policy-adviser');
    expect(el.shadowRoot!.querySelector('svg .role.selected text')!.textContent).to.include('Policy adviser');
  });
});

describe('cf-journey-map: routes', () => {
  it('lists the best route step by step, with the skills to develop, and marks it on the map', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers} from="team-leader" to="head-of-policy"></cf-journey-map></div>`);
    const best = findRoutes(careers, 'team-leader', 'head-of-policy').routes[0]!;
    const steps = shadowAll(el, '.steps > li');
    expect(steps.map((step) => text(step.querySelector('strong')!))).to.deep.equal(best.steps.map((step) => title(step.role.id)));
    expect(text(steps[0]!.querySelector('.kind')!)).to.equal('move to another profession');
    expect([...steps[0]!.querySelectorAll('ul li')].map(text)).to.include('Legislation and governance to Working');
    expect(shadowAll(el, 'svg .role.on-route')).to.have.length(best.steps.length);
    expect(shadowAll(el, 'svg path.move.on-route')).to.have.length(best.steps.length);
    expect(text(el.shadowRoot!.querySelector('svg .role.here .tag')!)).to.equal('You are here');
    expect(text(el.shadowRoot!.querySelector('button.target[data-item="head-of-policy"]')!)).to.equal('Head of policy Target');
  });

  it('says so when there is no route, or the person is already there', async () => {
    const none = await map(html`<cf-journey-map .framework=${careers} from="head-of-policy" to="administrative-officer" view="list"></cf-journey-map>`);
    expect(shadowText(none)).to.include('There is no route from Head of policy to Administrative officer in this framework.');
    const same = await map(html`<cf-journey-map .framework=${careers} from="analyst" to="analyst" view="list"></cf-journey-map>`);
    expect(shadowText(same)).to.include('You are already in this role.');
    const unknown = await map(html`<cf-journey-map .framework=${careers} from="astronaut" to="analyst" view="list"></cf-journey-map>`);
    expect(shadowText(unknown)).to.include('The role “astronaut” is not in this framework.');
  });

  it('speaks Welsh on a Welsh page, marking English framework text', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="cy" style="width: 1100px"><cf-journey-map .framework=${careers} from="analyst" to="senior-policy-adviser"></cf-journey-map></div>`);
    const el = host.querySelector('cf-journey-map')!;
    await el.updateComplete;
    expect(shadowText(el)).to.include('Llwybr o Dadansoddwr i Uwch gynghorydd polisi');
    expect(shadowText(el)).to.include('Chwyddo: 100%');
    const english = await fixture<HTMLElement>(html`<div lang="cy"><cf-journey-map .framework=${des} view="list"></cf-journey-map></div>`);
    const desMap = english.querySelector('cf-journey-map')!;
    await desMap.updateComplete;
    expect(desMap.shadowRoot!.querySelector('#li-hr-adviser [lang="en"]')!.textContent).to.equal('HR Adviser');
  });

  for (const [name, template] of [
    ['map with a route', () => html`<div style="width: 1100px"><cf-journey-map .framework=${careers} from="team-leader" to="head-of-policy"></cf-journey-map></div>`],
    ['list', () => html`<cf-journey-map .framework=${careers} view="list" from="analyst"></cf-journey-map>`],
    ['Welsh', () => html`<div lang="cy" style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`],
    ['DE&S', () => html`<div style="width: 1100px"><cf-journey-map .framework=${des} from="hr-adviser" to="senior-hr-business-partner"></cf-journey-map></div>`],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const host = await fixture<HTMLElement>(template());
      const el = (host.matches('cf-journey-map') ? host : host.querySelector('cf-journey-map')!) as CfJourneyMap;
      await el.updateComplete;
      await expect(host).to.be.accessible();
    });
  }
});

describe('cf-journey-map: roles without levels, and skills named without a level', () => {
  const apart = 'Not linked to other roles by any move';
  const top = (el: CfJourneyMap, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`button.target[data-item="${id}"]`)!.getBoundingClientRect().top;

  it('puts a role no move reaches in a band of its own above the levels, says why, and shows its type', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    expect(text(el.shadowRoot!.querySelector('svg text.band')!)).to.equal(apart);
    expect(el.shadowRoot!.querySelector('svg path.band-rule') !== null, 'a rule under the band').to.equal(true);
    const chief = top(el, 'chief-operating-officer');
    for (const role of graph.roles.filter((entry) => entry.id !== 'chief-operating-officer')) expect(top(el, role.id), role.id).to.be.above(chief);
    // Not on the bottom row with the entry roles, nor given a level's name.
    expect(top(el, 'chief-operating-officer')).to.be.below(top(el, 'administrative-officer'));
    expect(shadowAll(el, 'svg text.grade').map(text)).to.not.include(apart);
    // A promotion leads to the head of profession: placed above the role it comes from, not apart.
    expect(top(el, 'head-of-analysis-profession')).to.be.below(top(el, 'head-of-analysis'));
    // The map draws the roles in the graph's order.
    const chiefNode = shadowAll(el, 'svg .role')[graph.roles.findIndex((role) => role.id === 'chief-operating-officer')]!;
    expect(text(chiefNode.querySelector('.tag')!)).to.equal('Senior Civil Service');
    // The list says the same for the button's description.
    expect(text(el.shadowRoot!.querySelector('#li-chief-operating-officer .visually-hidden')!)).to.equal(`Operational delivery, ${apart}`);
    await expect(el).to.be.accessible();
  });

  it('lists such a role after its family’s levels, under the band’s title, never as a level', async () => {
    const el = await map(html`<cf-journey-map .framework=${careers} view="list"></cf-journey-map>`);
    const item = el.shadowRoot!.getElementById('li-chief-operating-officer')!;
    // Booleans, not elements, in assertions: a failing one must not ask the runner to print a whole list.
    expect(item.closest('ol.levels') === null, 'not in the ordered list of levels').to.equal(true);
    expect(text(item.closest('ul.roles')!.previousElementSibling!)).to.equal(apart);
    expect(text(item.querySelector('.type')!)).to.equal('Senior Civil Service');
    const head = el.shadowRoot!.getElementById('li-head-of-analysis-profession')!;
    expect(head.closest('ol.levels') !== null, 'on a level').to.equal(true);
    expect(text(head.querySelector('.type')!)).to.equal('Senior Civil Service');
    await expect(el).to.be.accessible();
  });

  it('lists the skills a step names without a level apart from the skills to develop, in the map and list views', async () => {
    for (const view of ['map', 'list']) {
      const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers} view=${view} from="principal-analyst" to="head-of-analysis-profession"></cf-journey-map></div>`);
      const steps = shadowAll(el, '.steps > li');
      expect(steps.map((step) => text(step.querySelector('strong')!))).to.deep.equal(['Head of analysis', 'Head of the analysis profession']);
      const last = steps[1]!;
      const [develop, unstated] = [...last.querySelectorAll(':scope > ul')];
      expect([...last.querySelectorAll(':scope > p')].map(text)).to.deep.equal(['To develop:', 'Skills named without a level:']);
      expect([...develop!.querySelectorAll('li')].map(text)).to.deep.equal(['Leading people to Expert', 'Stakeholder engagement to Expert']);
      expect([...unstated!.querySelectorAll('li')].map(text)).to.deep.equal(['Data analysis', 'Statistical methods', 'Using evidence']);
      expect(text(last)).to.not.match(/undefined/);
      // The step before names every skill with a level: it has no such list.
      expect(steps[0]!.querySelector('ul.unstated') === null, 'no list of skills without a level').to.equal(true);
    }
  });

  it('says so in Welsh', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="cy"><cf-journey-map .framework=${careers} view="list" from="head-of-analysis" to="head-of-analysis-profession"></cf-journey-map></div>`);
    const el = host.querySelector('cf-journey-map')!;
    await el.updateComplete;
    const last = shadowAll(el, '.steps > li').at(-1)!;
    expect(text(last.querySelector('ul.unstated')!.previousElementSibling!)).to.equal('Sgiliau a enwir heb lefel:');
    expect([...last.querySelectorAll('ul.unstated li')].map(text)).to.deep.equal(['Dadansoddi data', 'Dulliau ystadegol', 'Defnyddio tystiolaeth']);
    expect(text(el.shadowRoot!.querySelector('#li-chief-operating-officer .type')!)).to.equal('Uwch Wasanaeth Sifil');
    expect(shadowText(el)).to.include('Heb eu cysylltu â rolau eraill gan unrhyw symudiad');
    await expect(host).to.be.accessible();
  });
});

describe('cf-journey-map: its API', () => {
  /** A role's button on the map (or in the list view), by its accessible name. */
  const roleButton = (el: CfJourneyMap, name: string) => shadowAll<HTMLButtonElement>(el, 'button').find((button) => text(button) === name)!;
  const profileOf = (el: CfJourneyMap) => el.shadowRoot!.querySelector('cf-role-profile') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;

  it('reads `family` as ids separated by spaces, or commas', async () => {
    for (const family of ['policy analysis', 'policy,analysis', ' policy\nanalysis ']) {
      const el = await map(html`<cf-journey-map .framework=${careers} view="list" family=${family}></cf-journey-map>`);
      expect(shadowAll(el, '[part="list"] h3').map(text), JSON.stringify(family)).to.deep.equal(['Policy', 'Analysis']);
    }
  });

  it('passes the profile’s cf-role-select on to the host, and when the host cancels it, neither the profile nor the map follows', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    roleButton(el, 'Team leader').click();
    await el.updateComplete;
    const profile = profileOf(el)!;
    await profile.updateComplete;
    let inner: Event | undefined;
    profile.addEventListener('cf-role-select', (event) => (inner = event));
    const heard = nextEvent(el, 'cf-role-select');
    el.addEventListener('cf-role-select', (event) => event.preventDefault(), { once: true });
    const link = [...profile.shadowRoot!.querySelectorAll('a')].find((anchor) => text(anchor).startsWith('Policy adviser'))!;
    link.click();
    const outer = (await heard) as RoleSelectEvent;
    expect([outer.role.id, outer.cancelable, outer.defaultPrevented]).to.deep.equal(['policy-adviser', true, true]);
    expect(inner!.defaultPrevented, 'the profile’s own event is cancelled too').to.equal(true);
    await el.updateComplete;
    await profile.updateComplete;
    expect(profileOf(el)!.getAttribute('role-id')).to.equal('team-leader');
    expect(shadowText(profile)).to.include('Team leader');
  });

  it('puts its sections at heading level 2 unless told, within 2 to 4', async () => {
    for (const [given, level] of [[undefined, 2], ['3', 3], ['9', 4], ['1', 2]] as const) {
      const el = await map(html`<cf-journey-map .framework=${careers} view="list" from="analyst" to="senior-policy-adviser" heading-level=${given ?? nothing}></cf-journey-map>`);
      const route = el.shadowRoot!.querySelector('[part="route"]')!.firstElementChild!;
      expect([route.localName, route.textContent], String(given)).to.deep.equal([`h${level}`, 'Route from Analyst to Senior policy adviser']);
      expect(shadowAll(el, `[part="list"] h${level + 1}`).length, String(given)).to.equal(4);
    }
  });

  it('wraps everything it shows in its `base` part, messages too', async () => {
    for (const template of [html`<cf-journey-map .framework=${careers}></cf-journey-map>`, html`<cf-journey-map></cf-journey-map>`]) {
      const el = await map(template);
      expect([...el.shadowRoot!.children].map((child) => child.getAttribute('part'))).to.deep.equal(['base']);
    }
  });
});
