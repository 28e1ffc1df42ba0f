import { describedBy } from '../../shared/skill-controls.js';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Agreement, Rating } from '../../core/schema/assessment.js';
import type { Requirement } from '../../core/schema/framework.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/dates.js';
import type { MessageParams } from '../../i18n/types.js';
import { type AnswerChoice, answerOptions } from '../../shared/answer-options.js';
import { heading, renderText, textFor } from '../../shared/rich-text.js';
import type { Problem } from '../../shared/validity-controller.js';
import type { AgreementRow, CalibrationModel, Source } from './calibration-model.js';

/** What the agreement's views need from the element, worked out before each render. */
export interface CalibrationContext {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly locale: string;
  readonly contentLanguage: string;
  readonly disabled: boolean;
  readonly outline: number;
  readonly sources: readonly Source[];
  /** The scale's answers, with not applicable and not observed when it allows them. */
  readonly choices: readonly AnswerChoice[];
  readonly answerLabel: (level: string | undefined) => string;
}

/** How the assessments stand on a skill, in words: never by colour alone. */
export function standingText({ t, sources }: CalibrationContext, row: AgreementRow): string {
  switch (row.status) {
    case 'same':
      return t('calibration.same');
    case 'apart':
      return t('calibration.apart', { count: row.spread! });
    case 'differ':
      return t('calibration.differ');
    case 'partly':
      return t('calibration.partly', {
        names: sources.flatMap((source, i) => (row.answers[i] === undefined ? source.label : [])).join(', '),
      });
    default:
      return t('calibration.unrated');
  }
}

/** Each skill's list of what each said, as made for a context: kept while the row is (only agreed levels and notes changed). */
const lists = new WeakMap<AgreementRow, { readonly context: CalibrationContext; readonly list: HTMLUListElement }>();

/**
 * What each said of a skill, as a list: plain elements, not a template per item (300 of them in a
 * 150-skill agreement's first render), the words set as text.
 */
function ratingsList(context: CalibrationContext, row: AgreementRow): HTMLUListElement {
  const made = lists.get(row);
  if (made?.context === context) return made.list;
  const list = document.createElement('ul');
  list.setAttribute('part', 'ratings');
  list.className = 'ratings';
  context.sources.forEach((source, i) => {
    const item = document.createElement('li');
    item.textContent = context.t('calibration.said', { name: source.label, level: context.answerLabel(row.answers[i]) });
    list.append(item);
  });
  lists.set(row, { context, list });
  return list;
}

/** What the role needs of the skill, as a hint. */
function renderNeed({ t, answerLabel }: CalibrationContext, id: string, requirement: Requirement): TemplateResult {
  return html`<p class="hint" id="q-${id}">
    ${requirement.level === undefined ? t('calibration.needsUnstated') : t('calibration.needs', { level: answerLabel(requirement.level) })}
  </p>`;
}

/** Each assessment's evidence for the skill, on demand: a disclosure, closed until opened. */
function renderEvidence({ t, sources }: CalibrationContext, id: string): TemplateResult | typeof nothing {
  const evidence = sources.map((source) => source.assessment.ratings[id]?.evidence);
  if (!evidence.some(Boolean)) return nothing;
  return html`<details part="evidence" class="evidence">
    <summary>${t('calibration.evidence')}</summary>
    <dl>
      ${sources.map(
        (source, i) =>
          html`<dt>${source.label}</dt>
            <dd class="evidence-text">${evidence[i] || t('calibration.noEvidence')}</dd>`,
      )}
    </dl>
  </details>`;
}

/**
 * One skill of the conversation: what each said and how far apart, the evidence on demand, the agreed
 * level (each answer saying who gave it) and a note.
 */
export function renderAgreementSkill(
  context: CalibrationContext,
  row: AgreementRow,
  rating: Rating | undefined,
  requirement: Requirement | undefined,
  error: Problem | undefined,
): TemplateResult {
  const { t, locale, contentLanguage, sources } = context;
  const { skill: id, definition } = row;
  // Who gave each answer, beside it: "(You, Sam)".
  const who = new Map<string, string>();
  sources.forEach((source, i) => {
    const answer = row.answers[i];
    if (answer !== undefined) who.set(answer, who.has(answer) ? `${who.get(answer)}, ${source.label}` : source.label);
  });
  const note = rating?.note ?? '';
  return html`<fieldset
    part="skill"
    class="skill ${error ? 'invalid' : ''}"
    id="s-${id}"
    ?disabled=${context.disabled}
    aria-describedby=${describedBy(!!requirement && `q-${id}`, `w-${id}`, error?.field === 'level' && `e-${id}`)}
  >
    <legend part="skill-name">${renderText(definition.name, locale, contentLanguage)}</legend>
    ${requirement ? renderNeed(context, id, requirement) : nothing}
    <div id="w-${id}">
      ${ratingsList(context, row)}
      <p part="standing" class="standing ${row.status}">${standingText(context, row)}</p>
    </div>
    ${renderEvidence(context, id)}
    ${error ? html`<p class="error" id="e-${id}"><span class="visually-hidden">${t('calibration.errorPrefix')}</span> ${error.text}</p>` : nothing}
    <fieldset class="agreed">
      <legend>${t('calibration.agreed')}</legend>
      ${answerOptions(context.choices, `r-${id}`, rating?.level, who)}
    </fieldset>
    <label class="note-label" for="n-${id}"
      >${t('calibration.note')}<span class="visually-hidden">: ${textFor(definition.name, locale)}</span></label
    >
    <p class="hint" id="h-${id}">${t('calibration.noteHint')}</p>
    <textarea
      part="note"
      id="n-${id}"
      rows="2"
      .value=${note}
      aria-invalid=${error?.field === 'note' ? 'true' : nothing}
      aria-describedby=${describedBy(`h-${id}`, error?.field === 'note' && `e-${id}`)}
    ></textarea>
  </fieldset>`;
}

/** When, by whom and from what the levels were agreed: the head of the printed record. */
function renderRecordHead({ t, locale, sources }: CalibrationContext, agreement: Agreement | undefined): TemplateResult {
  const names = agreement?.by?.flatMap((person) => person.name ?? person.id ?? []) ?? [];
  const from = sources.map((source) => {
    const { updatedAt, submittedAt, createdAt } = source.assessment;
    const at = updatedAt ?? submittedAt ?? createdAt;
    return at ? `${source.label} (${formatDate(locale, new Date(at))})` : source.label;
  });
  return html`<p>
    ${agreement ? t('calibration.recordAt', { date: formatDate(locale, new Date(agreement.at)) }) : nothing}
    ${names.length > 0 ? t('calibration.recordBy', { names: names.join(', ') }) : nothing}
    ${t('calibration.recordFrom', { sources: from.join(', ') })}
  </p>`;
}

/**
 * The record of the conversation, as a table equal to the form: every skill covered, what each said,
 * what was agreed and the note. What prints, and what a read-only agreement shows.
 */
export function renderRecord(
  context: CalibrationContext,
  model: CalibrationModel,
  agreed: Readonly<Record<string, Rating>>,
  agreement: Agreement | undefined,
): TemplateResult {
  const { t, locale, contentLanguage, sources } = context;
  return html`<section part="record" class="record" aria-labelledby="record-title">
    ${heading(context.outline, t('calibration.record'), undefined, 'record-title')} ${renderRecordHead(context, agreement)}
    <table part="table">
      <thead>
        <tr>
          <th scope="col">${t('calibration.skill')}</th>
          ${sources.map((source) => html`<th scope="col">${source.label}</th>`)}
          <th scope="col">${t('calibration.agreed')}</th>
          <th scope="col">${t('calibration.note')}</th>
        </tr>
      </thead>
      <tbody>
        ${model.rows.map((row) => {
          const rating = agreed[row.skill];
          // A change agrees one skill: only its row renders again.
          return guard(
            [row, rating, locale, sources],
            () =>
              html`<tr>
                <th scope="row">${renderText(row.definition.name, locale, contentLanguage)}</th>
                ${row.answers.map((answer) => html`<td>${context.answerLabel(answer)}</td>`)}
                <td>${rating?.level === undefined ? t('calibration.notAgreed') : context.answerLabel(rating.level)}</td>
                <td class="evidence-text">${rating?.note ?? ''}</td>
              </tr>`,
          );
        })}
      </tbody>
    </table>
  </section>`;
}

/** Ratings for skills the framework does not have, from any assessment: kept as given, and shown apart. */
export function renderUnmatched(context: CalibrationContext, skills: readonly string[]): TemplateResult {
  const { t, sources } = context;
  return html`<section part="unmatched" class="unmatched">
    ${heading(context.outline, t('calibration.unmatched'))}
    <dl>
      ${skills.map(
        (skill) =>
          html`<dt>${skill}</dt>
            ${sources.map((source) => {
              const rating = source.assessment.ratings[skill];
              return rating
                ? html`<dd>${t('calibration.said', { name: source.label, level: context.answerLabel(rating.level) })}</dd>`
                : nothing;
            })}`,
      )}
    </dl>
  </section>`;
}

/**
 * Which skills to show: only where the ratings differ, and (with a role) only the role's skills.
 * `onlyRole` undefined: there is no role, and no such choice. The filters' own input events are not the
 * agreement's: they stop here.
 */
export function renderFilters(
  { t }: CalibrationContext,
  chosen: { readonly onlyDifferences: boolean; readonly onlyRole: boolean | undefined },
  changed: (property: 'onlyDifferences' | 'onlyRole', event: Event) => void,
): TemplateResult {
  const box = (property: 'onlyDifferences' | 'onlyRole', checked: boolean, label: string) =>
    html`<label class="option"
      ><input type="checkbox" .checked=${checked} @change=${(event: Event) => changed(property, event)} /> ${label}</label
    >`;
  return html`<fieldset part="filters" class="filters" @input=${(event: Event) => event.stopPropagation()}>
    <legend>${t('calibration.show')}</legend>
    ${box('onlyDifferences', chosen.onlyDifferences, t('calibration.onlyDifferences'))}
    ${chosen.onlyRole === undefined ? nothing : box('onlyRole', chosen.onlyRole, t('calibration.onlyRole'))}
  </fieldset>`;
}
