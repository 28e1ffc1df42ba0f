import type { GapAnalysis, SkillGap } from '../core/analysis/gap.js';
import {
  barsLayout,
  barsPaths,
  labelsOverlap,
  radarLayout,
  radarRadiusFor,
  type BarsLayout,
  type BarsPaths,
  type Box,
  type GapChartInput,
  type RadarLayout,
} from './gap-geometry.js';

/** `variant="auto"`: a radar reads well from 3 to about a dozen spokes; bars beyond. */
export const RADAR_MAX = 12;

/** A radar, laid out. */
export interface RadarPlot {
  readonly kind: 'radar';
  readonly layout: RadarLayout;
}

/** Bars, laid out, with the words each row shows. */
export interface BarsPlot {
  readonly kind: 'bars';
  readonly layout: BarsLayout;
  /** Its shapes, a path per kind for every row. */
  readonly paths: BarsPaths;
  /** Per row, the first series' gap in words at the row's end; undefined shows none. */
  readonly notes: readonly (string | undefined)[];
  /** Per row, per series after the first, why it has no bar; undefined where it has one. The first series' note says it for that one. */
  readonly missing: readonly (readonly (string | undefined)[])[];
}

/** What a gap chart draws: a radar or bars. */
export type GapPlot = (RadarPlot | BarsPlot) & {
  readonly width: number;
  readonly height: number;
  /** Per skill, where its focus and pointer target goes. */
  readonly targets: readonly Box[];
};

export interface GapPlotOptions {
  /** `radar`, `bars`, or anything else for `auto`. */
  readonly variant: string;
  /** The width to fit. */
  readonly width: number;
  /** The analyses, one per series (one of no ratings when `input` has no series). */
  readonly analyses: readonly GapAnalysis[];
  /** A gap in words. */
  readonly gapText: (gap: SkillGap) => string;
}

/**
 * The drawing for a chart's numbers: a radar where one is asked for or, with `auto`, where 3 to 12
 * skills' names fit around it without overlapping; bars otherwise. Pure.
 */
export function gapPlot(input: GapChartInput, options: GapPlotOptions): GapPlot {
  const { variant } = options;
  const count = input.skills.length;
  const radarFits = variant === 'radar' ? count >= 3 : variant !== 'bars' && count >= 3 && count <= RADAR_MAX;
  const radar = radarFits ? radarPlot(input, options) : undefined;
  return radar && (variant === 'radar' || !labelsOverlap(radar.layout)) ? radar : barsPlot(input, options);
}

function radarPlot(input: GapChartInput, { width, analyses, gapText }: GapPlotOptions): GapPlot & RadarPlot {
  const rated = input.series.length > 0;
  // A skill the first series cannot show says why under its name: nothing is drawn as zero. A skill
  // named with no level says so, and the requirement's outline is left open at its spoke.
  const notes = analyses[0]!.skills.map((gap, i) =>
    gap.status === 'unstated' || (rated && input.series[0]![i] === undefined) ? gapText(gap) : undefined,
  );
  const layout = radarLayout({ ...input, notes }, { radius: radarRadiusFor(width) });
  return { kind: 'radar', layout, width: layout.width, height: layout.height, targets: layout.spokes.map(({ label }) => label.box) };
}

function barsPlot(input: GapChartInput, { width, analyses, gapText }: GapPlotOptions): GapPlot & BarsPlot {
  const rated = input.series.length > 0;
  const layout = barsLayout(input, { width, labelChars: Math.max(14, Math.min(30, Math.floor((width * 0.32) / 7.3))) });
  return {
    kind: 'bars',
    layout,
    paths: barsPaths(layout),
    notes: layout.rows.map((row, i) => (rated || row.required === undefined ? gapText(analyses[0]!.skills[i]!) : undefined)),
    missing: layout.rows.map((row, i) => row.bars.map((bar, s) => (bar || s === 0 ? undefined : gapText(analyses[s]!.skills[i]!)))),
    width: layout.width,
    height: layout.height,
    targets: layout.rows.map((row) => row.box),
  };
}
