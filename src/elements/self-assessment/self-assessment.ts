import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { selectSkills, type SkillSelection } from '../../core/analysis/selection.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { parseAssessment } from '../../core/parse.js';
import { blankAssessment, countRated, hasAnswer, rebaseAssessment, unmatchedRatings } from '../../core/ratings.js';
import {
  MAX_EVIDENCE,
  NOT_APPLICABLE,
  NOT_OBSERVED,
  RATERS,
  type Assessment,
  type Rater,
  type Rating,
} from '../../core/schema/assessment.js';
import type { Framework, Requirement, Skill } from '../../core/schema/framework.js';
import { DraftRestoreEvent } from '../../events/draft-restore-event.js';
import { formatTime, type MessageKey } from '../../i18n/catalogue.js';
import type { MessageParams } from '../../i18n/types.js';
import { assessmentDrafts } from '../../core/storage/envelope.js';
import { AutosaveController } from '../../shared/autosave-controller.js';
import { renderDraftAlerts, renderDraftHint } from '../../shared/draft-notices.js';
import { noticeStyles } from '../../shared/notice-styles.js';
import { FormControlElement } from '../../shared/form-control.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { tableStyles } from '../../shared/table-styles.js';
import { heading, markLanguage, outlineLevel, renderText, textFor } from '../../shared/rich-text.js';
import { selfAssessmentStyles } from './self-assessment.styles.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { assessMessages } from '../../i18n/messages/assess.js';
import { mergeMessages } from '../../i18n/translate.js';

/** A problem that stops the form being submitted, in the order the skills are shown. */
interface Problem {
  readonly skill: string;
  /** `level`: no answer to a required skill; `evidence`: evidence over the limit. */
  readonly field: 'level' | 'evidence';
  readonly message: string;
}

/** Progress and character counts are read out once the person pauses, not at every key. */
const ANNOUNCE_DELAY_MS = 1000;

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
 * @fires {DraftRestoreEvent} cf-draft-restore - A saved draft is about to be restored; cancelable.
 * @csspart intro - The sentence that says what to do.
 * @csspart progress - How many skills are rated.
 * @csspart group-title - A category's heading.
 * @csspart skill - The group of one skill's answers.
 * @csspart skill-name - A skill's name (the group's legend).
 * @csspart option - One answer: a radio and its label.
 * @csspart evidence - An evidence field.
 * @csspart notice - Messages about the saved draft.
 * @csspart error-summary - The list of problems.
 * @csspart summary - The read-only table of answers.
 * @csspart unmatched - Answers for skills the framework no longer has.
 * @csspart message - A message shown instead of the form (unknown role, no framework).
 * @cssproperty --cf-self-assessment-gap - Space between skills.
 */
export class CfSelfAssessment extends FormControlElement {
  static override styles = [FormControlElement.styles, tableStyles, noticeStyles, selfAssessmentStyles];
  static override catalogue = mergeMessages(commonMessages, assessMessages);

  static override properties: PropertyDeclarations = {
    // The `role` attribute is ARIA's: a role id there is an invalid ARIA role (axe: aria-roles).
    role: { attribute: 'role-id' },
    skills: {},
    rater: {},
    readonly: { type: Boolean, reflect: true },
    autosaveKey: { attribute: 'autosave-key' },
    clearOnSubmit: { type: Boolean, attribute: 'clear-on-submit' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    reference: { attribute: false },
  };

  /**
   * A role or role level id (attribute `role-id`): only its required skills are asked, with the
   * level it needs beside each.
   */
  declare role: string | null;

  /** Comma-separated skill ids to ask about, in order (when there is no `role`). */
  declare skills?: string;

  /** Who is rating: `self` (default), `manager`, `peer` or `assessor`; others are rated as "they". */
  declare rater?: string;

  /** Shows the answers as a summary table, with no inputs. */
  readonly = false;

  /** Saves a draft in this browser under this key, and restores it on load. */
  declare autosaveKey?: string;

  /** Removes the saved draft when the form is submitted (otherwise call `clearDraft()`). */
  clearOnSubmit = false;

  /** Heading level of category headings (2 to 4), so the form fits the page's outline. */
  headingLevel = 3;

  /** Another rating of the same person (for example their own) shown beside each skill, for calibration. */
  declare reference?: Assessment;

  /** The answers as the person gave them, by skill id. Never mutated: each change makes a new object. */
  #answers: Record<string, Rating> = {};
  /** The last assessment set or restored: the fields the form does not edit come from it. */
  #base?: Assessment;
  /** What a form reset goes back to: the last assessment the host set. */
  #initial?: Assessment;
  /** Problems with an assessment the host gave. */
  #inputIssues: readonly Issue[] = [];
  #referenceIssues: readonly Issue[] = [];
  #referenceValue?: Assessment;
  /** Changes by the person since the host last set the answers, the form was reset or submitted. */
  #dirty = false;
  /**
   * The problems shown, as found when validation was last reported (submit or `reportValidity`):
   * fixed ones drop out, new ones wait for the next report, so the alert is not rewritten as people type.
   */
  #reported?: readonly Problem[];
  /** Set while our own `checkValidity()` runs: its `invalid` event shows nothing, as for native controls. */
  #checking = false;
  readonly #openDescriptors = new Set<string>();
  /** Goes up when the answers are replaced as a whole (reset, host, draft). */
  #generation = 0;
  #notice?: [MessageKey, MessageParams?];
  #announcement = '';
  #announceTimer?: ReturnType<typeof setTimeout>;
  #draftKey?: string;
  /** The form whose submit this element listens to. */
  #boundForm?: HTMLFormElement;
  #formValueFor?: Framework;
  #selected?: { framework: Framework; role: string | null; skills?: string; value: SkillSelection };

  readonly #autosave = new AutosaveController(this, assessmentDrafts, 'cf-self-assessment', () => this.#build());

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.#onInvalid);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  /** The answers as an assessment (a new object each time); undefined until there is a framework. */
  get assessment(): Assessment | undefined {
    return this.#build();
  }

  /** Sets the answers (for example a draft from your server). Fires no event; becomes what a form reset restores. */
  set assessment(value: Assessment | undefined) {
    const parsed = value === undefined ? undefined : parseAssessment(value);
    if (parsed && !parsed.ok) {
      this.#inputIssues = parsed.issues;
    } else {
      this.#inputIssues = [];
      this.#initial = parsed?.value;
      this.#restore(this.#initial);
      this.#dirty = false;
      this.#commit();
    }
    this.requestUpdate();
  }

  /** Checks the answers without showing anything; fires `invalid` when they cannot be submitted. */
  checkValidity(): boolean {
    this.#syncValidity();
    this.#checking = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#checking = false;
    }
  }

  /** Checks the answers, shows what is wrong, and moves focus to the first skill that needs attention. */
  reportValidity(): boolean {
    this.#syncValidity();
    const valid = this.internals.reportValidity();
    const first = this.#problems()[0];
    if (first) void this.updateComplete.then(() => this.#focusField(first.skill, first.field));
    return valid;
  }

  /** Moves focus to a skill's answer (the chosen one, or the first); false when the skill is not shown. */
  focusSkill(id: string): boolean {
    return this.#focusField(id, 'level');
  }

  /** Removes the saved draft, for example once your server has the submitted assessment. */
  clearDraft(): Promise<void> {
    return this.#autosave.clear();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#boundForm?.removeEventListener('submit', this.#onSubmit);
    this.#boundForm = form ?? undefined;
    this.#boundForm?.addEventListener('submit', this.#onSubmit);
  }

  formResetCallback(): void {
    // A reset replaces every answer: the draft it replaces is kept aside first, in case it was a slip.
    void this.#autosave.setAsideStored();
    this.#restore(this.#initial);
    this.#dirty = false;
    this.#reported = undefined;
    this.#notice = undefined;
    this.#commit();
    this.#autosave.changed();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const parsed = parseAssessment(state);
    if (!parsed.ok) return;
    this.#restore(parsed.value);
    this.#commit();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('reference')) this.#checkReference();
    // The form value names the framework: it is set again when another framework arrives.
    const framework = this.activeFramework;
    if (framework !== this.#formValueFor) {
      this.#formValueFor = framework;
      this.#syncFormValue();
    }
  }

  protected override updated(): void {
    // After rendering, so the validation message can point at the field.
    this.#syncValidity();
    const framework = this.activeFramework;
    if (framework && this.autosaveKey !== this.#draftKey) {
      this.#draftKey = this.autosaveKey;
      if (this.autosaveKey) void this.#restoreDraft(this.autosaveKey);
      else this.#autosave.stop();
    }
  }

  /** The answers as an assessment of the framework in use. */
  #build(): Assessment | undefined {
    const framework = this.activeFramework;
    const base = this.#base ?? (framework ? blankAssessment(framework) : undefined);
    if (!base) return undefined;
    const assessment = { ...base, rater: this.#effectiveRater, ratings: { ...this.#answers } };
    return framework ? rebaseAssessment(assessment, framework) : assessment;
  }

  #restore(assessment: Assessment | undefined): void {
    // Every row renders again: the person may have changed a control since its last render.
    this.#generation++;
    this.#base = assessment;
    this.#answers = { ...assessment?.ratings };
  }

  /** After any change of the answers: the form value now, validity once rendered. */
  #commit(): void {
    this.#syncFormValue();
    this.requestUpdate();
  }

  #syncFormValue(): void {
    const assessment = this.#build();
    const json = assessment ? JSON.stringify(assessment) : null;
    this.internals.setFormValue(json, json);
  }

  /** A reference rating comes from the host: checked like any input, and shown only when valid. */
  #checkReference(): void {
    const parsed = this.reference === undefined ? undefined : parseAssessment(this.reference);
    this.#referenceIssues = parsed && !parsed.ok ? parsed.issues : [];
    this.#referenceValue = parsed?.ok ? parsed.value : undefined;
  }

  async #restoreDraft(key: string): Promise<void> {
    const loaded = await this.#autosave.read(key);
    if (!loaded) return;
    const framework = this.activeFramework;
    if (loaded.status === 'unreadable') this.#notice = ['assess.unreadable'];
    if (loaded.status === 'found' && framework && key === this.autosaveKey) {
      const { value: assessment, savedAt } = loaded.envelope;
      const draft = rebaseAssessment(assessment, framework);
      if (this.dispatchEvent(new DraftRestoreEvent(draft, savedAt))) {
        // Anything answered while the draft was being read wins over the draft, field by field.
        const typed = this.#dirty ? this.#answers : {};
        this.#restore(draft);
        for (const [skill, rating] of Object.entries(typed)) this.#answers[skill] = { ...this.#answers[skill], ...rating };
        this.#notice =
          assessment.framework.version === framework.version
            ? ['assess.restored', { time: this.#time(new Date(savedAt)) }]
            : ['assess.versionChanged', { old: assessment.framework.version, new: framework.version }];
        this.#commit();
      }
    }
    if (this.#dirty) this.#autosave.changed();
    this.requestUpdate();
  }

  #selection(framework: Framework): SkillSelection {
    const { role, skills } = this;
    const cached = this.#selected;
    if (cached?.framework === framework && cached.role === role && cached.skills === skills) return cached.value;
    const ids = skills?.split(',').map((id) => id.trim()).filter(Boolean);
    const value = selectSkills(framework, { role: role ?? undefined, skills: ids });
    this.#selected = { framework, role, skills, value };
    return value;
  }

  /** What stops the form being submitted, skill by skill in the order shown (or only the first). */
  #problems(firstOnly = false): Problem[] {
    const index = this.frameworkIndex;
    if (!index || this.readonly) return [];
    const { t, locale } = this.i18n;
    const problems: Problem[] = [];
    // Runs after every render: names are looked up only for the skills that have a problem.
    const name = (id: string) => textFor(index.skills.get(id)!.name, locale);
    for (const id of this.#selection(index.framework).skillIds) {
      if (firstOnly && problems.length > 0) break;
      const rating = this.#answers[id];
      if (this.required && !hasAnswer(this.#answers, id, index.framework)) {
        problems.push({ skill: id, field: 'level', message: t('assess.errorRequired', { skill: name(id) }) });
      }
      if ((rating?.evidence?.length ?? 0) > MAX_EVIDENCE) {
        problems.push({ skill: id, field: 'evidence', message: t('assess.errorTooLong', { skill: name(id), max: MAX_EVIDENCE }) });
      }
    }
    return problems;
  }

  #syncValidity(): void {
    const [first] = this.#problems(true);
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.#field(first.skill, first.field) ?? undefined;
    this.internals.setValidity(first.field === 'level' ? { valueMissing: true } : { tooLong: true }, first.message, anchor);
  }

  #field(skill: string, field: Problem['field']): HTMLElement | null | undefined {
    const root = this.shadowRoot;
    if (field === 'evidence') return root?.getElementById(`v-${skill}`);
    return root?.querySelector<HTMLElement>(`#s-${CSS.escape(skill)} input:checked`) ?? root?.querySelector(`#s-${CSS.escape(skill)} input`);
  }

  #focusField(skill: string, field: Problem['field']): boolean {
    const target = this.#field(skill, field);
    target?.focus();
    return !!target;
  }

  #time(date: Date): string {
    return formatTime(this.i18n.locale, date);
  }

  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announcement = text;
      this.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  /** The skill of a radio (named `r-<skill>`) or evidence field (id `v-<skill>`): ids carry it, with no extra attribute per control. */
  #skillOf(control: HTMLElement): string | undefined {
    const name = control instanceof HTMLInputElement && control.type === 'radio' ? control.name : control instanceof HTMLTextAreaElement ? control.id : '';
    return /^[rv]-/.test(name) ? name.slice(2) : undefined;
  }

  /** One listener for every control: the skill is in the control's name or id, so 1,000 radios need no 1,000 handlers. */
  readonly #onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const skill = this.#skillOf(control);
    if (!skill) return;
    const old = this.#answers[skill];
    const rating: Rating = control.type === 'radio' ? { ...old, level: control.value } : { ...old, evidence: control.value };
    if (!rating.evidence) delete rating.evidence;
    const answers = { ...this.#answers };
    if (rating.level !== undefined || rating.evidence !== undefined) answers[skill] = rating;
    else delete answers[skill];
    this.#answers = answers;
    const now = new Date().toISOString();
    const base = this.#base ?? blankAssessment(this.activeFramework!);
    this.#base = { ...base, createdAt: base.createdAt ?? now, updatedAt: now };
    this.#dirty = true;
    this.#commit();
    this.#autosave.changed();
    // The native input event goes on to the host by itself: it crosses shadow roots.
    if (control.type === 'radio') this.#announce(this.#progressText());
    else this.#announce(this.#countText(rating.evidence?.length ?? 0));
  };

  readonly #onChange = (event: Event): void => {
    // A native change stops at the shadow root: the host gets its own.
    if (this.#skillOf(event.target as HTMLElement)) this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  readonly #onToggle = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    const skill = details.dataset.skill;
    if (!skill) return;
    if (details.open) this.#openDescriptors.add(skill);
    else this.#openDescriptors.delete(skill);
    this.requestUpdate();
  };

  /** `toggle` does not bubble: one capturing listener serves every disclosure. */
  readonly #toggleListener = { handleEvent: this.#onToggle, capture: true };

  readonly #onInvalid = (): void => {
    if (this.#checking) return;
    this.#reported = this.#problems();
    this.requestUpdate();
  };

  readonly #onSubmit = (event: Event): void => {
    // After the host's own submit listeners: a submit it cancelled (to send by fetch) is not one yet.
    setTimeout(() => {
      if (event.defaultPrevented) return;
      this.#dirty = false;
      if (this.clearOnSubmit) void this.clearDraft();
    });
  };

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    const saving = this.autosaveKey && !['failed', 'conflict'].includes(this.#autosave.state.kind);
    if (this.#dirty && !saving && !this.readonly) event.preventDefault();
  };

  readonly #onSummaryClick = (event: Event): void => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link?.dataset.skill) return;
    event.preventDefault();
    this.#focusField(link.dataset.skill, link.dataset.field as Problem['field']);
  };

  readonly #keepMine = (): void => void this.#autosave.keepMine();

  readonly #useTheirs = async (): Promise<void> => {
    const theirs = await this.#autosave.useTheirs();
    if (!theirs) return;
    this.#restore(theirs);
    this.#dirty = false;
    this.#commit();
  };

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return this.renderMissingFramework();
    const { t } = this.i18n;
    const selection = this.#selection(index.framework);
    const unmatched = unmatchedRatings(index.framework, { ratings: this.#answers });
    return html`
      ${this.#inputIssues.length + this.#referenceIssues.length > 0
        ? renderIssueSummary([...this.#inputIssues, ...this.#referenceIssues], this.i18n, 'assess.invalidInput')
        : nothing}
      ${selection.unknownRole !== undefined
        ? this.renderMessage(t('assess.roleMissing', { role: selection.unknownRole }))
        : html`${selection.unknownSkills.length > 0
              ? this.renderMessage(t('assess.skillsMissing', { skills: selection.unknownSkills.join(', ') }))
              : nothing}
            ${this.readonly ? this.#renderSummary(index, selection) : this.#renderForm(index, selection)}`}
      ${unmatched.length > 0 ? this.#renderUnmatched(index, unmatched) : nothing}
    `;
  }

  get #outline(): number {
    return outlineLevel(this.headingLevel, 3);
  }

  /** The `rater` attribute when it is a known rater, else the rater of the answers given. */
  get #effectiveRater(): Rater {
    return RATERS.find((known) => known === this.rater) ?? this.#base?.rater ?? 'self';
  }

  get #ratesOther(): boolean {
    return this.#effectiveRater !== 'self';
  }

  #progressText(): string {
    const framework = this.activeFramework!;
    const ids = this.#selection(framework).skillIds;
    return this.i18n.t('assess.progress', { rated: countRated({ ratings: this.#answers }, ids, framework), count: ids.length });
  }

  #countText(length: number): string {
    const left = MAX_EVIDENCE - length;
    return this.i18n.t(left < 0 ? 'assess.charactersOver' : 'assess.charactersLeft', { count: Math.abs(left) });
  }

  /** The reported problems that still stand, worded for the answers as they are now. */
  #shownProblems(): Problem[] {
    if (!this.#reported) return [];
    const current = this.#problems();
    return this.#reported.flatMap((old) => current.find((now) => now.skill === old.skill && now.field === old.field) ?? []);
  }

  #renderForm(index: FrameworkIndex, selection: SkillSelection): TemplateResult {
    const { t } = this.i18n;
    const problems = this.#shownProblems();
    const saved = this.#autosave.state;
    return html`
      <p part="intro" class="hint">${t(this.#ratesOther ? 'assess.intro.other' : 'assess.intro.self')}</p>
      <div class="visually-hidden" role="status">${this.#announcement}</div>
      <div part="notice" role="status">${this.#notice ? html`<p class="notice">${t(...this.#notice)}</p>` : nothing}</div>
      ${renderDraftAlerts(
        saved,
        {
          failed: t('assess.saveFailed'),
          conflict: (at) => t('assess.conflict', { time: this.#time(at) }),
          keepMine: t('assess.keepMine'),
          useTheirs: t('assess.useTheirs'),
        },
        this.#keepMine,
        this.#useTheirs,
      )}
      ${problems.length > 0 ? this.#renderErrorSummary(problems) : nothing}
      <p part="progress" class="progress">${this.#progressText()}</p>
      <div @input=${this.#onInput} @change=${this.#onChange} @toggle=${this.#toggleListener} class="skills">
        ${selection.groups.map(
          (group) => html`${group.category
            ? heading(this.#outline, renderText(group.category.name, this.i18n.locale, this.contentLanguage), 'group-title')
            : nothing}
          ${group.skills.map((skill) => this.#renderSkill(index, skill, selection.requirements.get(skill.id), problems))}`,
        )}
      </div>
      ${renderDraftHint(saved, (at) => t('assess.saved', { time: this.#time(at) }), t('assess.notSaved'))}
    `;
  }

  #renderErrorSummary(problems: readonly Problem[]): TemplateResult {
    return html`<div part="error-summary" class="error-summary" role="alert">
      <h2 class="error-summary-title">${this.i18n.t('assess.errorTitle')}</h2>
      <ul @click=${this.#onSummaryClick}>
        ${problems.map(
          (problem) =>
            html`<li><a href="#${problem.field === 'level' ? 's' : 'v'}-${problem.skill}" data-skill=${problem.skill} data-field=${problem.field}>${problem.message}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  /** One skill's fieldset, re-rendered only when something it shows changes. */
  #renderSkill(index: FrameworkIndex, skill: Skill, requirement: Requirement | undefined, problems: readonly Problem[]) {
    const rating = this.#answers[skill.id];
    const error = problems.find((problem) => problem.skill === skill.id);
    const reference = this.#referenceValue?.ratings[skill.id];
    const open = this.#openDescriptors.has(skill.id);
    return guard(
      [this.#generation, index, skill, rating, requirement, error?.message, error?.field, reference, this.#referenceValue?.rater, open, this.isDisabled, this.#ratesOther, this.i18n.locale, this.contentLanguage, this.#outline, this.messages],
      () => this.renderSkillFields(index, skill, rating, requirement, error, reference, open),
    );
  }

  /** Kept apart (and not `#private`) so a test can count how many skills render after one change. */
  private renderSkillFields(
    index: FrameworkIndex,
    skill: Skill,
    rating: Rating | undefined,
    requirement: Requirement | undefined,
    error: Problem | undefined,
    reference: Rating | undefined,
    open: boolean,
  ): TemplateResult {
    const { t, locale } = this.i18n;
    const id = skill.id;
    const { scale } = index.framework;
    const option = (value: string, label: TemplateResult | string) =>
      html`<label part="option" class="option"
        ><input type="radio" name="r-${id}" value=${value} .checked=${live(rating?.level === value)} />
        ${label}</label
      >`;
    const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || nothing;
    const evidence = rating?.evidence ?? '';
    const levelError = error?.field === 'level';
    // A disabled fieldset disables every control in it: one binding, not one per radio.
    return html`<fieldset part="skill" class="skill ${error ? 'invalid' : ''}" id="s-${id}" ?disabled=${this.isDisabled}
      aria-describedby=${describedBy(!!requirement && `q-${id}`, !!reference && `f-${id}`, levelError && `e-${id}`)}>
      <legend part="skill-name">${renderText(skill.name, locale, this.contentLanguage)}</legend>
      ${requirement
        ? html`<p class="hint" id="q-${id}">
            ${requirement.level === undefined
              ? t(requirement.importance === 'essential' ? 'assess.requiredUnstated' : 'assess.desirableUnstated')
              : t(requirement.importance === 'essential' ? 'assess.required' : 'assess.desirable', { level: this.answerLabel(index, requirement.level) })}
          </p>`
        : nothing}
      ${reference
        ? html`<p class="hint reference" id="f-${id}">${t(`assess.reference.${this.#referenceValue!.rater}`, { level: this.answerLabel(index, reference.level) })}</p>
            ${reference.evidence
              ? html`<details><summary>${t('assess.referenceEvidence')}</summary><p class="evidence-text">${reference.evidence}</p></details>`
              : nothing}`
        : nothing}
      ${error ? html`<p class="error" id="e-${id}"><span class="visually-hidden">${t('assess.errorPrefix')}</span> ${error.message}</p>` : nothing}
      <div class="options">
        ${scale.levels.map((level) =>
          option(level.id, html`<span lang=${markLanguage(level.label, locale, this.contentLanguage)}>${textFor(level.label, locale)}</span>`),
        )}
        ${scale.allowNotApplicable ? option(NOT_APPLICABLE, t('assess.notApplicable')) : nothing}
        ${scale.allowNotObserved ? option(NOT_OBSERVED, t('assess.notObserved')) : nothing}
      </div>
      <details class="descriptors" data-skill=${id} ?open=${open}>
        <summary>${t('assess.descriptors')}</summary>
        ${open
          ? html`<cf-level-ladder skill=${id} current=${rating?.level ?? nothing} target=${requirement?.level ?? nothing}
              heading-level=${this.#outline + 1} .framework=${this.framework} .messages=${this.messages}></cf-level-ladder>`
          : nothing}
      </details>
      <label class="evidence-label" for="v-${id}"
        >${t('assess.evidence')}<span class="visually-hidden">: ${textFor(skill.name, locale)}</span></label
      >
      <p class="hint" id="h-${id}">${t(this.#ratesOther ? 'assess.evidenceHint.other' : 'assess.evidenceHint.self')}</p>
      <textarea part="evidence" id="v-${id}" rows="3" .value=${live(evidence)}
        aria-invalid=${error?.field === 'evidence' ? 'true' : nothing}
        aria-describedby=${describedBy(`h-${id}`, error?.field === 'evidence' && `e-${id}`, `c-${id}`)}></textarea>
      <p class="hint count ${evidence.length > MAX_EVIDENCE ? 'over' : ''}" id="c-${id}">${this.#countText(evidence.length)}</p>
    </fieldset>`;
  }

  #renderSummary(index: FrameworkIndex, selection: SkillSelection): TemplateResult {
    const { t, locale } = this.i18n;
    const withRole = selection.requirements.size > 0;
    const columns = withRole ? 4 : 3;
    return html`<table part="summary" class="summary">
      <caption>${t('assess.summary')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('assess.skill')}</th>
          <th scope="col">${t('assess.rating')}</th>
          ${withRole ? html`<th scope="col">${t('assess.requiredColumn')}</th>` : nothing}
          <th scope="col">${t('assess.evidenceColumn')}</th>
        </tr>
      </thead>
      ${selection.groups.map(
        (group) => html`<tbody>
          ${group.category
            ? html`<tr><th scope="rowgroup" colspan=${columns} class="group">${renderText(group.category.name, locale, this.contentLanguage)}</th></tr>`
            : nothing}
          ${group.skills.map((skill) => {
            const rating = this.#answers[skill.id];
            const requirement = selection.requirements.get(skill.id);
            return html`<tr>
              <th scope="row">${renderText(skill.name, locale, this.contentLanguage)}</th>
              <td>${this.answerLabel(index, rating?.level)}</td>
              ${withRole ? html`<td>${requirement ? this.renderRequired(index, requirement.level) : nothing}</td>` : nothing}
              <td class="evidence-text">${rating?.evidence ?? ''}</td>
            </tr>`;
          })}
        </tbody>`,
      )}
    </table>`;
  }

  #renderUnmatched(index: FrameworkIndex, ids: readonly string[]): TemplateResult {
    const { t, locale } = this.i18n;
    return html`<section part="unmatched" class="unmatched">
      ${heading(this.#outline, t('assess.unmatchedTitle'))}
      <p class="hint">${t('assess.unmatchedIntro')}</p>
      <dl>
        ${ids.map((id) => {
          const rating = this.#answers[id]!;
          const skill = index.skills.get(id);
          return html`<dt>${skill ? renderText(skill.name, locale, this.contentLanguage) : id}</dt>
            <dd>${this.answerLabel(index, rating.level)}</dd>
            ${rating.evidence ? html`<dd class="evidence-text">${rating.evidence}</dd>` : nothing}`;
        })}
      </dl>
    </section>`;
  }
}
