import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { planSteps, type PlanStep } from '../../core/analysis/plan.js';
import { indexRoles, type FrameworkIndex } from '../../core/framework-index.js';
import { formatCsv } from '../../core/io/csv-write.js';
import type { Issue } from '../../core/issues.js';
import { parseAssessment } from '../../core/parse.js';
import { parsePlan } from '../../core/parse-plan.js';
import type { Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import { ACTION_KINDS, MAX_ACTION, MAX_STORED_ACTION, PLAN_SCHEMA_VERSION, type ActionKind, type DevelopmentPlan, type PlanAction } from '../../core/schema/plan.js';
import { planDrafts } from '../../core/storage/plan-drafts.js';
import { formatTime, type MessageKey } from '../../i18n/catalogue.js';
import { formatDay } from '../../i18n/format-day.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { planMessages } from '../../i18n/messages/plan.js';
import { mergeMessages } from '../../i18n/translate.js';
import type { MessageParams } from '../../i18n/types.js';
import { AutosaveController } from '../../shared/autosave-controller.js';
import { downloadText } from '../../shared/download.js';
import { renderDraftAlerts, renderDraftHint } from '../../shared/draft-notices.js';
import { noticeStyles } from '../../shared/notice-styles.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { renderLevelDescriptors } from '../../shared/level-descriptors.js';
import { heading, messageWith, outlineLevel, renderRich, renderText } from '../../shared/rich-text.js';
import { developmentPlanStyles } from './development-plan.styles.js';
import { renderUnstatedSkills, unstatedSkills } from './unstated-skills.js';

type Field = 'text' | 'kind' | 'due' | 'done';

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
 * @csspart header - The title, who the plan is for and the summary.
 * @csspart toolbar - Print and download.
 * @csspart step - One skill to develop.
 * @csspart unstated - The skills the role names without stating a level, which are not steps.
 * @csspart action - One of the person's actions.
 * @csspart notice - Messages about the saved plan.
 * @csspart message - A message shown instead of the plan.
 * @csspart error-summary - An assessment or plan that could not be read.
 * @cssproperty --cf-development-plan-gap - Space between steps.
 */
export class CfDevelopmentPlan extends FrameworkElement {
  static override styles = [FrameworkElement.styles, noticeStyles, developmentPlanStyles];
  static override catalogue = mergeMessages(commonMessages, planMessages);

  static override properties: PropertyDeclarations = {
    assessment: { attribute: false },
    role: { attribute: 'role-id' },
    autosaveKey: { attribute: 'autosave-key' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    readonly: { type: Boolean, reflect: true },
  };

  /** The person's assessment: its gaps to the role are the plan's steps (validated; never changed). */
  declare assessment?: Assessment;

  /** The role or role level (attribute `role-id`) the plan works towards; when unset, the plan's own `role`. */
  declare role: string | null;

  /** Saves the plan in this browser under this key as it is written, and restores it on load. */
  declare autosaveKey?: string;

  /** Heading level of the plan's title (2 or 3); steps and their parts take the levels below. */
  headingLevel = 2;

  /** Shows the actions as text, with no inputs (for a manager reading the plan). */
  readonly = false;

  /** What the person wrote, by skill id. Never mutated: each change makes new arrays. */
  #actions: Record<string, readonly PlanAction[]> = {};
  /** The last plan set or restored: where subject and creation time come from. */
  #base?: DevelopmentPlan;
  #updatedAt?: string;
  #createdAt?: string;
  #planIssues: readonly Issue[] = [];
  #assessmentRead?: { input: unknown; value?: Assessment; issues: readonly Issue[] };
  #steps?: { key: readonly unknown[]; value: PlanStep[] | undefined };
  #notice?: [MessageKey, MessageParams?];
  #announcement = '';
  #midnight?: ReturnType<typeof setTimeout>;
  /** The last action removed, for "Undo". */
  #removed?: { skill: string; action: PlanAction; position: number };
  #draftKey?: string;
  /** Changes by the person since the host last set the plan. */
  #dirty = false;
  #lastId = 0;

  readonly #autosave = new AutosaveController(this, planDrafts, 'cf-development-plan', () => this.#build());

  /** The plan as it stands (a new object each time); undefined until there is a framework. */
  get plan(): DevelopmentPlan | undefined {
    return this.#build();
  }

  /** Sets the plan (for example one saved on your server): validated, fires no event. */
  set plan(value: DevelopmentPlan | undefined) {
    const parsed = value === undefined ? undefined : parsePlan(value);
    if (parsed && !parsed.ok) {
      this.#planIssues = parsed.issues;
    } else {
      this.#planIssues = [];
      // When it replaces actions on the page, the saved draft is kept aside first: it may hold what
      // the person wrote since. The same plan again (a host setting it on each load) stores nothing.
      const replacing = JSON.stringify(this.#actions) !== JSON.stringify(parsed?.value.actions ?? {});
      if (replacing && Object.keys(this.#actions).length > 0) void this.#autosave.setAsideStored();
      this.#restore(parsed?.value);
      this.#dirty = false;
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
    const { t } = this.i18n;
    const header = [t('plan.csv.skillId'), t('assess.skill'), t('plan.csv.importance'), t('plan.now'), t('plan.next'), t('plan.needs'), t('plan.actionText'), t('plan.kind'), t('plan.due'), t('plan.done')];
    const rows = this.#sections().flatMap(({ skill, step }) => {
      const about = [
        skill,
        this.skillName(index, skill),
        step ? t(step.importance === 'essential' ? 'plan.essential' : 'plan.desirable') : '',
        step ? this.answerLabel(index, step.current) : '',
        step ? this.answerLabel(index, step.target) : '',
        step ? this.answerLabel(index, step.required) : '',
      ];
      const actions = this.#actions[skill] ?? [];
      if (actions.length === 0) return [[...about, '', '', '', '']];
      return actions.map((action) => [...about, action.text, t(`plan.kind.${action.kind}`), action.due ?? '', t(action.done ? 'plan.yes' : 'plan.no')]);
    });
    return formatCsv([header, ...rows]);
  }

  /** Removes the plan saved in this browser (for example once your server has it). */
  clearDraft(): Promise<void> {
    return this.#autosave.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    this.#watchTheDate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    clearTimeout(this.#midnight);
  }

  /** A plan left open overnight says which actions became overdue at midnight, not only when next touched. */
  #watchTheDate(): void {
    clearTimeout(this.#midnight);
    this.#midnight = setTimeout(() => {
      this.requestUpdate();
      this.#watchTheDate();
    }, untilTomorrow(new Date()));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#assessmentRead?.input !== this.assessment) {
      const parsed = this.assessment === undefined ? undefined : parseAssessment(this.assessment);
      this.#assessmentRead = { input: this.assessment, value: parsed?.ok ? parsed.value : undefined, issues: parsed && !parsed.ok ? parsed.issues : [] };
    }
  }

  protected override updated(): void {
    const framework = this.activeFramework;
    // A read-only plan is someone else's: it neither restores nor saves a draft.
    const key = this.readonly ? undefined : this.autosaveKey;
    if (framework && key !== this.#draftKey) {
      this.#draftKey = key;
      if (key) void this.#restoreDraft(key);
      else this.#autosave.stop();
    }
  }

  /** The role worked towards: `role-id`, else the role of the plan set or restored. */
  get #roleId(): string | undefined {
    return this.role ?? this.#base?.role;
  }

  /** Who the plan is for, from the plan set or restored, else from the assessment. */
  get #subject(): DevelopmentPlan['subject'] {
    return this.#base?.subject ?? this.#assessmentRead?.value?.subject;
  }

  /** The plan of the framework in use, from the last plan set or restored and what the person wrote since. */
  #build(): DevelopmentPlan | undefined {
    const framework = this.activeFramework;
    if (!framework) return undefined;
    const base = this.#base;
    const role = this.#roleId;
    const subject = this.#subject;
    const actions = Object.fromEntries(Object.entries(this.#actions).map(([skill, list]) => [skill, [...list]]));
    return {
      schemaVersion: PLAN_SCHEMA_VERSION,
      framework: { id: framework.id, version: framework.version },
      ...(role ? { role } : {}),
      ...(subject ? { subject } : {}),
      actions,
      ...((this.#createdAt ?? base?.createdAt) ? { createdAt: this.#createdAt ?? base!.createdAt } : {}),
      ...(this.#updatedAt ? { updatedAt: this.#updatedAt } : base?.updatedAt ? { updatedAt: base.updatedAt } : {}),
    };
  }

  /** A plan the host gave for another framework, or another version of it: shown, every action kept, and said so. */
  #renderOtherFramework(framework: Framework): TemplateResult | typeof nothing {
    const made = this.#base?.framework;
    if (!made || (made.id === framework.id && made.version === framework.version)) return nothing;
    return html`<p class="notice">${this.i18n.t('plan.otherFramework', { found: `${made.id} ${made.version}`, expected: `${framework.id} ${framework.version}` })}</p>`;
  }

  #restore(plan: DevelopmentPlan | undefined): void {
    this.#base = plan;
    this.#actions = { ...plan?.actions };
    this.#updatedAt = undefined;
    this.#createdAt = undefined;
    this.#removed = undefined;
  }

  async #restoreDraft(key: string): Promise<void> {
    const loaded = await this.#autosave.read(key);
    if (!loaded) return;
    const framework = this.activeFramework;
    if (loaded.status === 'unreadable') this.#notice = ['plan.unreadable'];
    if (loaded.status === 'found' && framework && loaded.envelope.value.framework.id !== framework.id) {
      // A plan for another framework under this key: kept aside, not shown as this one's.
      await this.#autosave.setAsideStored();
    } else if (loaded.status === 'found' && framework && key === this.autosaveKey) {
      const { value: draft, savedAt } = loaded.envelope;
      // What the person wrote while the draft was being read wins, action by action, over the draft.
      const typed = this.#dirty ? this.#actions : {};
      this.#restore(draft);
      for (const [skill, list] of Object.entries(typed)) {
        const mine = new Map(list.map((action) => [action.id, action]));
        const drafted = (this.#actions[skill] ?? []).map((action) => mine.get(action.id) ?? action);
        const known = new Set(drafted.map((action) => action.id));
        this.#actions[skill] = [...drafted, ...list.filter((action) => !known.has(action.id))];
      }
      this.#notice =
        draft.framework.version === framework.version
          ? ['plan.restored', { time: formatTime(this.i18n.locale, new Date(savedAt)) }]
          : ['plan.versionChanged', { old: draft.framework.version, new: framework.version }];
    }
    if (this.#dirty) this.#autosave.changed();
    this.requestUpdate();
  }

  /** The steps for the assessment and role, worked out once per input. */
  #planSteps(framework: Framework): PlanStep[] | undefined {
    const assessment = this.#assessmentRead?.value;
    const role = this.#roleId;
    const key = [framework, assessment, role];
    if (this.#steps?.key.every((part, i) => part === key[i])) return this.#steps.value;
    const value = assessment && role ? planSteps(framework, assessment, role) : undefined;
    this.#steps = { key, value };
    return value;
  }

  /** Skills in the order shown: the steps, then skills with actions that are not steps now. */
  #sections(): Array<{ skill: string; step?: PlanStep }> {
    const framework = this.activeFramework;
    const steps = framework ? (this.#planSteps(framework) ?? []) : [];
    const stepSkills = new Set(steps.map((step) => step.skill));
    // A skill stays while its last action's removal can still be undone, so Undo (and focus) stay too.
    const kept = Object.keys(this.#actions).filter((skill) => !stepSkills.has(skill) && ((this.#actions[skill]?.length ?? 0) > 0 || this.#removed?.skill === skill));
    return [...steps.map((step) => ({ skill: step.skill, step })), ...kept.map((skill) => ({ skill }))];
  }

  /** Every change by the person: kept, saved, and told to the page. */
  #changed(actions: Record<string, readonly PlanAction[]>, { announce }: { announce?: string } = {}): void {
    this.#actions = actions;
    this.#dirty = true;
    this.#updatedAt = new Date().toISOString();
    this.#createdAt ??= this.#base?.createdAt ?? this.#updatedAt;
    // Each announcement differs from the last (a no-break space toggles), so a second one is read too.
    if (announce !== undefined) this.#announcement = announce && (this.#announcement === announce ? `${announce}\u00a0` : announce);
    this.#autosave.changed();
    this.requestUpdate();
  }

  #newId(skill: string): string {
    const taken = new Set(Object.values(this.#actions).flatMap((list) => list.map((action) => action.id)));
    let id: string;
    do id = `${skill.slice(0, 60)}-${Date.now().toString(36)}-${(++this.#lastId).toString(36)}`;
    while (taken.has(id));
    return id;
  }

  #add(skill: string): void {
    const action: PlanAction = { id: this.#newId(skill), text: '', kind: 'other', done: false };
    this.#removed = undefined;
    this.#changed({ ...this.#actions, [skill]: [...(this.#actions[skill] ?? []), action] });
    this.#fireChange();
    void this.updateComplete.then(() => this.#control(action.id, 'text')?.focus());
  }

  #remove(skill: string, id: string): void {
    const list = this.#actions[skill] ?? [];
    const position = list.findIndex((action) => action.id === id);
    if (position < 0) return;
    this.#removed = { skill, action: list[position]!, position };
    this.#changed({ ...this.#actions, [skill]: list.filter((action) => action.id !== id) }, { announce: this.i18n.t('plan.removed') });
    this.#fireChange();
    // Focus stays in the step, on the button that undoes the removal.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-undo]')?.focus());
  }

  #undo(): void {
    const removed = this.#removed;
    if (!removed) return;
    const list = [...(this.#actions[removed.skill] ?? [])];
    list.splice(Math.min(removed.position, list.length), 0, removed.action);
    this.#removed = undefined;
    this.#changed({ ...this.#actions, [removed.skill]: list }, { announce: '' });
    this.#fireChange();
    void this.updateComplete.then(() => this.#control(removed.action.id, 'text')?.focus());
  }

  #control(id: string, field: Field): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-action="${CSS.escape(id)}"][data-field="${field}"]`);
  }

  /** Edits of one action's field, from the inputs' own events. */
  #edit(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const { skill, action: id, field } = control.dataset as { skill?: string; action?: string; field?: Field };
    if (!skill || !id || !field) return;
    // A date being typed is empty until it is whole (and Chrome takes a fifth year digit): such a value
    // is not a change. Taking it would clear the date, and re-rendering would wipe the parts typed.
    if (field === 'due' && ((control as HTMLInputElement).validity.badInput || (control.value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(control.value)))) return;
    const value =
      field === 'done' ? (control as HTMLInputElement).checked : field === 'kind' ? (control.value as ActionKind) : field === 'due' ? control.value || undefined : control.value;
    const list = this.#actions[skill] ?? [];
    const edited = list.map((action) => {
      if (action.id !== id) return action;
      const next = { ...action, [field]: value };
      if (next.due === undefined) delete next.due;
      return next;
    });
    this.#changed({ ...this.#actions, [skill]: edited });
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

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    const saving = this.autosaveKey && !['failed', 'conflict'].includes(this.#autosave.state.kind);
    if (this.#dirty && !saving && !this.readonly) event.preventDefault();
  };

  readonly #keepMine = (): void => void this.#autosave.keepMine();

  readonly #useTheirs = async (): Promise<void> => {
    const theirs = await this.#autosave.useTheirs();
    if (!theirs) return;
    this.#restore(theirs);
    this.#dirty = false;
    this.requestUpdate();
  };

  /** The browser's print, with the `printing` attribute set meanwhile, so the page can print the plan alone. */
  readonly #print = (): void => {
    this.setAttribute('printing', '');
    window.addEventListener('afterprint', () => this.removeAttribute('printing'), { once: true });
    window.print();
  };

  #download(kind: 'json' | 'csv'): void {
    const role = this.#roleId;
    const name = `development-plan${role ? `-${role}` : ''}.${kind}`;
    if (kind === 'json') downloadText(name, this.toJson(), 'application/json');
    else downloadText(name, this.toCsv(), 'text/csv');
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const framework = this.activeFramework;
    const index = this.frameworkIndex;
    if (!framework || !index) return this.renderMissingFramework();
    const { t } = this.i18n;
    const issues = html`${this.#planIssues.length > 0 ? renderIssueSummary(this.#planIssues, this.i18n, 'plan.invalidInput') : nothing}${
      this.#assessmentRead?.issues.length ? renderIssueSummary(this.#assessmentRead.issues, this.i18n, 'plan.invalidAssessment') : nothing
    }`;
    const roleId = this.#roleId;
    const role = roleId ? indexRoles(framework).roles.get(roleId) : undefined;
    if (roleId && !role) return html`${issues}${this.renderMessage(t('assess.roleMissing', { role: roleId }))}`;
    const roleName = role ? renderText(role.level?.title ?? role.role.title, this.i18n.locale, this.contentLanguage) : undefined;
    const steps = this.#planSteps(framework);
    const sections = this.#sections();
    const kept = sections.filter((section) => !section.step);
    // Steps, their parts and the other skills' actions nest three levels below the title: h6 at most.
    const level = Math.min(3, outlineLevel(this.headingLevel, 2));
    const saved = this.#autosave.state;
    const time = (at: Date) => formatTime(this.i18n.locale, at);
    const subject = this.#subject?.name;
    const unstated = unstatedSkills(role);
    return html`${issues}<div class="plan">
      <header part="header">
        ${heading(level, roleName ? this.#withRole('plan.titleRole', roleName) : t('plan.title'), 'title')}
        ${subject ? html`<p class="for">${t('plan.for', { name: subject })}</p>` : nothing} ${this.#renderSummary(steps)}
        ${renderUnstatedSkills(unstated, t, (skill) => this.renderSkillName(index, skill))}
        ${this.#renderOtherFramework(framework)}
      </header>
      <div part="toolbar" class="toolbar">
        <button type="button" @click=${this.#print}>${t('plan.print')}</button>
        <button type="button" @click=${() => this.#download('json')}>${t('plan.exportJson')}</button>
        <button type="button" @click=${() => this.#download('csv')}>${t('plan.exportCsv')}</button>
      </div>
      <div part="notice" role="status">${this.#notice ? html`<p class="notice">${t(...this.#notice)}</p>` : nothing}</div>
      ${renderDraftAlerts(
        saved,
        { failed: t('plan.saveFailed'), conflict: (at) => t('plan.conflict', { time: time(at) }), keepMine: t('plan.keepMine'), useTheirs: t('plan.useTheirs') },
        this.#keepMine,
        this.#useTheirs,
      )}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
      ${!role
        ? this.renderMessage(t('plan.noRole'))
        : !this.#assessmentRead?.value
          ? this.renderMessage(t('plan.noAssessment'))
          : steps?.length === 0
            ? html`<p part="message" class="message">${this.#withRole(unstated.length > 0 ? 'plan.noGapsStated' : 'plan.noGaps', roleName!)}</p>`
            : nothing}
      <div class="steps" @input=${this.#onInput} @change=${this.#onChange}>
        ${(steps ?? []).map((step) => this.#renderStep(index, step, level + 1))}
        ${kept.length > 0
          ? html`<section class="kept">
              ${heading(level + 1, t('plan.kept'))}
              <p class="hint">${t('plan.keptHint')}</p>
              ${kept.map(({ skill }) => html`<section part="step" class="step">${heading(level + 2, this.renderSkillName(index, skill))}${this.#renderActions(index, skill, level + 3)}</section>`)}
            </section>`
          : nothing}
      </div>
      <div class="saving">${renderDraftHint(saved, (at) => t('plan.saved', { time: time(at) }), t('plan.notSaved'))}</div>
    </div>`;
  }

  /** A message naming the role, with the role's title marked with its language. */
  #withRole(key: 'plan.titleRole' | 'plan.noGaps' | 'plan.noGapsStated', roleName: TemplateResult | string): (TemplateResult | string)[] {
    return messageWith((params) => this.i18n.t(key, params), { role: roleName });
  }

  #renderSummary(steps: readonly PlanStep[] | undefined): TemplateResult | typeof nothing {
    if (!steps || steps.length === 0) return nothing;
    const { t } = this.i18n;
    const essential = steps.filter((step) => step.importance === 'essential').length;
    return html`<p class="summary">${t('plan.summary', { count: steps.length })} ${essential > 0 ? t('plan.summaryEssential', { count: essential }) : nothing}</p>`;
  }

  #renderStep(index: FrameworkIndex, step: PlanStep, level: number): TemplateResult {
    const { t, locale } = this.i18n;
    const target = index.levels.get(step.target)!;
    const rich = (value: Parameters<typeof renderRich>[0]) => renderRich(value, locale, this.contentLanguage);
    return html`<section part="step" class="step ${step.importance}">
      ${heading(level, this.renderSkillName(index, step.skill))}
      <p class="importance">${t(step.importance === 'essential' ? 'plan.essential' : 'plan.desirable')}</p>
      <dl class="levels">
        <div><dt>${t('plan.now')}</dt><dd>${this.renderAnswer(index, step.current)}</dd></div>
        <div><dt>${t('plan.next')}</dt><dd>${this.renderAnswer(index, step.target)}</dd></div>
        <div>
          <dt>${t('plan.needs')}</dt>
          <dd>${this.renderAnswer(index, step.required)}${step.steps ? ` (${t('plan.toGo', { count: step.steps })})` : nothing}</dd>
        </div>
      </dl>
      ${heading(level + 1, messageWith((params) => t('plan.goodLooksLike', params), { level: renderText(target.label, locale, this.contentLanguage) }))}
      <div class="descriptors">${renderLevelDescriptors(step.goodLooksLike, t, rich)}</div>
      ${heading(level + 1, t('plan.learning'))}
      ${step.learning.length === 0
        ? html`<p class="message">${t('plan.noLearning')}</p>`
        : html`<ul class="learning">
            ${step.learning.map(
              (resource) =>
                html`<li>
                  <a href=${resource.url}>${renderText(resource.title, locale, this.contentLanguage)}</a>${resource.provider
                    ? [' (', renderText(resource.provider, locale, this.contentLanguage), ')']
                    : nothing}<span class="url"> ${resource.url}</span>
                </li>`,
            )}
          </ul>`}
      ${this.#renderActions(index, step.skill, level + 1)}
    </section>`;
  }

  #renderActions(index: FrameworkIndex, skill: string, level: number): TemplateResult {
    const { t } = this.i18n;
    const actions = this.#actions[skill] ?? [];
    const undo = this.#removed?.skill === skill && !this.readonly;
    return html`${heading(level, t('plan.actions'))}
      ${actions.length === 0
        ? html`<p class="message">${t('plan.noActions')}</p>`
        : html`<ol class="actions">
            ${repeat(
              actions,
              (action) => action.id,
              (action, position) => this.#renderAction(index, skill, action, position),
            )}
          </ol>`}
      ${this.readonly
        ? nothing
        : html`<p class="add">
            <button type="button" class="secondary" @click=${() => this.#add(skill)}>
              ${t('plan.add')}<span class="visually-hidden">: ${this.renderSkillName(index, skill)}</span>
            </button>
            ${undo
              ? html`<button type="button" class="secondary" data-undo @click=${() => this.#undo()}>
                  ${t('plan.undo')}<span class="visually-hidden">: ${t('plan.undoWhat')} ${this.renderSkillName(index, skill)}</span>
                </button>`
              : nothing}
          </p>`}`;
  }

  #renderAction(index: FrameworkIndex, skill: string, action: PlanAction, position: number): TemplateResult {
    const { t, locale } = this.i18n;
    const overdue = !action.done && action.due !== undefined && action.due < today();
    // Words for print and the read-only view: the editors below are for the screen. The separators are
    // strings, not templates: the CDN build's template minifier trims a template's leading space.
    const summary = html`<p class="action-text">${action.text}</p>
      <p class="action-meta">
        ${t(`plan.kind.${action.kind}`)}${action.due ? ` · ${t('plan.dueOn', { date: formatDay(locale, action.due) })}` : nothing}${overdue
          ? [' · ', html`<strong>${t('plan.overdue')}</strong>`]
          : nothing}${action.done ? ` · ${t('plan.done')}` : nothing}
      </p>`;
    if (this.readonly) return html`<li part="action" class="action ${action.done ? 'done' : ''}">${summary}</li>`;
    const over = action.text.length - MAX_ACTION;
    // An id for aria-describedby: one token, whatever characters the stored action id has.
    const hintId = `h-${position}-${action.id.replace(/[^\w-]/g, '_')}`;
    const overdueId = `o${hintId}`;
    return html`<li part="action" class="action ${action.done ? 'done' : ''}">
      <div class="print-only">${summary}</div>
      <fieldset class="editor">
        <legend>${t('plan.action', { n: position + 1 })}<span class="visually-hidden">: ${this.renderSkillName(index, skill)}</span></legend>
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
          <label>${t('plan.due')} <input type="date" min="1000-01-01" max="9999-12-31" data-skill=${skill} data-action=${action.id} data-field="due" aria-describedby=${overdue ? overdueId : nothing} .value=${action.due ?? ''} /></label>
          ${overdue ? html`<strong id=${overdueId} class="overdue">${t('plan.overdue')}</strong>` : nothing}
          <label class="check"><input type="checkbox" data-skill=${skill} data-action=${action.id} data-field="done" .checked=${action.done} /> ${t('plan.done')}</label>
          <button type="button" class="secondary" @click=${() => this.#remove(skill, action.id)}>${t('plan.remove')}</button>
        </div>
      </fieldset>
    </li>`;
  }
}
