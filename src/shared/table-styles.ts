import { css } from 'lit';

/** Data tables: full width, rows ruled, captions as headings; in a `.table-wrap`, words stay whole. */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    margin-block-end: 0.5em;
    font-size: 1.125rem;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: 0.5em 0.75em 0.5em 0;
    border-block-end: 1px solid var(--_cf-border);
    text-align: start;
    vertical-align: top;
  }
  .group {
    padding-block-start: 1em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* A narrow page scrolls the wrapper sideways (WCAG 1.4.10 allows it for data tables): better than words broken letter by letter. */
  .table-wrap table {
    overflow-wrap: normal;
  }
`;
