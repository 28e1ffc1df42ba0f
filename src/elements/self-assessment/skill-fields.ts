import { describedBy } from '../../shared/skill-controls.js';
import { html, nothing, type TemplateResult } from 'lit';
import { evidenceLeft } from '../../core/assessment-validity.js';
import type { Rater, Rating } from '../../core/schema/assessment.js';
import type { Framework, Requirement, Skill } from '../../core/schema/framework.js';
import type { MessageKey, MessageOverrides } from '../../i18n/catalogue.js';
import type { MessageParams } from '../../i18n/types.js';
import { type AnswerChoice, answerOptions } from '../../shared/answer-options.js';
import { renderText, textFor } from '../../shared/rich-text.js';

import type { Problem } from '../../shared/validity-controller.js';

export type { Problem };

/** What the form's views need from the element, worked out before each render. */
export interface AssessContext {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly locale: string;
  readonly contentLanguage: string;
  readonly disabled: boolean;
  /** Someone else is rated: the words say "they". */
  readonly ratesOther: boolean;
  readonly outline: number;
  /** Who gave the reference rating shown beside each skill. */
  readonly referenceRater?: Rater;
  /** Passed on to the level ladder of the skill's descriptors. */
  readonly framework?: Framework;
  readonly messages?: MessageOverrides;
  readonly answerLabel: (level: string | undefined) => string;
  /** The scale's answers, with not applicable and not observed when it allows them. */
  readonly choices: readonly AnswerChoice[];
  /** The level a role needs in words, marked with its language; "No level stated" for none. */
  readonly renderRequired: (level: string | undefined) => TemplateResult | string;
  /** Why a rating needs another look since the framework changed; there once that view is loaded. */
  readonly renderReview?: (skillName: string, id: string, rating: Rating) => TemplateResult;
}

/** Keeps which skills' descriptors are open; `toggle` does not bubble, so one capturing listener serves every disclosure. */
export function descriptorToggles(open: Set<string>, changed: () => void): AddEventListenerOptions & EventListenerObject {
  return {
    capture: true,
    handleEvent: (event) => {
      const details = event.target as HTMLDetailsElement;
      const skill = details.dataset.skill;
      if (!skill) return;
      if (details.open) open.add(skill);
      else open.delete(skill);
      changed();
    },
  };
}

/** One skill's fieldset's arguments, after the form's context. */
export type SkillArgs = Parameters<typeof renderSkillFields> extends [AssessContext, ...infer Rest] ? Rest : never;

/** Everything one skill's fieldset shows: it renders again only when one of these changes. */
export function skillKeys(
  context: AssessContext,
  generation: number,
  [skill, rating, requirement, error, reference, open, reached]: SkillArgs,
): unknown[] {
  const { disabled, ratesOther, locale, contentLanguage, outline, referenceRater, messages } = context;
  // The review view arrives after the first render of a form that needs it: its skills render again then.
  return [
    generation,
    skill,
    rating,
    requirement,
    error?.text,
    error?.field,
    reference,
    open,
    reached,
    disabled,
    ratesOther,
    locale,
    contentLanguage,
    outline,
    referenceRater,
    messages,
    context.renderReview,
  ];
}

/** "You have 10 characters remaining", or too many. */
export function countText(t: AssessContext['t'], length: number): string {
  const left = evidenceLeft(length);
  return t(left < 0 ? 'assess.charactersOver' : 'assess.charactersLeft', { count: Math.abs(left) });
}

/**
 * One skill's fieldset: what the role needs, the reference rating, the error, the answers, the descriptors and the evidence.
 * The descriptors' disclosure and the evidence field, with its label, hint and count, are there once the skill is `reached`
 * (see `SkillReach`); until then a space of about their height keeps the page's length.
 */
export function renderSkillFields(
  context: AssessContext,
  skill: Skill,
  rating: Rating | undefined,
  requirement: Requirement | undefined,
  error: Problem | undefined,
  reference: Rating | undefined,
  open: boolean,
  reached: boolean,
): TemplateResult {
  const { t, locale, contentLanguage } = context;
  const id = skill.id;
  const levelError = error?.field === 'level';
  // A disabled fieldset disables every control in it: one binding, not one per radio.
  return html`<fieldset
    part="skill"
    class="skill ${error ? 'invalid' : ''}"
    id="s-${id}"
    ?disabled=${context.disabled}
    aria-describedby=${describedBy(!!requirement && `q-${id}`, !!reference && `f-${id}`, !!rating?.review && !!context.renderReview && `w-${id}`, levelError && `e-${id}`)}
  >
    <legend part="skill-name">${renderText(skill.name, locale, contentLanguage)}</legend>
    ${
      requirement
        ? html`<p class="hint" id="q-${id}">
            ${
              requirement.level === undefined
                ? t(requirement.importance === 'essential' ? 'assess.requiredUnstated' : 'assess.desirableUnstated')
                : t(requirement.importance === 'essential' ? 'assess.required' : 'assess.desirable', {
                    level: context.answerLabel(requirement.level),
                  })
            }
          </p>`
        : nothing
    }
    ${
      reference
        ? html`<p class="hint reference" id="f-${id}">
              ${t(`assess.reference.${context.referenceRater!}`, { level: context.answerLabel(reference.level) })}
            </p>
            ${
              reference.evidence
                ? html`<details>
                    <summary>${t('assess.referenceEvidence')}</summary>
                    <p class="evidence-text">${reference.evidence}</p>
                  </details>`
                : nothing
            }`
        : nothing
    }
    ${rating?.review && context.renderReview ? context.renderReview(textFor(skill.name, locale), id, rating) : nothing}
    ${error ? html`<p class="error" id="e-${id}"><span class="visually-hidden">${t('assess.errorPrefix')}</span> ${error.text}</p>` : nothing}
    ${answerOptions(context.choices, `r-${id}`, rating?.level)}
    ${
      reached || open
        ? html`${renderDescriptors(context, skill, rating, requirement, open)}${renderEvidence(context, skill, rating, error)}`
        : html`<div class="reach-space"></div>`
    }
  </fieldset>`;
}

/** The disclosure of a skill's descriptors: its level ladder is made only while it is open. */
function renderDescriptors(
  context: AssessContext,
  skill: Skill,
  rating: Rating | undefined,
  requirement: Requirement | undefined,
  open: boolean,
): TemplateResult {
  return html`<details class="descriptors" data-skill=${skill.id} ?open=${open}>
    <summary>${context.t('assess.descriptors')}</summary>
    ${
      open
        ? html`<cf-level-ladder
            skill=${skill.id}
            current=${rating?.level ?? nothing}
            target=${requirement?.level ?? nothing}
            heading-level=${context.outline + 1}
            .framework=${context.framework}
            .messages=${context.messages}
          ></cf-level-ladder>`
        : nothing
    }
  </details>`;
}

/** A skill's evidence field with its label, hint and count. */
function renderEvidence(context: AssessContext, skill: Skill, rating: Rating | undefined, error: Problem | undefined): TemplateResult {
  const { t, locale } = context;
  const id = skill.id;
  const evidence = rating?.evidence ?? '';
  return html`<label class="evidence-label" for="v-${id}"
      >${t('assess.evidence')}<span class="visually-hidden">: ${textFor(skill.name, locale)}</span></label
    >
    <p class="hint" id="h-${id}">${t(context.ratesOther ? 'assess.evidenceHint.other' : 'assess.evidenceHint.self')}</p>
    <textarea
      part="evidence"
      id="v-${id}"
      rows="3"
      .value=${evidence}
      aria-invalid=${error?.field === 'evidence' ? 'true' : nothing}
      aria-describedby=${describedBy(`h-${id}`, error?.field === 'evidence' && `e-${id}`, `c-${id}`)}
    ></textarea>
    <p class="hint count ${evidenceLeft(evidence.length) < 0 ? 'over' : ''}" id="c-${id}">${countText(t, evidence.length)}</p>`;
}
