import type { PropertyDeclarations } from 'lit';
import type { Issue } from '../core/issues.js';
import { exportAssessmentsCsv, exportAssessmentsJson } from '../core/io/export-assessments.js';
import { parseOneAssessment } from '../core/parse-assessments.js';
import { rebaseAssessment } from '../core/ratings.js';
import type { Assessment } from '../core/schema/assessment.js';
import type { Framework } from '../core/schema/framework.js';
import { assessmentDrafts } from '../core/storage/assessment-drafts.js';
import { AnswerSheet } from './answer-sheet.js';
import { DraftSessionController, type DraftMessagePrefix } from './draft-session-controller.js';
import { FormControlElement } from './form-control.js';
import { GivenValue } from './given-value.js';
import { EarlierVersions } from './earlier-versions.js';
import { skillOf } from './skill-controls.js';
import { ValidityController, type Problem } from './validity-controller.js';

/**
 * What the form elements whose value is an assessment share (the self-assessment, the agreement): the
 * answers, the value a host sets and gets, the form's value, validity, reset and restore, the draft in
 * the browser, and the answers as JSON and CSV. Each element says what it asks and how it shows it.
 */
export abstract class AnswerFormElement extends FormControlElement {
  protected static override ownAccessors: readonly string[] = ['assessment'];

  static override properties: PropertyDeclarations = {
    readonly: { type: Boolean, reflect: true },
    autosaveKey: { attribute: 'autosave-key' },
    clearOnSubmit: { type: Boolean, attribute: 'clear-on-submit' },
    earlierVersions: { attribute: false },
  };

  /** Shows the answers as text, with no inputs. */
  readonly = false;

  /** Saves a draft in this browser under this key, and restores it on load. */
  declare autosaveKey?: string;

  /** Removes the saved draft when the form is submitted (otherwise call `clearDraft()`). */
  clearOnSubmit = false;

  /**
   * Earlier versions of the framework (objects or JSON text). Answers made against one of them (given,
   * or a saved draft) are carried to the version in use: ratings move with their skills, and those whose
   * descriptors changed in meaning, whose level is gone, or whose skill was merged or split are marked
   * for the person to review. Without the earlier version, answers are kept as they were.
   */
  declare earlierVersions?: readonly unknown[];

  protected readonly sheet = new AnswerSheet();
  readonly #given = new GivenValue<Assessment | undefined>();
  /** What a form reset goes back to: the last assessment the host set. */
  #initial?: Assessment;
  /** Problems with an assessment the host gave, shown above the form. */
  protected inputIssues: readonly Issue[] = [];
  #formValueFor?: Framework;

  /** The constraint validation (`validity` is the element's ValidityState, as for native controls). */
  protected readonly constraints = new ValidityController(this, this.internals, (firstOnly) => this.problems(firstOnly));
  readonly #earlier = new EarlierVersions(this, () => this.earlierVersions);
  protected readonly draft = new DraftSessionController(this, {
    kind: assessmentDrafts,
    prefix: this.draftPrefix(),
    messages: this.draftMessages(),
    i18n: this.i18n,
    snapshot: () => this.build(),
    framework: () => this.activeFramework,
    // A read-only form is someone else's record: it neither restores nor saves a draft.
    key: () => (this.readonly ? undefined : this.autosaveKey),
    // A draft of an earlier version the host gave keeps its version, to be carried across (`followFramework`).
    adopt: (draft, framework) => (this.#earlier.earlierFor(draft.framework, framework) ? draft : rebaseAssessment(draft, framework)),
    restore: (draft, typed) => this.commit(() => this.sheet.restoreOver(draft, typed)),
    replace: (theirs) => this.commit(() => this.sheet.replace(theirs)),
  });

  /** Where the element's drafts are kept (its tag name, from `DRAFT_PREFIXES`). */
  protected abstract draftPrefix(): string;
  /** The element's draft messages. */
  protected abstract draftMessages(): DraftMessagePrefix;
  /** The answers as the assessment the element gives out; undefined until there is a framework. */
  protected abstract build(): Assessment | undefined;
  /** What stops the answers being submitted, in the order shown (or only the first). */
  protected abstract problems(firstOnly: boolean): Problem[];

  /** The answers as an assessment (a new object each time); undefined until there is a framework. */
  get assessment(): Assessment | undefined {
    return this.#given.give(this.build());
  }

  /**
   * Sets the answers (for example from your server): validated, fires no event, and becomes what a form
   * reset restores. The value this property last gave out, set back (a two-way binding), changes nothing.
   */
  set assessment(value: Assessment | undefined) {
    if (this.#given.isEcho(value)) return;
    const read = parseOneAssessment(value);
    if (!read.value && read.issues.length > 0) {
      this.inputIssues = read.issues;
    } else {
      this.inputIssues = [];
      this.#initial = read.value;
      this.sheet.replace(this.#initial);
      this.draft.settled();
      this.commit();
    }
    this.requestUpdate();
  }

  /** Checks the answers without showing anything; fires `invalid` when they cannot be submitted. */
  checkValidity(): boolean {
    return this.constraints.check();
  }

  /** Checks the answers, shows what is wrong, and moves focus to the first skill that needs attention. */
  reportValidity(): boolean {
    return this.constraints.report();
  }

  /** Moves focus to a skill's answer (the chosen one, or the first); false when the skill is not shown. */
  focusSkill(id: string): boolean {
    return this.constraints.focus(id, 'level');
  }

  /** Removes the saved draft, for example once your server has the submitted answers. */
  clearDraft(): Promise<void> {
    return this.draft.clear();
  }

  /** The answers as JSON, as `parseAssessment` reads them back: what the JSON download saves. */
  toJson(): string {
    return exportAssessmentsJson(this.build() ?? []);
  }

  /** The answers as CSV, one row per rated skill, named in the page's language: what the CSV download saves. */
  toCsv(): string {
    const answers = this.build();
    return exportAssessmentsCsv(answers ? [answers] : [], { framework: this.activeFramework, language: this.i18n.locale });
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.draft.submitsWith(form, () => this.clearOnSubmit);
  }

  formResetCallback(): void {
    // A reset replaces every answer: the draft it replaces is kept aside first, in case it was a slip.
    void this.draft.setAsideStored();
    this.sheet.replace(this.#initial);
    this.draft.settled();
    this.constraints.forget();
    this.draft.clearNotice();
    this.commit();
    this.draft.save();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const { value } = parseOneAssessment(state);
    if (value) this.commit(() => this.sheet.replace(value));
  }

  /**
   * The form value names the framework: it is set again when another framework arrives, and answers
   * made against an earlier version are carried across once it is known (call from `willUpdate`).
   */
  protected followFramework(): void {
    const framework = this.activeFramework;
    const base = this.sheet.base;
    const earlier = framework && base && this.#earlier.earlierFor(base.framework, framework);
    const migrations = earlier && this.#earlier.migrations();
    if (migrations) {
      this.sheet.replace(migrations.migrateAssessment({ ...base!, ratings: { ...this.sheet.answers } }, earlier, framework!).assessment);
      this.#formValueFor = undefined;
    }
    if (framework === this.#formValueFor) return;
    this.#formValueFor = framework;
    this.syncFormValue();
  }

  /** After any change of the answers: the form value now, validity once rendered. */
  protected commit(change?: () => void): void {
    change?.();
    this.syncFormValue();
    this.requestUpdate();
  }

  protected syncFormValue(): void {
    const answers = this.build();
    const json = answers ? JSON.stringify(answers) : null;
    this.internals.setFormValue(json, json);
  }

  /** A native change stops at the shadow root: the host gets its own, for a change of an answer. */
  protected readonly onChange = (event: Event): void => {
    if (skillOf(event.target)) this.dispatchEvent(new Event('change', { bubbles: true }));
  };
}
