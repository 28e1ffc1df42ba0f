import { lineToString, pickLanguage, toBlocks, type Line, type Localised, type Rich } from '../schema/text.js';

/** A line on one line: a line break inside it would read back as two. */
const oneLine = (line: Line) => lineToString(line).replace(/\s*\n\s*/g, ' ');

/** Rich text as the plain lines a spreadsheet cell or a CASE statement holds: list items as `• ` lines. */
export function richToText(value: Rich): string {
  return toBlocks(value)
    .flatMap((block) =>
      'p' in block ? [oneLine(block.p)] : 'ul' in block ? block.ul.map((line) => `• ${oneLine(line)}`) : block.ol.map((line, index) => `${index + 1}. ${oneLine(line)}`),
    )
    .join('\n');
}

/** Localised rich text in one language, as plain lines. */
export const localisedText = (value: Localised<Rich> | undefined, language: string): string =>
  value === undefined ? '' : richToText(pickLanguage(value, language));
