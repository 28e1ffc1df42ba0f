import type { IssuePath } from '../core/issues.js';
import { formatMessage, type MessageKey, type MessageOverrides } from './catalogue.js';
import type { Message, MessageParams } from './types.js';

/** The languages the library ships; any other page language falls back to English. */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Messages by language: the whole catalogue, or the sets one element uses (so its page carries no others). */
export type Messages = { readonly [L in Language]: Readonly<Partial<Record<MessageKey, Message>>> };

/** The shipped language for a BCP 47 tag: `cy-GB` -> `cy`, `fr` -> `en`. */
export function supportedLanguage(locale: string): Language {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : DEFAULT_LANGUAGE;
}

/** Several sets of messages as one. */
export const mergeMessages = (...sets: readonly Messages[]): Messages => ({
  en: Object.assign({}, ...sets.map((set) => set.en)),
  cy: Object.assign({}, ...sets.map((set) => set.cy)),
});

/**
 * One key for a locale from `messages`, with per-instance overrides. A key outside the sets given is
 * shown as the key itself, which the tests of every element would catch.
 */
export function translateFrom(
  messages: Messages,
  locale: string,
  key: MessageKey,
  params?: MessageParams,
  overrides?: MessageOverrides,
): string {
  const language = supportedLanguage(locale);
  const own = overrides?.[locale]?.[key];
  const message = own ?? overrides?.[language]?.[key] ?? messages[language][key] ?? messages.en[key];
  // Plural forms follow the language the message is written in: English text on a French page
  // takes English plurals (French would make 0 singular).
  return message === undefined ? key : formatMessage(message, own === undefined ? language : locale, params);
}

/** A path as a framework author finds it in the file: `skills[2].levels.expert`. */
export function formatPath(path: IssuePath): string {
  return path.map((part, position) => (typeof part === 'number' ? `[${part}]` : position === 0 ? part : `.${part}`)).join('');
}
