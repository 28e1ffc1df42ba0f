import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { answerChoices, answerOptions } from '../../src/shared/answer-options.js';
import type { Framework } from '../../src/core/schema/framework.js';

const scale = {
  levels: [
    { id: 'working', label: 'Working' },
    { id: 'expert', label: { en: 'Expert', cy: 'Arbenigwr' } },
  ],
  allowNotApplicable: true,
} as Framework['scale'];
const t = (key: string) => (key === 'common.notApplicable' ? 'Not applicable' : 'Not observed');

describe('answerOptions', () => {
  const draw = (container: HTMLElement, ...args: Parameters<typeof answerOptions>) =>
    render(html`<fieldset>${answerOptions(...args)}</fieldset>`, container);
  const radios = (container: HTMLElement) => [...container.querySelectorAll('input')];
  const labels = (container: HTMLElement) => [...container.querySelectorAll('label')].map((label) => label.textContent);

  it('makes one labelled radio per answer, the same list until the scale, language or words change', () => {
    const choices = answerChoices(scale, 'en', 'en', t);
    expect(answerChoices(scale, 'en', 'en', t)).to.equal(choices);
    expect(answerChoices(scale, 'cy', 'en', t)).not.to.equal(choices);
    const container = document.createElement('div');
    draw(container, answerChoices(scale, 'en', 'en', t), 'r-a', 'expert');
    expect(container.querySelector('.options')).not.to.equal(null);
    expect(labels(container)).to.deep.equal([' Working', ' Expert', ' Not applicable']);
    expect(radios(container).map((radio) => [radio.name, radio.value, radio.checked])).to.deep.equal([
      ['r-a', 'working', false],
      ['r-a', 'expert', true],
      ['r-a', 'not-applicable', false],
    ]);
    expect(container.querySelectorAll('[part="option"]')).to.have.length(3);
  });

  it('marks a label in another language than the page’s', () => {
    const container = document.createElement('div');
    draw(container, answerChoices(scale, 'cy', 'en', t), 'r-a', undefined);
    // Only the label in another language is a span of its own: the others are text in their label.
    const marked = [...container.querySelectorAll('label')].map((label) => label.querySelector('[lang]')?.getAttribute('lang') ?? null);
    expect(marked).to.deep.equal(['en', null, null]);
    expect(container.querySelectorAll('label span')).to.have.length(1);
    expect(labels(container)).to.deep.equal([' Working', ' Arbenigwr', ' Not applicable']);
  });

  it('sets checked only where the answer rendered changed, as a property binding does', () => {
    const container = document.createElement('div');
    const choices = answerChoices(scale, 'en', 'en', t);
    draw(container, choices, 'r-a', 'working');
    const [working, expert] = radios(container);
    // A person's choice that the host did not render again stays.
    expert!.checked = true;
    draw(container, choices, 'r-a', 'working');
    expect(expert!.checked).to.equal(true);
    // Rendered as the person left it, then the answer cleared: the radio rendered checked is unchecked.
    draw(container, choices, 'r-a', 'expert');
    draw(container, choices, 'r-a', undefined);
    expect(radios(container).map((radio) => radio.checked)).to.deep.equal([false, false, false]);
    // The same nodes throughout: nothing redrawn.
    expect(radios(container)[0]).to.equal(working);
  });

  it('adds who gave each answer to its label, as text, and updates it', () => {
    const container = document.createElement('div');
    const choices = answerChoices(scale, 'en', 'en', t);
    draw(container, choices, 'r-a', undefined, new Map([['working', 'You, <b>Sam</b>']]));
    expect(labels(container)[0]).to.equal(' Working (You, <b>Sam</b>)');
    expect(container.querySelector('b')).to.equal(null);
    draw(container, choices, 'r-a', undefined, new Map([['expert', 'Sam']]));
    expect(labels(container)).to.deep.equal([' Working', ' Expert (Sam)', ' Not applicable']);
    draw(container, choices, 'r-a', undefined);
    expect(container.querySelectorAll('.who')).to.have.length(0);
  });
});
