import { css } from 'lit';

/** What the elements that keep drafts share: quiet hints, notices about the draft, and buttons. */
export const noticeStyles = css`
  .hint,
  .message {
    color: var(--_cf-secondary);
  }
  .notice {
    border-inline-start: 5px solid var(--_cf-accent);
    padding: 0.5em var(--_cf-space);
    background: var(--_cf-surface);
  }
  .warning {
    border-color: var(--_cf-error);
  }
  button {
    font: inherit;
    min-height: 2.5rem;
    margin: 0.25em 0.5em 0.25em 0;
    padding: 0.25em 0.75em;
    color: var(--_cf-background);
    background: var(--_cf-accent);
    border: 2px solid transparent;
    border-radius: var(--_cf-radius);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .warning {
      border-style: double;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
