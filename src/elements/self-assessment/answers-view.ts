import { html, nothing, type TemplateResult } from 'lit';
import type { SkillSelection } from '../../core/analysis/selection.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import type { Rating } from '../../core/schema/assessment.js';
import { heading, renderText } from '../../shared/rich-text.js';
import type { AssessContext } from './skill-fields.js';

/** The answers as a table with no inputs, for a submitted assessment. */
export function renderAnswersTable(
  context: AssessContext,
  selection: SkillSelection,
  answers: Readonly<Record<string, Rating>>,
): TemplateResult {
  const { t, locale, contentLanguage } = context;
  const withRole = selection.requirements.size > 0;
  const columns = withRole ? 4 : 3;
  return html`<table part="table" class="answers">
    <caption>
      ${t('assess.summary')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('common.skill')}</th>
        <th scope="col">${t('assess.rating')}</th>
        ${withRole ? html`<th scope="col">${t('assess.requiredColumn')}</th>` : nothing}
        <th scope="col">${t('assess.evidenceColumn')}</th>
      </tr>
    </thead>
    ${selection.groups.map(
      (group) =>
        html`<tbody>
          ${
            group.category
              ? html`<tr>
                  <th scope="rowgroup" colspan=${columns} class="group">${renderText(group.category.name, locale, contentLanguage)}</th>
                </tr>`
              : nothing
          }
          ${group.skills.map((skill) => {
            const rating = answers[skill.id];
            const requirement = selection.requirements.get(skill.id);
            return html`<tr>
              <th scope="row">${renderText(skill.name, locale, contentLanguage)}</th>
              <td>${context.answerLabel(rating?.level)}</td>
              ${withRole ? html`<td>${requirement ? context.renderRequired(requirement.level) : nothing}</td>` : nothing}
              <td class="evidence-text">${rating?.evidence ?? ''}</td>
            </tr>`;
          })}
        </tbody>`,
    )}
  </table>`;
}

/** Answers for skills the framework no longer has: kept, sent with the form, and shown apart. */
export function renderUnmatched(
  context: AssessContext,
  index: FrameworkIndex,
  ids: readonly string[],
  answers: Readonly<Record<string, Rating>>,
): TemplateResult {
  const { t, locale, contentLanguage } = context;
  return html`<section part="unmatched" class="unmatched">
    ${heading(context.outline, t('assess.unmatchedTitle'))}
    <p class="hint">${t('assess.unmatchedIntro')}</p>
    <dl>
      ${ids.map((id) => {
        const rating = answers[id]!;
        const skill = index.skills.get(id);
        return html`<dt>${skill ? renderText(skill.name, locale, contentLanguage) : id}</dt>
          <dd>${context.answerLabel(rating.level)}</dd>
          ${rating.evidence ? html`<dd class="evidence-text">${rating.evidence}</dd>` : nothing}`;
      })}
    </dl>
  </section>`;
}
