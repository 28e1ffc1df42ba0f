import { css } from 'lit';

export const journeyMapStyles = css`
  :host {
    --_route: var(--cf-journey-map-route-color, var(--_cf-accent));
    --_here: var(--cf-journey-map-here-color, var(--_cf-success));
  }
  h2,
  h3,
  h4,
  h5 {
    margin-block: 1em 0.5em;
    line-height: 1.25;
  }
  p {
    margin-block: 0 0.5em;
  }
  .hint,
  .message,
  .kind {
    color: var(--_cf-secondary);
  }
  .kind {
    margin-inline-start: 0.4em;
  }
  .route {
    border-inline-start: 5px solid var(--_route);
    padding-inline-start: var(--_cf-space);
    margin-block-end: var(--_cf-space);
  }
  .steps > li {
    margin-block-end: 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .toolbar button {
    min-height: 2.5rem;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_cf-text);
    border-radius: var(--_cf-radius);
    background: var(--_cf-background);
    color: var(--_cf-text);
    font: inherit;
    cursor: pointer;
  }
  .toolbar button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .viewport {
    max-height: 70vh;
    overflow: auto;
    border: 1px solid var(--_cf-border);
    border-radius: var(--_cf-radius);
  }
  svg {
    overflow: visible;
  }
  .family {
    font-weight: 700;
  }
  .grade,
  .tag {
    font-size: 11px;
    fill: var(--_cf-secondary);
  }
  .band {
    font-weight: 600;
    fill: var(--_cf-secondary);
  }
  /* The rule under the band of roles no move links: they are not on a level. */
  .band-rule {
    fill: none;
    stroke: var(--_cf-border);
    stroke-dasharray: 4 4;
  }
  /* Moves differ by line style, named in the legend: solid up, dashed sideways, dotted across. */
  .move {
    fill: none;
    stroke: var(--_cf-secondary);
    stroke-width: 1.5;
  }
  .move.lateral {
    stroke-dasharray: 6 4;
  }
  .move.cross-profession {
    stroke-dasharray: 2 3;
  }
  .move.overlap {
    stroke-dasharray: 8 3 2 3;
    stroke-opacity: 0.7;
  }
  .move.on-route {
    stroke: var(--_route);
    stroke-width: 3.5;
  }
  .head {
    fill: var(--_cf-secondary);
  }
  .role rect {
    fill: var(--_cf-background);
    stroke: var(--_cf-secondary);
    stroke-width: 1;
  }
  .role.on-route rect {
    stroke: var(--_route);
    stroke-width: 3;
  }
  .role.here rect {
    stroke: var(--_here);
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }
  .role.target-role rect {
    stroke: var(--_route);
    stroke-width: 4;
  }
  /* The open role: shaded, and outlined in the text colour, so it shows beside the target's accent. */
  .role.selected rect {
    fill: var(--_cf-surface);
    stroke: var(--_cf-text);
    stroke-width: 3;
  }
  .list ol,
  .list ul {
    margin-block: 0.25em 0.5em;
  }
  .list .grade {
    font-weight: 600;
  }
  .list .tag,
  .list .type {
    margin-inline-start: 0.5em;
    font-weight: 600;
  }
  .list .type {
    color: var(--_cf-secondary);
    font-weight: 400;
  }
  .leads {
    margin-inline-start: 0.5em;
  }
  li.selected > .link {
    text-decoration-thickness: 3px;
  }
  .profile {
    margin-block-start: var(--_cf-space);
    padding: var(--_cf-space);
    border: 1px solid var(--_cf-border);
  }
  @media (prefers-reduced-motion: no-preference) {
    .viewport {
      scroll-behavior: smooth;
    }
  }
  @media (forced-colors: active) {
    .move,
    .role rect {
      stroke: CanvasText;
    }
    .move.on-route,
    .role.on-route rect,
    .role.target-role rect,
    .role.here rect {
      stroke: Highlight;
    }
    /* SVG keeps its own colours in forced colours: boxes and every text are set to system colours. */
    .role rect {
      fill: Canvas;
    }
    .grade,
    .tag,
    .band,
    .head {
      fill: CanvasText;
    }
    .band-rule {
      stroke: CanvasText;
    }
    .role.selected rect {
      stroke: CanvasText;
      stroke-width: 5;
      stroke-dasharray: 2 2;
    }
  }
`;
