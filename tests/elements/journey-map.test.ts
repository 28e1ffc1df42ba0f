import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { findRoutes, journeyGraph } from '../../src/core/analysis/journey.js';
import { journeyInput, journeyLayout, neighbourOf } from '../../src/charts/journey-layout.js';
import { pickLanguage } from '../../src/core/schema/text.js';
import type { CfJourneyMap } from '../../src/elements/journey-map/journey-map.js';
import type { RoleSelectEvent } from '../../src/events/role-select-event.js';
import { allByRole, byRole, byText, describedBy, itemsOf, maybeByRole, reported, text } from './harness.js';
import { loadFixture, mountElement, nextEvent, shadowText, until } from './helpers.js';

const careers = await loadFixture('public-service-careers');
const des = await loadFixture('des-hr');
const graph = journeyGraph(careers);
const title = (id: string, language = 'en') => {
  const role = graph.roles.find((entry) => entry.id === id)!;
  return pickLanguage((role.level ?? role.role).title, language);
};
const kindText = { promotion: 'promotion', lateral: 'sideways move', 'cross-profession': 'move to another profession' } as const;
const map = (template: ReturnType<typeof html>): Promise<CfJourneyMap> => mountElement('cf-journey-map', template);
const focused = (el: CfJourneyMap) => el.shadowRoot!.activeElement;

/** The map: a group of the roles' buttons over a drawing hidden from assistive technology. */
const mapGroup = (el: CfJourneyMap) => byRole(el, 'group', { name: 'Career map' });
/** The drawing's shapes: it is aria-hidden (the buttons and the list say it all), so they have no role or name and are found by class. */
const shapes = (el: CfJourneyMap, selector: string) => [...mapGroup(el).querySelector('svg')!.querySelectorAll(selector)];
/** A role's button, on the map or in the list: named by its title, then on the map what marks it (", You are here"). */
const roleButton = (el: CfJourneyMap, id: string, language = 'en') =>
  byRole(el, 'button', { name: (name) => name === title(id, language) || name.startsWith(`${title(id, language)}, `) });
/** A role's item in the list: on the map, what describes its button; in the list view, the item its button is in. */
const roleItem = (el: CfJourneyMap, id: string, language = 'en') => {
  const button = roleButton(el, id, language);
  return describedBy(button)[0] ?? button.closest('li')!;
};
/** The route's steps: the items of the list under the route's heading. */
const steps = (el: CfJourneyMap) =>
  itemsOf(allByRole(byRole(el, 'heading', { name: /^(Route from|Llwybr o)/ }).parentElement!, 'list')[0]!);
/** The profile opened for a role (the inner element, found by its tag). */
const profileOf = (el: CfJourneyMap) => el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cf-role-profile');

describe('cf-journey-map: the map and its list', () => {
  it('draws every role and every move, and lists each role with where it leads, as the map shows', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    expect(shapes(el, '.role')).to.have.length(graph.roles.length);
    expect(shapes(el, 'path.move')).to.have.length(graph.moves.length);
    for (const role of graph.roles) {
      const button = byRole(mapGroup(el), 'button', { name: title(role.id) });
      // Each role's button on the map is described by its entry in the list.
      const described = describedBy(button);
      expect(
        described.map((item) => item.localName),
        role.id,
      ).to.deep.equal(['li']);
      const item = described[0]!;
      byText(item, title(role.id));
      const leads = allByRole(item, 'listitem').map(text);
      expect(leads).to.deep.equal((graph.movesFrom.get(role.id) ?? []).map((move) => `${title(move.to)} ${kindText[move.kind]}`));
    }
    // The list is grouped by family, then level, as the map's columns and rows (its title at heading level 2, the families at 3).
    expect(allByRole(el, 'heading', { level: 3 }).map(text)).to.deep.equal(['Operational delivery', 'Policy', 'Analysis', 'Digital']);
  });

  it('shows the list instead of the map when asked, and below 600 px, with buttons that open a role', async () => {
    const listed = await map(html`<cf-journey-map .framework=${careers} view="list"></cf-journey-map>`);
    expect(maybeByRole(listed, 'group', { name: 'Career map' })).to.equal(null);
    expect(allByRole(listed, 'button')).to.have.length(graph.roles.length);
    const narrow = await map(html`<div style="width: 400px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    await until(() => maybeByRole(narrow, 'group', { name: 'Career map' }) === null, 'the list to take over');
    expect(narrow.scrollWidth).to.be.at.most(400);
  });

  it('shows only the families asked for, and the moves between them', async () => {
    const el = await map(
      html`<div style="width: 1100px"><cf-journey-map .framework=${careers} family="policy, analysis"></cf-journey-map></div>`,
    );
    const shown = graph.roles.filter((role) => ['policy', 'analysis'].includes(role.role.family!));
    expect(shapes(el, '.role')).to.have.length(shown.length);
    const ids = new Set(shown.map((role) => role.id));
    expect(shapes(el, 'path.move')).to.have.length(graph.moves.filter((move) => ids.has(move.from) && ids.has(move.to)).length);
  });

  it('keeps focus on a zoom button that reaches its limit', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    const zoomOut = byRole(el, 'button', { name: 'Zoom out' });
    zoomOut.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(byRole(el, 'status'))).to.equal('Zoom: 50%');
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement === zoomOut).to.equal(true);
  });

  it('in the list, every role is a tab stop of its own', async () => {
    const el = await map(html`<cf-journey-map .framework=${careers} view="list"></cf-journey-map>`);
    const buttons = allByRole(el, 'button');
    expect(buttons.every((button) => button.tabIndex === 0)).to.equal(true);
    buttons[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === buttons[1]).to.equal(true);
  });

  it('zooms in and out, the roles’ targets scaling with the drawing', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    // The drawing fills the plot the zoom sizes.
    const plot = mapGroup(el).querySelector('svg')!;
    const before = plot.getBoundingClientRect().width;
    const target = allByRole(mapGroup(el), 'button')[0]!;
    const targetBefore = target.getBoundingClientRect().width;
    byRole(el, 'button', { name: 'Zoom in' }).click();
    await el.updateComplete;
    expect(plot.getBoundingClientRect().width).to.be.closeTo(before * 1.25, 1);
    expect(target.getBoundingClientRect().width).to.be.closeTo(targetBefore * 1.25, 1);
    expect(text(byRole(el, 'status'))).to.equal('Zoom: 125%');
  });
});

describe('cf-journey-map: keyboard and choosing a role', () => {
  it('is one tab stop; arrow keys follow the map; Enter fires cf-role-select and opens the role’s profile', async () => {
    const el = await map(
      html`<div style="width: 1100px"><cf-journey-map .framework=${careers} from="policy-adviser"></cf-journey-map></div>`,
    );
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    // The zoom buttons first (each stays focusable at its limit, marked aria-disabled), then the map.
    for (const zoom of ['Zoom out', 'Zoom in', 'Actual size']) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el) === byRole(el, 'button', { name: zoom }), zoom).to.equal(true);
    }
    await sendKeys({ press: 'Tab' });
    const first = graph.roles[0]!.id;
    expect(focused(el) === roleButton(el, first), first).to.equal(true);
    expect(allByRole(mapGroup(el), 'button').filter((button) => button.tabIndex === 0)).to.have.length(1);
    const layout = journeyLayout(
      journeyInput(
        graph,
        careers.families.map((family) => family.id),
        (role) => title(role.id),
      ),
    );
    let at = first;
    for (const arrow of ['ArrowUp', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown'] as const) {
      await sendKeys({ press: arrow });
      at = neighbourOf(layout, at, arrow) ?? at;
      expect(focused(el) === roleButton(el, at), `${arrow} to ${at}`).to.equal(true);
    }
    const chosen = nextEvent(el, 'cf-role-select');
    await sendKeys({ press: 'Enter' });
    expect(((await chosen) as RoleSelectEvent).role.id).to.equal(at);
    await el.updateComplete;
    const profile = profileOf(el)!;
    expect(profile.getAttribute('role-id')).to.equal(at);
    // Tab leaves the map for the rest of the page: here, into the profile.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === profile, 'focus is in the profile').to.equal(true);
    // Escape closes it and gives focus back to the role it was opened from.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(profileOf(el)).to.equal(null);
    await until(() => focused(el) === roleButton(el, at), 'focus back on the role');
    before.remove();
  });

  it('keeps the profile of a role chosen in it that lies outside the families shown', async () => {
    const el = await map(
      html`<div style="width: 1100px"><cf-journey-map .framework=${careers} family="operational-delivery"></cf-journey-map></div>`,
    );
    roleButton(el, 'team-leader').click();
    await el.updateComplete;
    const profile = profileOf(el)!;
    await profile.updateComplete;
    byRole(profile, 'link', { name: /^Policy adviser/ }).click();
    await el.updateComplete;
    expect(profileOf(el)!.getAttribute('role-id')).to.equal('policy-adviser');
  });

  it('reports an assessment it cannot read', async () => {
    const el = await map(
      html`<cf-journey-map .framework=${careers} view="list" .assessment=${{ ratings: 'none' } as never}></cf-journey-map>`,
    );
    expect(text(await reported(el))).to.include('The assessment');
  });

  it('opens no profile when the host cancels cf-role-select, and follows a next role chosen in the profile', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    el.addEventListener('cf-role-select', (event) => event.preventDefault(), { once: true });
    roleButton(el, 'team-leader').click();
    await el.updateComplete;
    expect(profileOf(el)).to.equal(null);
    roleButton(el, 'team-leader').click();
    await el.updateComplete;
    const profile = profileOf(el)!;
    await profile.updateComplete;
    const heard = nextEvent(el, 'cf-role-select');
    byRole(profile, 'link', { name: /^Policy adviser/ }).click();
    expect(((await heard) as RoleSelectEvent).role.id).to.equal('policy-adviser');
    await el.updateComplete;
    expect(profileOf(el)!.getAttribute('role-id')).to.equal('policy-adviser');
    expect(roleButton(el, 'policy-adviser').getAttribute('aria-expanded')).to.equal('true');
    expect(shapes(el, '.role.selected text')[0]!.textContent).to.include('Policy adviser');
  });
});

describe('cf-journey-map: routes', () => {
  it('lists the best route step by step, with the skills to develop, and marks it on the map', async () => {
    const el = await map(
      html`<div style="width: 1100px"><cf-journey-map .framework=${careers} from="team-leader" to="head-of-policy"></cf-journey-map></div>`,
    );
    const best = findRoutes(careers, 'team-leader', 'head-of-policy').routes[0]!;
    const route = steps(el);
    expect(route.map((step) => text(byRole(step, 'strong')))).to.deep.equal(best.steps.map((step) => title(step.role.id)));
    byText(route[0]!, 'move to another profession');
    expect(allByRole(route[0]!, 'listitem').map(text)).to.include('Legislation and governance to Working');
    expect(shapes(el, '.role.on-route')).to.have.length(best.steps.length);
    expect(shapes(el, 'path.move.on-route')).to.have.length(best.steps.length);
    expect(text(shapes(el, '.role.here .tag')[0]!)).to.equal('You are here');
    byRole(mapGroup(el), 'button', { name: 'Head of policy, Target' });
  });

  it('says so when there is no route, or the person is already there', async () => {
    const none = await map(
      html`<cf-journey-map .framework=${careers} from="head-of-policy" to="administrative-officer" view="list"></cf-journey-map>`,
    );
    expect(shadowText(none)).to.include('There is no route from Head of policy to Administrative officer in this framework.');
    const same = await map(html`<cf-journey-map .framework=${careers} from="analyst" to="analyst" view="list"></cf-journey-map>`);
    expect(shadowText(same)).to.include('You are already in this role.');
    const unknown = await map(html`<cf-journey-map .framework=${careers} from="astronaut" to="analyst" view="list"></cf-journey-map>`);
    expect(shadowText(unknown)).to.include('The role “astronaut” is not in this framework.');
  });

  it('speaks Welsh on a Welsh page, marking English framework text', async () => {
    const el = await map(
      html`<div lang="cy" style="width: 1100px">
        <cf-journey-map .framework=${careers} from="analyst" to="senior-policy-adviser"></cf-journey-map>
      </div>`,
    );
    await el.updateComplete;
    expect(shadowText(el)).to.include('Llwybr o Dadansoddwr i Uwch gynghorydd polisi');
    expect(shadowText(el)).to.include('Chwyddo: 100%');
    const desMap = await map(html`<div lang="cy"><cf-journey-map .framework=${des} view="list"></cf-journey-map></div>`);
    await desMap.updateComplete;
    // The lang attribute is what is tested: it is found by it.
    expect(byRole(desMap, 'button', { name: 'HR Adviser' }).querySelector('[lang="en"]')!.textContent).to.equal('HR Adviser');
  });

  for (const [name, template] of [
    [
      'map with a route',
      () =>
        html`<div style="width: 1100px">
          <cf-journey-map .framework=${careers} from="team-leader" to="head-of-policy"></cf-journey-map>
        </div>`,
    ],
    ['list', () => html`<cf-journey-map .framework=${careers} view="list" from="analyst"></cf-journey-map>`],
    ['Welsh', () => html`<div lang="cy" style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`],
    [
      'DE&S',
      () =>
        html`<div style="width: 1100px">
          <cf-journey-map .framework=${des} from="hr-adviser" to="senior-hr-business-partner"></cf-journey-map>
        </div>`,
    ],
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
  const top = (el: CfJourneyMap, id: string) => roleButton(el, id).getBoundingClientRect().top;

  it('puts a role no move reaches in a band of its own above the levels, says why, and shows its type', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    expect(shapes(el, 'text.band').map(text)).to.deep.equal([apart]);
    expect(shapes(el, 'path.band-rule').length > 0, 'a rule under the band').to.equal(true);
    const chief = top(el, 'chief-operating-officer');
    for (const role of graph.roles.filter((entry) => entry.id !== 'chief-operating-officer'))
      expect(top(el, role.id), role.id).to.be.above(chief);
    // Not on the bottom row with the entry roles, nor given a level's name.
    expect(top(el, 'chief-operating-officer')).to.be.below(top(el, 'administrative-officer'));
    expect(shapes(el, 'text.grade').map(text)).to.not.include(apart);
    // A promotion leads to the head of profession: placed above the role it comes from, not apart.
    expect(top(el, 'head-of-analysis-profession')).to.be.below(top(el, 'head-of-analysis'));
    // The map draws the roles in the graph's order.
    const chiefNode = shapes(el, '.role')[graph.roles.findIndex((role) => role.id === 'chief-operating-officer')]!;
    expect(text(chiefNode.querySelector('.tag')!)).to.equal('Senior Civil Service');
    // The list says the same for the button's description.
    byText(roleItem(el, 'chief-operating-officer'), `Operational delivery, ${apart}`);
    await expect(el).to.be.accessible();
  });

  it('lists such a role after its family’s levels, under the band’s title, never as a level', async () => {
    const el = await map(html`<cf-journey-map .framework=${careers} view="list"></cf-journey-map>`);
    const item = roleItem(el, 'chief-operating-officer');
    // Booleans, not elements, in assertions: a failing one must not ask the runner to print a whole list.
    expect(item.closest('ol') === null, 'not in the ordered list of levels').to.equal(true);
    // Its list of roles comes straight after the band's title.
    expect(text(item.closest('ul')!.previousElementSibling!)).to.equal(apart);
    byText(item, 'Senior Civil Service');
    const head = roleItem(el, 'head-of-analysis-profession');
    expect(head.closest('ol') !== null, 'on a level').to.equal(true);
    byText(head, 'Senior Civil Service');
    await expect(el).to.be.accessible();
  });

  it('lists the skills a step names without a level apart from the skills to develop, in the map and list views', async () => {
    for (const view of ['map', 'list']) {
      const el = await map(
        html`<div style="width: 1100px">
          <cf-journey-map .framework=${careers} view=${view} from="principal-analyst" to="head-of-analysis-profession"></cf-journey-map>
        </div>`,
      );
      const route = steps(el);
      expect(route.map((step) => text(byRole(step, 'strong')))).to.deep.equal(['Head of analysis', 'Head of the analysis profession']);
      const last = route[1]!;
      const [develop, unstated] = allByRole(last, 'list');
      expect(allByRole(last, 'paragraph').map(text)).to.deep.equal(['To develop:', 'Skills named without a level:']);
      expect(itemsOf(develop!).map(text)).to.deep.equal(['Leading people to Expert', 'Stakeholder engagement to Expert']);
      expect(itemsOf(unstated!).map(text)).to.deep.equal(['Data analysis', 'Statistical methods', 'Using evidence']);
      expect(text(last)).to.not.match(/undefined/);
      // The step before names every skill with a level: it has no such list.
      expect(
        [allByRole(route[0]!, 'list').length, text(route[0]!).includes('without a level')],
        'no list of skills without a level',
      ).to.deep.equal([1, false]);
    }
  });

  it('says so in Welsh', async () => {
    const el = await map(
      html`<div lang="cy">
        <cf-journey-map .framework=${careers} view="list" from="head-of-analysis" to="head-of-analysis-profession"></cf-journey-map>
      </div>`,
    );
    const host = el.parentElement!;
    await el.updateComplete;
    const last = steps(el).at(-1)!;
    const unstated = allByRole(last, 'list').at(-1)!;
    expect(text(unstated.previousElementSibling!)).to.equal('Sgiliau a enwir heb lefel:');
    expect(itemsOf(unstated).map(text)).to.deep.equal(['Dadansoddi data', 'Dulliau ystadegol', 'Defnyddio tystiolaeth']);
    byText(roleItem(el, 'chief-operating-officer', 'cy'), 'Uwch Wasanaeth Sifil');
    expect(shadowText(el)).to.include('Heb eu cysylltu â rolau eraill gan unrhyw symudiad');
    await expect(host).to.be.accessible();
  });
});

describe('cf-journey-map: its API', () => {
  it('reads `family` as ids separated by spaces, or commas', async () => {
    for (const family of ['policy analysis', 'policy,analysis', ' policy\nanalysis ']) {
      const el = await map(html`<cf-journey-map .framework=${careers} view="list" family=${family}></cf-journey-map>`);
      expect(allByRole(el, 'heading', { level: 3 }).map(text), JSON.stringify(family)).to.deep.equal(['Policy', 'Analysis']);
    }
  });

  it('passes the profile’s cf-role-select on to the host, and when the host cancels it, neither the profile nor the map follows', async () => {
    const el = await map(html`<div style="width: 1100px"><cf-journey-map .framework=${careers}></cf-journey-map></div>`);
    roleButton(el, 'team-leader').click();
    await el.updateComplete;
    const profile = profileOf(el)!;
    await profile.updateComplete;
    let inner: Event | undefined;
    profile.addEventListener('cf-role-select', (event) => (inner = event));
    const heard = nextEvent(el, 'cf-role-select');
    el.addEventListener('cf-role-select', (event) => event.preventDefault(), { once: true });
    byRole(profile, 'link', { name: /^Policy adviser/ }).click();
    const outer = (await heard) as RoleSelectEvent;
    expect([outer.role.id, outer.cancelable, outer.defaultPrevented]).to.deep.equal(['policy-adviser', true, true]);
    expect(inner!.defaultPrevented, 'the profile’s own event is cancelled too').to.equal(true);
    await el.updateComplete;
    await profile.updateComplete;
    expect(profileOf(el)!.getAttribute('role-id')).to.equal('team-leader');
    expect(shadowText(profile)).to.include('Team leader');
  });

  it('puts its sections at heading level 2 unless told, within 2 to 4', async () => {
    for (const [given, level] of [
      [undefined, 2],
      ['3', 3],
      ['9', 4],
      ['1', 2],
    ] as const) {
      const el = await map(
        html`<cf-journey-map
          .framework=${careers}
          view="list"
          from="analyst"
          to="senior-policy-adviser"
          heading-level=${given ?? nothing}
        ></cf-journey-map>`,
      );
      expect(text(byRole(el, 'heading', { name: /^Route from/, level })), String(given)).to.equal(
        'Route from Analyst to Senior policy adviser',
      );
      expect(allByRole(el, 'heading', { level: level + 1 }).length, String(given)).to.equal(4);
    }
  });

  it('wraps everything it shows in its `base` part, messages too', async () => {
    for (const template of [html`<cf-journey-map .framework=${careers}></cf-journey-map>`, html`<cf-journey-map></cf-journey-map>`]) {
      const el = await map(template);
      expect([...el.shadowRoot!.children].map((child) => child.getAttribute('part'))).to.deep.equal(['base']);
    }
  });
});
