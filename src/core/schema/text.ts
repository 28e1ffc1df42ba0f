import * as z from 'zod/mini';
import { atMost, matches, notEmpty } from './checks.js';
import { LANGUAGE_TAG } from './ids.js';

/** Upper bound for one string: long enough for any descriptor, short enough to stop junk early. */
const MAX_TEXT = 20_000;

export type Inline = string | { em: string } | { strong: string };
/** A run of inline content: plain text or parts with emphasis. */
export type Line = string | Inline[];
export type Block = { p: Line } | { ul: Line[] } | { ol: Line[] };
/** Restricted rich text: never HTML, so it can only ever be rendered as text. */
export type Rich = string | Block[];
/** A value, or a map of language tag to value. */
export type Localised<T> = T | { [language: string]: T };
export type Text = Localised<string>;
export type RichText = Localised<Rich>;

const plain = z.string().check(atMost(MAX_TEXT));
const nonEmpty = z.string().check(notEmpty(), atMost(MAX_TEXT));
const inline = z.union([plain, z.strictObject({ em: plain }), z.strictObject({ strong: plain })]);
const line = z.union([plain, z.array(inline)]);
const lines = z.array(line).check(notEmpty());
const block = z.union([z.strictObject({ p: line }), z.strictObject({ ul: lines }), z.strictObject({ ol: lines })]);
const rich = z.union([plain, z.array(block)]);

function localised<T extends z.core.SomeType>(value: T) {
  const byLanguage = z
    .record(z.string().check(matches(LANGUAGE_TAG, 'language.tag')), value)
    .check(z.refine((map) => Object.keys(map).length > 0, { error: 'text.noLanguage' }));
  return z.union([value, byLanguage]);
}

export const text = localised(nonEmpty);
export const richText = localised(rich);

function isLocalisedMap<T>(value: Localised<T>): value is { [language: string]: T } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The language a localised value is shown in for a locale: the exact tag, then its base language
 * (`cy-GB` -> `cy`), then the fallback, then whatever the author wrote first. Undefined for a plain value.
 */
export function languageOf<T>(value: Localised<T>, locale: string, fallback = 'en'): string | undefined {
  if (!isLocalisedMap(value)) return undefined;
  const lower = locale.toLowerCase();
  for (const candidate of [locale, lower, lower.split('-')[0]!, fallback]) if (Object.hasOwn(value, candidate)) return candidate;
  return Object.keys(value)[0];
}

/** A localised value in the best language for a locale (see `languageOf`). */
export function pickLanguage<T>(value: Localised<T>, locale: string, fallback = 'en'): T {
  return isLocalisedMap(value) ? value[languageOf(value, locale, fallback)!]! : value;
}

export function lineToString(value: Line): string {
  if (typeof value === 'string') return value;
  return value.map((part) => (typeof part === 'string' ? part : 'em' in part ? part.em : part.strong)).join('');
}

/** Rich text as blocks, whatever form the author used. */
export function toBlocks(value: Rich): Block[] {
  return typeof value === 'string' ? (value === '' ? [] : [{ p: value }]) : value;
}

/** Every line of a rich text, paragraphs and list items alike, as plain strings. */
export function richLines(value: Rich): string[] {
  return toBlocks(value).flatMap((block) =>
    'p' in block ? [lineToString(block.p)] : ('ul' in block ? block.ul : block.ol).map(lineToString),
  );
}
