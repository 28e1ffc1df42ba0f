import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { compareRoles } from '../../src/core/analysis/role-diff.js';
import { indexFramework } from '../../src/core/framework-index.js';
import type { Framework } from '../../src/core/schema/framework.js';
import { pickLanguage } from '../../src/core/schema/text.js';
import type { CfRoleProfile } from '../../src/elements/role-profile/role-profile.js';
import type { RoleSelectEvent } from '../../src/events/role-select-event.js';
import { allByRole, byRole, byText, cell, itemsOf, maybeByRole, text } from './harness.js';
import { loadFixture, mountElement, nextEvent, shadowAll, shadowText, until } from './helpers.js';

const des = await loadFixture('des-hr');
const direct = await loadFixture('direct');
const careers = await loadFixture('public-service-careers');

const profile = (template: ReturnType<typeof html>): Promise<CfRoleProfile> => mountElement('cf-role-profile', template);

/** The role's name: the profile's top heading (heading-level 2 unless the host says otherwise). */
const title = (el: Element): HTMLElement => byRole(el, 'heading', { level: 2 });

/** The facts under the name, as [term, definition] pairs. */
const facts = (el: Element): string[][] => {
  const definitions = allByRole(el, 'definition');
  return allByRole(el, 'term').map((term, i) => [text(term), text(definitions[i]!)]);
};

/** The list a heading introduces, as a screen reader user meets it: the heading, then its list. */
const listAfter = (el: Element, heading: RegExp): HTMLElement => {
  const list = byRole(el, 'heading', { name: heading }).nextElementSibling as HTMLElement;
  expect(list.getAttribute('role') ?? list.tagName).to.match(/^(list|UL|OL)$/);
  return list;
};
const requirements = (el: Element, importance: 'Essential' | 'Desirable'): HTMLElement[] =>
  itemsOf(listAfter(el, new RegExp(`^${importance} skills?`)));
const changes = (el: Element): string[] => itemsOf(listAfter(el, /^(What changes|Beth sy’n newid)/)).map(text);
/**
 * The disclosures' summaries: Testing Library gives a `summary` no role (browsers expose it as a disclosure
 * button), so it is found by its tag.
 */
const summaries = (scope: Element): HTMLElement[] => [...(scope.shadowRoot ?? scope).querySelectorAll<HTMLElement>('summary')];
const compareTable = (el: Element): HTMLTableElement => byRole(el, 'table', { name: /^(What changes|Beth sy’n newid)/ });

/** The compare table as [group, skill, from, to] rows, as a person reads it. */
function compareRows(el: CfRoleProfile): string[][] {
  return [...compareTable(el).tBodies].flatMap((group) => {
    const [groupTitle, ...rows] = [...group.rows];
    return rows.map((row) => [text(groupTitle!), ...[...row.cells].map(text)]);
  });
}

/** The same rows worked out from compareRoles, in the element's group order. */
function expectedRows(framework: Framework, from: string, to: string): string[][] {
  const index = indexFramework(framework);
  const groups = {
    added: 'Skills added',
    raised: 'Levels raised',
    lowered: 'Levels lowered',
    dropped: 'Skills no longer needed',
    importance: 'Essential or desirable changed',
    unstated: 'No level stated in one of the roles',
    unchanged: 'No change',
  };
  const label = (level?: string) => (level === undefined ? 'No level stated' : pickLanguage(index.levels.get(level)!.label, 'en'));
  const cell = (requirement?: { level?: string; importance: string }) =>
    !requirement ? 'Not needed' : `${label(requirement.level)}${requirement.importance === 'desirable' ? ' (desirable)' : ''}`;
  const { changes } = compareRoles(framework, from, to)!;
  return (Object.keys(groups) as (keyof typeof groups)[]).flatMap((change) =>
    changes
      .filter((entry) => entry.change === change)
      .map((entry) => [groups[change], pickLanguage(index.skills.get(entry.skill)!.name, 'en'), cell(entry.from), cell(entry.to)]),
  );
}

describe('cf-role-profile', () => {
  it('shows a role level: its title, role, family, description, and the skills it needs, essential and desirable apart', async () => {
    const el = await profile(html`<cf-role-profile .framework=${des} role-id="senior-hr-business-partner"></cf-role-profile>`);
    expect(text(title(el))).to.equal('Senior HR Business Partner');
    expect([...el.shadowRoot!.children].map((child) => child.getAttribute('part'))).to.deep.equal(['base']);
    expect(facts(el)).to.deep.equal([
      ['Role', 'HR Business Partner'],
      ['Family', 'HR business partnering'],
    ]);
    expect(shadowText(el)).to.include('Leads business partnering for a whole business unit');
    const headings = allByRole(el, 'heading', { level: 3 }).map(text);
    expect(headings).to.deep.equal(['Essential skills (6)', 'Desirable skills (3)', 'Where this role can lead']);
    const said = (items: HTMLElement[]) => items.map((item) => text(summaries(item)[0]!));
    expect(said(requirements(el, 'Essential'))).to.deep.equal([
      'Business Facing HR: Expert',
      'Employee Relations: Practitioner',
      'Performance Management: Expert',
      'Employee Wellbeing & Engagement: Practitioner',
      'Organisation Development and Design (OD&D): Practitioner',
      'Talent Management: Practitioner',
    ]);
    expect(said(requirements(el, 'Desirable'))).to.deep.equal([
      'Learning & Development: Supervised Practitioner',
      'Reward & Recognition: Supervised Practitioner',
      'Resourcing: Supervised Practitioner',
    ]);
  });

  it('shows each level’s descriptors on demand, by keyboard', async () => {
    const el = await profile(html`<cf-role-profile .framework=${des} role-id="resourcing-partner"></cf-role-profile>`);
    const first = byText(el, 'Resourcing: Expert');
    const details = first.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    first.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const expert = des.skills.find((skill) => skill.id === 'resourcing')!.levels.expert as Array<{ ul: string[] }>;
    expect(allByRole(details, 'listitem')).to.have.length(expert[0]!.ul.length);
    expect(text(details)).to.include(expert[0]!.ul[0]!);
  });

  it('links to the next roles; choosing one fires cf-role-select and shows it, with focus on its name', async () => {
    const el = await profile(html`<cf-role-profile .framework=${des} role-id="hr-adviser"></cf-role-profile>`);
    const links = allByRole<HTMLAnchorElement>(el, 'link');
    expect(links.map((link) => text(link.parentElement!))).to.deep.equal([
      'HR Business Partner Promotion',
      'Resourcing Partner Sideways move',
    ]);
    links[1]!.focus();
    const selected = nextEvent(el, 'cf-role-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as RoleSelectEvent;
    expect(event.role.id).to.equal('resourcing-partner');
    expect(event.kind).to.equal('lateral');
    await until(() => el.roleId === 'resourcing-partner', 'the profile to show the chosen role');
    await el.updateComplete;
    expect(text(title(el))).to.equal('Resourcing Partner');
    expect(el.shadowRoot!.activeElement).to.equal(title(el));
  });

  it('leaves the choice to the host when it cancels cf-role-select, and follows role-href links otherwise', async () => {
    const el = await profile(html`<cf-role-profile .framework=${des} role-id="hr-adviser"></cf-role-profile>`);
    el.addEventListener('cf-role-select', (event) => event.preventDefault(), { once: true });
    byRole(el, 'link', { name: 'HR Business Partner' }).click();
    await el.updateComplete;
    expect(el.roleId).to.equal('hr-adviser');

    const linked = await profile(
      html`<cf-role-profile .framework=${des} role-id="hr-adviser" role-href="/careers/roles/{id}"></cf-role-profile>`,
    );
    const link = byRole(linked, 'link', { name: 'HR Business Partner' });
    expect(link.getAttribute('href')).to.equal('/careers/roles/hr-business-partner');
    let followed = false;
    // Stands in for the browser following the link: nothing ahead of it cancelled the click.
    const stop = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', stop, { once: true });
    link.click();
    expect(followed).to.equal(true);
    expect(linked.roleId).to.equal('hr-adviser');
  });

  it('links only to safe addresses, and leaves a click that opens a new tab to the browser', async () => {
    const unsafe = await profile(
      html`<cf-role-profile .framework=${des} role-id="hr-adviser" role-href="javascript:alert('{id}')"></cf-role-profile>`,
    );
    const link = byRole(unsafe, 'link', { name: 'HR Business Partner' });
    expect(link.getAttribute('href')).to.equal('#hr-business-partner');
    let fired = false;
    unsafe.addEventListener('cf-role-select', () => (fired = true));
    const stop = (event: Event) => event.preventDefault();
    document.addEventListener('click', stop);
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    document.removeEventListener('click', stop);
    expect(fired).to.equal(false);
    expect(unsafe.roleId).to.equal('hr-adviser');
  });

  it('ends a comparison when the person moves to the role it compares with', async () => {
    const el = await profile(
      html`<cf-role-profile .framework=${des} role-id="hr-adviser" compare="hr-business-partner"></cf-role-profile>`,
    );
    byRole(el, 'link', { name: 'HR Business Partner' }).click();
    await until(() => el.roleId === 'hr-business-partner', 'the move');
    expect(el.compare).to.equal(undefined);
    expect(maybeByRole(el, 'table')).to.equal(null);
    expect(requirements(el, 'Essential').length).to.be.greaterThan(0);
    expect(requirements(el, 'Desirable').length).to.be.greaterThan(0);
  });

  it('shows a skill that changes between essential and desirable at the same level as a change of its own', async () => {
    const edited = structuredClone(des) as Framework;
    const adviser = edited.roles.find((role) => role.id === 'hr-adviser')!;
    edited.roles.push({
      ...adviser,
      id: 'hr-adviser-b',
      title: 'HR Adviser (B)',
      levels: undefined,
      requirements: adviser.requirements!.map((r) => (r.skill === 'resourcing' ? { ...r, importance: 'essential' } : r)),
    });
    const el = await profile(html`<cf-role-profile .framework=${edited} role-id="hr-adviser" compare="hr-adviser-b"></cf-role-profile>`);
    expect(changes(el)).to.deep.equal(['1 skill changes between essential and desirable']);
    expect(compareRows(el).filter((row) => row[0] !== 'No change')).to.deep.equal([
      ['Essential or desirable changed', 'Resourcing', 'Awareness (desirable)', 'Awareness'],
    ]);
  });

  it('compares two DE&S roles, grouping each skill by what changes', async () => {
    const el = await profile(
      html`<cf-role-profile .framework=${des} role-id="hr-adviser" compare="hr-business-partner"></cf-role-profile>`,
    );
    expect(shadowText(el)).to.include('What changes from HR Adviser to HR Business Partner');
    expect(changes(el)).to.deep.equal(['3 skills added', '5 levels raised', '1 skill no longer needed']);
    expect(allByRole(compareTable(el), 'columnheader').map(text)).to.deep.equal(['Skill', 'HR Adviser', 'HR Business Partner']);
    expect(compareRows(el)).to.deep.equal(expectedRows(des, 'hr-adviser', 'hr-business-partner'));
    expect(compareRows(el)[0]).to.deep.equal([
      'Skills added',
      'Organisation Development and Design (OD&D)',
      'Not needed',
      'Supervised Practitioner',
    ]);
    expect(text(cell(compareTable(el), 'Organisation Development and Design (OD&D)', 'HR Business Partner'))).to.equal(
      'Supervised Practitioner',
    );
    expect(text(cell(compareTable(el), /^Organisation Development/, 'HR Adviser'))).to.equal('Not needed');
    await expect(el).to.be.accessible();
  });

  it('compares a role with its next level, and two DIRECT roles', async () => {
    const up = await profile(
      html`<cf-role-profile .framework=${des} role-id="hr-business-partner" compare="senior-hr-business-partner"></cf-role-profile>`,
    );
    expect(compareRows(up)).to.deep.equal(expectedRows(des, 'hr-business-partner', 'senior-hr-business-partner'));
    const across = await profile(
      html`<cf-role-profile .framework=${direct} role-id="research-data-scientist" compare="research-software-engineer"></cf-role-profile>`,
    );
    const rows = compareRows(across);
    expect(rows).to.deep.equal(expectedRows(direct, 'research-data-scientist', 'research-software-engineer'));
    expect(rows.find((row) => row[0] === 'Levels lowered')).to.deep.equal([
      'Levels lowered',
      'Research methodologies',
      'Practitioner',
      'Awareness (desirable)',
    ]);
    const promotion = await profile(
      html`<cf-role-profile
        .framework=${direct}
        role-id="research-software-engineer"
        compare="senior-research-software-engineer"
      ></cf-role-profile>`,
    );
    expect(compareRows(promotion)).to.deep.equal(expectedRows(direct, 'research-software-engineer', 'senior-research-software-engineer'));
    expect(changes(promotion)).to.deep.equal(['3 skills added', '3 levels raised']);
    const same = await profile(
      html`<cf-role-profile .framework=${direct} role-id="research-data-steward" compare="research-data-steward"></cf-role-profile>`,
    );
    expect(shadowText(same)).to.include('Both need the same skills at the same levels.');
  });

  it('speaks Welsh on a Welsh page', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="cy"><cf-role-profile .framework=${des} role-id="hr-adviser" compare="hr-business-partner"></cf-role-profile></div>`,
    );
    const el = host.querySelector('cf-role-profile')!;
    await el.updateComplete;
    expect(shadowText(el)).to.include('Beth sy’n newid o HR Adviser i HR Business Partner');
    expect(changes(el)).to.deep.equal(['3 sgil wedi’u hychwanegu', '5 lefel wedi’u codi', '1 sgil nad oes ei hangen mwyach']);
    expect(shadowText(el)).to.include('I ble y gall y rôl hon arwain');
    // English framework text on a Welsh page is marked as English (WCAG 3.1.2), also inside Welsh sentences.
    expect(title(el).querySelector('[lang="en"]')!.textContent).to.equal('HR Adviser');
    const compareTitle = byRole(el, 'heading', { level: 3, name: /^Beth sy’n newid/ });
    expect([...compareTitle.querySelectorAll('[lang="en"]')].map(text)).to.deep.equal(['HR Adviser', 'HR Business Partner']);
    expect(allByRole(compareTable(el), 'rowheader').filter((header) => header.querySelector('[lang="en"]')).length).to.be.greaterThan(5);
    await expect(host).to.be.accessible();
  });

  it('says what is missing instead of showing a blank', async () => {
    expect(shadowText(await profile(html`<cf-role-profile .framework=${des}></cf-role-profile>`))).to.equal(
      'Choose a role to show its profile.',
    );
    expect(shadowText(await profile(html`<cf-role-profile .framework=${des} role-id="astronaut"></cf-role-profile>`))).to.equal(
      'The role “astronaut” is not in this framework.',
    );
    const badCompare = await profile(html`<cf-role-profile .framework=${des} role-id="hr-adviser" compare="astronaut"></cf-role-profile>`);
    expect(shadowText(badCompare)).to.include('The role “astronaut” is not in this framework.');
    const last = await profile(html`<cf-role-profile .framework=${des} role-id="senior-hr-business-partner"></cf-role-profile>`);
    expect(shadowText(last)).to.include('No moves from this role are listed.');
  });

  it('has no axe violations: a role, a role level, in Welsh', async () => {
    for (const template of [
      html`<cf-role-profile .framework=${des} role-id="hr-adviser"></cf-role-profile>`,
      html`<cf-role-profile .framework=${direct} role-id="senior-research-software-engineer"></cf-role-profile>`,
      html`<div lang="cy"><cf-role-profile .framework=${des} role-id="hr-business-partner"></cf-role-profile></div>`,
    ]) {
      const host = await fixture<HTMLElement>(template);
      const el = (host.matches('cf-role-profile') ? host : host.querySelector('cf-role-profile')!) as CfRoleProfile;
      await el.updateComplete;
      // Every disclosure open, so what they hide is checked too: set on the elements, as clicking would close an open one.
      for (const details of shadowAll<HTMLDetailsElement>(el, 'details')) details.open = true;
      await expect(host).to.be.accessible();
    }
  });
});

describe('cf-role-profile: skills named without a level', () => {
  it('lists them with “no level stated”, never a level or a blank, and shows the role’s type', async () => {
    const el = await profile(html`<cf-role-profile .framework=${careers} role-id="head-of-analysis-profession"></cf-role-profile>`);
    expect(facts(el)).to.deep.equal([
      ['Family', 'Analysis'],
      ['Type', 'Senior Civil Service'],
    ]);
    // What each item says before its descriptors (the skills with a level open on demand): its summary, or its words when it has none.
    const said = (items: HTMLElement[]) => items.map((item) => text(summaries(item)[0] ?? item));
    expect(said(requirements(el, 'Essential'))).to.deep.equal([
      'Data analysis: no level stated',
      'Using evidence: no level stated',
      'Leading people: Expert',
      'Stakeholder engagement: Expert',
    ]);
    expect(said(requirements(el, 'Desirable'))).to.deep.equal(['Statistical methods: no level stated']);
    // No descriptors to open for a level nobody stated: only the skills with a level have a disclosure.
    expect(summaries(el).map(text)).to.deep.equal(['Leading people: Expert', 'Stakeholder engagement: Expert']);
    expect(shadowText(el)).not.to.match(/undefined|Not rated/);
    await expect(el).to.be.accessible();
  });

  it('shows a role with no levels and no moves, all its skills without a level', async () => {
    const el = await profile(html`<cf-role-profile .framework=${careers} role-id="chief-operating-officer"></cf-role-profile>`);
    expect(text(title(el))).to.equal('Chief operating officer');
    expect(allByRole(el, 'heading', { level: 3 }).map(text)).to.deep.equal([
      'Essential skills (3)',
      'Desirable skill (1)',
      'Where this role can lead',
    ]);
    const items = [...requirements(el, 'Essential'), ...requirements(el, 'Desirable')];
    expect(items).to.have.length(4);
    expect(items.map(text).every((item) => item.endsWith(': no level stated'))).to.equal(true);
    expect(shadowText(el)).to.include('No moves from this role are listed.');
  });

  it('compares a role with a level against one that states none: its own group, and “No level stated” in the cell', async () => {
    const el = await profile(
      html`<cf-role-profile .framework=${careers} role-id="head-of-analysis" compare="head-of-analysis-profession"></cf-role-profile>`,
    );
    expect(changes(el)).to.deep.equal(['2 levels raised', '1 skill no longer needed', '3 skills have no level stated in one of the roles']);
    const rows = compareRows(el);
    expect(rows).to.deep.equal(expectedRows(careers, 'head-of-analysis', 'head-of-analysis-profession'));
    expect(rows.filter((row) => row[0] === 'No level stated in one of the roles')).to.deep.equal([
      ['No level stated in one of the roles', 'Data analysis', 'Expert', 'No level stated'],
      ['No level stated in one of the roles', 'Statistical methods', 'Expert', 'No level stated (desirable)'],
      ['No level stated in one of the roles', 'Using evidence', 'Expert', 'No level stated'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('says so in Welsh', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="cy">
        <cf-role-profile .framework=${careers} role-id="head-of-analysis" compare="head-of-analysis-profession"></cf-role-profile>
      </div>`,
    );
    const el = host.querySelector('cf-role-profile')!;
    await el.updateComplete;
    expect(changes(el)).to.include('3 sgil heb lefel wedi’i nodi yn un o’r rolau');
    expect(compareRows(el).find((row) => row[1] === 'Dadansoddi data')).to.deep.equal([
      'Dim lefel wedi’i nodi yn un o’r rolau',
      'Dadansoddi data',
      'Arbenigwr',
      'Dim lefel wedi’i nodi',
    ]);
    el.compare = undefined;
    el.roleId = 'head-of-analysis-profession';
    await el.updateComplete;
    expect(facts(el)).to.deep.include(['Math', 'Uwch Wasanaeth Sifil']);
    expect(allByRole(el, 'listitem').map(text)).to.include('Dadansoddi data: dim lefel wedi’i nodi');
    await expect(host).to.be.accessible();
  });
});
