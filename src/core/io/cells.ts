import type { SkillLevelEntry } from '../schema/framework.js';
import { richLines, toBlocks, type Block, type Rich } from '../schema/text.js';
import { unescapeCell } from './csv.js';
import { looksLikeHtml, richFromHtml, type HtmlCleaning } from './rich-from-html.js';
import { richFromText } from './rich-from-text.js';
import type { ImportLog, SourceLocation } from './report.js';

/**
 * Text that stands where a value was never written (`MISSING`, `TBC`, `NOT IN USE`, `#N/A`): absent,
 * never shown as a descriptor, a level or a name.
 */
const PLACEHOLDER =
  /^(?:missing|tbc|tbd|to ?do|to be (?:confirmed|written|added|decided)|placeholder|not (?:in use|used|known|set|specified|defined|yet (?:written|defined))|unused|none|nil|null|unknown|#n\/a|n\/k|xx+|\?+|-+|–|—)\.?$/i;
/** A level that does not apply to a skill. */
const NOT_APPLICABLE = /^(?:not applicable|n\/a|na)\.?$/i;

/** No placeholder is longer than this: longer text is never one, and needs no closer look (large files have many cells). */
const LONGEST_PLACEHOLDER = 40;
const spaced = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Whether a cell holds only a placeholder; spacing and case do not matter. */
export const isPlaceholder = (value: string): boolean => value.length <= LONGEST_PLACEHOLDER && PLACEHOLDER.test(spaced(value));

/**
 * A name or level cell with nothing usable in it: blank, a placeholder, or "not applicable" (which, in
 * a level cell of a role, says the role has no level rather than that a skill does not apply).
 */
export const isAbsent = (value: string): boolean => {
  if (value.length > LONGEST_PLACEHOLDER) return false;
  const text = spaced(value);
  return text === '' || PLACEHOLDER.test(text) || NOT_APPLICABLE.test(text);
};

export type CellValue = { kind: 'empty' } | { kind: 'notApplicable' } | { kind: 'text'; text: Rich };

/** A skill as importers build it, before validation. */
export interface SkillDraft {
  id: string;
  name: string;
  category?: string;
  description?: Rich;
  levels: Record<string, SkillLevelEntry>;
}

/** Text that may be HTML (through the sanitising parser) or plain lines with bullets; nothing gives undefined. */
export function readRich(raw: string, at: SourceLocation, cleaning: HtmlCleaning): Rich | undefined {
  const value = unescapeCell(raw).trim();
  if (value === '') return undefined;
  cleaning.at = at;
  return looksLikeHtml(value) ? richFromHtml(value, cleaning) : richFromText(value);
}

/**
 * What one descriptor cell holds: rich text (see `readRich`), "not applicable", or nothing.
 * Placeholders count as nothing and are reported.
 */
export function readCell(raw: string, at: SourceLocation, log: ImportLog, cleaning: HtmlCleaning): CellValue {
  const value = unescapeCell(raw).trim();
  if (value === '') return { kind: 'empty' };
  if (isPlaceholder(value)) {
    log.warn('cell.placeholder', at, { value: value.slice(0, 40) });
    return { kind: 'empty' };
  }
  if (NOT_APPLICABLE.test(value.replace(/\s+/g, ' '))) return { kind: 'notApplicable' };
  const text = readRich(value, at, cleaning);
  return text === undefined ? { kind: 'empty' } : { kind: 'text', text };
}

/**
 * Puts a descriptor cell into a skill's levels, after what is there (a level given over several rows
 * becomes one text). Returns true when the level does not apply, so the scale must allow that.
 */
export function applyCell(levels: Record<string, SkillLevelEntry>, levelId: string, cell: CellValue): boolean {
  if (cell.kind === 'notApplicable') levels[levelId] = { notApplicable: true };
  else if (cell.kind === 'text') levels[levelId] = mergeDescriptor(levels[levelId], cell.text);
  return cell.kind === 'notApplicable';
}

/** A name or title cell as one plain line (HTML reduced to its text). */
export function readPlain(raw: string, cleaning: HtmlCleaning, at: SourceLocation): string {
  const value = unescapeCell(raw).trim();
  if (!looksLikeHtml(value)) return value.replace(/\s+/g, ' ');
  const rich = readRich(value, at, cleaning);
  return rich === undefined ? '' : richLines(rich).join(' ');
}

/** A list of one item for a one-line text, so that descriptors given line by line merge into one list. */
const asBlocks = (value: Rich): Block[] => (typeof value === 'string' ? [{ ul: [value] }] : toBlocks(value));

/**
 * Descriptor text that arrives in pieces (continuation rows, one row per behaviour) as one rich text:
 * neighbouring lists join, and one-line pieces become list items.
 */
export function mergeDescriptor(existing: SkillLevelEntry | undefined, more: Rich): SkillLevelEntry {
  if (existing === undefined || (typeof existing === 'object' && 'notApplicable' in existing)) return more;
  const blocks = asBlocks(existing as Rich);
  for (const block of asBlocks(more)) {
    const last = blocks.at(-1);
    if (last && 'ul' in last && 'ul' in block) blocks[blocks.length - 1] = { ul: [...last.ul, ...block.ul] };
    else blocks.push(block);
  }
  return blocks;
}
