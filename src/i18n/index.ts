import type { Issue, IssuePath } from '../core/issues.js';
import { type Catalogue, formatMessage, type MessageKey, type MessageOverrides } from './catalogue.js';
import { cy } from './cy.js';
import { en } from './en.js';
import type { MessageParams } from './types.js';

export type { Catalogue, MessageKey, MessageOverrides } from './catalogue.js';
export type { Message, MessageParams, PluralMessage } from './types.js';
export { formatDate, formatMessage, formatTime } from './catalogue.js';

/** The languages the library ships; any other page language falls back to English. */
export const catalogues: Readonly<Record<string, Catalogue>> = { en, cy };
export const DEFAULT_LANGUAGE = 'en';

/** The shipped language for a BCP 47 tag: `cy-GB` -> `cy`, `fr` -> `en`. */
export function supportedLanguage(locale: string): string {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(catalogues, base) ? base : DEFAULT_LANGUAGE;
}

/** Translates one key for a locale, with optional per-instance overrides. */
export function translate(
  locale: string,
  key: MessageKey,
  params?: MessageParams,
  overrides?: MessageOverrides,
): string {
  const language = supportedLanguage(locale);
  const own = overrides?.[locale]?.[key];
  const message = own ?? overrides?.[language]?.[key] ?? catalogues[language]![key];
  // Plural forms follow the language the message is written in: English text on a French page
  // takes English plurals (French would make 0 singular).
  return formatMessage(message, own === undefined ? language : locale, params);
}

/** A path as a framework author finds it in the file: `skills[2].levels.expert`. */
export function formatPath(path: IssuePath): string {
  return path
    .map((part, position) => (typeof part === 'number' ? `[${part}]` : position === 0 ? part : `.${part}`))
    .join('');
}

/** One issue as a sentence in the given language, with where it is. */
export function formatIssue(issue: Issue, locale = DEFAULT_LANGUAGE, overrides?: MessageOverrides): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params, overrides);
  const message = issueMessage(issue, locale, overrides);
  return issue.path.length === 0 ? t('issue.root', { message }) : t('issue.location', { path: formatPath(issue.path), message });
}

/** What an issue says, without where it is. */
export function issueMessage(issue: Pick<Issue, 'key' | 'params'>, locale = DEFAULT_LANGUAGE, overrides?: MessageOverrides): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params, overrides);
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.expected === 'string') {
    const words = params.expected
      .split('|')
      .map((type) => (Object.hasOwn(en, `type.${type}`) ? t(`type.${type}` as MessageKey) : type));
    params.expected = [...new Set(words)].join(t('type.or'));
  }
  if (typeof params.kind === 'string' && Object.hasOwn(en, `kind.${params.kind}`)) {
    params.kind = t(`kind.${params.kind}` as MessageKey);
  }
  return t(`issue.${issue.key}`, params);
}
