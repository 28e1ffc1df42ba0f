import { cached, welshMissing } from './catalogue.js';
import { welshDate } from './dates.js';

// A module of its own: only the development plan writes days out, and other pages carry none of it.
const days = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day (`2027-03-31`, as `<input type="date">` gives it) written out in the page's
 * language, such as "31 March 2027" or "31 Mawrth 2027". The day is read in UTC, so it is the same
 * day in every time zone; a bare `en` is British English, as for `formatDate`.
 */
export function formatDay(locale: string, isoDay: string): string {
  const regional = locale.toLowerCase() === 'en' ? 'en-GB' : locale;
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  if (welshMissing(locale)) return welshDate(date, 'long', true);
  return cached(days, regional, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}
