import type { Issue } from '../core/issues.js';
import type { Catalogue, MessageKey, MessageOverrides } from './catalogue.js';
import { issueSentence, issueText, type Translator } from './issue-text.js';
import { DEFAULT_LANGUAGE, translateFrom, type Language } from './translate.js';
import { cy } from './cy.js';
import { en } from './en.js';
import type { MessageParams } from './types.js';

export type { Catalogue, MessageKey, MessageOverrides } from './catalogue.js';
export type { Message, MessageParams, PluralMessage } from './types.js';
export { formatMessage } from './catalogue.js';
export { formatDate } from './dates.js';
export { formatTime } from './format-time.js';

/** The whole catalogue, by language. */
export const catalogues: Readonly<Record<Language, Catalogue>> = { en, cy };

export {
  DEFAULT_LANGUAGE,
  formatPath,
  LANGUAGES,
  mergeMessages,
  supportedLanguage,
  translateFrom,
  type Language,
  type Messages,
} from './translate.js';
export { issueSentence, issueText, type Translator } from './issue-text.js';
export { countFindings, describeDiff, diffCsv, diffReport, type DescribeOptions, type DiffItem, type DiffSection } from './diff-text.js';

/** Translates one key for a locale, with optional per-instance overrides. */
export function translate(locale: string, key: MessageKey, params?: MessageParams, overrides?: MessageOverrides): string {
  return translateFrom(catalogues, locale, key, params, overrides);
}

const translator = (locale: string, overrides?: MessageOverrides): Translator => ({
  t: (key, params) => translate(locale, key, params, overrides),
  has: (key) => Object.hasOwn(en, key),
});

/** One issue as a sentence in the given language, with where it is. */
export function formatIssue(issue: Issue, locale: string = DEFAULT_LANGUAGE, overrides?: MessageOverrides): string {
  return issueSentence(issue, translator(locale, overrides));
}

/** What an issue says, without where it is. */
export function issueMessage(
  issue: Pick<Issue, 'key' | 'params'>,
  locale: string = DEFAULT_LANGUAGE,
  overrides?: MessageOverrides,
): string {
  return issueText(issue, translator(locale, overrides));
}
