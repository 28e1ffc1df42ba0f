import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CfLevelLadder } from '../../src/elements/level-ladder/level-ladder.js';
import { loadFixture, mountElement, shadowAll, shadowText } from './helpers.js';

const des = await loadFixture('des-hr');
const sample = await loadFixture('sample-bilingual');

const ladder = (template: ReturnType<typeof html>): Promise<CfLevelLadder> => mountElement('cf-level-ladder', template);

describe('cf-level-ladder', () => {
  it('lists a skill’s levels in scale order, in an ordered list, with every descriptor', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="talent-management"></cf-level-ladder>`);
    const items = shadowAll(el, 'ol.levels > li');
    expect(items.map((item) => item.querySelector('[part~="level-title"] span')!.textContent)).to.deep.equal([
      'Awareness', 'Supervised Practitioner', 'Practitioner', 'Expert', 'Authority',
    ]);
    const skill = des.skills.find((s) => s.id === 'talent-management')!;
    const expert = (skill.levels.expert as Array<{ ul: string[] }>)[0]!.ul;
    expect(items[3]!.querySelectorAll('li').length).to.equal(expert.length);
    expect(items[3]!.textContent).to.include(expert[0]);
    expect(shadowAll(el, 'h3')[0]!.textContent).to.equal('Talent Management');
  });

  it('marks the current and target levels in text and with aria-current', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="resourcing" current="practitioner" target="expert"></cf-level-ladder>`);
    const items = shadowAll(el, 'ol.levels > li');
    expect(items.filter((item) => item.getAttribute('aria-current') === 'true')).to.have.length(1);
    expect(items[2]!.getAttribute('aria-current')).to.equal('true');
    expect(items[2]!.querySelector('h4')!.textContent).to.include('Current level');
    expect(items[3]!.querySelector('h4')!.textContent).to.include('Target level');
    expect(items[3]!.hasAttribute('aria-current')).to.equal(false);
  });

  it('shows a level that does not apply to the skill as not applicable', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="business-facing-hr"></cf-level-ladder>`);
    const authority = shadowAll(el, 'ol.levels > li')[4]!;
    expect(authority.textContent).to.include('Authority');
    expect(authority.textContent).to.include('Not applicable for this skill');
  });

  it('falls back to the scale’s general description when a skill has none of its own', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${sample} skill="communicating-insight"></cf-level-ladder>`);
    expect(shadowText(el)).to.include('No descriptors for this skill');
    expect(shadowText(el)).to.include('Applies the skill with some support.');
  });

  it('compares two levels: what the higher one adds, whichever order they are given in', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${sample} skill="data-analysis" compare="working awareness"></cf-level-ladder>`);
    const text = shadowText(el);
    expect(text).to.include('What Working adds to Awareness');
    expect(text).to.include('New at Working (1 descriptor)');
    expect(text).to.include('Cleans and summarises data sets with guidance');
    expect(text).to.include('Also at Awareness');
    expect(shadowAll(el, 'ol.levels')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('explains a compare value it cannot use', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${sample} skill="data-analysis" compare="working"></cf-level-ladder>`);
    expect(shadowText(el)).to.include('Cannot compare “working”');
    expect(shadowText(el)).to.include('practitioner expert');
  });

  it('never renders a blank: unknown skill, no skill, no framework, invalid framework', async () => {
    const unknown = await ladder(html`<cf-level-ladder .framework=${sample} skill="juggling"></cf-level-ladder>`);
    expect(shadowText(unknown)).to.include('The skill “juggling” is not in this framework.');
    const none = await ladder(html`<cf-level-ladder .framework=${sample}></cf-level-ladder>`);
    expect(shadowText(none)).to.include('Choose a skill');
    const orphan = await ladder(html`<cf-level-ladder skill="x"></cf-level-ladder>`);
    expect(shadowText(orphan)).to.include('No framework to show');
    const invalid = await ladder(html`<cf-level-ladder .framework=${{ ...sample, skills: [] } as never} skill="x"></cf-level-ladder>`);
    expect(shadowText(invalid)).to.include('There is a problem with the framework');
    expect(shadowText(invalid)).to.include('At skills:');
  });

  it('speaks Welsh under lang="cy", and follows a live change of lang', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="cy">
      <cf-level-ladder .framework=${sample} skill="data-governance" current="working"></cf-level-ladder>
    </div>`);
    const el = wrapper.querySelector('cf-level-ladder')!;
    await el.updateComplete;
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
    const wrapper = await fixture<HTMLElement>(html`<div lang="cy">
      <cf-level-ladder .framework=${des} skill="resourcing"></cf-level-ladder>
      <cf-level-ladder .framework=${sample} skill="data-analysis"></cf-level-ladder>
    </div>`);
    const [english, welsh] = [...wrapper.querySelectorAll('cf-level-ladder')];
    await english!.updateComplete;
    await welsh!.updateComplete;
    // DE&S is plain English text: on a Welsh page every piece of it is marked lang="en".
    expect(shadowText(english!)).to.include('Lefel 1 o 5');
    expect(english!.shadowRoot!.querySelector('h3 [lang="en"]')!.textContent).to.equal('Resourcing');
    expect(shadowAll(english!, '.rich').every((rich) => rich.getAttribute('lang') === 'en')).to.equal(true);
    expect(shadowAll(english!, '[part~="level-title"] [lang="en"]')).to.have.length(5);
    // The bilingual sample has Welsh: nothing to mark.
    expect(shadowAll(welsh!, '[lang]')).to.have.length(0);
    const french = await ladder(html`<cf-level-ladder lang="fr" .framework=${sample} skill="data-analysis"></cf-level-ladder>`);
    expect(shadowAll(french, '.rich[lang="en"]').length).to.be.greaterThan(0);
  });

  it('keeps its headings below the skill heading whatever heading-level says', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${sample} skill="data-analysis" heading-level="6" compare="awareness expert"></cf-level-ladder>`);
    expect(shadowAll(el, 'h4')).to.have.length(1);
    expect(shadowAll(el, 'h5')).to.have.length(1);
    expect(shadowAll(el, 'h6')).to.have.length(2);
  });

  it('accepts a framework given as JSON text', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${JSON.stringify(sample) as never} skill="data-analysis"></cf-level-ladder>`);
    expect(shadowText(el)).to.include('Data analysis');
    expect(shadowAll(el, 'ol[role="list"] > li')).to.have.length(4);
  });

  it('takes the language of wherever it is moved to', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div lang="en"><cf-level-ladder .framework=${sample} skill="data-analysis" current="working"></cf-level-ladder></div>
      <div lang="cy" id="welsh"></div>
    </div>`);
    const el = wrapper.querySelector('cf-level-ladder')!;
    await el.updateComplete;
    expect(shadowText(el)).to.include('Current level');
    wrapper.querySelector('#welsh')!.append(el);
    await el.updateComplete;
    expect(shadowText(el)).to.include('Lefel bresennol');
  });

  it('takes per-instance message overrides', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${sample} skill="data-analysis" current="working"
      .messages=${{ en: { 'ladder.current': 'Where I am now' } }}></cf-level-ladder>`);
    expect(shadowText(el)).to.include('Where I am now');
  });

  it('renders framework text as text, never as markup', async () => {
    const framework = structuredClone(sample);
    framework.skills[0]!.description = 'When p < 0.05 & q > 1 <3';
    const el = await ladder(html`<cf-level-ladder .framework=${framework} skill="data-analysis"></cf-level-ladder>`);
    expect(shadowText(el)).to.include('When p < 0.05 & q > 1 <3');
    expect(el.shadowRoot!.querySelector('.description')!.querySelectorAll('*:not(div):not(p)')).to.have.length(0);
  });

  it('is operable by keyboard when collapsible: Tab reaches each level, Enter and Space toggle it', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="resourcing" current="expert" collapsible></cf-level-ladder>`);
    const details = shadowAll<HTMLDetailsElement>(el, 'details');
    expect(details).to.have.length(5);
    expect(details.map((d) => d.open)).to.deep.equal([false, false, false, true, false]);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(details[0]!.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    expect(details[0]!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(details[1]!.querySelector('summary'));
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
      const el = await ladder(html`<cf-level-ladder .framework=${sample} skill="data-analysis" current="working" target="expert"></cf-level-ladder>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const compare = await ladder(html`<cf-level-ladder .framework=${des} skill="resourcing" compare="practitioner expert"></cf-level-ladder>`);
      expect(compare.scrollWidth).to.be.at.most(compare.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('passes axe in English with current and target marked', async () => {
    const el = await ladder(html`<cf-level-ladder .framework=${des} skill="employee-relations" current="awareness" target="practitioner"></cf-level-ladder>`);
    await expect(el).to.be.accessible();
  });
});
