import { css } from 'lit';

/** Data tables: full width, rows ruled, whole words (a narrow page scrolls the wrapper sideways). */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    /* WCAG 1.4.10 allows two-way scrolling for data tables: better than words broken letter by letter. */
    overflow-wrap: normal;
  }
  th,
  td {
    padding: 0.5em 0.75em 0.5em 0;
    border-block-end: 1px solid var(--_cf-border);
    text-align: start;
    vertical-align: top;
  }
`;
