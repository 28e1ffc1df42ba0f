import type { GapAnalysis } from '../core/analysis/gap.js';
import type { FrameworkIndex, ResolvedRole } from '../core/framework-index.js';
import type { GapChartInput } from './gap-geometry.js';

/**
 * The numbers a gap chart draws, from the same analyses its table shows: level positions from 1,
 * and nothing (never zero) for a skill not rated, not observed or not applicable.
 */
export function gapChartInput(
  index: FrameworkIndex,
  role: ResolvedRole,
  analyses: readonly GapAnalysis[],
  names: readonly string[],
): GapChartInput {
  const position = (level: string | undefined) => {
    const rank = level === undefined ? undefined : index.rank.get(level);
    return rank === undefined ? undefined : rank + 1;
  };
  return {
    skills: names,
    levels: index.framework.scale.levels.length,
    required: role.requirements.map((requirement) => position(requirement.level)),
    series: analyses.map((analysis) => analysis.skills.map((gap) => (gap.status === 'not-applicable' ? undefined : position(gap.current)))),
  };
}
