import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CfLevelLadder } from '../../src/elements/level-ladder/level-ladder.js';
import { allByRole, byRole, byText, itemsOf, maybeByRole, reported, text } from './harness.js';
import { loadFixture, mountElement, shadowAll, shadowText } from './helpers.js';

const des = await loadFixture('des-hr');
const sample = await loadFixture('sample-bilingual');

const ladder = (template: ReturnType<typeof html>): Promise<CfLevelLadder> => mountElement('cf-level-ladder', template);

/** The ladder's levels: the items of the list named after the skill ("Levels of …", "Lefelau …"). */
const levels = (el: Element): HTMLElement[] => itemsOf(byRole(el, 'list', { name: /^(Levels of|Lefelau) / }));

describe('cf-level-ladder', () => {
  it('lists a skill’s levels in scale order, in an ordered list, with every descriptor', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="talent-management"></cf-level-ladder>`);
    const items = levels(el);
    expect(items.map((item) => text(byRole(item, 'heading', { level: 3 })))).to.deep.equal(
      ['Awareness', 'Supervised Practitioner', 'Practitioner', 'Expert', 'Authority'].map((level, i) => `${level} Level ${i + 1} of 5`),
    );
    const skill = des.skills.find((s) => s.id === 'talent-management')!;
    const expert = (skill.levels.expert as Array<{ ul: string[] }>)[0]!.ul;
    expect(allByRole(items[3]!, 'listitem').map(text)).to.deep.equal(expert);
    // heading-level defaults to 2.
    expect(text(byRole(el, 'heading', { level: 2 }))).to.equal('Talent Management');
    // One wrapper, part base, holds everything it shows.
    expect([...el.shadowRoot!.children].map((child) => child.getAttribute('part'))).to.deep.equal(['base']);
  });

  it('marks the current and target levels in text and with aria-current', async () => {
    const el = await ladder(
      html`<cf-level-ladder .framework=${des} skill="resourcing" current="practitioner" target="expert"></cf-level-ladder>`,
    );
    const items = levels(el);
    expect(allByRole(el, 'listitem', { current: true })).to.deep.equal([items[2]]);
    expect(text(byRole(items[2]!, 'heading'))).to.include('Current level');
    expect(text(byRole(items[3]!, 'heading'))).to.include('Target level');
  });

  it('shows a level that does not apply to the skill as not applicable', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="business-facing-hr"></cf-level-ladder>`);
    const authority = levels(el)[4]!;
    expect(authority.textContent).to.include('Authority');
    expect(authority.textContent).to.include('Not applicable for this skill');
  });

  it('falls back to the scale’s general description when a skill has none of its own', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${sample} skill="communicating-insight"></cf-level-ladder>`);
    expect(shadowText(el)).to.include('No descriptors for this skill');
    expect(shadowText(el)).to.include('Applies the skill with some support.');
  });

  it('compares a level with the current one: what the higher one adds, whichever of the two is higher', async () => {
    for (const [current, compare] of [
      ['awareness', 'working'],
      ['working', 'awareness'],
    ]) {
      const el = await ladder(
        html`<cf-level-ladder .framework=${sample} skill="data-analysis" current=${current} compare=${compare}></cf-level-ladder>`,
      );
      const said = shadowText(el);
      expect(said).to.include('What Working adds to Awareness');
      expect(said).to.include('New at Working (1 descriptor)');
      expect(said).to.include('Cleans and summarises data sets with guidance');
      expect(said).to.include('Also at Awareness');
      expect(maybeByRole(el, 'list', { name: /^Levels of/ })).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('explains a compare value it cannot use, in English and Welsh', async () => {
    const alone = await ladder(html`<cf-level-ladder .framework=${sample} skill="data-analysis" compare="working"></cf-level-ladder>`);
    expect(shadowText(alone)).to.include(
      'Cannot compare “working”: give one level id in compare and another in current to compare it with',
    );
    expect(shadowText(alone)).to.include('such as current="practitioner" compare="expert"');
    const unknown = await ladder(
      html`<cf-level-ladder .framework=${sample} skill="data-analysis" current="wizard" compare="working"></cf-level-ladder>`,
    );
    expect(shadowText(unknown)).to.include('Cannot compare “working”');
    // Two level ids, as compare took before: the message says to give one.
    const two = await ladder(
      html`<cf-level-ladder .framework=${sample} skill="data-analysis" current="working" compare="awareness expert"></cf-level-ladder>`,
    );
    expect(shadowText(two)).to.include('Cannot compare “awareness expert”');
    const welsh = await ladder(
      html`<div lang="cy"><cf-level-ladder .framework=${sample} skill="data-analysis" compare="working"></cf-level-ladder></div>`,
    );
    expect(shadowText(welsh)).to.include('Nid oes modd cymharu “working”: rhowch un dynodydd lefel yn compare');
  });

  it('never renders a blank: unknown skill, no skill, no framework, invalid framework', async () => {
    const unknown = await ladder(html`<cf-level-ladder .framework=${sample} skill="juggling"></cf-level-ladder>`);
    expect(shadowText(unknown)).to.include('The skill “juggling” is not in this framework.');
    const none = await ladder(html`<cf-level-ladder .framework=${sample}></cf-level-ladder>`);
    expect(shadowText(none)).to.include('Choose a skill');
    const orphan = await ladder(html`<cf-level-ladder skill="x"></cf-level-ladder>`);
    expect(shadowText(orphan)).to.include('No framework to show');
    const invalid = await ladder(html`<cf-level-ladder .framework=${{ ...sample, skills: [] } as never} skill="x"></cf-level-ladder>`);
    await reported(invalid);
    expect(shadowText(invalid)).to.include('There is a problem with the framework');
    expect(shadowText(invalid)).to.include('At skills:');
  });

  it('speaks Welsh under lang="cy", and follows a live change of lang', async () => {
    const el = await ladder(
      html`<div lang="cy">
        <cf-level-ladder .framework=${sample} skill="data-governance" current="working"></cf-level-ladder>
      </div>`,
    );
    const wrapper = el.parentElement!;
    expect(shadowText(el)).to.include('Llywodraethu data');
    expect(shadowText(el)).to.include('Lefel bresennol');
    expect(shadowText(el)).to.include('Amherthnasol i’r sgil hon');
    expect(shadowText(el)).to.include('Lefel 1 o 4');
    await expect(el).to.be.accessible();
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shadowText(el)).to.include('Data governance');
    expect(shadowText(el)).to.include('Current level');
  });

  it('marks framework text in another language than the page’s (WCAG 3.1.2), and only then', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="cy">
        <cf-level-ladder .framework=${des} skill="resourcing"></cf-level-ladder>
        <cf-level-ladder .framework=${sample} skill="data-analysis"></cf-level-ladder>
      </div>`,
    );
    const [english, welsh] = [...wrapper.querySelectorAll('cf-level-ladder')];
    await english!.updateComplete;
    await welsh!.updateComplete;
    // DE&S is plain English text: on a Welsh page every piece of it is marked lang="en".
    expect(shadowText(english!)).to.include('Lefel 1 o 5');
    expect(byRole(english!, 'heading', { level: 2 }).querySelector('[lang="en"]')!.textContent).to.equal('Resourcing');
    // The lang attribute itself is what is checked: it is what a screen reader switches voice on.
    const marked = (line: Element) => line.closest('[lang]')?.getAttribute('lang') === 'en';
    expect(levels(english!).every((level) => allByRole(level, 'listitem').every(marked))).to.equal(true);
    expect(levels(english!).filter((level) => byRole(level, 'heading').querySelector('[lang="en"]'))).to.have.length(5);
    // The bilingual sample has Welsh: nothing to mark.
    expect(shadowAll(welsh!, '[lang]')).to.have.length(0);
    const french = await ladder(html`<cf-level-ladder lang="fr" .framework=${sample} skill="data-analysis"></cf-level-ladder>`);
    expect(shadowAll(french, '[lang="en"]').length).to.be.greaterThan(0);
  });

  it('keeps its headings below the skill heading whatever heading-level says', async () => {
    const el = await ladder(
      html`<cf-level-ladder
        .framework=${sample}
        skill="data-analysis"
        heading-level="6"
        current="awareness"
        compare="expert"
      ></cf-level-ladder>`,
    );
    expect(allByRole(el, 'heading', { level: 4 })).to.have.length(1);
    expect(allByRole(el, 'heading', { level: 5 })).to.have.length(1);
    expect(allByRole(el, 'heading', { level: 6 })).to.have.length(2);
    const low = await ladder(html`<cf-level-ladder .framework=${sample} skill="data-analysis" heading-level="1"></cf-level-ladder>`);
    expect(allByRole(low, 'heading', { level: 2 })).to.have.length(1);
  });

  it('accepts a framework given as JSON text', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${JSON.stringify(sample) as never} skill="data-analysis"></cf-level-ladder>`);
    expect(shadowText(el)).to.include('Data analysis');
    expect(levels(el)).to.have.length(4);
  });

  it('takes the language of wherever it is moved to', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div lang="en"><cf-level-ladder .framework=${sample} skill="data-analysis" current="working"></cf-level-ladder></div>
        <div lang="cy" id="welsh"></div>
      </div>`,
    );
    const el = wrapper.querySelector('cf-level-ladder')!;
    await el.updateComplete;
    expect(shadowText(el)).to.include('Current level');
    wrapper.querySelector('#welsh')!.append(el);
    await el.updateComplete;
    expect(shadowText(el)).to.include('Lefel bresennol');
  });

  it('takes per-instance message overrides', async () => {
    const el = await ladder(
      html`<cf-level-ladder
        .framework=${sample}
        skill="data-analysis"
        current="working"
        .messages=${{ en: { 'ladder.current': 'Where I am now' } }}
      ></cf-level-ladder>`,
    );
    expect(shadowText(el)).to.include('Where I am now');
  });

  it('renders framework text as text, never as markup', async () => {
    const framework = structuredClone(sample);
    framework.skills[0]!.description = 'When p < 0.05 & q > 1 <3';
    const el = await ladder(html`<cf-level-ladder .framework=${framework} skill="data-analysis"></cf-level-ladder>`);
    const description = byText(el, 'When p < 0.05 & q > 1 <3');
    expect(description.tagName).to.equal('P');
    expect(description.children).to.have.length(0);
  });

  it('is operable by keyboard when collapsible: Tab reaches each level, Enter and Space toggle it', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="resourcing" current="expert" collapsible></cf-level-ladder>`);
    const summaries = levels(el).map((level) => byText(level, /^Descriptors for /));
    const details = summaries.map((summary) => summary.parentElement as HTMLDetailsElement);
    expect(details).to.have.length(5);
    expect(details.map((d) => d.open)).to.deep.equal([false, false, false, true, false]);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summaries[0]);
    await sendKeys({ press: 'Enter' });
    expect(details[0]!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summaries[1]);
    await sendKeys({ press: 'Space' });
    expect(details[1]!.open).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(details[1]!.open).to.equal(false);
    await expect(el).to.be.accessible();
    before.remove();
  });

  it('fits 320 CSS pixels without horizontal scrolling (400% zoom of 1280)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await ladder(
        html`<cf-level-ladder .framework=${sample} skill="data-analysis" current="working" target="expert"></cf-level-ladder>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const compare = await ladder(
        html`<cf-level-ladder .framework=${des} skill="resourcing" current="practitioner" compare="expert"></cf-level-ladder>`,
      );
      expect(compare.scrollWidth).to.be.at.most(compare.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('passes axe in English with current and target marked', async () => {
    const el = await ladder(
      html`<cf-level-ladder .framework=${des} skill="employee-relations" current="awareness" target="practitioner"></cf-level-ladder>`,
    );
    await expect(el).to.be.accessible();
  });
});
