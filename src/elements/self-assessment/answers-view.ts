import { html, nothing, type TemplateResult } from 'lit';
import type { SkillSelection } from '../../core/analysis/selection.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import type { Rating } from '../../core/schema/assessment.js';
import { heading, renderText } from '../../shared/rich-text.js';
import type { AssessContext, Problem } from './skill-fields.js';

/** The GOV.UK error summary: each problem links to its field (the click is the form's, to reach into the shadow root). */
export function renderErrorSummary(t: AssessContext['t'], problems: readonly Problem[], onClick: (event: Event) => void): TemplateResult {
  return html`<div part="error-summary" class="error-summary" role="alert">
    <h2 class="error-summary-title">${t('assess.errorTitle')}</h2>
    <ul @click=${onClick}>
      ${problems.map(
        (problem) =>
          html`<li>
            <a href="#${problem.field === 'level' ? 's' : 'v'}-${problem.skill}" data-skill=${problem.skill} data-field=${problem.field}
              >${problem.text}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

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
