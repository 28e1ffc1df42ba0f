import { css } from 'lit';

export const teamHeatmapStyles = css`
  :host {
    --_cf-heatmap-below: var(--cf-team-heatmap-below-color, var(--_cf-error));
  }
  .reading:empty {
    margin: 0;
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
  /* Positioned, so the visually hidden text of its cells stays inside it, not the page. */
  .scroller {
    position: relative;
    overflow: auto;
    /* The heatmap keeps the rows in view in place itself, as rows are drawn around them (table-window.ts). */
    overflow-anchor: none;
    max-block-size: var(--cf-team-heatmap-height, 70vh);
  }
  thead th,
  tbody th {
    background: var(--_cf-background);
  }
  /* Sticky headers only where there is room for them: zoomed in, they would cover the focused cell. */
  @media (min-height: 30em) and (min-width: 40em) {
    .scroller {
      scroll-padding-block-start: 6em;
      scroll-padding-inline-start: 9em;
    }
    thead th {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
    }
    tbody th,
    thead th:first-child {
      position: sticky;
      inset-inline-start: 0;
    }
    thead th:first-child {
      z-index: 2;
    }
  }
  th .needs {
    display: block;
    font-weight: 400;
    color: var(--_cf-secondary);
  }
  /* Fixed layout: widths come from the columns (col elements), not from the cells drawn, so drawing more never moves the rest. */
  table {
    table-layout: fixed;
    inline-size: max-content;
  }
  th,
  col {
    inline-size: 8em;
  }
  td {
    inline-size: 4.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A spacer as tall as the rows it stands for, which are not drawn (see drawn-window.ts). */
  tbody .gap td {
    padding: 0;
    border: 0;
  }
  /* Below the need: hatched as well as coloured, so the meaning never rests on colour alone. */
  td.below {
    print-color-adjust: exact;
    background: repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--_cf-heatmap-below) 22%, transparent) 4px 8px);
    font-weight: 700;
  }
  td.missing {
    color: var(--_cf-secondary);
  }
  /* Two tones inside the cell, so the ring shows on any background and no sticky neighbour hides it. */
  td:focus-visible,
  th:focus-visible {
    outline: 3px solid var(--_cf-text);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px var(--_cf-focus);
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
