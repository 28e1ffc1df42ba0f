import { css } from 'lit';

export const developmentPlanStyles = css`
  :host {
    --_gap: var(--cf-development-plan-gap, var(--_cf-space));
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 1em 0.4em;
    line-height: 1.25;
  }
  header > :first-child {
    margin-block-start: 0;
  }
  p {
    margin-block: 0 0.5em;
  }
  .for,
  .importance {
    color: var(--_cf-secondary);
  }
  .summary {
    font-weight: 600;
  }
  button.secondary {
    color: var(--_cf-text);
    background: var(--_cf-surface);
    border-color: var(--_cf-border);
  }
  .step {
    margin: 0 0 var(--_gap);
    padding: var(--_cf-space);
    border: 1px solid var(--_cf-border);
    border-inline-start: 5px solid var(--_cf-border);
    border-radius: var(--_cf-radius);
  }
  .step.essential {
    border-inline-start-color: var(--_cf-accent);
  }
  .step > :first-child {
    margin-block-start: 0;
  }
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    margin: 0 0 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .learning {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_cf-accent);
  }
  .url {
    display: none;
  }
  .actions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action {
    margin: 0 0 0.75em;
  }
  fieldset {
    margin: 0;
    padding: 0.5em 0.75em 0.25em;
    border: 1px solid var(--_cf-border);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25em;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0 1em 0.5em 0;
  }
  label.text {
    display: flex;
  }
  label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
  }
  textarea,
  select,
  input[type='date'] {
    font: inherit;
    color: var(--_cf-text);
    background: var(--_cf-background);
    border: 2px solid var(--_cf-text);
    border-radius: var(--_cf-radius);
    min-height: 2.5rem;
    padding: 0.25em;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_cf-error);
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
  }
  .too-long,
  .overdue {
    color: var(--_cf-error);
    font-weight: 600;
  }
  .overdue {
    margin: 0 1em 0.75em 0;
  }
  .action-text {
    white-space: pre-wrap;
    margin: 0;
  }
  .action-meta {
    color: var(--_cf-secondary);
  }
  .done .action-text {
    text-decoration: line-through;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .step.essential,
    textarea[aria-invalid='true'] {
      border-style: double;
    }
  }
  /* A document for a career conversation: the plan's words, no controls, no step split across pages. */
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .toolbar,
    .editor,
    .add,
    .notice,
    .saving,
    [role='status'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .step {
      break-inside: avoid;
      border-color: #000;
      padding: 0.5em 0.75em;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    a {
      color: #000;
    }
    .url {
      display: inline;
      overflow-wrap: anywhere;
    }
    .message,
    .for,
    .importance,
    .action-meta {
      color: #000;
    }
  }
`;
