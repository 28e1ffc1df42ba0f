import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PlanActions, PlanSection, RemovedAction } from '../../core/analysis/plan-actions.js';
import type { PlanStep } from '../../core/analysis/plan.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import { ACTION_KINDS, MAX_ACTION, MAX_STORED_ACTION, type PlanAction } from '../../core/schema/plan.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { formatDay } from '../../i18n/format-day.js';
import type { MessageParams } from '../../i18n/types.js';
import { renderLevelDescriptors } from '../../shared/level-descriptors.js';
import { heading, messageWith, renderRich, renderText } from '../../shared/rich-text.js';

/** Today as `<input type="date">` writes it, in the person's own time zone: what "overdue" is measured against. */
const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Milliseconds from `now` until just after the next local midnight, when actions due today become overdue. */
export function untilTomorrow(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return midnight.getTime() - now.getTime() + 1000;
}

/** What the plan's views need from the element. */
export interface PlanContext {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly locale: string;
  readonly contentLanguage: string;
  readonly index: FrameworkIndex;
  readonly readonly: boolean;
  readonly actions: PlanActions;
  /** The last action removed, for "Undo" beside its skill's actions. */
  readonly removed?: RemovedAction;
  readonly skillName: (skill: string) => TemplateResult | string;
  /** A level id (or none) in words, marked with its language. */
  readonly answer: (level: string | undefined) => TemplateResult | string;
  readonly add: (skill: string) => void;
  readonly remove: (skill: string, id: string) => void;
  readonly undo: () => void;
}

/** "3 skills to develop. 2 of them are essential for the role." */
export function renderStepsSummary(t: PlanContext['t'], steps: readonly PlanStep[] | undefined): TemplateResult | typeof nothing {
  if (!steps || steps.length === 0) return nothing;
  const essential = steps.filter((step) => step.importance === 'essential').length;
  return html`<p class="summary">
    ${t('plan.summary', { count: steps.length })} ${essential > 0 ? t('plan.summaryEssential', { count: essential }) : nothing}
  </p>`;
}

/** One gap as a step: where the person is, what good looks like at the next level, learning, and their actions. */
export function renderStep(context: PlanContext, step: PlanStep, level: number): TemplateResult {
  const { t, locale, contentLanguage, index } = context;
  const target = index.levels.get(step.target)!;
  const rich = (value: Parameters<typeof renderRich>[0]) => renderRich(value, locale, contentLanguage);
  return html`<section part="step" class="step ${step.importance}">
    ${heading(level, context.skillName(step.skill))}
    <p class="importance">${t(step.importance === 'essential' ? 'plan.essential' : 'plan.desirable')}</p>
    <dl class="levels">
      <div>
        <dt>${t('plan.now')}</dt>
        <dd>${context.answer(step.current)}</dd>
      </div>
      <div>
        <dt>${t('plan.next')}</dt>
        <dd>${context.answer(step.target)}</dd>
      </div>
      <div>
        <dt>${t('plan.needs')}</dt>
        <dd>${context.answer(step.required)}${step.steps ? ` (${t('plan.toGo', { count: step.steps })})` : nothing}</dd>
      </div>
    </dl>
    ${heading(
      level + 1,
      messageWith((params) => t('plan.goodLooksLike', params), { level: renderText(target.label, locale, contentLanguage) }),
    )}
    <div class="descriptors">${renderLevelDescriptors(step.goodLooksLike, t, rich)}</div>
    ${heading(level + 1, t('plan.learning'))}
    ${
      step.learning.length === 0
        ? html`<p class="message">${t('plan.noLearning')}</p>`
        : html`<ul class="learning">
            ${step.learning.map(
              (resource) =>
                html`<li>
                  <a href=${resource.url}>${renderText(resource.title, locale, contentLanguage)}</a>${
                    resource.provider ? [' (', renderText(resource.provider, locale, contentLanguage), ')'] : nothing
                  }<span class="url"> ${resource.url}</span>
                </li>`,
            )}
          </ul>`
    }
    ${renderActions(context, step.skill, level + 1)}
  </section>`;
}

/** A skill's actions, with "Add an action" and (after a removal) "Undo". */
export function renderActions(context: PlanContext, skill: string, level: number): TemplateResult {
  const { t } = context;
  const actions = context.actions[skill] ?? [];
  const undo = context.removed?.skill === skill && !context.readonly;
  return html`${heading(level, t('plan.actions'))}
  ${
    actions.length === 0
      ? html`<p class="message">${t('plan.noActions')}</p>`
      : html`<ol class="actions">
          ${repeat(
            actions,
            (action) => action.id,
            (action, position) => renderAction(context, skill, action, position),
          )}
        </ol>`
  }
  ${
    context.readonly
      ? nothing
      : html`<p class="add">
          <button type="button" class="secondary" @click=${() => context.add(skill)}>
            ${t('plan.add')}<span class="visually-hidden">: ${context.skillName(skill)}</span>
          </button>
          ${
            undo
              ? html`<button type="button" class="secondary" data-undo @click=${() => context.undo()}>
                  ${t('plan.undo')}<span class="visually-hidden">: ${t('plan.undoWhat')} ${context.skillName(skill)}</span>
                </button>`
              : nothing
          }
        </p>`
  }`;
}

function renderAction(context: PlanContext, skill: string, action: PlanAction, position: number): TemplateResult {
  const { t, locale } = context;
  const overdue = !action.done && action.due !== undefined && action.due < today();
  // Words for print and the read-only view: the editors below are for the screen. The separators are
  // strings, not templates: the CDN build's template minifier trims a template's leading space.
  const summary = html`<p class="action-text">${action.text}</p>
    <p class="action-meta">
      ${t(`plan.kind.${action.kind}`)}${action.due ? ` · ${t('plan.dueOn', { date: formatDay(locale, action.due) })}` : nothing}${
        overdue ? [' · ', html`<strong>${t('plan.overdue')}</strong>`] : nothing
      }${action.done ? ` · ${t('plan.done')}` : nothing}
    </p>`;
  if (context.readonly) return html`<li part="action" class="action ${action.done ? 'done' : ''}">${summary}</li>`;
  const over = action.text.length - MAX_ACTION;
  // An id for aria-describedby: one token, whatever characters the stored action id has.
  const hintId = `h-${position}-${action.id.replace(/[^\w-]/g, '_')}`;
  const overdueId = `o${hintId}`;
  return html`<li part="action" class="action ${action.done ? 'done' : ''}">
    <div class="print-only">${summary}</div>
    <fieldset class="editor">
      <legend>${t('plan.action', { n: position + 1 })}<span class="visually-hidden">: ${context.skillName(skill)}</span></legend>
      <label class="text"
        >${t('plan.actionText')}
        <textarea
          rows="2"
          maxlength=${MAX_STORED_ACTION}
          data-skill=${skill}
          data-action=${action.id}
          data-field="text"
          aria-describedby=${over > 0 ? hintId : nothing}
          aria-invalid=${over > 0 ? 'true' : nothing}
          .value=${action.text}
        ></textarea>
      </label>
      ${over > 0 ? html`<p id=${hintId} class="too-long">${t('plan.tooLong', { max: MAX_ACTION, over })}</p>` : nothing}
      <div class="details">
        <label
          >${t('plan.kind')}
          <select data-skill=${skill} data-action=${action.id} data-field="kind">
            ${ACTION_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === action.kind}>${t(`plan.kind.${kind}`)}</option>`)}
          </select>
        </label>
        <label
          >${t('plan.due')}
          <input
            type="date"
            min="1000-01-01"
            max="9999-12-31"
            data-skill=${skill}
            data-action=${action.id}
            data-field="due"
            aria-describedby=${overdue ? overdueId : nothing}
            .value=${action.due ?? ''}
        /></label>
        ${overdue ? html`<strong id=${overdueId} class="overdue">${t('plan.overdue')}</strong>` : nothing}
        <label class="check"
          ><input type="checkbox" data-skill=${skill} data-action=${action.id} data-field="done" .checked=${action.done} />
          ${t('plan.done')}</label
        >
        <button type="button" class="secondary" @click=${() => context.remove(skill, action.id)}>
          ${t('plan.remove')}<span class="visually-hidden">: ${t('plan.action', { n: position + 1 })}, ${context.skillName(skill)}</span>
        </button>
      </div>
    </fieldset>
  </li>`;
}

/** The skills that are no longer steps but still have actions, which are kept. */
export function renderKept(context: PlanContext, kept: readonly PlanSection[], level: number): TemplateResult | typeof nothing {
  const { t } = context;
  return kept.length > 0
    ? html`<section class="kept">
        ${heading(level, t('plan.kept'))}
        <p class="hint">${t('plan.keptHint')}</p>
        ${kept.map(({ skill }) => html`<section part="step" class="step">${heading(level + 1, context.skillName(skill))}${renderActions(context, skill, level + 2)}</section>`)}
      </section>`
    : nothing;
}
