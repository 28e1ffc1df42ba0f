import type { SkillLevelEntry } from '../schema/framework.js';
import { richLines, toBlocks, type Block, type Rich } from '../schema/text.js';
import { unescapeCell } from './csv.js';
import { looksLikeHtml, richFromHtml, type HtmlCleaning } from './rich-from-html.js';
import { richFromText } from './rich-from-text.js';
import type { ImportLog, SourceLocation } from './report.js';

/** Text that stands where a descriptor was never written: absent, never shown as a descriptor. */
const PLACEHOLDER = /^(?:missing|tbc|tbd|to ?do|to be (?:confirmed|written|added)|placeholder|xx+|\?+|-+|–)$/i;
/** A level that does not apply to a skill. */
const NOT_APPLICABLE = /^(?:not applicable|n\/a|na)\.?$/i;

export type CellValue = { kind: 'empty' } | { kind: 'notApplicable' } | { kind: 'text'; text: Rich };

/**
 * What one descriptor cell holds: rich text (from plain lines with bullets, or from HTML through the
 * parser), "not applicable", or nothing. Placeholders count as nothing and are reported.
 */
export function readCell(raw: string, at: SourceLocation, log: ImportLog, cleaning: HtmlCleaning): CellValue {
  const value = unescapeCell(raw).trim();
  if (value === '') return { kind: 'empty' };
  if (PLACEHOLDER.test(value)) {
    log.warn('cell.placeholder', at, { value: value.slice(0, 40) });
    return { kind: 'empty' };
  }
  if (NOT_APPLICABLE.test(value)) return { kind: 'notApplicable' };
  cleaning.at = at;
  const text = looksLikeHtml(value) ? richFromHtml(value, cleaning) : richFromText(value);
  return text === undefined ? { kind: 'empty' } : { kind: 'text', text };
}

/** A name or title cell as one plain line (HTML reduced to its text). */
export function readPlain(raw: string, cleaning: HtmlCleaning, at: SourceLocation): string {
  const value = unescapeCell(raw).trim();
  if (!looksLikeHtml(value)) return value.replace(/\s+/g, ' ');
  cleaning.at = at;
  const rich = richFromHtml(value, cleaning);
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
