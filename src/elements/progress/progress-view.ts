import { html, nothing, svg, type TemplateResult } from 'lit';
import type { AssessmentComparison } from '../../core/analysis/compare.js';
import type { Movement, SkillHistory } from '../../core/analysis/history.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import { progressLine } from '../../charts/progress-line.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/dates.js';
import type { MessageParams } from '../../i18n/types.js';
import { plainElements, SVG_NS } from '../../shared/plain-elements.js';
import { heading } from '../../shared/rich-text.js';

/** What the progress views need from the element, worked out before each render. */
export interface ProgressContext {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly locale: string;
  readonly outline: number;
  readonly index: FrameworkIndex;
  readonly answerLabel: (level: string | undefined) => string;
  readonly skillName: (id: string) => TemplateResult | string;
  /** The columns' headings: each date, with the host's label when it gave one. */
  readonly columns: readonly string[];
}

export const dayOf = (locale: string, date: string): string => formatDate(locale, new Date(date));

/** How a skill moved, in words: "Up one level since 10 Mar 2026". */
export function movementText({ t, locale }: ProgressContext, movement: Movement): string {
  switch (movement.kind) {
    case 'up':
      return t('progress.up', { count: movement.by, date: dayOf(locale, movement.since) });
    case 'down':
      return t('progress.down', { count: movement.by, date: dayOf(locale, movement.since) });
    case 'steady':
      return t('progress.steady', { date: dayOf(locale, movement.since) });
    case 'once':
      return t('progress.trendOnce', { date: dayOf(locale, movement.at) });
    default:
      return t('progress.trendNone');
  }
}

/** The compact chart of a skill: a picture only (`aria-hidden`), as its row says the same in words. */
function renderLine(context: ProgressContext, skill: SkillHistory): TemplateResult {
  const { rank } = context.index;
  const required = skill.required === undefined ? undefined : rank.get(skill.required);
  const line = progressLine(skill.ranks, rank.size, required);
  return html`<svg class="line" aria-hidden="true" width=${line.width} height=${line.height} viewBox="0 0 ${line.width} ${line.height}">
    ${line.requiredY === undefined ? nothing : svg`<path class="required" d="M0 ${line.requiredY}H${line.width}"></path>`}
    ${line.runs.map((run) => svg`<path class="run" d=${run}></path>`)}
    ${plainElements(
      'circle',
      line.points.map((point) => ({ attributes: { cx: point.x, cy: point.y, r: 2.5 } })),
      SVG_NS,
    )}
  </svg>`;
}

/**
 * One skill's row: its name, what the role needs, the level at each date, and the trend drawn and in words.
 * The levels and the line's points are plain elements: 20 dates make 40 of them a row.
 */
function renderRow(context: ProgressContext, skill: SkillHistory, withRole: boolean): TemplateResult {
  return html`<tr>
    <th scope="row">${context.skillName(skill.skill)}</th>
    ${withRole ? html`<td>${skill.required === undefined ? '' : context.answerLabel(skill.required)}</td>` : nothing}
    ${plainElements(
      'td',
      skill.answers.map((answer) => ({ text: answer === undefined ? '' : context.answerLabel(answer) })),
    )}
    <td class="trend ${skill.overall.kind}">${renderLine(context, skill)} <span>${movementText(context, skill.overall)}</span></td>
  </tr>`;
}

/**
 * The levels over time as a table, one column per date: the equal of the lines drawn in its last column.
 * It scrolls sideways on its own when the dates do not fit (WCAG 1.4.10 allows it for data tables).
 */
export function renderHistoryTable(
  context: ProgressContext,
  caption: string,
  skills: readonly SkillHistory[],
  withRole: boolean,
  id: string,
): TemplateResult {
  const { t } = context;
  return html`<div class="scroll" role="region" tabindex="0" aria-labelledby=${id}>
    <table part="table">
      <caption id=${id}>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('progress.skill')}</th>
          ${withRole ? html`<th scope="col">${t('progress.needs')}</th>` : nothing}
          ${context.columns.map((column) => html`<th scope="col">${column}</th>`)}
          <th scope="col">${t('progress.trend')}</th>
        </tr>
      </thead>
      <tbody>
        ${skills.map((skill) => renderRow(context, skill, withRole))}
      </tbody>
    </table>
  </div>`;
}

/** "Since last time": how many skills moved which way between the last two assessments, and which. */
export function renderSinceLastTime(context: ProgressContext, dates: readonly string[], since: AssessmentComparison): TemplateResult {
  const { t, locale } = context;
  const moved = since.skills.filter((skill) => skill.status === 'apart');
  const up = moved.filter((skill) => skill.difference! > 0);
  const down = moved.filter((skill) => skill.difference! < 0);
  const counts: [MessageKey, number][] = [
    ['progress.countUp', up.length],
    ['progress.countDown', down.length],
    ['progress.countSame', since.counts.same],
    ['progress.countNew', since.counts['second-only']],
    ['progress.countDropped', since.counts['first-only']],
  ];
  const changes = [...up, ...down, ...since.skills.filter((skill) => skill.status === 'differ' || skill.status === 'second-only')];
  return html`<section part="summary" class="summary" aria-labelledby="since-title">
    ${heading(context.outline, t('progress.sinceLast'), undefined, 'since-title')}
    <p>
      ${t('progress.sinceLastIntro', { before: dayOf(locale, dates.at(-2)!), after: dayOf(locale, dates.at(-1)!) })}
      ${counts
        .filter(([, count]) => count > 0)
        .map(([key, count]) => t(key, { count }))
        .join(', ')}.
    </p>
    ${
      changes.length > 0
        ? html`<ul>
            ${changes.map(
              (skill) =>
                html`<li>
                  ${context.skillName(skill.skill)}:
                  ${t('progress.moved', { from: context.answerLabel(skill.first), to: context.answerLabel(skill.second) })}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}
