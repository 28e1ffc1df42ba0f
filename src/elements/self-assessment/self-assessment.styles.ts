import { css } from 'lit';

/** The form's own: the space between skills (the rest is `answerFormStyles`, shared with the agreement). */
export const selfAssessmentStyles = css`
  :host {
    --_gap: var(--cf-self-assessment-gap, var(--_cf-space));
  }
  /* Where a skill's evidence field will be until the skill is reached (evidence-reach.ts): about its height. */
  .evidence-space {
    block-size: 10rem;
  }
  /* Printed, the answers as chosen: no buttons, no space held for fields, a skill kept on one page. */
  @media print {
    .toolbar,
    .evidence-space {
      display: none;
    }
    .skill {
      break-inside: avoid;
    }
  }
`;
