import { css } from 'lit';

export const teamHeatmapStyles = css`
  :host {
    --_cf-heatmap-below: var(--cf-team-heatmap-below-color, var(--_cf-error));
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cf-space);
    align-items: end;
    margin-block-end: var(--_cf-space);
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-weight: 600;
  }
  select,
  button {
    font: inherit;
    min-block-size: 2.75rem;
  }
  .scroller {
    overflow: auto;
    max-block-size: var(--cf-team-heatmap-height, 70vh);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_cf-background);
    z-index: 1;
  }
  tbody th {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_cf-background);
  }
  th .needs {
    display: block;
    font-weight: 400;
    color: var(--_cf-secondary);
  }
  td {
    text-align: center;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* Below the need: hatched as well as coloured, so the meaning never rests on colour alone. */
  td.below {
    background: repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--_cf-heatmap-below) 22%, transparent) 4px 8px);
    font-weight: 700;
  }
  td.missing {
    color: var(--_cf-secondary);
  }
  td:focus-visible,
  th:focus-visible {
    outline: 3px solid var(--_cf-focus);
    outline-offset: -3px;
  }
  @media (forced-colors: active) {
    td.below {
      background: none;
      text-decoration: underline double;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .scroller {
      overflow: visible;
      max-block-size: none;
    }
  }
`;
