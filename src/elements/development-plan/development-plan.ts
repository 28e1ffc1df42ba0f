import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { PlanStep } from '../../core/analysis/plan.js';
import { planSections, PlanSheet, type ActionField, type PlanSection } from '../../core/analysis/plan-actions.js';
import { indexRoles, type FrameworkIndex, type ResolvedRole } from '../../core/framework-index.js';
import { planCsv } from '../../core/io/plan-csv.js';
import type { Issue } from '../../core/issues.js';
import { parseOneAssessment } from '../../core/parse-assessments.js';
import { parsePlan } from '../../core/parse-plan.js';
import type { Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import type { DevelopmentPlan } from '../../core/schema/plan.js';
import { GivenValue } from '../../shared/given-value.js';
import { DRAFT_PREFIXES } from '../../core/storage/draft-prefixes.js';
import { planDrafts } from '../../core/storage/plan-drafts.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { planMessages } from '../../i18n/messages/plan.js';
import { mergeMessages } from '../../i18n/translate.js';
import { DraftSessionController } from '../../shared/draft-session-controller.js';
import { PlanVersions } from './plan-versions.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { noticeStyles } from '../../shared/notice-styles.js';
import { heading, messageWith, outlineLevel, renderText } from '../../shared/rich-text.js';
import { developmentPlanStyles } from './development-plan.styles.js';
import { actionEdit, MidnightController, renderToolbar, stepsCache } from './plan-support.js';
import { renderKept, renderStep, renderStepsSummary, type PlanContext } from './plan-view.js';
import { renderUnstatedSkills, unstatedSkills } from './unstated-skills.js';

export { untilTomorrow } from './plan-view.js';

/** What the plan shows, worked out before each render. */
interface PlanModel {
  readonly framework: Framework;
  readonly context: PlanContext;
  readonly roleId?: string;
  readonly role?: ResolvedRole;
  readonly steps?: PlanStep[];
  readonly sections: PlanSection[];
}

/**
 * A person's development plan towards a role: each gap in their assessment becomes a step, with the
 * next level's descriptors as what good looks like, the framework's learning for it, and the actions
 * the person adds (what, what kind, by when, done). With `autosave-key` the plan is kept in the
 * browser as it is written; it downloads as JSON or CSV, and prints as a clean document. While its
 * Print button prints, the element has a `printing` attribute: a page's print stylesheet can hide
 * everything else with `body:has(cf-development-plan[printing])`.
 *
 * @customElement cf-development-plan
 * @summary Gaps turned into steps, learning and the person's own actions; printable and exportable.
 * @fires {Event} change - The person changed the plan (an action added, removed or edited). Typing fires `input`.
 * @fires {DraftRestoreEvent} cf-draft-restore - A plan saved in this browser is about to replace the one shown (in `value`); cancelable.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The title, who the plan is for and the summary.
 * @csspart title - The plan's title.
 * @csspart toolbar - Print and download.
 * @csspart step - One skill to develop.
 * @csspart unstated - The skills the role names without stating a level, which are not steps.
 * @csspart action - One of the person's actions.
 * @csspart notice - A message about the saved plan (restored, unreadable, not saved, changed in another tab).
 * @csspart message - A message shown instead of the plan.
 * @csspart error-summary - An assessment or plan that could not be read.
 * @cssproperty --cf-development-plan-gap - Space between steps (default `--cf-space`).
 * @cssproperty --cf-font-family - The font (default `system-ui, sans-serif`).
 * @cssproperty --cf-color-text - Text, and the borders of fields (default `#0b0c0c`).
 * @cssproperty --cf-color-secondary-text - Hints, who the plan is for and quiet lines (default `#484949`).
 * @cssproperty --cf-color-background - The fields' background, and the buttons' text (default `#ffffff`).
 * @cssproperty --cf-color-surface - Notices and secondary buttons (default `#f3f2f1`).
 * @cssproperty --cf-color-border - The borders of steps and actions (default `#b1b4b6`).
 * @cssproperty --cf-color-accent - Essential steps, links, buttons and notices (default `#1d70b8`).
 * @cssproperty --cf-color-error - Overdue, too long, and warnings (default `#d4351c`).
 * @cssproperty --cf-color-focus - The focus ring (default `#ffdd00`).
 * @cssproperty --cf-space - Padding and the default gap (default `1rem`).
 * @cssproperty --cf-radius - Corner radius of steps, fields and buttons (default `0`).
 */
export class CfDevelopmentPlan extends FrameworkElement {
  static override styles = [FrameworkElement.styles, noticeStyles, developmentPlanStyles];
  static override catalogue = mergeMessages(commonMessages, planMessages);

  protected static override ownAccessors = ['plan'];

  static override properties: PropertyDeclarations = {
    assessment: { attribute: false },
    roleId: { attribute: 'role-id' },
    autosaveKey: { attribute: 'autosave-key' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    readonly: { type: Boolean, reflect: true },
    earlierVersions: { attribute: false },
  };

  /**
   * Earlier versions of the framework (objects or JSON text). A plan made against one of them (given, or
   * a saved draft) is carried to the version in use: actions move with their skills, and what that did
   * is said above the plan.
   */
  declare earlierVersions?: readonly unknown[];

  /** The person's assessment: its gaps to the role are the plan's steps (validated; never changed). */
  declare assessment?: Assessment;

  /** The role or role level (attribute `role-id`) the plan works towards; when unset, the plan's own `role`. */
  declare roleId?: string | null;

  /** Saves the plan in this browser under this key as it is written, and restores it on load. */
  declare autosaveKey?: string;

  /** Heading level of the plan's title (2 to 4); steps and their parts take the levels below, down to h6. */
  headingLevel = 2;

  /** Shows the actions as text, with no inputs (for a manager reading the plan). */
  readonly = false;

  readonly #sheet = new PlanSheet();
  readonly #versions = new PlanVersions(this, () => this.earlierVersions);
  readonly #given = new GivenValue<DevelopmentPlan | undefined>();
  #planIssues: readonly Issue[] = [];
  #assessmentRead?: { input: unknown; value?: Assessment; issues: readonly Issue[] };
  readonly #planSteps = stepsCache();
  #model?: PlanModel;

  readonly #midnight = new MidnightController(this);
  readonly #draft = new DraftSessionController(this, {
    kind: planDrafts,
    prefix: DRAFT_PREFIXES.plan,
    messages: 'plan',
    i18n: this.i18n,
    snapshot: () => this.#build(),
    framework: () => this.activeFramework,
    // A read-only plan is someone else's: it neither restores nor saves a draft.
    key: () => (this.readonly ? undefined : this.autosaveKey),
    // A plan for another framework under this key is kept aside, not shown as this one's.
    adopt: (draft, framework) => (draft.framework.id === framework.id ? draft : undefined),
    restore: (draft, typed) => this.#sheet.restoreOver(draft, typed),
    replace: (theirs) => {
      this.#sheet.restore(theirs);
      this.requestUpdate();
    },
  });

  /** The plan as it stands (a new object each time); undefined until there is a framework. */
  get plan(): DevelopmentPlan | undefined {
    return this.#given.give(this.#build());
  }

  /**
   * Sets the plan (for example one saved on your server): validated, fires no event. A plan saved in
   * this browser under `autosave-key` and read later replaces it, unless you cancel `cf-draft-restore`.
   * The value this property last gave out, set back (a two-way binding), changes nothing.
   */
  set plan(value: DevelopmentPlan | undefined) {
    if (this.#given.isEcho(value)) return;
    const parsed = value === undefined ? undefined : parsePlan(value);
    if (parsed && !parsed.ok) {
      this.#planIssues = parsed.issues;
    } else {
      this.#planIssues = [];
      // When it replaces actions on the page, the saved draft is kept aside first: it may hold what
      // the person wrote since. The same plan again (a host setting it on each load) stores nothing.
      const replacing = JSON.stringify(this.#sheet.actions) !== JSON.stringify(parsed?.value.actions ?? {});
      if (replacing && Object.keys(this.#sheet.actions).length > 0) void this.#draft.setAsideStored();
      this.#sheet.restore(parsed?.value);
      this.#versions.forget();
      this.#draft.settled();
    }
    this.requestUpdate();
  }

  /** The plan as JSON, as "Download the plan (JSON)" saves it: what `plan` reads back. */
  toJson(): string {
    const plan = this.#build();
    return plan ? `${JSON.stringify(plan, null, 2)}\n` : '';
  }

  /**
   * The plan as CSV, one row per action (a step with none has one row with the action blank), every
   * cell neutralised against spreadsheet formulas: what "Download the plan (CSV)" saves.
   */
  toCsv(): string {
    const index = this.frameworkIndex;
    if (!index) return '';
    return planCsv(this.#sections(index.framework), this.#sheet.actions, {
      t: this.i18n.t,
      skillName: (skill) => this.skillName(index, skill),
      answer: (level) => this.answerLabel(index, level),
    });
  }

  /** Removes the plan saved in this browser (for example once your server has it). */
  clearDraft(): Promise<void> {
    return this.#draft.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#versions.carry(this.#sheet, this.activeFramework, (framework) => this.#sheet.build(framework, this.#roleId, this.#subject));
    if (this.#assessmentRead?.input !== this.assessment)
      this.#assessmentRead = { input: this.assessment, ...parseOneAssessment(this.assessment) };
    const index = this.frameworkIndex;
    const roleId = this.#roleId;
    this.#model = index && {
      framework: index.framework,
      context: this.#context(index),
      roleId,
      role: roleId ? indexRoles(index.framework).roles.get(roleId) : undefined,
      steps: this.#planSteps(index.framework, this.#assessmentRead?.value, roleId),
      sections: this.#sections(index.framework),
    };
  }

  #context(index: FrameworkIndex): PlanContext {
    const { t, locale } = this.i18n;
    return {
      t,
      locale,
      contentLanguage: this.contentLanguage,
      index,
      readonly: this.readonly,
      actions: this.#sheet.actions,
      removed: this.#sheet.removed,
      skillName: (skill) => this.renderSkillName(index, skill),
      answer: (level) => this.renderAnswer(index, level),
      add: (skill) => this.#add(skill),
      remove: (skill, id) => this.#remove(skill, id),
      undo: () => this.#undo(),
    };
  }

  /** The role worked towards: `role-id`, else the role of the plan set or restored. */
  get #roleId(): string | undefined {
    return this.roleId ?? this.#sheet.base?.role;
  }

  /** Who the plan is for, from the plan set or restored, else from the assessment. */
  get #subject(): DevelopmentPlan['subject'] {
    return this.#sheet.base?.subject ?? this.#assessmentRead?.value?.subject;
  }

  /** The plan of the framework in use, from the last plan set or restored and what the person wrote since. */
  #build(): DevelopmentPlan | undefined {
    const framework = this.activeFramework;
    return framework && this.#sheet.build(framework, this.#roleId, this.#subject);
  }

  #sections(framework: Framework): PlanSection[] {
    return planSections(
      this.#planSteps(framework, this.#assessmentRead?.value, this.#roleId) ?? [],
      this.#sheet.actions,
      this.#sheet.removed?.skill,
    );
  }

  /** Every change by the person: saved, told to the page (`change`), and said when `announce` is given. */
  #changed(announce?: string): void {
    if (announce !== undefined) this.#draft.announce(announce);
    this.#draft.changed();
    this.requestUpdate();
  }

  #add(skill: string): void {
    const action = this.#sheet.add(skill);
    this.#changed();
    this.#fireChange();
    void this.updateComplete.then(() => this.#control(action.id, 'text')?.focus());
  }

  #remove(skill: string, id: string): void {
    if (!this.#sheet.remove(skill, id)) return;
    this.#changed(this.i18n.t('plan.removed'));
    this.#fireChange();
    // Focus stays in the step, on the button that undoes the removal.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-undo]')?.focus());
  }

  #undo(): void {
    const removed = this.#sheet.undo();
    if (!removed) return;
    this.#changed('');
    this.#fireChange();
    void this.updateComplete.then(() => this.#control(removed.action.id, 'text')?.focus());
  }

  #control(id: string, field: ActionField): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-action="${CSS.escape(id)}"][data-field="${field}"]`);
  }

  /** Edits of one action's field, from the inputs' own events. */
  #edit(event: Event): void {
    const edit = actionEdit(event.target as HTMLInputElement);
    if (!edit) return;
    this.#sheet.edit(...edit);
    this.#changed();
  }

  readonly #onInput = (event: Event): void => this.#edit(event);

  readonly #onChange = (event: Event): void => {
    this.#edit(event);
    this.#fireChange();
  };

  /** A `change` from inside the shadow root does not cross it: the host fires its own. */
  #fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const model = this.#model;
    if (!model) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    const { t } = this.i18n;
    const issues = [
      this.#planIssues.length > 0 ? renderIssueSummary(this.#planIssues, this.i18n, 'plan.invalidInput') : nothing,
      this.#assessmentRead?.issues.length ? renderIssueSummary(this.#assessmentRead.issues, this.i18n, 'plan.invalidAssessment') : nothing,
    ];
    const { roleId, role } = model;
    return html`<div part="base">
      ${issues}${roleId && !role ? this.renderMessage(t('common.roleMissing', { role: roleId })) : this.#renderPlan(model)}
    </div>`;
  }

  #renderPlan({ framework, context, role, steps, sections }: PlanModel): TemplateResult {
    const { t, locale } = this.i18n;
    const kept = sections.filter((section) => !section.step);
    const level = outlineLevel(this.headingLevel, 2);
    const roleName = role ? renderText(role.level?.title ?? role.role.title, locale, this.contentLanguage) : undefined;
    const subject = this.#subject?.name;
    const unstated = unstatedSkills(role);
    const made = this.#sheet.base?.framework;
    return html`<div class="plan">
      <header part="header">
        ${heading(level, roleName ? this.#withRole('plan.titleRole', roleName) : t('plan.title'), 'title')}
        ${subject ? html`<p class="for">${t('plan.for', { name: subject })}</p>` : nothing} ${renderStepsSummary(t, steps)}
        ${renderUnstatedSkills(unstated, t, context.skillName)}
        ${
          this.#versions.render(
            {
              locale,
              contentLanguage: this.contentLanguage,
              outline: level,
              messages: this.messages,
              answerLabel: (id) => this.answerLabel(this.frameworkIndex!, id),
            },
            context.skillName,
          ) ??
          (made && (made.id !== framework.id || made.version !== framework.version)
            ? html`<p class="notice">
                ${t('plan.otherFramework', { found: `${made.id} ${made.version}`, expected: `${framework.id} ${framework.version}` })}
              </p>`
            : nothing)
        }
      </header>
      ${renderToolbar(context, this, this.#roleId)} ${this.#draft.renderNotices()} ${this.#draft.renderAnnouncer()}
      ${
        !role
          ? this.renderMessage(t('plan.noRole'))
          : !this.#assessmentRead?.value
            ? this.renderMessage(t('plan.noAssessment'))
            : steps?.length === 0
              ? html`<p part="message" class="message">
                  ${this.#withRole(unstated.length > 0 ? 'plan.noGapsStated' : 'plan.noGaps', roleName!)}
                </p>`
              : nothing
      }
      <div class="steps" @input=${this.#onInput} @change=${this.#onChange}>
        ${(steps ?? []).map((step) => renderStep(context, step, level + 1))} ${renderKept(context, kept, level + 1)}
      </div>
      <div class="saving">${this.#draft.renderHint()}</div>
    </div>`;
  }

  /** A message naming the role, with the role's title marked with its language. */
  #withRole(key: 'plan.titleRole' | 'plan.noGaps' | 'plan.noGapsStated', roleName: TemplateResult | string): (TemplateResult | string)[] {
    return messageWith((params) => this.i18n.t(key, params), { role: roleName });
  }
}
