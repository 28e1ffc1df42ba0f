import { css, LitElement, type CSSResultGroup } from 'lit';
import { takeUpEarlyValues } from './early-values.js';

/**
 * The shared look: GOV.UK-like defaults behind public `--cf-*` tokens. Elements read the private
 * `--_cf-*` values, so a host themes everything with the public names and nothing else.
 */
export const baseStyles = css`
  :host {
    --_cf-font: var(--cf-font-family, system-ui, sans-serif);
    --_cf-text: var(--cf-color-text, #0b0c0c);
    --_cf-secondary: var(--cf-color-secondary-text, #484949);
    --_cf-background: var(--cf-color-background, #ffffff);
    --_cf-surface: var(--cf-color-surface, #f3f2f1);
    --_cf-border: var(--cf-color-border, #b1b4b6);
    --_cf-accent: var(--cf-color-accent, #1d70b8);
    --_cf-success: var(--cf-color-success, #00703c);
    --_cf-error: var(--cf-color-error, #d4351c);
    --_cf-focus: var(--cf-color-focus, #ffdd00);
    --_cf-space: var(--cf-space, 1rem);
    --_cf-radius: var(--cf-radius, 0);
    display: block;
    font-family: var(--_cf-font);
    color: var(--_cf-text);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Read by assistive technology, not shown. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_cf-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_cf-text);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

/**
 * What every element of the library starts from: the shared look, themed by the public tokens below.
 * The tokens are documented here once, and the manifest gives them to every element that extends it.
 *
 * @cssproperty [--cf-font-family=system-ui, sans-serif] - Font of all text.
 * @cssproperty [--cf-color-text=#0b0c0c] - Colour of text, and of the outer ring of the focus indicator.
 * @cssproperty [--cf-color-secondary-text=#484949] - Colour of hints, notes and messages.
 * @cssproperty [--cf-color-background=#ffffff] - Background of cards, cells and inputs.
 * @cssproperty [--cf-color-surface=#f3f2f1] - Background of grouped or muted areas.
 * @cssproperty [--cf-color-border=#b1b4b6] - Colour of borders and rules.
 * @cssproperty [--cf-color-accent=#1d70b8] - Colour of links, buttons and highlights.
 * @cssproperty [--cf-color-success=#00703c] - Colour of what is met or saved.
 * @cssproperty [--cf-color-error=#d4351c] - Colour of errors and of the error summary's border.
 * @cssproperty [--cf-color-focus=#ffdd00] - Colour of the focus indicator.
 * @cssproperty [--cf-space=1rem] - The base unit of space; gaps and padding are multiples of it.
 * @cssproperty [--cf-radius=0] - Corner radius of cards and controls.
 */
export class ThemedElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** Public properties with accessors of the element's own (not Lit's): a value set before the element was defined is taken up. */
  protected static ownAccessors: readonly string[] = [];

  override connectedCallback(): void {
    takeUpEarlyValues(this, (this.constructor as typeof ThemedElement).ownAccessors);
    super.connectedCallback();
  }
}
