import type { en } from './en.js';
import type { Message, MessageParams, PluralMessage } from './types.js';

export type MessageKey = keyof typeof en;
/** A full catalogue: every English key, with plural messages where English has them. */
export type Catalogue = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
/** Per-instance overrides, by language: `{ cy: { 'ladder.current': '...' } }`. */
export type MessageOverrides = Readonly<Record<string, Partial<Record<MessageKey, Message>>>>;

/** Intl objects are slow to create and a form formats hundreds of counts: one of each per locale. */
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
export const cached = <T>(cache: Map<string, T>, locale: string, create: (tag: string) => T): T => {
  let value = cache.get(locale);
  if (value === undefined) {
    try {
      value = create(locale);
    } catch {
      // A malformed page lang (`en_GB`) must not break the element: British English rules instead.
      value = create('en-GB');
    }
    cache.set(locale, value);
  }
  return value;
};

function formatNumber(locale: string, value: number): string {
  // Small whole numbers need no grouping, and creating the first Intl.NumberFormat costs tens of
  // milliseconds on a cold page: "Level 3 of 5" should not pay for it.
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  return cached(numbers, locale, (tag) => new Intl.NumberFormat(tag)).format(value);
}

const supported = new Map<string, boolean>();

/** A Welsh page in a browser whose Intl does not know Welsh. */
export function welshMissing(locale: string): boolean {
  if (!/^cy(-|$)/i.test(locale)) return false;
  return !cached(supported, locale, (tag) => Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0);
}

/** Fills `{name}` placeholders; a plural message picks its form from `params.count`. */
export function formatMessage(message: Message, locale: string, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params.count ?? 0);
    template = message[cached(plurals, locale, (tag) => new Intl.PluralRules(tag)).select(count)] ?? message.other;
  }
  // Most messages have no placeholder: a form of 150 skills asks for over a thousand, and the scan is what costs.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
