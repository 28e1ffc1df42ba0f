import { html, nothing, type TemplateResult } from 'lit';
import type { TeamSkill } from '../../core/analysis/team.js';
import { countBelowWords } from '../../charts/heatmap-cells.js';
import type { Translator } from '../../i18n/index.js';
import type { CountsTable } from './heatmap-table.js';

/** A table's caption; kept on one line, as white space around its text would be part of it. */
// prettier-ignore
export const captionOf = (text: string): TemplateResult => html`<caption>${text}</caption>`;

/**
 * The counts view: a skill a row, how many people are at each level (`levels`, their labels drawn), not
 * applicable, not observed, not rated, and below the need when the role has one; or, for a group too
 * small to show, why it is not shown. `skillHeader` draws a skill's name and what the role needs of it.
 */
export function renderCounts(
  { aggregate, skills, withNeeds }: CountsTable,
  t: Translator['t'],
  caption: string,
  levels: readonly { id: string; label: unknown }[],
  tab: (row: number, column: number) => string,
  listeners: { keydown(event: KeyboardEvent): void; focusin(event: FocusEvent): void },
  skillHeader: (entry: TeamSkill) => unknown,
): TemplateResult {
  if (aggregate!.suppressed)
    return html`<p part="message" role="status">
      ${t('team.suppressed', { count: aggregate!.people, minimum: aggregate!.minGroupSize })}
    </p>`;
  const header = (c: number, label: unknown) => html`<th scope="col" tabindex=${tab(0, c)}>${label}</th>`;
  const n = levels.length;
  return html`<div class="scroller table-wrap">
    <table part="table" role="grid" @keydown=${listeners.keydown} @focusin=${listeners.focusin}>
      ${captionOf(caption)}
      <thead>
        <tr>
          ${header(0, t('team.skill'))}${levels.map((level, l) => header(l + 1, level.label))}
          ${header(n + 1, t('common.notApplicable'))}${header(n + 2, t('common.notObserved'))}${header(n + 3, t('common.notRated'))}
          ${withNeeds ? header(n + 4, t('team.belowNeed')) : nothing}
        </tr>
      </thead>
      <tbody>
        ${skills.map(
          (entry, r) =>
            html`<tr>
              <th scope="row" tabindex=${tab(r + 1, 0)}>${skillHeader(entry)}</th>
              ${levels.map((level, l) => html`<td tabindex=${tab(r + 1, l + 1)}>${entry.atLevel[level.id] ?? 0}</td>`)}
              <td tabindex=${tab(r + 1, n + 1)}>${entry.notApplicable}</td>
              <td tabindex=${tab(r + 1, n + 2)}>${entry.notObserved}</td>
              <td tabindex=${tab(r + 1, n + 3)}>${entry.unrated}</td>
              ${withNeeds ? html`<td tabindex=${tab(r + 1, n + 4)} class=${entry.below > 0 ? 'below' : ''}>${countBelowWords(entry, t)}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
