import { css } from 'lit';

/**
 * What every drawing shares: the legend, the HTML buttons laid over an SVG (`.target`, the SVG
 * itself being only a picture), buttons that look like links (`.link`), and SVG text.
 */
export const drawingStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .plot {
    position: relative;
  }
  svg {
    display: block;
    font-family: var(--_cf-font);
    font-size: 13px;
  }
  text {
    fill: currentColor;
  }
  .target {
    position: absolute;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    cursor: pointer;
  }
  .link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_cf-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    text {
      fill: CanvasText;
    }
  }
`;
