import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerProblem } from '../core/assessment-validity.js';
import { FIELD_ID_PREFIX } from './skill-controls.js';

/** A problem as a form shows it: the rule broken, in words. */
export interface Problem extends AnswerProblem {
  readonly text: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A form element's constraint validation, as native controls have it: validity kept up to date after each
 * render, `checkValidity()` that shows nothing, `reportValidity()` (and a blocked submit) that shows
 * the problems and moves focus to the first.
 */
export class ValidityController implements ReactiveController {
  readonly #host: Host;
  readonly #internals: ElementInternals;
  /** What stops submitting now, in the order shown (or only the first). */
  readonly #problems: (firstOnly: boolean) => Problem[];
  /**
   * The problems shown, as found when validation was last reported (submit or `reportValidity`):
   * fixed ones drop out, new ones wait for the next report, so the alert is not rewritten as people type.
   */
  #reported?: readonly Problem[];
  /** Set while our own `checkValidity()` runs: its `invalid` event shows nothing, as for native controls. */
  #checking = false;

  constructor(host: Host, internals: ElementInternals, problems: (firstOnly: boolean) => Problem[]) {
    this.#host = host;
    this.#internals = internals;
    this.#problems = problems;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('invalid', this.#onInvalid);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('invalid', this.#onInvalid);
  }

  /** After rendering, so the validation message can point at the field. */
  hostUpdated(): void {
    this.sync();
  }

  check(): boolean {
    this.sync();
    this.#checking = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#checking = false;
    }
  }

  report(): boolean {
    this.sync();
    const valid = this.#internals.reportValidity();
    const first = this.#problems(false)[0];
    if (first) void this.#host.updateComplete.then(() => this.focus(first.skill, first.field));
    return valid;
  }

  /** The reported problems that still stand, worded for the answers as they are now. */
  shown(): Problem[] {
    if (!this.#reported) return [];
    const current = this.#problems(false);
    return this.#reported.flatMap((old) => current.find((now) => now.skill === old.skill && now.field === old.field) ?? []);
  }

  /** Shows no problems until the next report (after a form reset). */
  forget(): void {
    this.#reported = undefined;
  }

  sync(): void {
    const [first] = this.#problems(true);
    if (!first) this.#internals.setValidity({});
    else this.#internals.setValidity({ [first.flag]: true }, first.text, this.#field(first.skill, first.field) ?? undefined);
  }

  /** Moves focus to a skill's answer (the chosen one, or the first) or its text; false when it is not shown. */
  focus(skill: string, field: Problem['field']): boolean {
    const target = this.#field(skill, field);
    target?.focus();
    return !!target;
  }

  /** The error summary's links reach into the shadow root, where a fragment link cannot. */
  readonly onSummaryClick = (event: Event): void => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link?.dataset.skill) return;
    event.preventDefault();
    this.focus(link.dataset.skill, link.dataset.field as Problem['field']);
  };

  #field(skill: string, field: Problem['field']): HTMLElement | null | undefined {
    const root = this.#host.shadowRoot;
    if (field !== 'level') return root?.getElementById(FIELD_ID_PREFIX[field] + skill);
    // The skill's answers are the radios of its fieldset named `r-<skill>`, not those of the other controls in it.
    const answers = `#s-${CSS.escape(skill)} input[name="r-${CSS.escape(skill)}"]`;
    return root?.querySelector<HTMLElement>(`${answers}:checked`) ?? root?.querySelector(answers);
  }

  readonly #onInvalid = (): void => {
    if (this.#checking) return;
    this.#reported = this.#problems(false);
    this.#host.requestUpdate();
  };
}
