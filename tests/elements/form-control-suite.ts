import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { text } from './harness.js';

// What every form-associated element must do as a control of a native <form>, run by each element's
// tests with a small adapter. It finds things as a person does, with the harness (by role and name).

/** How the suite drives one form-associated element. */
export interface FormControlAdapter<E extends HTMLElement> {
  readonly tag: string;
  /** The element with this name (and `required` when asked), not yet in a form. */
  readonly render: (options: { name: string; required: boolean; id?: string }) => TemplateResult;
  /** Sets the value the way the host does; a form reset goes back to it. */
  readonly setInitial: (element: E) => void;
  /** Whether the element shows the value `setInitial` set (after a reset). */
  readonly showsInitial: (element: E) => boolean;
  /** Changes the value as a person does. */
  readonly change: (element: E) => Promise<void> | void;
  /** Completes what `required` asks for, as a person does. */
  readonly complete: (element: E) => Promise<void> | void;
  /** A state as the browser keeps it for the page (session history, autofill), and what shows it was restored. */
  readonly state: { readonly value: string; readonly restored: (element: E) => boolean };
  /** The element's own controls, which a disabled fieldset must disable. */
  readonly controls: (element: E) => HTMLElement[];
  /** Whether the element shows any error (a summary, an inline message). */
  readonly showsErrors: (element: E) => boolean;
}

type Control = HTMLElement &
  LitElement & {
    name?: string;
    disabled: boolean;
    required: boolean;
    readonly form: HTMLFormElement | null;
    readonly labels: NodeList;
    readonly validity: ValidityState;
    readonly validationMessage: string;
    readonly willValidate: boolean;
    checkValidity(): boolean;
    reportValidity(): boolean;
    formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void;
  };

/** Runs the shared form-control tests for one element. */
export function runFormControlSuite<E extends HTMLElement>(adapter: FormControlAdapter<E>): void {
  const mount = async (template: TemplateResult) => {
    const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
    const element = form.querySelector(adapter.tag) as unknown as Control;
    await element.updateComplete;
    return { form, element, typed: element as unknown as E };
  };
  const entry = (form: HTMLFormElement) => new FormData(form).get('entry');

  describe(`${adapter.tag}: a form control`, () => {
    it('belongs to its form, and is named by a <label for> its id', async () => {
      const { form, element } = await mount(
        html`<label for="control">Your answers</label>${adapter.render({ name: 'entry', required: false, id: 'control' })}`,
      );
      expect(element.form).to.equal(form);
      expect([...element.labels].map(text)).to.deep.equal(['Your answers']);
      expect(element.willValidate).to.equal(true);
    });

    it('form reset goes back to the value the host set, or to none', async () => {
      const { form, element, typed } = await mount(adapter.render({ name: 'entry', required: false }));
      const empty = entry(form);
      await adapter.change(typed);
      await element.updateComplete;
      expect(entry(form)).not.to.equal(empty);
      form.reset();
      await element.updateComplete;
      expect(entry(form), 'no value set: back to none').to.equal(empty);
      adapter.setInitial(typed);
      await element.updateComplete;
      const initial = entry(form);
      await adapter.change(typed);
      await element.updateComplete;
      expect(entry(form)).not.to.equal(initial);
      form.reset();
      await element.updateComplete;
      expect(entry(form), 'back to the value set').to.equal(initial);
      expect(adapter.showsInitial(typed), 'and shows it').to.equal(true);
    });

    it('takes back the state the browser kept for the page (formStateRestoreCallback)', async () => {
      const { element, typed } = await mount(adapter.render({ name: 'entry', required: false }));
      element.formStateRestoreCallback(adapter.state.value, 'restore');
      await element.updateComplete;
      expect(adapter.state.restored(typed)).to.equal(true);
    });

    it('is disabled by its own attribute or a disabled fieldset: no entry, no validation, its controls disabled', async () => {
      const { form, element, typed } = await mount(html`<fieldset>${adapter.render({ name: 'entry', required: true })}</fieldset>`);
      expect(form.checkValidity()).to.equal(false);
      form.querySelector('fieldset')!.disabled = true;
      await element.updateComplete;
      expect(new FormData(form).has('entry')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect(element.matches(':disabled')).to.equal(true);
      expect(adapter.controls(typed).every((control) => control.matches(':disabled'))).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      element.disabled = true;
      await element.updateComplete;
      expect(element.hasAttribute('disabled')).to.equal(true);
      expect(new FormData(form).has('entry')).to.equal(false);
      expect(adapter.controls(typed).every((control) => control.matches(':disabled'))).to.equal(true);
    });

    it('answers the constraint validation API as native controls do', async () => {
      const { form, element, typed } = await mount(adapter.render({ name: 'entry', required: false }));
      expect(element.checkValidity()).to.equal(true);
      expect(element.validationMessage).to.equal('');
      element.required = true;
      await element.updateComplete;
      let invalid = 0;
      element.addEventListener('invalid', () => invalid++);
      expect(element.checkValidity()).to.equal(false);
      expect(invalid, 'checkValidity fires invalid').to.equal(1);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).not.to.equal('');
      expect(element.matches(':invalid')).to.equal(true);
      await element.updateComplete;
      expect(adapter.showsErrors(typed), 'checkValidity shows nothing').to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(element.reportValidity()).to.equal(false);
      await element.updateComplete;
      expect(adapter.showsErrors(typed), 'reportValidity shows the errors').to.equal(true);
      await adapter.complete(typed);
      await element.updateComplete;
      expect(element.checkValidity()).to.equal(true);
      expect(element.validity.valid).to.equal(true);
      expect(element.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });
  });
}
