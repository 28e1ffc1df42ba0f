// The form and the gap chart define the level ladder they show only after their first render
// (docs/speed.md). This page imports their own modules alone, as an npm host that
// uses one of them does: nothing else defines the ladder here.
import { expect, html } from '@open-wc/testing';
import '../../src/elements/self-assessment/define.js';
import { byRole, byText, text } from './harness.js';
import { loadFixture, mountElement, until } from './helpers.js';

const des = await loadFixture('des-hr');

describe('the level ladder, loaded on first use', () => {
  it('is defined once the form has rendered, and shows a skill’s descriptors with the chosen level', async () => {
    expect(customElements.get('cf-level-ladder'), 'not defined before a form renders').to.equal(undefined);
    const el = await mountElement('cf-self-assessment', html`<cf-self-assessment .framework=${des}></cf-self-assessment>`);
    await customElements.whenDefined('cf-level-ladder');
    const resourcing = byRole(el, 'group', { name: 'Resourcing' });
    byRole(resourcing, 'radio', { name: 'Expert' }).click();
    byText(resourcing, 'What each level means').click();
    await until(() => !!resourcing.querySelector('cf-level-ladder'), 'the ladder');
    const ladder = resourcing.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cf-level-ladder')!;
    await ladder.updateComplete;
    expect(text(byRole(ladder, 'listitem', { current: true }))).to.include('Expert');
  });
});
