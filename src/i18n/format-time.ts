import { cached, welshMissing } from './catalogue.js';

// A module of its own: only the form and the plan write times (when a draft was saved).
const times = new Map<string, Intl.DateTimeFormat>();

/** A time of day in the page's language, such as "14:05" or "2:05 PM". */
export function formatTime(locale: string, date: Date): string {
  // Welsh writes the 24-hour clock, as British English does.
  const tag = welshMissing(locale) ? 'en-GB' : locale;
  return cached(times, tag, (known) => new Intl.DateTimeFormat(known, { hour: '2-digit', minute: '2-digit' })).format(date);
}
