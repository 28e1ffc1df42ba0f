import { css } from 'lit';

export const levelLadderStyles = css`
  :host {
    --_current: var(--cf-level-ladder-current-color, var(--_cf-accent));
    --_target: var(--cf-level-ladder-target-color, var(--_cf-success));
    --_gap: var(--cf-level-ladder-gap, calc(var(--_cf-space) * 0.75));
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 0.5em;
    line-height: 1.25;
  }
  * + :is(h2, h3, h4, h5, h6) {
    margin-block-start: 1em;
  }
  .description,
  .message {
    color: var(--_cf-secondary);
  }
  ol.levels {
    list-style: none;
    margin: var(--_cf-space) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .level {
    border: 1px solid var(--_cf-border);
    border-inline-start-width: 5px;
    border-radius: var(--_cf-radius);
    padding: calc(var(--_cf-space) * 0.75);
    background: var(--_cf-background);
  }
  .level.current {
    border-color: var(--_current);
    border-width: 3px 3px 3px 8px;
  }
  .level.target {
    border-color: var(--_target);
    border-style: dashed;
    border-width: 3px 3px 3px 8px;
  }
  .level.not-applicable {
    background: var(--_cf-surface);
  }
  [part~='level-title'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: 0;
    font-size: 1.1875rem;
  }
  .position {
    font-size: 0.875rem;
    font-weight: normal;
    color: var(--_cf-secondary);
  }
  .tag {
    display: inline-block;
    padding: 0.125em 0.5em;
    font-size: 0.875rem;
    font-weight: 700;
    border: 2px solid currentColor;
  }
  .tag.current {
    color: var(--_current);
  }
  .tag.target {
    color: var(--_target);
    border-style: dashed;
  }
  .rich > :first-child {
    margin-block-start: 0.5em;
  }
  .rich > :last-child {
    margin-block-end: 0;
  }
  .rich ul,
  .rich ol {
    padding-inline-start: 1.25em;
  }
  details > summary {
    cursor: pointer;
    min-block-size: 24px;
    list-style-position: outside;
    margin-inline-start: 1.25em;
  }
  .compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_gap);
  }
  @media (forced-colors: active) {
    .level.current,
    .level.target,
    .tag {
      border-color: CanvasText;
    }
  }
  @media print {
    .level {
      break-inside: avoid;
    }
  }
`;
