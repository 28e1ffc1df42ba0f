import type { en } from './en.js';
import type { Message, MessageParams, PluralMessage } from './types.js';

export type MessageKey = keyof typeof en;
/** A full catalogue: every English key, with plural messages where English has them. */
export type Catalogue = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
/** Per-instance overrides, by language: `{ cy: { 'ladder.current': '...' } }`. */
export type MessageOverrides = Readonly<Record<string, Partial<Record<MessageKey, Message>>>>;

function formatNumber(locale: string, value: number): string {
  // Small whole numbers need no grouping, and creating the first Intl.NumberFormat costs tens of
  // milliseconds on a cold page: "Level 3 of 5" should not pay for it.
  return Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : value.toLocaleString(locale);
}

/** Fills `{name}` placeholders; a plural message picks its form from `params.count`. */
export function formatMessage(message: Message, locale: string, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params.count ?? 0);
    template = message[new Intl.PluralRules(locale).select(count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
