import { nothing } from 'lit';
import { Directive, directive, type DirectiveResult, type Part } from 'lit/directive.js';
import type { Framework } from '../core/schema/framework.js';
import { NOT_APPLICABLE, NOT_OBSERVED } from '../core/schema/assessment.js';
import { markLanguage, textFor } from './rich-text.js';

/** One answer a skill offers: a level of the scale, not applicable or not observed. */
export interface AnswerChoice {
  readonly value: string;
  readonly label: string;
  /** The label's language, when it is not the page's. */
  readonly lang?: string;
}

/** The choices last made for each scale, with what they were made from. */
const madeFor = new WeakMap<Framework['scale'], { readonly key: string; readonly choices: readonly AnswerChoice[] }>();

/**
 * The answers of a scale, in order, in the page's language. The same list is returned until the scale, the
 * language or the words change: the radios' markup is prepared once per list, and each skill's radios are
 * made again only when their list changes.
 */
export function answerChoices(
  scale: Framework['scale'],
  locale: string,
  contentLanguage: string,
  t: (key: 'common.notApplicable' | 'common.notObserved') => string,
): readonly AnswerChoice[] {
  const notApplicable = scale.allowNotApplicable ? t('common.notApplicable') : undefined;
  const notObserved = scale.allowNotObserved ? t('common.notObserved') : undefined;
  const key = JSON.stringify([locale, contentLanguage, notApplicable, notObserved]);
  const made = madeFor.get(scale);
  if (made?.key === key) return made.choices;
  const choices: AnswerChoice[] = scale.levels.map((level) => {
    const lang = markLanguage(level.label, locale, contentLanguage);
    return { value: level.id, label: textFor(level.label, locale), ...(lang === nothing ? {} : { lang }) };
  });
  if (notApplicable !== undefined) choices.push({ value: NOT_APPLICABLE, label: notApplicable });
  if (notObserved !== undefined) choices.push({ value: NOT_OBSERVED, label: notObserved });
  madeFor.set(scale, { key, choices });
  return choices;
}

/** The answers' markup, made once per list of choices and cloned for each skill. */
const prepared = new WeakMap<readonly AnswerChoice[], HTMLDivElement>();

function prepare(choices: readonly AnswerChoice[]): HTMLDivElement {
  let group = prepared.get(choices);
  if (group) return group;
  group = document.createElement('div');
  group.className = 'options';
  for (const { value, label, lang } of choices) {
    const option = document.createElement('label');
    option.setAttribute('part', 'option');
    option.className = 'option';
    const input = document.createElement('input');
    input.type = 'radio';
    input.value = value;
    // Labels are the framework's words: text, never markup. A span only to mark another language: 1,350
    // fewer elements to style and lay out in a 150-skill form.
    let text: Node = document.createTextNode(label);
    if (lang) {
      const span = document.createElement('span');
      span.lang = lang;
      span.append(text);
      text = span;
    }
    option.append(input, ' ', text);
    group.append(option);
  }
  prepared.set(choices, group);
  return group;
}

/**
 * A skill's radios, one labelled radio per answer in a `<div class="options">`: the markup a template per
 * answer would make, cloned in one native call from a copy made once per scale. A 150-skill form
 * otherwise instantiates 1,350 small templates on its first render, which cost more than the nodes.
 *
 * `checked` is set as a property binding sets it: only where it differs from what was last rendered, so an
 * answer a person chose and the element did not render again is left as they chose it. `notes` adds
 * ` <span class="who">(…)</span>` to an answer's label (who gave that answer, in the agreement).
 * Made in the browser only (`update`): `render` has nothing to give without a document.
 */
class AnswerOptionsDirective extends Directive {
  #group?: HTMLDivElement;
  #inputs: HTMLInputElement[] = [];
  #noted: HTMLSpanElement[] = [];
  /** What was rendered last: choices, name, checked answer, notes (as text). */
  #last: unknown[] = [];

  render(_choices: readonly AnswerChoice[], _name: string, _checked: string | undefined, _notes?: ReadonlyMap<string, string>): unknown {
    return nothing;
  }

  override update(_part: Part, [choices, name, checked, notes]: Parameters<this['render']>): HTMLDivElement {
    const fresh = choices !== this.#last[0];
    // A fresh copy has nothing named, checked or noted yet.
    const [, lastName, lastChecked, lastNotes] = fresh ? [] : this.#last;
    const noted = notes && [...notes].join();
    if (fresh) {
      this.#group = prepare(choices).cloneNode(true) as HTMLDivElement;
      this.#inputs = [...this.#group.querySelectorAll('input')];
      this.#noted = [];
    }
    for (const input of this.#inputs) {
      if (name !== lastName) input.name = name;
      if (checked !== lastChecked && (input.value === lastChecked || input.value === checked)) input.checked = input.value === checked;
    }
    if (noted !== lastNotes) {
      for (const span of this.#noted) {
        span.previousSibling!.remove();
        span.remove();
      }
      this.#noted = this.#inputs.flatMap((input) => {
        const note = notes?.get(input.value);
        if (note === undefined) return [];
        const span = document.createElement('span');
        span.className = 'who';
        span.textContent = `(${note})`;
        // The space apart from the note: inside it, at its start, a name computed from the DOM loses it.
        input.parentElement!.append(' ', span);
        return [span];
      });
    }
    this.#last = [choices, name, checked, noted];
    return this.#group!;
  }
}

// Typed here, so the declarations name \`lit\` (a dependency), not the \`lit-html\` it re-exports.
export const answerOptions: (...values: Parameters<AnswerOptionsDirective['render']>) => DirectiveResult<typeof AnswerOptionsDirective> =
  directive(AnswerOptionsDirective);
