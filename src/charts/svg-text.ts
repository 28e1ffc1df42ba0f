import { nothing, svg, type SVGTemplateResult } from 'lit';
import { LINE_HEIGHT } from './labels.js';

/** Text of one or more lines in a drawing, from its first baseline: a skill's name, a role's title. */
export interface TextLines {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  /** Left out, the text starts at `x`. */
  readonly anchor?: 'start' | 'middle' | 'end';
}

/**
 * A `<text>` with a `<tspan>` per line, each line back at `x` and one line lower: SVG does not wrap text
 * itself. A single line is the text's own content: most labels are one, and a chart has hundreds.
 */
export function svgText({ lines, x, y, anchor }: TextLines, className?: string): SVGTemplateResult {
  const content =
    lines.length === 1 ? lines[0] : lines.map((line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : LINE_HEIGHT}>${line}</tspan>`);
  return svg`<text class=${className ?? nothing} x=${x} y=${y} text-anchor=${anchor ?? nothing}>${content}</text>`;
}
