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
  /* Positioned, so the visually hidden text of thousands of cells stays inside it, not the page. */
  .scroller {
    position: relative;
    overflow: auto;
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
  /* Fixed layout: a batch of new rows lays out on its own, not the whole table again (150 columns). */
  table {
    table-layout: fixed;
    inline-size: max-content;
  }
  th {
    inline-size: 8em;
  }
  td {
    inline-size: 4.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /*
   * Cells out of view skip laying out their contents (they stay in the accessibility tree and in
   * find-in-page): with 75,000 cells this takes about a third off each batch of rows. A cell is one
   * line, so its size while skipped is one line high.
   */
  tbody td {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5em auto 1.5em;
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
