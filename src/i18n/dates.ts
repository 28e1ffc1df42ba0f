import { cached, welshMissing } from './catalogue.js';

// A module of its own: only the gap chart and the plan write dates, and other pages carry none of it.
const dates = new Map<string, Intl.DateTimeFormat>();

/**
 * Welsh month names, CLDR's, for browsers whose Intl has no Welsh: Chrome ships trimmed locale data
 * without it, and would write a Welsh page's dates in American English.
 */
const WELSH_MONTHS = {
  long: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  short: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
} as const;
/** "26 Chwefror 2027" (or "26 Chwef 2027") as CLDR writes Welsh dates, from the date's own parts. */
export function welshDate(date: Date, months: 'long' | 'short', utc: boolean): string {
  const [day, month, year] = utc
    ? [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()]
    : [date.getDate(), date.getMonth(), date.getFullYear()];
  return `${day} ${WELSH_MONTHS[months][month]} ${year}`;
}

/**
 * A date in the page's language, such as "1 Dec 2026" or "1 Rhag 2026". A bare `en` is taken as
 * British English, as the library's users are UK public bodies (Intl would write "Dec 1, 2026").
 */
export function formatDate(locale: string, date: Date): string {
  if (welshMissing(locale)) return welshDate(date, 'short', false);
  const regional = locale.toLowerCase() === 'en' ? 'en-GB' : locale;
  return cached(dates, regional, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' })).format(date);
}
