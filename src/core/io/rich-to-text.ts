import { lineToString, pickLanguage, toBlocks, type Line, type Localised, type Rich } from '../schema/text.js';

/**
 * A line on one line: a line break inside it would read back as two. Split and joined, not replaced
 * with a pattern: spaces around a line break, matched by a pattern, backtrack on long runs of spaces.
 */
function oneLine(line: Line): string {
  const text = lineToString(line);
  if (!/[\r\n]/.test(text)) return text;
  const parts = text.split(/\r\n?|\n/);
  return parts.map((part, index) => (index === 0 ? part.trimEnd() : index === parts.length - 1 ? part.trimStart() : part.trim())).join(' ');
}

/** Rich text as the plain lines a spreadsheet cell or a CASE statement holds: list items as `• ` lines. */
export function richToText(value: Rich): string {
  return toBlocks(value)
    .flatMap((block) =>
      'p' in block
        ? [oneLine(block.p)]
        : 'ul' in block
          ? block.ul.map((line) => `• ${oneLine(line)}`)
          : block.ol.map((line, index) => `${index + 1}. ${oneLine(line)}`),
    )
    .join('\n');
}

/** Localised rich text in one language, as plain lines. */
export const localisedText = (value: Localised<Rich> | undefined, language: string): string =>
  value === undefined ? '' : richToText(pickLanguage(value, language));
