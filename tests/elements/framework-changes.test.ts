import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Framework } from '../../src/core/schema/framework.js';
import '../../src/define.js';
import { CfFrameworkChanges } from '../../src/elements/framework-changes/framework-changes.js';
import { allByRole, byLabel, byRole, byText, itemsOf, maybeByRole, reported, text } from './harness.js';
import { fixtureUrl, loadFixture, mountElement, nextEvent, shadowText, until } from './helpers.js';

const des = await loadFixture('des-hr');
const des2 = await loadFixture('versions/des-hr-2');
const sample = await loadFixture('sample-bilingual');

const mount = (template: ReturnType<typeof html>): Promise<CfFrameworkChanges> => mountElement('cf-framework-changes', template);
/** The sentences of one area, by its heading (a descriptor change's sentence is what opens its descriptors). */
const area = (el: CfFrameworkChanges, name: string) =>
  itemsOf(byRole(el, 'heading', { name }).parentElement!.querySelector('ul')!).map((item) => text(item.querySelector('summary') ?? item));
const summaries = (el: CfFrameworkChanges) => [...el.shadowRoot!.querySelectorAll('summary')];

describe('cf-framework-changes: what changed from one version to the next', () => {
  it('names both versions, counts the changes and lists each area’s changes as sentences', async () => {
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${des}></cf-framework-changes>`);
    expect(text(byRole(el, 'heading', { level: 2 }))).to.equal('What changed from version 1.0.0 to version 2.0.0');
    expect(shadowText(el)).to.include('30 changes.');
    expect(allByRole(el, 'heading', { level: 3 }).map(text)).to.deep.equal([
      'Skills',
      'Descriptors',
      'Levels of the scale',
      'Roles',
      'What roles need',
      'Moves between roles',
      'Learning',
    ]);
    const skills = area(el, 'Skills');
    expect(skills).to.include('People Analytics: added.');
    expect(skills).to.include('Employee Wellbeing & Engagement: retired. Ratings for it are kept, shown apart.');
    expect(skills).to.include('Performance Management and Reward & Recognition merged into Performance and Reward.');
    expect(skills).to.include('Talent Management: now called “Talent Management and Succession”.');
    expect(skills.filter((sentence) => sentence.includes('look like the same skill'))).to.have.length(1);
    expect(area(el, 'Levels of the scale')).to.deep.equal(['Supervised Practitioner: now called “Working Practitioner”.']);
    expect(area(el, 'What roles need')).to.include('HR Business Partner: Employee Relations raised from Practitioner to Expert.');
    expect(area(el, 'Learning')).to.deep.equal(['Introduction to people analytics: added.']);
    // The rule of thumb is a note above the descriptors, not one of them.
    const descriptors = area(el, 'Descriptors');
    expect(descriptors).to.have.length(7);
    expect(descriptors.some((sentence) => sentence.startsWith('Graded by a rule of thumb'))).to.equal(false);
    const note = byText(el, /^Graded by a rule of thumb/);
    expect(note.nextElementSibling?.tagName).to.equal('UL');
  });

  it('shows the earlier and the new descriptor on demand', async () => {
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${des}></cf-framework-changes>`);
    const summary = byText(el, 'Employee Relations, Working Practitioner: the meaning changed.');
    const details = summary.closest('details')!;
    expect(details.open).to.equal(false);
    summary.click();
    await until(() => details.open, 'the disclosure to open');
    expect([...details.querySelectorAll('dt')].map(text)).to.deep.equal(['Before, in version 1.0.0', 'Now, in version 2.0.0']);
    const [before, after] = [...details.querySelectorAll('dd')].map(text);
    expect(before).to.include('Identifies areas for improvement or recognition');
    expect(before).not.to.include('Leads investigations into grievances');
    expect(after).to.include('Leads investigations into grievances and disciplinary cases on their own');
    // A merged skill's descriptor is compared with the skill it was, as that skill said it.
    const merged = byText(el, /^Performance and Reward, Awareness: the meaning changed\./).closest('details')!;
    merged.open = true;
    const reward = des.skills.find((skill) => skill.id === 'reward-and-recognition')!.levels.awareness as { ul: string[] }[];
    expect(text(merged.querySelector('dd')!)).to.include(reward[0]!.ul[0]!);
  });

  it('is reached by keyboard: the filter, then each descriptor change, which Enter and Space open', async () => {
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${des}></cf-framework-changes>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(byLabel(el, 'Hide changes of wording only'));
    const all = summaries(el);
    expect(all).to.have.length(7);
    for (const summary of all) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(summary);
    }
    all[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => (all[0]!.parentElement as HTMLDetailsElement).open, 'Enter to open the first');
    all[1]!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => (all[1]!.parentElement as HTMLDetailsElement).open, 'Space to open the second');
    before.remove();
  });

  it('hides the changes of wording only when asked, and tells the host', async () => {
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${des}></cf-framework-changes>`);
    const wording = 'Talent Management and Succession, Practitioner: wording only.';
    expect(area(el, 'Descriptors')).to.include(wording);
    const told = nextEvent(el, 'cf-view-change');
    byLabel<HTMLInputElement>(el, 'Hide changes of wording only').click();
    const event = await told;
    expect([event.property, event.value]).to.deep.equal(['hideWording', true]);
    await el.updateComplete;
    expect(el.hideWording).to.equal(true);
    expect(area(el, 'Descriptors')).not.to.include(wording);
    expect(area(el, 'Descriptors')).to.have.length(6);
    expect(shadowText(el)).to.include('30 changes. 1 change of wording only is hidden.');
    // Set by the host: no event, the same view.
    let fired = false;
    el.addEventListener('cf-view-change', () => (fired = true));
    el.hideWording = false;
    await el.updateComplete;
    expect(area(el, 'Descriptors')).to.include(wording);
    expect(fired).to.equal(false);
  });

  it('takes a mapping for ids the new version does not say it replaces', async () => {
    const mapping = { skills: { 'organisation-development-and-design': 'organisation-design-and-development' } };
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${des} .mapping=${mapping}></cf-framework-changes>`);
    const skills = area(el, 'Skills');
    expect(skills).to.include(
      'Organisation Development and Design (OD&D) is now Organisation Development and Design (OD&D). (as mapped for this comparison)',
    );
    expect(skills.filter((sentence) => sentence.includes('look like the same skill'))).to.deep.equal([]);
  });

  it('names things with their ids for authors, with show-ids', async () => {
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${des} show-ids></cf-framework-changes>`);
    expect(area(el, 'Skills')).to.include('Business Facing HR (business-facing-hr) is now Business Facing HR (business-partnering).');
    el.showIds = false;
    await el.updateComplete;
    expect(area(el, 'Skills')).to.include('Business Facing HR is now Business Facing HR.');
    // In Welsh, a name with its id is marked as English too.
    const welsh = await fixture<HTMLElement>(
      html`<div lang="cy"><cf-framework-changes .framework=${des2} .previous=${des} show-ids></cf-framework-changes></div>`,
    );
    const cy = welsh.querySelector('cf-framework-changes')!;
    await cy.updateComplete;
    expect(byText(cy, 'People Analytics (people-analytics)').getAttribute('lang')).to.equal('en');
  });

  it('speaks Welsh on a Welsh page, marking the English names and descriptors as English', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="cy"><cf-framework-changes .framework=${des2} .previous=${des}></cf-framework-changes></div>`,
    );
    const el = host.querySelector('cf-framework-changes')!;
    await el.updateComplete;
    expect(text(byRole(el, 'heading', { level: 2 }))).to.equal('Beth newidiodd o fersiwn 1.0.0 i fersiwn 2.0.0');
    expect(shadowText(el)).to.include('30 newid.');
    expect(allByRole(el, 'heading', { level: 3 }).map(text)[0]).to.equal('Sgiliau');
    const added = area(el, 'Sgiliau').find((sentence) => sentence.startsWith('People Analytics'));
    expect(added).to.equal('People Analytics: ychwanegwyd.');
    const name = byText(el, 'People Analytics');
    expect(name.getAttribute('lang')).to.equal('en');
    expect(name.parentElement!.tagName).to.equal('LI');
    const details = byText(el, 'Employee Relations', { selector: 'summary span' }).closest('details')!;
    details.open = true;
    expect(text(details.querySelector('dt')!)).to.equal('Cynt, yn fersiwn 1.0.0');
    expect(details.querySelector('dd .rich')!.getAttribute('lang')).to.equal('en');
  });

  it('on a bilingual framework’s Welsh page, names things in Welsh without marks', async () => {
    const next = structuredClone(sample) as Framework & { version: string };
    next.version = '2026.2';
    next.skills[0]!.name = { en: 'Data analysis and insight', cy: 'Dadansoddi data a mewnwelediad' };
    const host = await fixture<HTMLElement>(
      html`<div lang="cy"><cf-framework-changes .framework=${next} .previous=${sample}></cf-framework-changes></div>`,
    );
    const el = host.querySelector('cf-framework-changes')!;
    await el.updateComplete;
    expect(area(el, 'Sgiliau')).to.deep.equal(['Dadansoddi data: “Dadansoddi data a mewnwelediad” yw’r enw bellach.']);
    expect(el.shadowRoot!.querySelectorAll('li [lang]')).to.have.length(0);
  });

  it('shows framework text as text, never as markup', async () => {
    const next = structuredClone(des2);
    const analytics = next.skills.find((skill) => skill.id === 'people-analytics')!;
    analytics.name = 'Stats <3: p < 0.05 & q > 1';
    const el = await mount(html`<cf-framework-changes .framework=${next} .previous=${des}></cf-framework-changes>`);
    const item = byText(el, 'Stats <3: p < 0.05 & q > 1: added.');
    expect(item.tagName).to.equal('LI');
    expect(item.children).to.have.length(0);
  });

  it('says what is missing: the earlier version, or any change', async () => {
    const alone = await mount(html`<cf-framework-changes .framework=${des2}></cf-framework-changes>`);
    expect(shadowText(alone)).to.equal('Give this element the earlier version too, to show what changed.');
    const same = await mount(html`<cf-framework-changes .framework=${des} .previous=${structuredClone(des)}></cf-framework-changes>`);
    expect(shadowText(same)).to.include('Nothing changed between version 1.0.0 and version 1.0.0.');
    expect(summaries(same)).to.have.length(0);
  });

  it('says when the two are different frameworks, and still shows what changed', async () => {
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${sample}></cf-framework-changes>`);
    expect(text(byRole(el, 'heading', { level: 2 }))).to.equal('What changed from sample-data-insight 2026.1 to des-hr 2.0.0');
    expect(text(byRole(el, 'note'))).to.equal(
      'These are two different frameworks (Data and Insight Profession: sample framework and Technical Competence Framework: Human Resources): what changed is shown as if one followed the other.',
    );
    expect(area(el, 'Skills')).to.include('Data analysis: retired. Ratings for it are kept, shown apart.');
  });

  it('reports an earlier version that is not valid, each problem with where it is', async () => {
    const broken = structuredClone(des) as unknown as { skills: { name: unknown }[] };
    broken.skills[1]!.name = '<b>Bold</b>';
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${broken}></cf-framework-changes>`);
    const alert = await reported(el);
    expect(text(byRole(alert, 'heading'))).to.equal('The earlier version given to this element could not be used');
    const problems = allByRole(alert, 'listitem').map(text);
    expect(problems).to.deep.equal(['At skills[1].name: Text must not contain HTML: use rich text (paragraphs and lists).']);
    el.previous = { ...des, scale: { levels: [] } };
    await el.updateComplete;
    expect(allByRole(byRole(el, 'alert'), 'listitem').map(text)[0]).to.match(/^At scale\.levels: /);
    expect(maybeByRole(el, 'heading', { name: /What changed/ })).to.equal(null);
    // JSON text is read as a file is.
    el.previous = '{"schemaVersion": 1,';
    await el.updateComplete;
    expect(text(byRole(el, 'alert'))).to.include('not valid JSON');
    el.previous = JSON.stringify(des);
    await el.updateComplete;
    expect(shadowText(el)).to.include('30 changes.');
  });

  it('fetches the earlier version from previous-src, with the new one from <cf-framework>', async () => {
    const host = await fixture<HTMLElement>(
      html`<cf-framework src=${fixtureUrl('versions/des-hr-2')}>
        <cf-framework-changes previous-src=${fixtureUrl('des-hr')} heading-level="3"></cf-framework-changes>
      </cf-framework>`,
    );
    const el = host.querySelector('cf-framework-changes')!;
    await until(() => shadowText(el).includes('30 changes.'), 'both versions');
    expect(text(byRole(el, 'heading', { level: 3 }))).to.equal('What changed from version 1.0.0 to version 2.0.0');
    expect(allByRole(el, 'heading', { level: 4 })).to.have.length(7);
    el.previousSrc = fixtureUrl('no-such-version');
    await until(() => maybeByRole(el, 'alert') !== null, 'the failed fetch');
    expect(text(byRole(el, 'alert'))).to.include('no-such-version.json: the server answered 404.');
    // The property wins over the attribute.
    el.previous = des;
    await el.updateComplete;
    expect(shadowText(el)).to.include('30 changes.');
  });

  it('says it is loading the earlier version until the file comes', async () => {
    const originalFetch = window.fetch;
    let answer!: (response: Response) => void;
    window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    try {
      const el = await mount(html`<cf-framework-changes .framework=${des2} previous-src="versions/1.json"></cf-framework-changes>`);
      expect(text(byRole(el, 'status'))).to.equal('Loading the earlier version…');
      answer(new Response(JSON.stringify(des), { status: 200 }));
      await until(() => shadowText(el).includes('30 changes.'), 'the file');
      expect(maybeByRole(el, 'status')).to.equal(null);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('takes the host’s wording for any message', async () => {
    const messages = { en: { 'changes.skills': 'Skills and competences', 'changes.skillAdded': 'New: {skill}.' } };
    const el = await mount(html`<cf-framework-changes .framework=${des2} .previous=${des} .messages=${messages}></cf-framework-changes>`);
    expect(area(el, 'Skills and competences')).to.include('New: People Analytics.');
  });

  it('keeps its headings between levels 2 and 4', async () => {
    for (const [given, expected] of [
      ['1', 2],
      ['4', 4],
      ['9', 4],
    ] as const) {
      const el = await mount(
        html`<cf-framework-changes .framework=${des2} .previous=${des} heading-level=${given}></cf-framework-changes>`,
      );
      expect(allByRole(el, 'heading', { level: expected })).to.have.length(1);
      expect(allByRole(el, 'heading', { level: expected + 1 })).to.have.length(7);
    }
  });
});

describe('cf-framework-changes: defined after the host set its properties', () => {
  it('takes up the framework and the earlier version set before the definition', async () => {
    const tag = 'cf-framework-changes-later';
    const el = document.createElement(tag) as CfFrameworkChanges;
    Object.assign(el, { framework: des2, previous: des, hideWording: true });
    document.body.append(el);
    customElements.define(tag, class extends CfFrameworkChanges {});
    await el.updateComplete;
    expect(Object.hasOwn(el, 'previous')).to.equal(false);
    expect(el.previous).to.equal(des);
    expect(shadowText(el)).to.include('30 changes. 1 change of wording only is hidden.');
    el.remove();
  });
});

describe('cf-framework-changes: accessibility', () => {
  const broken = { ...des, skills: 'none' };
  for (const [name, template] of [
    ['from 1.0.0 to 2.0.0', () => html`<cf-framework-changes .framework=${des2} .previous=${des}></cf-framework-changes>`],
    ['in Welsh', () => html`<div lang="cy"><cf-framework-changes .framework=${des2} .previous=${des}></cf-framework-changes></div>`],
    ['nothing changed', () => html`<cf-framework-changes .framework=${des} .previous=${des}></cf-framework-changes>`],
    ['no earlier version', () => html`<cf-framework-changes .framework=${des2}></cf-framework-changes>`],
    [
      'an earlier version that is not valid',
      () => html`<cf-framework-changes .framework=${des2} .previous=${broken}></cf-framework-changes>`,
    ],
    ['two different frameworks', () => html`<cf-framework-changes .framework=${des2} .previous=${sample}></cf-framework-changes>`],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const host = await fixture<HTMLElement>(template());
      const el = (host.matches('cf-framework-changes') ? host : host.querySelector('cf-framework-changes')!) as CfFrameworkChanges;
      await el.updateComplete;
      // Every disclosure open: what it shows is checked too.
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await expect(host).to.be.accessible();
    });
  }
});
