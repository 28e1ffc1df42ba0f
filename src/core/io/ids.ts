import { ID_PATTERN } from '../schema/ids.js';

const MAX_ID = 100;

/**
 * A readable id from a name: `Reward & Recognition` -> `reward-and-recognition`. A trailing
 * abbreviation in brackets is left out (`Organisation Design (OD&D)` -> `organisation-design`).
 */
export function slugify(name: string): string {
  const slug = withoutTrailingBrackets(name.trim())
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID) return slug;
  // Cut at a separator so no word is split.
  const cut = slug.slice(0, MAX_ID + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, MAX_ID)).replace(/-+$/, '');
}

/** `Name (ABBR)` -> `Name`, found by position: a regular expression for it backtracks on long spaces. */
function withoutTrailingBrackets(name: string): string {
  if (!name.endsWith(')')) return name;
  const open = name.lastIndexOf('(');
  const inside = name.slice(open + 1, -1);
  return open > 0 && !inside.includes(')') ? name.slice(0, open) : name;
}

/**
 * Hands out ids unique within one list: the wanted id when it is valid and free, otherwise a slug of
 * it (or of `fallback`), numbered `-2`, `-3` when taken.
 */
export class IdAllocator {
  readonly #used = new Set<string>();
  readonly #fallback: string;

  constructor(fallback: string) {
    this.#fallback = fallback;
  }

  /** The id to use for `wanted`; `changed` is true when it is not `wanted` itself. */
  take(wanted: string): { id: string; changed: boolean } {
    let base = ID_PATTERN.test(wanted) ? wanted : slugify(wanted);
    if (!ID_PATTERN.test(base)) base = this.#fallback;
    let id = base;
    for (let n = 2; this.#used.has(id); n++) id = `${base.slice(0, MAX_ID - 1 - String(n).length)}-${n}`;
    this.#used.add(id);
    return { id, changed: id !== wanted };
  }

  has(id: string): boolean {
    return this.#used.has(id);
  }
}
