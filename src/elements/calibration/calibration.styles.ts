import { css } from 'lit';

/** The agreement's own (the skills' fieldsets are `answerFormStyles`): filters, standings, the record and its print. */
export const calibrationStyles = css`
  :host {
    --_gap: var(--cf-calibration-gap, var(--_cf-space));
  }
  .filters {
    border: 0;
    padding: 0;
    margin: 0 0 0.5em;
  }
  .filters legend {
    font-size: 1rem;
    padding: 0;
  }
  .ratings {
    margin: 0 0 0.25em;
    padding-inline-start: 1.25em;
  }
  .standing {
    font-weight: 600;
  }
  .agreed {
    border: 0;
    padding: 0;
    margin: 0.5em 0 0;
    min-inline-size: 0;
  }
  .agreed legend {
    font-size: 1rem;
    font-weight: 600;
    padding: 0;
  }
  .who {
    color: var(--_cf-secondary);
  }
  .toolbar {
    margin-block: var(--_gap);
  }
  /* The record is the printed document: on screen, only a read-only agreement shows it. */
  .form + .record {
    display: none;
  }
  .record table {
    margin-block-start: 0.5em;
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .form {
      display: none !important;
    }
    .form + .record {
      display: block;
    }
    .toolbar {
      display: none;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
