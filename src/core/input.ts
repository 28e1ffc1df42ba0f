import { error, type Issue, type IssuePath } from './issues.js';

/** Larger inputs are refused before parsing: no real framework comes near this. */
export const MAX_INPUT_CHARS = 8 * 1024 * 1024;
/** Deeper nesting than any valid file has; refusing it keeps later walks off the stack limit. */
export const MAX_DEPTH = 32;
/** Past this many problems, more of the same help nobody: the walk stops. */
const MAX_ISSUES = 200;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Where an HTML tokenizer leaves text: `<` then an ASCII letter (a tag) or `!` (a comment or doctype) or
 * `?` (a bogus comment); `</` then anything but `>` (an end tag, or a bogus comment). `<` before anything
 * else (`a < b`, `<3`, `<é`) stays text, and `</>` is dropped without a token. No quantifier: one pass.
 */
const OPENING = /<(?:[A-Za-z!?]|\/[^>])/;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * The states of the HTML tokenizer between a tag's name and its `>` (WHATWG HTML, tokenization: tag name
 * to self-closing start tag). Only the ones that decide whether a quote opens a value are told apart.
 */
type TagState = 'name' | 'attribute' | 'before-value' | 'double-quoted' | 'single-quoted' | 'unquoted' | 'between';

/**
 * Whether a tag whose name starts just before `from` is ever emitted: it is, at the first `>` that is not
 * inside a quoted attribute value; a tag still open at the end of the text is dropped, and takes the
 * rest of the text with it.
 */
function tagEnds(text: string, from: number): boolean {
  let state: TagState = 'name';
  for (let index = from; index < text.length; index++) {
    const char = text[index]!;
    if (state === 'double-quoted' || state === 'single-quoted') {
      if (char === (state === 'double-quoted' ? '"' : "'")) state = 'between';
      continue;
    }
    if (char === '>') return true;
    // The tokenizer reads CR as LF: all five are whitespace to it.
    const space = char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
    switch (state) {
      case 'name': // `=` and quotes are part of a tag name
        if (space || char === '/') state = 'between';
        break;
      case 'unquoted': // `/`, `=` and quotes are part of an unquoted value
        if (space) state = 'between';
        break;
      case 'before-value':
        if (!space) state = char === '"' ? 'double-quoted' : char === "'" ? 'single-quoted' : 'unquoted';
        break;
      case 'attribute': // in a name or after one (and its spaces): `=` opens a value
        if (char === '=') state = 'before-value';
        else if (char === '/') state = 'between';
        break;
      case 'between': // before a name, after a quoted value or a `/`: `=` here starts a name
        if (!space && char !== '/') state = 'attribute';
    }
  }
  return false;
}

/**
 * Whether an HTML parser would find a tag, a comment or a doctype in this text: framework text must come
 * as rich text, never markup. It agrees exactly with the HTML tokenizer on the text on its own (tested
 * against parse5), so `a < b`, `<3`, `x<y` and `<é>` stay text, while `<svg/onload=…>` and `</ b` (a
 * bogus comment) do not. Linear: a search without quantifiers, then one pass over one tag.
 */
export function hasMarkup(text: string): boolean {
  const opening = OPENING.exec(text);
  if (!opening) return false;
  // A comment or doctype is there whether or not it is closed; a tag only once its `>` comes. The first
  // opening decides: a tag left open at the end takes everything after it with it.
  if (!ASCII_LETTER.test(opening[0].at(-1)!)) return true;
  return tagEnds(text, opening.index + opening[0].length);
}

/**
 * A refusal after the text was read as JSON keeps what it read (`read`), for importers that leave out
 * only the items at fault and keep the rest.
 */
export type GuardResult = { ok: true; value: unknown } | { ok: false; issues: Issue[]; read?: unknown };

export interface GuardOptions {
  /** Report strings that hold HTML tags (framework text); off for what people type (evidence). */
  readonly rejectMarkup: boolean;
}

/**
 * The checks that must happen before zod sees the input: size, JSON syntax, prototype keys, depth,
 * and markup in text. Never throws.
 */
export function guardInput(input: unknown, options: GuardOptions): GuardResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_INPUT_CHARS) {
      return { ok: false, issues: [error('input.tooLarge', [], { limit: MAX_INPUT_CHARS, size: input.length })] };
    }
    try {
      // Windows tools write a byte-order mark before JSON, which JSON itself does not allow.
      value = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      return { ok: false, issues: [error('input.json', [], { detail })] };
    }
  }
  const issues = walk(value, options);
  return issues.length > 0 ? { ok: false, issues, read: value } : { ok: true, value };
}

function walk(root: unknown, options: GuardOptions): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<{ value: unknown; path: IssuePath }> = [{ value: root, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (options.rejectMarkup && hasMarkup(value)) issues.push(error('text.markup', path));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    if (path.length >= MAX_DEPTH) {
      issues.push(error('input.tooDeep', path, { limit: MAX_DEPTH }));
      continue;
    }
    // Not `value.map`: it keeps a sparse array's holes as holes, which cannot be destructured below.
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? Array.from({ length: value.length }, (_, index) => [index, value[index]])
      : Object.entries(value);
    for (const [key, item] of entries) {
      if (FORBIDDEN_KEYS.has(key as string)) issues.push(error('key.forbidden', [...path, key], { key }));
      // Numbers, booleans and null need no check: only strings and containers go on the stack.
      else if (typeof item === 'string' || (typeof item === 'object' && item !== null)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return issues;
}
