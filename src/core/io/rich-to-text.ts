import { lineToString, pickLanguage, toBlocks, type Localised, type Rich } from '../schema/text.js';

/** Rich text as the plain lines a spreadsheet cell or a CASE statement holds: list items as `• ` lines. */
export function richToText(value: Rich): string {
  return toBlocks(value)
    .flatMap((block) =>
      'p' in block ? [lineToString(block.p)] : 'ul' in block ? block.ul.map((line) => `• ${lineToString(line)}`) : block.ol.map((line, index) => `${index + 1}. ${lineToString(line)}`),
    )
    .join('\n');
}

/** Localised rich text in one language, as plain lines. */
export const localisedText = (value: Localised<Rich> | undefined, language: string): string =>
  value === undefined ? '' : richToText(pickLanguage(value, language));
