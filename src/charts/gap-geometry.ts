// Chart geometry from data and size: pure numbers, no DOM, so it is tested in Node and drawn by
// any renderer. Coordinates are SVG user units; the drawing scales with its viewBox.
import { CHAR_WIDTH, FONT_SIZE, LINE_HEIGHT, MIN_TARGET, round, wrapLabel } from './labels.js';

/** What a gap chart shows: skills, the scale's length, and level positions (1 = lowest level). */
export interface GapChartInput {
  /** Skill names, in the order drawn. */
  readonly skills: readonly string[];
  /** How many levels the scale has. */
  readonly levels: number;
  /** The position the role needs, per skill; undefined draws nothing. */
  readonly required: readonly (number | undefined)[];
  /** Per series, per skill: the position rated; undefined (not rated, not applicable) draws nothing, never zero. */
  readonly series: readonly (readonly (number | undefined)[])[];
  /** A line under a skill's name on the radar, such as why it has no point. */
  readonly notes?: readonly (string | undefined)[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A text label: its lines, where the first baseline starts, and the box it (and its hit target) covers. */
export interface Label {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
}

/** One series (or the requirement) on the radar: a vertex per skill, and a path broken where values are missing. */
export interface Outline {
  readonly points: readonly (Point | undefined)[];
  readonly path: string;
}

export interface RadarLayout {
  readonly width: number;
  readonly height: number;
  readonly centre: Point;
  /** Radius of each level's ring, lowest first. */
  readonly rings: readonly number[];
  readonly spokes: readonly { readonly end: Point; readonly label: Label }[];
  readonly required: Outline;
  readonly series: readonly Outline[];
}

export interface BarRow {
  /** The row's band: also the hit target for pointer and focus. */
  readonly box: Box;
  readonly label: Label;
  /** x of the required level's marker. */
  readonly required?: number;
  /** One bar per series, from the axis to the level rated; undefined where there is no level. */
  readonly bars: readonly (Box | undefined)[];
  /** The top of each series' bar (drawn or not), for saying why one is missing. */
  readonly slots: readonly number[];
  /** The stretch between the first series' bar and the requirement, when it falls short. */
  readonly gap?: Box;
  /** Where the row's gap text starts (baseline at the row's middle). */
  readonly note: Point;
}

export interface BarsLayout {
  readonly width: number;
  readonly height: number;
  /** Gridlines and their numbers, one per level. */
  readonly ticks: readonly { readonly x: number; readonly level: number }[];
  /** Where the tick numbers sit. */
  readonly tickY: number;
  readonly axis: { readonly x: number; readonly top: number; readonly bottom: number };
  readonly rows: readonly BarRow[];
}

export { FONT_SIZE, LINE_HEIGHT, wrapLabel } from './labels.js';

const textWidth = (lines: readonly string[]): number => Math.max(0, ...lines.map((line) => line.length)) * CHAR_WIDTH;

/** A path through the points, broken where one is missing, closed when none is. */
function outlinePath(points: readonly (Point | undefined)[]): string {
  const at = (point: Point) => `${point.x} ${point.y}`;
  const count = points.length;
  if (points.every(Boolean)) return count === 0 ? '' : `M${points.map((point) => at(point!)).join('L')}Z`;
  // Start after a gap, so a run that wraps past the last spoke stays one stroke.
  const start = points.findIndex((point, i) => point && !points[(i + count - 1) % count]);
  if (start < 0) return '';
  let path = '';
  for (let step = 0; step < count; step++) {
    const point = points[(start + step) % count];
    if (point) path += `${path && points[(start + step - 1) % count] ? 'L' : 'M'}${at(point)}`;
  }
  return path;
}

/**
 * The points of an outline that no stroke reaches, both neighbours missing: a requirement between
 * two skills with no level stated, which needs a marker of its own to be seen.
 */
export function loosePoints(outline: Outline): Point[] {
  const { points } = outline;
  const count = points.length;
  if (count < 2) return points.filter((point): point is Point => point !== undefined);
  return points.filter((point, i): point is Point => point !== undefined && !points[(i + 1) % count] && !points[(i + count - 1) % count]);
}

export interface RadarOptions {
  /** Radius of the top level's ring. */
  readonly radius?: number;
  /** Characters per label line. */
  readonly labelChars?: number;
}

/** A radar (polar) chart: one spoke per skill, clockwise from the top, a ring per level. */
export function radarLayout(input: GapChartInput, { radius = 150, labelChars = 18 }: RadarOptions = {}): RadarLayout {
  const count = input.skills.length;
  const levels = Math.max(1, input.levels);
  const offset = 14;
  // Whole, even sizes: the centre, and so every point, falls on a tenth of a unit.
  const width = 2 * Math.ceil(radius + offset + labelChars * CHAR_WIDTH + 8);
  const height = 2 * Math.ceil(radius + offset + 3 * LINE_HEIGHT + 8);
  const centre = { x: width / 2, y: height / 2 };
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / count;
  const polar = (i: number, r: number): Point => ({
    x: round(centre.x + r * Math.cos(angle(i))),
    y: round(centre.y + r * Math.sin(angle(i))),
  });
  const outline = (values: readonly (number | undefined)[]): Outline => {
    const points = input.skills.map((_, i) => {
      const value = values[i];
      return value === undefined ? undefined : polar(i, (radius * Math.min(value, levels)) / levels);
    });
    return { points, path: outlinePath(points) };
  };
  const spokes = input.skills.map((name, i) => {
    const note = input.notes?.[i];
    const lines = note ? [...wrapLabel(name, labelChars, 2), ...wrapLabel(note, labelChars, 1)] : wrapLabel(name, labelChars, 3);
    const { x, y } = polar(i, radius + offset);
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const blockHeight = lines.length * LINE_HEIGHT;
    const top = sin < -0.3 ? y - blockHeight : sin > 0.3 ? y : y - blockHeight / 2;
    const textW = textWidth(lines);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - textW : x - textW / 2;
    const boxW = Math.max(MIN_TARGET, textW + 8);
    const boxH = Math.max(MIN_TARGET, blockHeight + 6);
    const label: Label = {
      lines,
      x,
      y: round(top + LINE_HEIGHT * 0.8),
      anchor,
      box: {
        x: round(left - 4 - (boxW - textW - 8) / 2),
        y: round(top - 3 - (boxH - blockHeight - 6) / 2),
        width: round(boxW),
        height: round(boxH),
      },
    };
    return { end: polar(i, radius), label };
  });
  return {
    width,
    height,
    centre,
    rings: Array.from({ length: levels }, (_, i) => round((radius * (i + 1)) / levels)),
    spokes,
    required: outline(input.required),
    series: input.series.map(outline),
  };
}

export interface BarsOptions {
  readonly width?: number;
  /** Characters per line of a skill name. */
  readonly labelChars?: number;
}

const BAR = 8;
const BAR_GAP = 4;
const ROW_PADDING = 8;
const HEADER = 28;
const NOTE_WIDTH = 140;

/**
 * A bar chart: one row per skill with a bar per series from the axis to the level rated, the
 * requirement as a marker, and the first series' shortfall as a band of its own.
 */
export function barsLayout(input: GapChartInput, { width = 640, labelChars = 26 }: BarsOptions = {}): BarsLayout {
  const levels = Math.max(1, input.levels);
  const x0 = round(labelChars * CHAR_WIDTH + 12);
  const x1 = width - NOTE_WIDTH;
  const at = (value: number) => round(x0 + ((x1 - x0) * Math.min(value, levels)) / levels);
  const barsHeight = Math.max(BAR, input.series.length * (BAR + BAR_GAP) - BAR_GAP);
  let y = HEADER;
  const rows = input.skills.map((name, i): BarRow => {
    const lines = wrapLabel(name, labelChars, 2);
    const height = Math.max(MIN_TARGET, lines.length * LINE_HEIGHT, barsHeight) + 2 * ROW_PADDING;
    const middle = y + height / 2;
    const barTop = middle - barsHeight / 2;
    const slots = input.series.map((_, s) => round(barTop + s * (BAR + BAR_GAP)));
    const bars = input.series.map((values, s) => {
      const value = values[i];
      return value === undefined ? undefined : { x: x0, y: slots[s]!, width: round(at(value) - x0), height: BAR };
    });
    const requiredValue = input.required[i];
    const required = requiredValue === undefined ? undefined : at(requiredValue);
    const first = bars[0];
    const gap =
      first && required !== undefined && first.x + first.width < required
        ? { x: round(first.x + first.width), y: first.y, width: round(required - first.x - first.width), height: BAR }
        : undefined;
    const row: BarRow = {
      box: { x: 0, y: round(y), width, height: round(height) },
      label: {
        lines,
        x: 4,
        y: round(middle - (lines.length * LINE_HEIGHT) / 2 + LINE_HEIGHT * 0.8),
        anchor: 'start',
        box: { x: 0, y: round(y), width: x0, height: round(height) },
      },
      required,
      bars,
      slots,
      gap,
      note: { x: x1 + 12, y: round(middle + FONT_SIZE * 0.35) },
    };
    y += height;
    return row;
  });
  return {
    width,
    height: round(y + 4),
    ticks: Array.from({ length: levels }, (_, i) => ({ x: at(i + 1), level: i + 1 })),
    tickY: HEADER - 10,
    axis: { x: x0, top: HEADER - 4, bottom: round(y) },
    rows,
  };
}

/**
 * The marker of a series, as a path around a point: circle, square, triangle, then diamond, so
 * series differ by shape as well as colour (and in forced colours, where colour is gone).
 */
export function markerPath(series: number, { x, y }: Point, size = 4.5): string {
  const s = size;
  switch (series % 4) {
    case 0:
      return `M${x - s} ${y}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0Z`;
    case 1:
      return `M${x - s * 0.85} ${y - s * 0.85}h${s * 1.7}v${s * 1.7}h${-s * 1.7}Z`;
    case 2:
      return `M${x} ${y - s}L${x + s} ${y + s * 0.8}L${x - s} ${y + s * 0.8}Z`;
    default:
      return `M${x} ${y - s}L${x + s} ${y}L${x} ${y + s}L${x - s} ${y}Z`;
  }
}

/** Each kind of shape of a bar chart, every row's in one path: what the drawing shows beside the rows' words. */
export interface BarsPaths {
  /** Per series, its bars. */
  readonly bars: readonly string[];
  /** The first series' shortfalls. */
  readonly gaps: string;
  /** The requirement's line in each row that states one. */
  readonly required: string;
  /** The requirement's marker at the top of each of those lines. */
  readonly requiredMarkers: string;
}

const boxPath = ({ x, y, width, height }: Box): string => `M${x} ${y}h${width}v${height}h${-width}Z`;

/**
 * The shapes of `layout` as one path per kind, not one element per shape: a 150-skill chart draws
 * its bars, shortfalls and requirements with a handful of elements, not about a thousand. A closed subpath per box strokes and
 * dashes as a rectangle does (dashes start again at each subpath, from its top left corner).
 */
export function barsPaths({ rows }: BarsLayout): BarsPaths {
  const series = rows[0]?.bars.length ?? 0;
  const stated = rows.filter((row) => row.required !== undefined);
  return {
    bars: Array.from({ length: series }, (_, s) => rows.map((row) => (row.bars[s] ? boxPath(row.bars[s]) : '')).join('')),
    gaps: rows.map((row) => (row.gap ? boxPath(row.gap) : '')).join(''),
    required: stated.map(({ box, required }) => `M${required} ${box.y + 4}V${box.y + box.height - 4}`).join(''),
    requiredMarkers: stated.map(({ box, required }) => markerPath(3, { x: required!, y: box.y + 5 }, 4)).join(''),
  };
}

/** Whether any two labels of a radar overlap: then its names do not fit, and bars read better. */
export function labelsOverlap(layout: RadarLayout): boolean {
  const boxes = layout.spokes.map(({ label }) => label.box);
  return boxes.some((a, i) =>
    boxes.some((b, j) => j > i && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height),
  );
}

/** The radius that lets a radar with labels of `labelChars` characters fit `width`. */
export function radarRadiusFor(width: number, labelChars = 18): number {
  return Math.max(60, Math.min(180, Math.floor(width / 2 - 14 - labelChars * CHAR_WIDTH - 8)));
}
