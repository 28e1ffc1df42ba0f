import { css } from 'lit';

export const roleProfileStyles = css`
  :host {
    --_gap: var(--cf-role-profile-gap, var(--_cf-space));
  }
  h2,
  h3,
  h4,
  h5 {
    margin-block: calc(var(--_gap) * 1.25) 0.5em;
    line-height: 1.25;
  }
  [part~='title'] {
    margin-block-start: 0;
  }
  p {
    margin-block: 0 0.5em;
  }
  .message,
  .kind,
  .note {
    color: var(--_cf-secondary);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 var(--_gap);
  }
  .facts dt {
    display: inline;
    font-weight: 600;
  }
  .facts dt::after {
    content: ': ';
  }
  .facts dd {
    display: inline;
    margin: 0;
  }
  .requirements,
  .moves {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .requirements li {
    border-block-end: 1px solid var(--_cf-border);
  }
  .unstated {
    margin: 0;
    padding-block: 0.5em;
  }
  summary {
    min-height: 24px;
    padding-block: 0.5em;
    color: var(--_cf-accent);
    cursor: pointer;
  }
  .descriptors {
    padding: 0 0 0.5em 1.25em;
  }
  .moves li {
    padding-block: 0.25em;
  }
  .moves a {
    color: var(--_cf-accent);
    font-weight: 600;
  }
  .kind,
  .note {
    margin-inline-start: 0.5em;
  }
  .group {
    background: var(--_cf-surface);
  }
  @media (forced-colors: active) {
    summary,
    .moves a {
      color: LinkText;
    }
  }
`;
