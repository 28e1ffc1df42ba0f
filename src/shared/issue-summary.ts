import { css, html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '../core/issues.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { issueSentence } from '../i18n/issue-text.js';
import { formatPath, type Messages } from '../i18n/translate.js';
import { loadIssueMessages } from './load-issue-messages.js';
import type { LocaleController } from './locale-controller.js';

/** Enough to fix the first problems without drowning the page; the event carries them all. */
const SHOWN = 20;

/** The sentences of a report once loaded, or `false` when they could not be. */
let sentences: Messages | false | undefined;
let loading: Promise<void> | undefined;
/** The elements that asked for them meanwhile: each renders again when they arrive. */
const waiting = new Set<LocaleController>();

function loadedSentences(i18n: LocaleController): Messages | false | undefined {
  if (sentences !== undefined) return sentences;
  waiting.add(i18n);
  loading ??= loadIssueMessages()
    .then(
      (loaded) => {
        sentences = loaded;
      },
      () => {
        sentences = false;
      },
    )
    .finally(() => {
      for (const waiter of waiting) waiter.requestHostUpdate();
      waiting.clear();
    });
  return undefined;
}

/** Where and what, when the sentences could not be loaded (offline after the page loaded): still enough to find it. */
const plainSentence = (issue: Issue): string => (issue.path.length === 0 ? issue.key : `${formatPath(issue.path)}: ${issue.key}`);

/**
 * The GOV.UK error summary pattern: a titled, announced list of what is wrong and where. Its sentences
 * load the first time a page has a problem to report, and the summary shows, whole, when they have.
 */
export function renderIssueSummary(
  issues: readonly Issue[],
  i18n: LocaleController,
  title: MessageKey = 'framework.errorTitle',
): TemplateResult | typeof nothing {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const messages = errors.length > 0 ? loadedSentences(i18n) : false;
  if (messages === undefined) return nothing;
  const translator = messages && i18n.translator(messages);
  return renderErrorList(
    errors.map((issue) => (translator ? issueSentence(issue, translator) : plainSentence(issue))),
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
