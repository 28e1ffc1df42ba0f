import { css, html, type TemplateResult } from 'lit';
import type { Issue } from '../core/issues.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { issueSentence } from '../i18n/issue-text.js';
import type { LocaleController } from './locale-controller.js';

/** Enough to fix the first problems without drowning the page; the event carries them all. */
const SHOWN = 20;

/** The GOV.UK error summary pattern: a titled, announced list of what is wrong and where. */
export function renderIssueSummary(
  issues: readonly Issue[],
  i18n: LocaleController,
  title: MessageKey = 'framework.errorTitle',
): TemplateResult {
  const errors = issues.filter((issue) => issue.severity === 'error');
  return renderErrorList(
    errors.map((issue) => issueSentence(issue, i18n)),
    i18n,
    title,
  );
}

/** The same summary for errors already written out (an import report formats its own, with rows and lines). */
export function renderErrorList(
  messages: readonly string[],
  i18n: LocaleController,
  title: MessageKey = 'framework.errorTitle',
): TemplateResult {
  const more = messages.length - SHOWN;
  return html`<div part="error-summary" class="error-summary" role="alert">
    <h2 class="error-summary-title">${i18n.t(title)}</h2>
    <p>${i18n.t('framework.errorIntro', { count: messages.length })}</p>
    <ul>
      ${messages.slice(0, SHOWN).map((message) => html`<li>${message}</li>`)}
      ${more > 0 ? html`<li>${i18n.t('framework.moreIssues', { count: more })}</li>` : ''}
    </ul>
  </div>`;
}

export const issueSummaryStyles = css`
  .error-summary {
    border: 5px solid var(--_cf-error);
    padding: var(--_cf-space);
    margin-block: var(--_cf-space);
  }
  .error-summary-title {
    margin-block: 0 0.5em;
    font-size: 1.25rem;
  }
  .error-summary ul {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  .error-summary li {
    color: var(--_cf-error);
    font-weight: 600;
  }
`;
