// An element that shows another only after its first render defines that one then: the form and the gap
// chart the level ladder, the journey map a role's profile (docs/speed.md). This page imports their own
// modules alone, as an npm host that uses one of them does: nothing else defines the inner elements here.
import { expect, html } from '@open-wc/testing';
import '../../src/elements/self-assessment/define.js';
import '../../src/elements/journey-map/define.js';
import { allByRole, byRole, byText, maybeByRole, reported, text } from './harness.js';
import { loadFixture, mountElement, until } from './helpers.js';

const des = await loadFixture('des-hr');
type Inner = HTMLElement & { updateComplete: Promise<unknown> };

describe('an element shown inside another, loaded on first use', () => {
  it('the ladder: defined once the form has rendered, it shows a skill’s descriptors with the chosen level', async () => {
    expect(customElements.get('cf-level-ladder'), 'not defined before a form renders').to.equal(undefined);
    const el = await mountElement('cf-self-assessment', html`<cf-self-assessment .framework=${des}></cf-self-assessment>`);
    await customElements.whenDefined('cf-level-ladder');
    const resourcing = byRole(el, 'group', { name: 'Resourcing' });
    byRole(resourcing, 'radio', { name: 'Expert' }).click();
    byText(resourcing, 'What each level means').click();
    await until(() => !!resourcing.querySelector('cf-level-ladder'), 'the ladder');
    const ladder = resourcing.querySelector<Inner>('cf-level-ladder')!;
    await ladder.updateComplete;
    expect(text(byRole(ladder, 'listitem', { current: true }))).to.include('Expert');
  });

  it('the role profile: defined once the map has rendered, it shows the role a person opens', async () => {
    expect(customElements.get('cf-role-profile'), 'not defined before a map renders').to.equal(undefined);
    const el = await mountElement('cf-journey-map', html`<cf-journey-map .framework=${des} view="list"></cf-journey-map>`);
    await customElements.whenDefined('cf-role-profile');
    byRole(el, 'button', { name: 'HR Adviser' }).click();
    await until(() => !!el.shadowRoot!.querySelector('cf-role-profile'), 'the profile');
    const profile = el.shadowRoot!.querySelector<Inner>('cf-role-profile')!;
    await profile.updateComplete;
    expect(byRole(profile, 'heading', { name: /HR Adviser/ })).to.not.equal(null);
  });

  it('an error report: its sentences loaded with the first problem, then shown whole, in the page’s words and the host’s', async () => {
    const broken = { ...des, skills: [] };
    // Made by hand, not by fixture(), which waits a frame: the sentences could arrive within it.
    const wrapper = Object.assign(document.createElement('div'), { lang: 'cy' });
    const [welsh, overridden] = [0, 1].map(() => Object.assign(document.createElement('cf-self-assessment'), { framework: broken }));
    overridden!.messages = { cy: { 'issue.value.empty': 'Mae’r rhestr yn wag.' } };
    wrapper.append(welsh!, overridden!);
    document.body.append(wrapper);
    await welsh!.updateComplete;
    // Not a title without its list: the report waits for its sentences, once, for every element on the page.
    expect(maybeByRole(welsh!, 'alert'), 'no report before its sentences').to.equal(null);
    const report = await reported(welsh!);
    expect(text(byRole(report, 'heading'))).to.equal('Mae problem gyda’r fframwaith');
    expect(allByRole(report, 'listitem').map(text)).to.deep.equal(['Yn skills: Ni ddylai hwn fod yn wag.']);
    expect(allByRole(await reported(overridden!), 'listitem').map(text)).to.deep.equal(['Yn skills: Mae’r rhestr yn wag.']);
    wrapper.remove();
  });
});
