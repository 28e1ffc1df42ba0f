import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { answerProblems } from '../../core/assessment-validity.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { parseAssessments, type ReadAssessment } from '../../core/parse-assessments.js';
import { MAX_EVIDENCE, type Assessment } from '../../core/schema/assessment.js';
import { DRAFT_PREFIXES } from '../../core/storage/draft-prefixes.js';
import { ViewChangeEvent } from '../../events/view-change-event.js';
import { calibrationMessages } from '../../i18n/messages/calibration.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { mergeMessages } from '../../i18n/translate.js';
import { answerFormStyles } from '../../shared/answer-form-styles.js';
import type { DraftMessagePrefix } from '../../shared/draft-session-controller.js';
import { renderErrorSummary } from '../../shared/error-summary.js';
import { AnswerFormElement } from '../../shared/answer-form-element.js';
import { answerChoices } from '../../shared/answer-options.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { noticeStyles } from '../../shared/notice-styles.js';
import { PrintWatch } from '../../shared/print-watch.js';
import { renderRecordToolbar } from '../../shared/record-toolbar.js';
import { heading, outlineLevel, renderText, textFor } from '../../shared/rich-text.js';
import { skillOf } from '../../shared/skill-controls.js';
import { tableStyles } from '../../shared/table-styles.js';
import type { Problem } from '../../shared/validity-controller.js';
import {
  agreedAssessment,
  calibrationModel,
  nameSources,
  otherPeople,
  type AgreementRow,
  type CalibrationModel,
  type Source,
} from './calibration-model.js';
import { calibrationStyles } from './calibration.styles.js';
import type { AgreementPerson } from './calibration-model.js';
import { renderAgreementSkill, renderFilters, renderRecord, renderUnmatched, type CalibrationContext } from './calibration-view.js';

export type { AgreementPerson } from './calibration-model.js';

/** The problems shown, as a value that is equal while they are. */
const problemsKey = (problems: readonly Problem[]): string =>
  problems.map((problem) => `${problem.skill} ${problem.field} ${problem.text}`).join('\n');

/**
 * The career conversation's agreement: two or more assessments of one person (self, manager, peer)
 * side by side, skill by skill, with how far apart they are in words, each side's evidence on demand,
 * and the level the two agree with a note. Ratings are never averaged. The outcome is an assessment
 * (`rater: "agreed"`, with an `agreement` record) that posts with the page's `<form>`; with
 * `autosave-key` it keeps a draft in the browser. It prints as a record of the conversation.
 *
 * @customElement cf-calibration
 * @summary Agree a level per skill from a self-assessment and a manager's; posts with a native form.
 * @fires input - An agreed level or note changed (native, from the inner control).
 * @fires change - A level was agreed, or a note committed.
 * @fires {DraftRestoreEvent} cf-draft-restore - A saved draft is about to be restored (its answers in `value`); cancelable.
 * @fires {ViewChangeEvent} cf-view-change - The person changed a filter (`onlyDifferences` or `onlyRole`).
 * @csspart base - The wrapper of everything the element shows.
 * @csspart intro - The sentence that says what to do.
 * @csspart progress - How many skills are agreed, and on how many the ratings differ.
 * @csspart filters - The choice of which skills to show.
 * @csspart group-title - A category's heading.
 * @csspart skill - One skill of the conversation.
 * @csspart skill-name - A skill's name (the group's legend).
 * @csspart ratings - What each assessment said of a skill.
 * @csspart standing - How far apart they are, in words.
 * @csspart evidence - The disclosure with each assessment's evidence.
 * @csspart option - One answer to agree: a radio and its label.
 * @csspart note - A note field.
 * @csspart notice - A message about the saved draft (restored, unreadable, not saved, changed in another tab).
 * @csspart error-summary - The list of problems.
 * @csspart toolbar - Print and download.
 * @csspart record - The record of the conversation (printed; shown when read-only).
 * @csspart table - The record's table.
 * @csspart unmatched - Ratings for skills the framework does not have.
 * @csspart message - A message shown instead of the agreement (unknown role, too few assessments, no framework).
 * @cssproperty --cf-calibration-gap - Space between skills (default `--cf-space`).
 */
export class CfCalibration extends AnswerFormElement {
  static override styles = [AnswerFormElement.styles, tableStyles, noticeStyles, answerFormStyles, calibrationStyles];
  static override catalogue = mergeMessages(commonMessages, calibrationMessages);

  protected static override ownAccessors = [...AnswerFormElement.ownAccessors, 'assessments'];

  static override properties: PropertyDeclarations = {
    ...AnswerFormElement.properties,
    roleId: { attribute: 'role-id' },
    skills: {},
    onlyDifferences: { type: Boolean, attribute: 'only-differences' },
    onlyRole: { type: Boolean, attribute: 'only-role' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    agreedBy: { attribute: false },
  };

  /** A role or role level id (attribute `role-id`): its skills are covered, with the level it needs beside each. */
  declare roleId?: string | null;

  /** Skill ids to cover, separated by spaces; by default the role's skills and every skill anyone rated. */
  declare skills?: string;

  /** Shows only the skills where the ratings differ (or someone has not rated). */
  onlyDifferences = false;

  /** Shows only the skills the role needs (with `role-id`). */
  onlyRole = false;

  /** Heading level of category headings and the record (2 to 4), so the element fits the page's outline. */
  headingLevel = 2;

  /** Who took part, recorded in the agreement's `by`. */
  declare agreedBy?: readonly AgreementPerson[];

  #assessments: unknown;
  #sourceIssues: readonly Issue[] = [];
  #read: readonly ReadAssessment[] = [];
  /** The assessments with the names they are shown under, named again only when the language or messages change. */
  #sources: { key: readonly unknown[]; value: readonly Source[] } = { key: [], value: [] };
  #model?: CalibrationModel;
  /** The model and what it was worked out from: most changes (a level agreed, a note) leave it as it is. */
  #modelMade?: { key: readonly unknown[]; covered: ReadonlySet<string> };
  #context?: CalibrationContext;
  #contextKey: readonly unknown[] = [];
  /** The answers the controls were last set from as a whole (the sheet's generation). */
  #controlsFrom = -1;
  /** The record is the printed page (and what a read-only agreement shows): drawn only then, not at every change. */
  readonly #print = new PrintWatch(this, () => this.performUpdate());

  protected draftPrefix(): string {
    return DRAFT_PREFIXES.agreement;
  }

  protected draftMessages(): DraftMessagePrefix {
    return 'calibration';
  }

  /**
   * The assessments of one person to agree from, two or more: each an assessment, or
   * `{ label, assessment }` to name it ("You", "Sam"). Each is validated; one that is not valid is reported.
   */
  get assessments(): unknown {
    return this.#assessments;
  }

  set assessments(value: unknown) {
    this.#assessments = value;
    const read = parseAssessments(value);
    this.#sourceIssues = read.issues;
    this.#read = read.assessments;
    this.commit();
  }

  protected override willUpdate(): void {
    this.followFramework();
    const index = this.frameworkIndex;
    this.#model = index && this.#modelFor(index);
    this.#context = index && this.#contextFor(index, this.#model!);
  }

  /**
   * The person's own changes are in the controls and are not rendered, so a render need not change a
   * control whose answer went back to what was last rendered in it. When the answers are replaced as a
   * whole (reset, restore, agree the same), every control is set from them.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.sheet.generation === this.#controlsFrom) return;
    const first = this.#controlsFrom === -1;
    this.#controlsFrom = this.sheet.generation;
    // The first render set every control from the answers it had.
    if (first) return;
    for (const control of this.renderRoot.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      '.skills :is(input[type="radio"], textarea)',
    )) {
      const rating = this.sheet.answers[skillOf(control)!];
      if (control instanceof HTMLInputElement) control.checked = rating?.level === control.value;
      else control.value = rating?.note ?? '';
    }
  }

  /** The views' context, made again only when what it holds changes: the skills are rendered again only then. */
  #contextFor(index: FrameworkIndex, model: CalibrationModel): CalibrationContext {
    const key = [index, model.sources, this.i18n.locale, this.messages, this.contentLanguage, this.isDisabled, this.headingLevel];
    if (this.#context && key.every((part, i) => part === this.#contextKey[i])) return this.#context;
    this.#contextKey = key;
    return {
      t: this.i18n.t,
      locale: this.i18n.locale,
      contentLanguage: this.contentLanguage,
      disabled: this.isDisabled,
      outline: outlineLevel(this.headingLevel, 2),
      sources: model.sources,
      choices: answerChoices(index.framework.scale, this.i18n.locale, this.contentLanguage, this.i18n.t),
      answerLabel: (level) => this.answerLabel(index, level),
    };
  }

  #modelFor(index: FrameworkIndex): CalibrationModel {
    const forced = new Set(this.constraints.shown().map((problem) => problem.skill));
    const { roleId, skills, onlyDifferences, onlyRole } = this;
    const key = [index, this.#named(), roleId, skills, onlyDifferences, onlyRole, [...forced].join(' ')];
    const made = this.#modelMade;
    const answers = this.sheet.answers;
    // A skill agreed that the conversation did not cover (a host's or a draft's) widens it.
    const widened =
      made && Object.keys(answers).some((id) => !made.covered.has(id) && index.skills.has(id) && answers[id]!.level !== undefined);
    if (this.#model && made && !widened && key.every((part, i) => part === made.key[i])) return this.#model;
    const model = calibrationModel(index, this.#named(), answers, { roleId, skills, onlyDifferences, onlyRole, forced });
    this.#modelMade = { key, covered: new Set(model.rows.map((row) => row.skill)) };
    return model;
  }

  #named(): readonly Source[] {
    const key = [this.#read, this.i18n.locale, this.messages];
    if (key.some((part, i) => part !== this.#sources.key[i])) this.#sources = { key, value: nameSources(this.i18n.t, this.#read) };
    return this.#sources.value;
  }

  /** The agreed answers as an assessment: who agreed, when (the last change), and from which assessments. */
  protected build(): Assessment | undefined {
    const built = this.sheet.build(this.activeFramework, 'agreed');
    return built && agreedAssessment(built, this.#read, this.agreedBy);
  }

  /** What stops the agreement being submitted: a level not agreed (when required), or a note too long. */
  protected problems(firstOnly: boolean): Problem[] {
    const index = this.frameworkIndex;
    const model = this.#model;
    if (!index || !model || this.readonly) return [];
    const skillIds = model.rows.map((row) => row.skill);
    return answerProblems(index.framework, this.sheet.answers, skillIds, { required: this.required, firstOnly, text: 'note' }).map(
      (problem) => ({
        ...problem,
        text: this.i18n.t(problem.field === 'level' ? 'calibration.errorRequired' : 'calibration.errorTooLong', {
          skill: textFor(index.skills.get(problem.skill)!.name, this.i18n.locale),
          max: MAX_EVIDENCE,
        }),
      }),
    );
  }

  readonly #onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const skill = skillOf(control);
    if (!skill) return;
    this.sheet.answer(skill, control.type === 'radio' ? { level: control.value } : { note: control.value }, this.activeFramework!);
    this.commit();
    this.draft.changed();
    if (control.type === 'radio') this.draft.announce(() => this.#progressText(), true);
  };

  /** A filter the person changed: shown at once, and told to the host, which may keep it. */
  #filter(property: 'onlyDifferences' | 'onlyRole', event: Event): void {
    const value = (event.target as HTMLInputElement).checked;
    this[property] = value;
    this.dispatchEvent(new ViewChangeEvent(property, value));
  }

  /** Agrees, for every skill not yet agreed, the answer everyone gave: a shortcut, never an average. */
  readonly #agreeSame = (): void => {
    const same = this.#model!.rows.filter((row) => row.status === 'same' && this.sheet.answers[row.skill]?.level === undefined);
    for (const row of same) this.sheet.answer(row.skill, { level: row.answers[0]! }, this.activeFramework!);
    if (same.length > 0) {
      this.commit(() => this.sheet.generation++);
      this.draft.changed();
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
    this.draft.announce(
      same.length > 0 ? this.i18n.t('calibration.agreedSame', { count: same.length }) : this.i18n.t('calibration.nothingSame'),
    );
  };

  #progressText(): string {
    const rows = this.#model!.rows;
    const agreed = rows.filter((row) => this.sheet.answers[row.skill]?.level !== undefined).length;
    return this.i18n.t('calibration.progress', { agreed, count: rows.length });
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const model = this.#model;
    const context = this.#context;
    if (!model || !context) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    const { t } = context;
    const issues = [...this.#sourceIssues, ...this.inputIssues];
    const people = otherPeople(model.sources);
    return html`<div part="base">
      ${issues.length > 0 ? renderIssueSummary(issues, this.i18n, 'calibration.invalidInput') : nothing}
      ${people.length > 0 ? this.renderMessage(t('calibration.otherPeople', { names: people.join(', ') })) : nothing}
      ${
        model.unknownRole !== undefined
          ? this.renderMessage(t('common.roleMissing', { role: model.unknownRole }))
          : model.sources.length < 2
            ? this.renderMessage(t('calibration.needTwo'))
            : this.#renderConversation(model, context)
      }
      ${model.unmatched.length > 0 ? renderUnmatched(context, model.unmatched) : nothing}
    </div>`;
  }

  #renderConversation(model: CalibrationModel, context: CalibrationContext): TemplateResult {
    const { t } = context;
    const toolbar = renderRecordToolbar(
      { print: t('calibration.print'), json: t('calibration.downloadJson'), csv: t('calibration.downloadCsv') },
      this,
      'agreement',
    );
    const record =
      this.readonly || this.#print.printing ? renderRecord(context, model, this.sheet.answers, this.build()?.agreement) : nothing;
    if (this.readonly) return html`${toolbar}${record}`;
    const problems = this.constraints.shown();
    return html`<div class="form">
        <p part="intro" class="hint">${t('calibration.intro')}</p>
        ${this.draft.renderAnnouncer()} ${this.draft.renderNotices()}
        ${problems.length > 0 ? renderErrorSummary(t('calibration.errorTitle'), problems, this.constraints.onSummaryClick) : nothing}
        <div part="progress">
          <p class="progress">${this.#progressText()}</p>
          <p class="hint">
            ${model.differences > 0 ? t('calibration.differences', { count: model.differences }) : t('calibration.noDifferences')}
          </p>
        </div>
        ${renderFilters(context, { onlyDifferences: this.onlyDifferences, onlyRole: model.requirements.size > 0 ? this.onlyRole : undefined }, (property, event) => this.#filter(property, event))}
        <button type="button" class="secondary" @click=${this.#agreeSame} ?disabled=${context.disabled}>
          ${t('calibration.agreeSame')}
        </button>
        <div @input=${this.#onInput} @change=${this.onChange} class="skills">
          ${model.groups.length === 0 ? this.renderMessage(t('calibration.nothingShown')) : nothing}
          ${
            // A level agreed or a note typed is in its control already: the skills render again for what is
            // not (answers replaced, problems, the filters, the language), not at every change.
            guard([model, context, this.sheet.generation, problemsKey(problems)], () =>
              model.groups.map(
                (group) =>
                  html`${group.category ? heading(context.outline, renderText(group.category.name, context.locale, context.contentLanguage), 'group-title') : nothing}
                  ${group.rows.map((row) => this.#renderSkill(row, problems))}`,
              ),
            )
          }
        </div>
        ${toolbar} ${this.draft.renderHint()}
      </div>
      ${record}`;
  }

  /** One skill, rendered again only when something it shows changes. */
  #renderSkill(row: AgreementRow, problems: readonly Problem[]): unknown {
    const context = this.#context!;
    const rating = this.sheet.answers[row.skill];
    const requirement = this.#model!.requirements.get(row.skill);
    const error = problems.find((problem) => problem.skill === row.skill);
    // The model, and so the row, is kept while only agreed levels and notes change.
    const keys = [this.sheet.generation, context, row, rating, requirement, error?.text, error?.field];
    return guard(keys, () => renderAgreementSkill(context, row, rating, requirement, error));
  }
}
