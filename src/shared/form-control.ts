import type { PropertyDeclarations } from 'lit';
import { FrameworkElement } from './framework-element.js';

/**
 * A framework element that is a control of the page's `<form>` (ElementInternals): it has a name,
 * can be required or disabled (also by a disabled `<fieldset>`), and answers the constraint
 * validation API as native controls do. Subclasses set the value and validity.
 */
export class FormControlElement extends FrameworkElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  /** Name of the form entry. */
  declare name?: string;

  /** Whether the control must be completed before the form is submitted. */
  required = false;

  /** Disables the control: its value is not submitted. */
  disabled = false;

  /** Set when an enclosing `<fieldset disabled>` disables the control. */
  protected formDisabled = false;

  protected readonly internals = this.attachInternals();

  /** The form the control belongs to, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The `<label>` elements of the control (`<label for>` its id, or around it), as for native controls. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** Whether the control is disabled, by itself or by its fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
