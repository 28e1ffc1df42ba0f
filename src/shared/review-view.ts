import { html, nothing, type TemplateResult } from 'lit';
import type { FrameworkIndex } from '../core/framework-index.js';
import type { Rating } from '../core/schema/assessment.js';
import type { PlanImpact } from '../core/versions/migrate.js';
import type { MessageKey, MessageOverrides } from '../i18n/catalogue.js';
import { reviewMessages } from '../i18n/messages/review.js';
import { translateFrom, type Messages } from '../i18n/translate.js';
import type { MessageParams } from '../i18n/types.js';
import { heading, renderText } from './rich-text.js';

/**
 * What carrying answers or a plan to a new framework version did, for the person: ratings marked to
 * review (see `migrateAssessment`), as a notice above the form and a hint in each skill; a plan's actions
 * moved (see `migratePlan`). Loaded, with its messages, only when there is something to say
 * (load-review-view.ts): most pages never meet an earlier version.
 */
export interface ReviewContext {
  readonly locale: string;
  readonly contentLanguage: string;
  readonly outline: number;
  readonly messages?: MessageOverrides;
  readonly answerLabel: (level: string | undefined) => string;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

const translator =
  ({ locale, messages }: ReviewContext): Translate =>
  (key, params) =>
    translateFrom(reviewMessages as Messages, locale, key, params, messages);

/** "Answer kept.", said when the person keeps a rating as it is. */
export const keptText = (context: ReviewContext): string => translator(context)('review.kept');

/**
 * Above the form: how many ratings need another look, each a link to its skill's answers (the click is
 * the element's: a fragment link cannot reach into the shadow root).
 */
export function renderReviewNotice(
  context: ReviewContext,
  index: FrameworkIndex,
  ids: readonly string[],
  answers: Readonly<Record<string, Rating>>,
  onClick: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  const t = translator(context);
  const onlyDescriptors = ids.every((id) => answers[id]!.review!.reasons.every((reason) => reason === 'descriptor'));
  return html`<div part="review" class="notice review">
    ${heading(context.outline, t(onlyDescriptors ? 'review.titleDescriptors' : 'review.title', { count: ids.length }))}
    <p>${t('review.intro', { version: index.framework.version })}</p>
    <ul @click=${onClick}>
      ${ids.map(
        (id) =>
          html`<li>
            <a href="#s-${id}" data-skill=${id} data-field="level"
              >${renderText(index.skills.get(id)!.name, context.locale, context.contentLanguage)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** In a skill's fieldset: why its rating needs another look, and a button to keep it as it is. */
export function renderReviewHint(context: ReviewContext, skillName: string, id: string, rating: Rating): TemplateResult {
  const t = translator(context);
  const review = rating.review!;
  const why = review.reasons.map((reason) =>
    reason === 'descriptor'
      ? t('review.descriptor', { version: review.version })
      : reason === 'level'
        ? t('review.level', { level: context.answerLabel(review.level) })
        : t(reason === 'merged' ? 'review.merged' : 'review.split'),
  );
  return html`<div class="review-hint" id="w-${id}">
    <p>${why.join(' ')}</p>
    ${
      rating.level === undefined
        ? nothing
        : html`<button type="button" class="keep" data-keep=${id}>
            ${t('review.keep')}<span class="visually-hidden">: ${skillName}</span>
          </button>`
    }
  </div>`;
}

/**
 * Above a plan carried to the version in use: actions moved with their skills, actions kept for skills
 * the version lacks, the role retired, and what the role now needs more of.
 */
export function renderPlanCarried(
  context: ReviewContext,
  impact: PlanImpact,
  skillName: (skill: string) => TemplateResult | string,
): TemplateResult {
  const t = translator(context);
  const moved = impact.moved.reduce((sum, { actions }) => sum + actions, 0);
  const raised = [
    ...new Set((impact.role?.changes ?? []).filter(({ change }) => change === 'raised' || change === 'added').map(({ skill }) => skill)),
  ];
  return html`<div class="notice carried">
    <p>${t('review.planCarried', { from: impact.from.version, to: impact.to.version })}</p>
    ${moved > 0 ? html`<p>${t('review.planMoved', { count: moved })}</p>` : nothing}
    ${impact.keptApart.length > 0 ? html`<p>${t('review.planKept', { count: impact.keptApart.length })}</p>` : nothing}
    ${impact.role?.retired ? html`<p>${t('review.planRoleRetired')}</p>` : nothing}
    ${
      raised.length > 0
        ? html`<p>${t('review.planNeeds')}</p>
            <ul>
              ${raised.map((skill) => html`<li>${skillName(skill)}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
