import { css } from 'lit';

/** The form's own: the space between skills (the rest is `answerFormStyles`, shared with the agreement). */
export const selfAssessmentStyles = css`
  :host {
    --_gap: var(--cf-self-assessment-gap, var(--_cf-space));
  }
  /* Ratings to look at again since the framework changed: the notice above the form, and the hint in each skill. */
  .review > :first-child {
    margin-block-start: 0;
    font-size: 1.1875rem;
  }
  .review-hint {
    border-inline-start: 5px solid var(--_cf-accent);
    padding-inline-start: 0.75em;
  }
  .review-hint p {
    margin-block: 0.25em;
  }
  /* Where a skill's descriptors and evidence field will be until the skill is reached (skill-reach.ts): about their height. */
  .reach-space {
    block-size: 12.75rem;
  }
  /* Printed, the answers as chosen: no buttons, no space held for fields, a skill kept on one page. */
  @media print {
    .toolbar,
    .reach-space,
    .keep {
      display: none;
    }
    .skill {
      break-inside: avoid;
    }
  }
`;
