import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { unmatchedRatings } from '../../core/ratings.js';
import type { Requirement, Skill } from '../../core/schema/framework.js';
import { parseOneAssessment } from '../../core/parse-assessments.js';
import { RATERS, type Assessment, type Rater } from '../../core/schema/assessment.js';
import { DRAFT_PREFIXES } from '../../core/storage/draft-prefixes.js';
import { assessMessages } from '../../i18n/messages/assess.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { mergeMessages } from '../../i18n/translate.js';
import type { DraftMessagePrefix } from '../../shared/draft-session-controller.js';
import { AnswerFormElement } from '../../shared/answer-form-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { noticeStyles } from '../../shared/notice-styles.js';
import { answerChoices } from '../../shared/answer-options.js';
import { heading, outlineLevel, renderText } from '../../shared/rich-text.js';
import { tableStyles } from '../../shared/table-styles.js';
import { renderAnswersTable, renderUnmatched } from './answers-view.js';
import { renderErrorSummary } from '../../shared/error-summary.js';
import { renderRecordToolbar } from '../../shared/record-toolbar.js';
import { answerFormStyles } from '../../shared/answer-form-styles.js';
import { skillOf } from '../../shared/skill-controls.js';
import { selfAssessmentStyles } from './self-assessment.styles.js';
import { SkillReach } from './skill-reach.js';
import { loadReviewView } from '../../shared/load-review-view.js';
import type { ReviewContext } from '../../shared/review-view.js';
import { problemsInWords, progressText, selectionCache, type AssessModel } from './form-model.js';
import {
  countText,
  descriptorToggles,
  renderSkillFields,
  skillKeys,
  type AssessContext,
  type Problem,
  type SkillArgs,
} from './skill-fields.js';

/**
 * The self-assessment form: one group of native radios per skill (the levels of the scale, plus
 * "not applicable" and "not observed" where the framework allows them) with evidence, progress and
 * validation. It is a control of the page's `<form>`, whose value is the assessment as JSON, and
 * with `autosave-key` it keeps a draft in the browser so that no answer is lost.
 *
 * @customElement cf-self-assessment
 * @summary Rate skills against a framework, with evidence; posts with a native form.
 * @fires input - An answer or evidence changed (native, from the inner control).
 * @fires change - An answer was chosen, or evidence committed.
 * @fires {DraftRestoreEvent} cf-draft-restore - A saved draft is about to be restored (its answers in `value`); cancelable.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart intro - The sentence that says what to do.
 * @csspart progress - How many skills are rated.
 * @csspart group-title - A category's heading.
 * @csspart skill - The group of one skill's answers.
 * @csspart skill-name - A skill's name (the group's legend).
 * @csspart option - One answer: a radio and its label.
 * @csspart evidence - An evidence field.
 * @csspart notice - A message about the saved draft (restored, unreadable, not saved, changed in another tab).
 * @csspart error-summary - The list of problems.
 * @csspart review - Ratings to look at again since the framework changed, each a link to its skill.
 * @csspart table - The read-only table of answers.
 * @csspart unmatched - Answers for skills the framework no longer has.
 * @csspart toolbar - Print and download the answers.
 * @csspart message - A message shown instead of the form (unknown role, no framework).
 * @cssproperty --cf-self-assessment-gap - Space between skills (default `--cf-space`).
 * @cssproperty --cf-font-family - The font (default `system-ui, sans-serif`).
 * @cssproperty --cf-color-text - Text, and the borders of fields (default `#0b0c0c`).
 * @cssproperty --cf-color-secondary-text - Hints and quiet lines (default `#484949`).
 * @cssproperty --cf-color-background - The fields' background, and the buttons' text (default `#ffffff`).
 * @cssproperty --cf-color-surface - The background of notices (default `#f3f2f1`).
 * @cssproperty --cf-color-border - The borders of skills and tables (default `#b1b4b6`).
 * @cssproperty --cf-color-accent - Radios, links, buttons and notices (default `#1d70b8`).
 * @cssproperty --cf-color-error - Errors and warnings (default `#d4351c`).
 * @cssproperty --cf-color-focus - The focus ring (default `#ffdd00`).
 * @cssproperty --cf-space - Padding and the default gap (default `1rem`).
 * @cssproperty --cf-radius - Corner radius of skills, fields and buttons (default `0`).
 */
export class CfSelfAssessment extends AnswerFormElement {
  static override styles = [AnswerFormElement.styles, tableStyles, noticeStyles, answerFormStyles, selfAssessmentStyles];
  static override catalogue = mergeMessages(commonMessages, assessMessages);

  static override properties: PropertyDeclarations = {
    ...AnswerFormElement.properties,
    // Not `role`: that attribute and property are ARIA's, and a role id there is an invalid ARIA role (axe: aria-roles).
    roleId: { attribute: 'role-id' },
    skills: {},
    rater: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    reference: { attribute: false },
  };

  /** A role or role level id (attribute `role-id`): only its required skills are asked, with the level it needs beside each. */
  declare roleId?: string | null;

  /** Skill ids to ask about, in order, separated by spaces (or commas), when there is no `role-id`. */
  declare skills?: string;

  /** Who is rating: `self` (default), `manager`, `peer` or `assessor`; others are rated as "they". */
  declare rater?: string;

  /** Heading level of category headings (2 to 4), so the form fits the page's outline. */
  headingLevel = 2;

  /** Another rating of the same person (for example their own) shown beside each skill, for calibration. */
  declare reference?: Assessment;

  #referenceIssues: readonly Issue[] = [];
  #referenceValue?: Assessment;
  readonly #openDescriptors = new Set<string>();
  readonly #selection = selectionCache();
  #model?: AssessModel;
  readonly #reach = new SkillReach(this);
  /** The view of ratings to review since the framework changed, loaded when a shown rating first has one. */
  #review?: Awaited<ReturnType<typeof loadReviewView>>;
  #renderReview?: AssessContext['renderReview'];
  #loadingReview = false;

  protected draftPrefix(): string {
    return DRAFT_PREFIXES.assessment;
  }

  protected draftMessages(): DraftMessagePrefix {
    return 'assess';
  }

  protected build(): Assessment | undefined {
    return this.sheet.build(this.activeFramework, this.#effectiveRater);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // No ladder is in the first render, so the page does not wait for it: it loads now, before a person opens one.
    void import('../level-ladder/define.js');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('reference')) {
      const read = parseOneAssessment(this.reference);
      this.#referenceIssues = read.issues;
      this.#referenceValue = read.value;
    }
    this.followFramework();
    const index = this.frameworkIndex;
    this.#model = index && {
      index,
      context: this.#context(index),
      selection: this.#selection(index.framework, this.roleId, this.skills),
      unmatched: unmatchedRatings(index.framework, { ratings: this.sheet.answers }),
    };
    if (this.#model) this.#reach.skills(this.#model.selection.skillIds);
    if (!this.#review && !this.#loadingReview && this.#model && this.#toReview(this.#model).length > 0) {
      this.#loadingReview = true;
      void loadReviewView().then((view) => {
        this.#review = view;
        // One function for the form's life: it is among what each skill's render is guarded by.
        this.#renderReview = (skillName, id, rating) => view.renderReviewHint(this.#reviewContext(), skillName, id, rating);
        this.requestUpdate();
      });
    }
  }

  /** The skills shown whose rating is marked to review since the framework changed, in the order shown. */
  #toReview({ selection }: AssessModel): string[] {
    return selection.skillIds.filter((id) => this.sheet.answers[id]?.review !== undefined);
  }

  #context(index: FrameworkIndex): AssessContext {
    const { t, locale } = this.i18n;
    return {
      t,
      locale,
      contentLanguage: this.contentLanguage,
      disabled: this.isDisabled,
      ratesOther: this.#effectiveRater !== 'self',
      outline: outlineLevel(this.headingLevel, 2),
      referenceRater: this.#referenceValue?.rater,
      framework: this.framework,
      messages: this.messages,
      answerLabel: (level) => this.answerLabel(index, level),
      choices: answerChoices(index.framework.scale, locale, this.contentLanguage, t),
      renderRequired: (level) => this.renderRequired(index, level),
      ...(this.#renderReview && { renderReview: this.#renderReview }),
    };
  }

  /** What the review view needs of the form (see src/shared/review-view.ts). */
  #reviewContext(): ReviewContext {
    const index = this.frameworkIndex!;
    return {
      locale: this.i18n.locale,
      contentLanguage: this.contentLanguage,
      outline: outlineLevel(this.headingLevel, 2),
      messages: this.messages,
      answerLabel: (level: string | undefined) => this.answerLabel(index, level),
    };
  }

  /** What stops the form being submitted, skill by skill in the order shown (or only the first). */
  protected problems(firstOnly: boolean): Problem[] {
    const index = this.frameworkIndex;
    if (!index || this.readonly) return [];
    return problemsInWords(this.i18n, index, this.sheet.answers, this.#selection(index.framework, this.roleId, this.skills).skillIds, {
      required: this.required,
      firstOnly,
    });
  }

  /** The `rater` attribute when it is a known rater, else the rater of the answers given. */
  get #effectiveRater(): Rater {
    return RATERS.find((known) => known === this.rater) ?? this.sheet.base?.rater ?? 'self';
  }

  #progressText(): string {
    const framework = this.activeFramework!;
    return progressText(this.i18n.t, framework, this.sheet.answers, this.#selection(framework, this.roleId, this.skills).skillIds);
  }

  /** One listener for every control: the skill is in the control's name or id, so 1,000 radios need no 1,000 handlers. */
  readonly #onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const skill = skillOf(control);
    if (!skill) return;
    const rating = this.sheet.answer(
      skill,
      control.type === 'radio' ? { level: control.value } : { evidence: control.value },
      this.activeFramework!,
    );
    this.commit();
    this.draft.changed();
    // The native input event goes on to the host by itself: it crosses shadow roots.
    const said = control.type === 'radio' ? this.#progressText() : countText(this.i18n.t, rating?.evidence?.length ?? 0);
    this.draft.announce(said, true);
  };

  /** "Keep my answer" on a rating marked to review: the mark goes, and focus goes to the answer kept. */
  readonly #onKeep = (event: Event): void => {
    const skill = (event.target as HTMLElement).closest<HTMLElement>('[data-keep]')?.dataset.keep;
    if (!skill || !this.sheet.confirm(skill)) return;
    this.commit();
    this.draft.changed();
    if (this.#review) this.draft.announce(this.#review.keptText(this.#reviewContext()));
    void this.updateComplete.then(() => this.focusSkill(skill));
  };

  readonly #toggleListener = descriptorToggles(this.#openDescriptors, () => this.requestUpdate());

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const model = this.#model;
    if (!model) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    const { t } = this.i18n;
    const { selection, unmatched, index, context } = model;
    const issues = [...this.inputIssues, ...this.#referenceIssues];
    return html`<div part="base">
      ${issues.length > 0 ? renderIssueSummary(issues, this.i18n, 'assess.invalidInput') : nothing}
      ${
        selection.unknownRole !== undefined
          ? this.renderMessage(t('common.roleMissing', { role: selection.unknownRole }))
          : html`${selection.unknownSkills.length > 0 ? this.renderMessage(t('assess.skillsMissing', { skills: selection.unknownSkills.join(', ') })) : nothing}
            ${this.readonly ? renderAnswersTable(context, selection, this.sheet.answers) : this.#renderForm(model)}`
      }
      ${unmatched.length > 0 ? renderUnmatched(context, index, unmatched, this.sheet.answers) : nothing}
    </div>`;
  }

  #renderForm({ index, selection, context }: AssessModel): TemplateResult {
    const { t } = context;
    const problems = this.constraints.shown();
    return html`
      <p part="intro" class="hint">${t(context.ratesOther ? 'assess.intro.other' : 'assess.intro.self')}</p>
      ${this.draft.renderAnnouncer()} ${this.draft.renderNotices()}
      ${problems.length > 0 ? renderErrorSummary(t('assess.errorTitle'), problems, this.constraints.onSummaryClick) : nothing}
      ${this.#review ? this.#review.renderReviewNotice(this.#reviewContext(), index, this.#toReview(this.#model!), this.sheet.answers, this.constraints.onSummaryClick) : nothing}
      <p part="progress" class="progress">${this.#progressText()}</p>
      <div
        @input=${this.#onInput}
        @change=${this.onChange}
        @click=${this.#onKeep}
        @toggle=${this.#toggleListener}
        @focusin=${this.#reach.onFocusIn}
        class="skills"
      >
        ${selection.groups.map(
          (group) =>
            html`${group.category ? heading(context.outline, renderText(group.category.name, context.locale, context.contentLanguage), 'group-title') : nothing}
            ${group.skills.map((skill) => this.#renderSkill(skill, selection.requirements.get(skill.id), problems))}`,
        )}
      </div>
      ${renderRecordToolbar({ print: t('assess.print'), json: t('assess.downloadJson'), csv: t('assess.downloadCsv') }, this, 'my-answers')}
      ${this.draft.renderHint()}
    `;
  }

  /** One skill's fieldset, re-rendered only when something it shows changes. */
  #renderSkill(skill: Skill, requirement: Requirement | undefined, problems: readonly Problem[]) {
    const rating = this.sheet.answers[skill.id];
    const error = problems.find((problem) => problem.skill === skill.id);
    const reference = this.#referenceValue?.ratings[skill.id];
    const open = this.#openDescriptors.has(skill.id);
    const reached = this.#reach.has(skill.id, !!rating?.evidence || error?.field === 'evidence');
    const args: SkillArgs = [skill, rating, requirement, error, reference, open, reached];
    return guard(skillKeys(this.#model!.context, this.sheet.generation, args), () => this.renderSkillFields(...args));
  }

  /** On the prototype (not `#private`) so a test can count how many skills render after one change. */
  protected renderSkillFields(...args: SkillArgs): TemplateResult {
    return renderSkillFields(this.#model!.context, ...args);
  }
}
