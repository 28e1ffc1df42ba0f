import * as z from 'zod/mini';
import { matches } from './checks.js';

/**
 * Ids are lower-case slugs so they are safe in URLs, attributes and CSV. `constructor` and
 * `prototype` are the lower-case names an object inherits: as ids they would read inherited values.
 */
export const ID_PATTERN = /^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9._-]{0,99}$/;

/** A language tag as used for the keys of localised text: `en`, `cy`, `en-GB`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const id = z.string().check(matches(ID_PATTERN, 'id.format'));

/** Relative URLs and https only: a framework file must never carry `javascript:` or `data:` links. */
export function isSafeUrl(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed !== value || trimmed === '' || /[\u0000-\u001f\\]/.test(value)) return false;
  if (value.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return scheme === null || scheme[1]!.toLowerCase() === 'https';
}

/** An absolute https link (the scheme in any case), safe as `isSafeUrl` says: what a link outside the publisher's site must be. */
export const isHttpsUrl = (value: string | undefined): value is string =>
  value !== undefined && /^https:\/\/\S/i.test(value) && isSafeUrl(value);

export const safeUrl = z.string().check(z.refine(isSafeUrl, { error: 'url.unsafe' }));
