import { gapAnalysis, type GapAnalysis } from '../core/analysis/gap.js';
import type { FrameworkIndex, ResolvedRole } from '../core/framework-index.js';
import type { Assessment } from '../core/schema/assessment.js';
import type { GapChartInput } from './gap-geometry.js';
import { gapChartInput } from './gap-input.js';
import { describeGap, describeNeeds, seriesLabels, type Translate } from './gap-summary.js';

/** One series as the chart reads it: a valid assessment, with the host's label when it gave one. */
export interface GapSeries {
  readonly label?: string;
  readonly assessment: Assessment;
}

/** What a gap chart shows of a role, whatever it is drawn as: the analyses, the names and the words. */
export interface GapModel {
  readonly role: ResolvedRole;
  /** One per series; without a series, one of no ratings, which still gives the role's needs skill by skill. */
  readonly analyses: readonly GapAnalysis[];
  /** Skill names, in the role's order. */
  readonly names: readonly string[];
  /** Series names, in order. */
  readonly labels: readonly string[];
  /** Whether any series was given. */
  readonly rated: boolean;
  /** The sentence that sums up the gaps: the drawing's description. */
  readonly summary: string;
  /** The numbers the drawing shows. */
  readonly input: GapChartInput;
}

export interface GapWords {
  readonly t: Translate;
  readonly locale: string;
  /** A skill's name in the page's language. */
  readonly skillName: (id: string) => string;
}

/** The model of a gap chart of `role` (a role of `index`'s framework) for the series given. Pure. */
export function gapModel(
  index: FrameworkIndex,
  role: ResolvedRole,
  series: readonly GapSeries[],
  { t, locale, skillName }: GapWords,
): GapModel {
  const rated = series.length > 0;
  const assessments = rated ? series.map((entry) => entry.assessment) : [{ ratings: {} }];
  const analyses = assessments.map((assessment) => gapAnalysis(index.framework, assessment, role.id)!);
  const names = role.requirements.map((requirement) => skillName(requirement.skill));
  return {
    role,
    analyses,
    names,
    labels: seriesLabels(series, t, locale),
    rated,
    summary: rated ? describeGap(analyses[0]!, skillName, t) : describeNeeds(analyses[0]!, t),
    input: gapChartInput(index, role, rated ? analyses : [], names),
  };
}
