import { css } from 'lit';

export const gapChartStyles = css`
  :host {
    --_required: var(--cf-gap-chart-required-color, var(--_cf-text));
    --_s0: var(--cf-gap-chart-series-1-color, var(--_cf-accent));
    --_s1: var(--cf-gap-chart-series-2-color, var(--_cf-success));
    --_s2: var(--cf-gap-chart-series-3-color, var(--_cf-secondary));
    --_s3: var(--cf-gap-chart-series-4-color, var(--_cf-text));
    --_gap: var(--cf-gap-chart-gap-color, var(--_cf-error));
  }
  p {
    margin-block: 0 0.5em;
  }
  .summary {
    font-weight: 600;
  }
  .hint,
  .message {
    color: var(--_cf-secondary);
  }
  .level-key {
    margin-inline-end: 0.75em;
    white-space: nowrap;
  }
  .plot {
    max-width: max-content;
  }
  svg {
    max-width: 100%;
    height: auto;
  }
  .tick,
  .missing {
    font-size: 11px;
    fill: var(--_cf-secondary);
  }
  .note {
    font-size: 12px;
  }
  .label.active {
    font-weight: 700;
  }
  /* Rings and gridlines are read to place levels: 3:1 against the background at least (WCAG 1.4.11), thin to stay quiet. */
  .grid * {
    fill: none;
    stroke: var(--_cf-secondary);
    stroke-width: 0.5;
  }
  .grid .axis {
    stroke: var(--_cf-text);
  }
  .required {
    fill: none;
    stroke: var(--_required);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .required-marker {
    fill: var(--_required);
  }
  .s0 {
    color: var(--_s0);
  }
  .s1 {
    color: var(--_s1);
  }
  .s2 {
    color: var(--_s2);
  }
  .s3 {
    color: var(--_s3);
  }
  /* Series differ by line style, marker and bar fill too, not by colour alone. */
  .series path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .s1 > path:first-child {
    stroke-dasharray: 2 3;
  }
  .s2 > path:first-child {
    stroke-dasharray: 8 3 2 3;
  }
  .series .area {
    fill: currentColor;
    fill-opacity: 0.12;
  }
  .series .marker {
    fill: currentColor;
    stroke: var(--_cf-background);
    stroke-width: 1;
  }
  .bar {
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 2;
  }
  .bar.s1,
  .bar.s2 {
    fill: none;
  }
  .bar.s2 {
    stroke-dasharray: 3 2;
  }
  .bar.s3 {
    fill-opacity: 0.4;
  }
  .gap,
  .hatch {
    stroke: var(--_gap);
  }
  .hatch {
    stroke-width: 2;
  }
  /* Drawn for the skill shown only. */
  .band {
    fill: var(--_cf-surface);
  }
  tr.active {
    background: var(--_cf-surface);
  }
  .details:empty {
    display: none;
  }
  @media (forced-colors: active) {
    .grid *,
    .required,
    .series path,
    .bar,
    .gap,
    .hatch {
      stroke: CanvasText;
    }
    .s0,
    .s1,
    .s2,
    .s3 {
      color: CanvasText;
    }
    .required-marker,
    .series .marker {
      fill: CanvasText;
    }
    .series .area {
      fill-opacity: 0;
    }
    .band {
      fill: none;
      stroke: Highlight;
      stroke-width: 3;
    }
  }
  @media print {
    /* On paper the table sits under the chart, and nothing is interactive. */
    .table-hidden {
      position: static !important;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .target,
    .details,
    .hint.pointer {
      display: none;
    }
    .band,
    tr.active {
      fill: transparent;
      background: none;
    }
    .link {
      color: inherit;
      text-decoration: none;
    }
  }
`;
