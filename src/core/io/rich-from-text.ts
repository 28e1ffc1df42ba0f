import type { Block, Line, Rich } from '../schema/text.js';

/**
 * A list item as people type one in a cell: `- `, `* `, `– ` (with a space: `-1` is a number), `•`
 * (with or without one), or `1.` / `1)` for numbered lists.
 */
const BULLET = /^(?:[-*–]\s+|[•·▪]\s*|(\d{1,3})[.)]\s+)(?=\S)/;

/** Adjacent plain lines of one kind of list become one list. */
function pushItem(blocks: Block[], kind: 'ul' | 'ol', item: Line): void {
  const last = blocks.at(-1);
  if (last && kind in last) (last as Record<typeof kind, Line[]>)[kind].push(item);
  else blocks.push(kind === 'ul' ? { ul: [item] } : { ol: [item] });
}

/**
 * Rich text from plain text as it is written in spreadsheet cells: a lead-in line ("You can:") and
 * bullet lines become a paragraph and a list. One plain line stays a plain string; nothing gives undefined.
 */
export function richFromText(text: string): Rich | undefined {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const bullet = BULLET.exec(line);
    if (bullet) pushItem(blocks, bullet[1] === undefined ? 'ul' : 'ol', line.slice(bullet[0].length));
    else blocks.push({ p: line });
  }
  if (blocks.length === 0) return undefined;
  const only = blocks[0]!;
  return blocks.length === 1 && 'p' in only && typeof only.p === 'string' ? only.p : blocks;
}
