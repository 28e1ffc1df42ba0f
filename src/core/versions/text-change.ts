import { richLines, type Localised, type Rich } from '../schema/text.js';

/**
 * How a text changed between two framework versions. `wording`: the same words (a typo fixed, case,
 * punctuation, spacing, small words, plural endings, order, a list made a paragraph, a translation
 * added or removed). `meaning`: any other edit. A documented heuristic (docs/framework-versions.md),
 * chosen to err towards `meaning`, so a rating is asked about again rather than kept silently.
 */
export type TextChange = 'same' | 'wording' | 'meaning';

export interface GradedChange {
  readonly change: TextChange;
  /** Shared content words over all content words (Jaccard), 0 to 1: how alike the two texts are. */
  readonly similarity: number;
}

/** Words that carry no meaning on their own: adding or dropping one keeps the wording. */
const SMALL_WORDS = new Set(
  [
    // English
    'a an the and or of to in on at by for with from into onto as is are be been being its it this that these those',
    'their his her our your which who whom whose where when there here so such than then also',
    // Welsh
    'y yr r a ac o i yn ar am at gan gyda efo neu mae sy sydd yw ydy eu ei ein eich hyn hynny hon hwn hefyd fel',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that change meaning however few letters they have: a negation, an obligation, a quantity.
 * Adding, dropping or swapping one is always `meaning`, even when every other word is kept.
 */
const MEANING_WORDS = new Set(
  [
    'not no never none nor without cannot cant dont doesnt wont only all some any every each most least',
    'must should may might can could will would always sometimes rarely more less fewer',
    'nid na nad ni dim ddim heb byth rhaid dylai gall gallu pob rhai unrhyw mwy llai bob weithiau',
  ]
    .join(' ')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower case, apostrophes and diacritics kept as letters are. */
function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/['’]/g, '').match(WORD) ?? [];
}

/** Edit distance counting a swap of two neighbouring letters as one edit; stops once past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The same word, give or take a plural ending or one typing slip in a word of four letters or more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (MEANING_WORDS.has(a) || MEANING_WORDS.has(b)) return false;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long === `${short}s` || long === `${short}es`) return true;
  return short.length >= 4 && editDistance(a, b, 1) <= 1;
}

/** Words of `from` that `to` lacks, each matched at most once (fuzzily, see `sameWord`). */
function unmatched(from: readonly string[], to: readonly string[]): string[] {
  const left = [...to];
  const missing: string[] = [];
  for (const word of from) {
    let at = left.indexOf(word);
    if (at < 0) at = left.findIndex((other) => sameWord(word, other));
    if (at < 0) missing.push(word);
    else left.splice(at, 1);
  }
  return missing;
}

const content = (list: readonly string[]) => list.filter((word) => !SMALL_WORDS.has(word));

/** Jaccard similarity of two texts' content words (exact words), 0 to 1; 1 for two empty texts. */
export function textSimilarity(a: string, b: string): number {
  return setSimilarity(new Set(content(words(a))), new Set(content(words(b))));
}

/** Jaccard similarity of two word sets, 0 to 1; 1 for two empty sets. */
export function setSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The content words of a text, as a set (for `setSimilarity`). */
export function contentWords(text: string): Set<string> {
  return new Set(content(words(text)));
}

/** Grades one plain-text change (see `TextChange`). */
export function gradePlainChange(before: string, after: string): GradedChange {
  if (before === after) return { change: 'same', similarity: 1 };
  const a = words(before);
  const b = words(after);
  const similarity = setSimilarity(new Set(content(a)), new Set(content(b)));
  const dropped = unmatched(a, b);
  const added = unmatched(b, a);
  const keepsMeaning = [...dropped, ...added].every((word) => SMALL_WORDS.has(word));
  return { change: keepsMeaning ? 'wording' : 'meaning', similarity };
}

/** Rich text as plain lines joined, so a list made a paragraph (or back) compares by its words. */
function plain(value: Rich | string): string {
  return typeof value === 'string' ? value : richLines(value).join('\n');
}

/** A localised value by language; a plain value is in `language`. */
function byLanguage<T>(value: Localised<T>, language: string): Record<string, T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, T>) : { [language]: value as T };
}

const STRENGTH: Record<TextChange, number> = { same: 0, wording: 1, meaning: 2 };

/**
 * Grades a change of a (localised, rich) text: each language the two versions share is compared, and
 * the strongest change wins. A language only one version has is a translation added or removed:
 * `wording`. `language` is what plain (not localised) text is in, for each version.
 */
export function gradeTextChange(
  before: Localised<Rich> | undefined,
  after: Localised<Rich> | undefined,
  languages: { readonly before: string; readonly after: string } = { before: 'en', after: 'en' },
): GradedChange {
  if (before === undefined || after === undefined) {
    return before === after ? { change: 'same', similarity: 1 } : { change: 'meaning', similarity: 0 };
  }
  const old = byLanguage(before, languages.before);
  const next = byLanguage(after, languages.after);
  let change: TextChange = 'same';
  let similarity = 1;
  let shared = 0;
  for (const language of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (!Object.hasOwn(old, language) || !Object.hasOwn(next, language)) {
      if (STRENGTH[change] < STRENGTH.wording) change = 'wording';
      continue;
    }
    shared++;
    if (JSON.stringify(old[language]) === JSON.stringify(next[language])) continue;
    const graded = gradePlainChange(plain(old[language]!), plain(next[language]!));
    // The same plain text in new formatting (emphasis, a list made a paragraph) is still a change of wording.
    const gradedChange: TextChange = graded.change === 'same' ? 'wording' : graded.change;
    if (STRENGTH[gradedChange] > STRENGTH[change]) change = gradedChange;
    similarity = Math.min(similarity, graded.similarity);
  }
  // No language in common: nothing to compare the words by, so the meaning cannot be said to be kept.
  if (shared === 0) return { change: 'meaning', similarity: 0 };
  return { change, similarity };
}
