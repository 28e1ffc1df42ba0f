import { css } from 'lit';

/**
 * What the form elements share (the self-assessment, the agreement): one fieldset per skill with its
 * radios, disclosures, text fields and errors. Each element sets `--_gap`, the space between skills.
 */
export const answerFormStyles = css`
  h2,
  h3,
  h4 {
    margin-block: calc(var(--_gap) * 1.5) 0.5em;
    line-height: 1.25;
  }
  p {
    margin-block: 0 0.5em;
  }
  .progress {
    font-weight: 600;
  }
  .skill {
    margin: 0 0 var(--_gap);
    padding: var(--_cf-space);
    border: 1px solid var(--_cf-border);
    border-radius: var(--_cf-radius);
    min-inline-size: 0;
  }
  /*
   * On screen each skill is laid out and painted on its own: an answer changes the progress line above
   * the skills, and without this every skill's layers were updated and repainted for it (issue 18). Not
   * in print, where a skill is kept whole on its page.
   */
  @media not print {
    .skill {
      contain: layout;
    }
  }
  .skill.invalid {
    border-inline-start: 5px solid var(--_cf-error);
  }
  legend {
    font-weight: 700;
    font-size: 1.125rem;
    padding-inline: 0.25em;
  }
  .error {
    color: var(--_cf-error);
    font-weight: 700;
  }
  .options {
    margin-block-end: 0.5em;
  }
  /*
   * Each answer a line of inline text after its radio, a long one wrapping under its words, not under the
   * radio: flex or grid here made 1,350 more boxes to lay out in a form of 150 skills (docs/speed.md).
   */
  .option {
    display: block;
    /* A line as tall as the radio, so the radio and the words are centred on each other. */
    line-height: 1.5rem;
    padding-block: 0.375rem;
    padding-inline-start: 2rem;
    text-indent: -2rem;
    cursor: pointer;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    margin-inline-end: 0.25rem;
    vertical-align: top;
    accent-color: var(--_cf-accent);
  }
  details {
    margin-block: 0.5em;
  }
  summary {
    color: var(--_cf-accent);
    cursor: pointer;
    min-height: 1.5rem;
  }
  details[open] > summary {
    margin-block-end: 0.5em;
  }
  .evidence-label,
  .note-label {
    display: block;
    font-weight: 600;
    margin-block-start: 0.75em;
  }
  textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    padding: 0.25em;
    color: inherit;
    background: var(--_cf-background);
    border: 2px solid var(--_cf-text);
    border-radius: var(--_cf-radius);
  }
  textarea[aria-invalid='true'],
  .count.over {
    border-color: var(--_cf-error);
    color: var(--_cf-error);
    font-weight: 600;
  }
  .evidence-text {
    white-space: pre-wrap;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    .skill.invalid,
    textarea[aria-invalid='true'] {
      border-style: double;
    }
  }
`;
