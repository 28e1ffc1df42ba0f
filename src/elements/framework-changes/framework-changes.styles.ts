import { css } from 'lit';

/** The changes view's own: areas, the note, the disclosures of descriptors and the filter. */
export const frameworkChangesStyles = css`
  :host {
    --_gap: var(--cf-framework-changes-gap, var(--_cf-space));
  }
  :is(h2, h3, h4, h5) {
    margin-block: var(--_gap) 0.5em;
    line-height: 1.25;
  }
  ul {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  /* The disclosure's triangle marks the item: no bullet beside it (the list keeps its semantics). */
  li:has(> details) {
    list-style-type: none;
  }
  /* Not the shared notice styles: their buttons are not needed here, and a fifth page sharing them would
     move them into the chunk every page loads. */
  .message,
  .note {
    color: var(--_cf-secondary);
  }
  .note {
    margin-block: 0 0.5em;
  }
  .notice {
    border-inline-start: 5px solid var(--_cf-accent);
    padding: 0.5em var(--_cf-space);
    background: var(--_cf-surface);
  }
  /* The sentence opens the descriptors: a target of at least 24 px, in the colour of what can be chosen. */
  summary {
    min-block-size: 1.5rem;
    color: var(--_cf-accent);
    cursor: pointer;
  }
  dl {
    margin: 0.5em 0 0.75em;
    padding-inline-start: var(--_cf-space);
    border-inline-start: 5px solid var(--_cf-border);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5em;
  }
  dd .rich > :first-child,
  dd > p:first-child {
    margin-block-start: 0.25em;
  }
  .filter label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 1.5rem;
    cursor: pointer;
  }
  .filter input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_cf-accent);
  }
  @media (forced-colors: active) {
    summary {
      color: LinkText;
    }
    dl,
    .notice {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .filter {
      display: none;
    }
  }
`;
