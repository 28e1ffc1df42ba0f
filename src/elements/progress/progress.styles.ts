import { css } from 'lit';

/** The progress view's own: the scrolling table, the small lines, and its print. */
export const progressStyles = css`
  :host {
    --_line: var(--cf-progress-line-color, var(--_cf-accent));
  }
  h2,
  h3,
  h4 {
    margin-block: 1em 0.5em;
    line-height: 1.25;
  }
  .summary ul {
    margin-block: 0 0.5em;
  }
  .scroll {
    overflow-x: auto;
    margin-block-end: var(--_cf-space);
  }
  .scroll:focus-visible {
    outline: 3px solid var(--_cf-focus);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  td.trend {
    white-space: nowrap;
  }
  .line {
    vertical-align: middle;
    margin-inline-end: 0.25em;
    overflow: visible;
  }
  .line .run {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
  }
  .line circle {
    fill: var(--_line);
  }
  .line .required {
    stroke: var(--_cf-secondary);
    stroke-dasharray: 2 2;
  }
  @media (forced-colors: active) {
    .line .run {
      stroke: CanvasText;
    }
    .line circle {
      fill: CanvasText;
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
