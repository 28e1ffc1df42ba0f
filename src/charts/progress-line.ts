/** A skill's levels over time as a small line: where each dated level sits, and the role's level across. */
export interface ProgressLine {
  readonly width: number;
  readonly height: number;
  /** One path per run of consecutive levels: a date with no level breaks the line, never drawn as zero. */
  readonly runs: readonly string[];
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** The height of the role's level, when it states one. */
  readonly requiredY?: number;
}

const STEP = 14;
const PAD = 4;
const ROW = 5;

/**
 * The line of one skill: `ranks` are the places on the scale at each date (lowest 0, undefined for none),
 * `levels` the size of the scale. Dates are evenly spaced, as the table's columns are. Pure.
 */
export function progressLine(ranks: readonly (number | undefined)[], levels: number, required?: number): ProgressLine {
  const height = PAD * 2 + ROW * Math.max(levels - 1, 1);
  const x = (at: number) => PAD + at * STEP;
  const y = (rank: number) => height - PAD - rank * ROW;
  const points: { x: number; y: number }[] = [];
  const runs: string[] = [];
  let run = '';
  ranks.forEach((rank, at) => {
    if (rank === undefined) {
      if (run) runs.push(run);
      run = '';
      return;
    }
    points.push({ x: x(at), y: y(rank) });
    run += `${run ? 'L' : 'M'}${x(at)} ${y(rank)}`;
  });
  if (run) runs.push(run);
  return {
    width: PAD * 2 + STEP * Math.max(ranks.length - 1, 0),
    height,
    runs,
    points,
    ...(required === undefined ? {} : { requiredY: y(required) }),
  };
}
