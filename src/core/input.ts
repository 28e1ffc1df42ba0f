import { error, type Issue, type IssuePath } from './issues.js';

/** Larger inputs are refused before parsing: no real framework comes near this. */
export const MAX_INPUT_CHARS = 8 * 1024 * 1024;
/** Deeper nesting than any valid file has; refusing it keeps later walks off the stack limit. */
export const MAX_DEPTH = 32;
/** Past this many problems, more of the same help nobody: the walk stops. */
const MAX_ISSUES = 200;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** An HTML tag: text must come as rich text, never markup. `a < b` and `<3` are not tags. */
export const MARKUP = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--/i;

export type GuardResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

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
      value = JSON.parse(input);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      return { ok: false, issues: [error('input.json', [], { detail })] };
    }
  }
  const issues = walk(value, options);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

function walk(root: unknown, options: GuardOptions): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<{ value: unknown; path: IssuePath }> = [{ value: root, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (options.rejectMarkup && MARKUP.test(value)) issues.push(error('text.markup', path));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    if (path.length >= MAX_DEPTH) {
      issues.push(error('input.tooDeep', path, { limit: MAX_DEPTH }));
      continue;
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      if (FORBIDDEN_KEYS.has(key as string)) issues.push(error('key.forbidden', [...path, key], { key }));
      // Numbers, booleans and null need no check: only strings and containers go on the stack.
      else if (typeof item === 'string' || (typeof item === 'object' && item !== null)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return issues;
}
