import type { GapAnalysis, SkillGap } from '../core/analysis/gap.js';
import { NOT_OBSERVED, type Assessment } from '../core/schema/assessment.js';
import { formatDate } from '../i18n/dates.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The chart's one-paragraph summary: how many skills meet the role, the largest gap, and what is
 * not rated or not applicable ("3 of 9 skills meet the role. The largest gap is Resourcing: 2 levels below.").
 * Skills the role names without a level are neither met nor gaps: they are left out of the count and said apart.
 */
export function describeGap(analysis: GapAnalysis, skillName: (id: string) => string, t: Translate): string {
  const { counts, total, largestGap } = analysis.summary;
  const applicable = total - counts['not-applicable'] - counts.unstated;
  // "Not observed" is an answer, not a gap in the answers: it is counted apart from "not rated".
  const notObserved = analysis.skills.filter((gap) => gap.status === 'unrated' && gap.current === NOT_OBSERVED).length;
  const unrated = counts.unrated - notObserved;
  const answered = applicable - unrated;
  const meeting = counts.met + counts.above;
  const sentences: string[] = [];
  if (applicable > 0) {
    if (answered === 0) sentences.push(t('gap.summary.none', { count: applicable }));
    else if (meeting === applicable) sentences.push(t('gap.summary.all', { count: applicable }));
    else if (meeting === 0) sentences.push(t('gap.summary.noneMet', { count: applicable }));
    else sentences.push(t('gap.summary.met', { count: meeting, total: applicable }));
  }
  if (largestGap) {
    sentences.push(t('gap.summary.largest', { skill: skillName(largestGap.skill), count: -largestGap.difference! }));
  }
  if (answered > 0 && unrated > 0) sentences.push(t('gap.summary.unrated', { count: unrated }));
  if (notObserved > 0) sentences.push(t('gap.summary.notObserved', { count: notObserved }));
  if (counts['not-applicable'] > 0) sentences.push(t('gap.summary.notApplicable', { count: counts['not-applicable'] }));
  return [...sentences, ...describeUnstated(analysis, t)].join(' ');
}

/** The sentence for skills the role names without a level, when it has any: also said before anything is rated. */
export function describeUnstated(analysis: GapAnalysis, t: Translate): string[] {
  const count = analysis.summary.counts.unstated;
  return count > 0 ? [t('gap.summary.unstated', { count })] : [];
}

/** The summary before anything is rated: that the chart shows what the role needs, and what it names without a level. */
export function describeNeeds(analysis: GapAnalysis, t: Translate): string {
  return [t('gap.noRatings'), ...describeUnstated(analysis, t)].join(' ');
}

/** A skill's gap in words: met, levels above or below, or why there is none (the table's last column, the bars' notes). */
export function gapText(gap: SkillGap, t: Translate): string {
  switch (gap.status) {
    case 'met':
      return t('gap.met');
    case 'above':
      return t('gap.above', { count: gap.difference! });
    case 'below':
      return t('gap.below', { count: -gap.difference! });
    case 'not-applicable':
      return t('common.notApplicable');
    case 'unstated':
      return t('common.levelNotStated');
    default:
      return t(gap.current === NOT_OBSERVED ? 'common.notObserved' : 'common.notRated');
  }
}

/** Series names: the host's label, else the rater's, dated when two would read the same. */
export function seriesLabels(
  series: readonly { readonly label?: string; readonly assessment: Assessment }[],
  t: Translate,
  locale: string,
): string[] {
  const base = series.map((entry) => entry.label ?? t(`gap.series.${entry.assessment.rater}`));
  return base.map((label, i) => {
    const date = series[i]!.assessment.updatedAt;
    const repeated = base.indexOf(label) !== base.lastIndexOf(label);
    return repeated && date ? t('gap.seriesDated', { label, date: formatDate(locale, new Date(date)) }) : label;
  });
}
