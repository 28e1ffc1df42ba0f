// Text in drawings, without a DOM to measure it: shared by every chart and map.

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 16;
/** An average character's width, for wrapping without measuring text. */
export const CHAR_WIDTH = FONT_SIZE * 0.56;
/** Hit targets stay at least this big (WCAG 2.5.8 asks 24 CSS px; drawings are not shown smaller than their size). */
export const MIN_TARGET = 28;

/** Coordinates to a tenth of a unit: enough for the eye, and short in the markup. */
export const round = (value: number): number => Math.round(value * 10) / 10;
/**
 * Breaks a name into at most `maxLines` lines of about `maxChars` characters, at spaces; what does
 * not fit ends in an ellipsis (the full name is in the table and the accessible names).
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const cut = (line: string) => (line.length > maxChars ? `${line.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…` : line);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
  }
  return lines.map(cut);
}
