import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { assessmentHistory, type AssessmentHistory } from '../../core/analysis/history.js';
import { indexRoles, type FrameworkIndex } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { exportAssessmentsCsv, exportAssessmentsJson } from '../../core/io/export-assessments.js';
import { parseAssessments, type ReadAssessment } from '../../core/parse-assessments.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { progressMessages } from '../../i18n/messages/progress.js';
import { mergeMessages } from '../../i18n/translate.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { noticeStyles } from '../../shared/notice-styles.js';
import { renderRecordToolbar } from '../../shared/record-toolbar.js';
import { outlineLevel, textFor } from '../../shared/rich-text.js';
import { tableStyles } from '../../shared/table-styles.js';
import { progressStyles } from './progress.styles.js';
import { dayOf, renderHistoryTable, renderSinceLastTime, type ProgressContext } from './progress-view.js';

/** What the element shows, worked out when its inputs change. */
interface ProgressModel {
  readonly history: AssessmentHistory;
  readonly read: readonly ReadAssessment[];
  /** The skills with something to show: a level or answer at some date, or a level the role needs. */
  readonly shown: AssessmentHistory['skills'];
  readonly roleTitle?: string;
}

/**
 * One person's assessments over time, against a role: each skill's level at each date as a compact line
 * with a table that is its equal, the trend in words ("Up one level since 10 Mar 2026") and what changed
 * since last time. Assessments made against other versions of the framework count alike; ratings for
 * skills this version lacks are kept and shown apart. It prints, and downloads as JSON and CSV.
 *
 * @customElement cf-progress
 * @summary A person's levels over time against a role, with trends in words.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart summary - What changed since last time.
 * @csspart toolbar - Print and download.
 * @csspart table - A table of levels by date.
 * @csspart message - A message shown instead of the history (no assessments, an unknown role, no framework).
 * @cssproperty --cf-progress-line-color - The lines drawn (default `--cf-color-accent`).
 */
export class CfProgress extends FrameworkElement {
  static override styles = [FrameworkElement.styles, tableStyles, noticeStyles, progressStyles];
  static override catalogue = mergeMessages(commonMessages, progressMessages);

  protected static override ownAccessors = ['assessments'];

  static override properties: PropertyDeclarations = {
    roleId: { attribute: 'role-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** A role or role level id (attribute `role-id`): its skills, with the level it needs beside each. */
  declare roleId?: string | null;

  /** Heading level of the element's headings (2 to 4), so it fits the page's outline. */
  headingLevel = 2;

  #assessments: unknown;
  #issues: readonly Issue[] = [];
  #read: readonly ReadAssessment[] = [];
  #model?: ProgressModel;
  #modelKey: readonly unknown[] = [];

  /**
   * One person's assessments, in any order (they are placed by date): each an assessment, or
   * `{ label, assessment }` to name its column. Each is validated; one that is not valid is reported.
   */
  get assessments(): unknown {
    return this.#assessments;
  }

  set assessments(value: unknown) {
    this.#assessments = value;
    const read = parseAssessments(value);
    this.#issues = read.issues;
    this.#read = read.assessments;
    this.requestUpdate();
  }

  /** Every assessment given that could be read, as JSON (what `parseAssessment` reads back, one by one). */
  toJson(): string {
    return exportAssessmentsJson(this.#read.map((read) => read.assessment));
  }

  /** Every assessment given, as CSV: one row per assessment per rated skill, named in the page's language. */
  toCsv(): string {
    return exportAssessmentsCsv(
      this.#read.map((read) => read.assessment),
      { framework: this.activeFramework, language: this.i18n.locale },
    );
  }

  protected override willUpdate(): void {
    const index = this.frameworkIndex;
    const key = [index, this.#read, this.roleId];
    if (!index) this.#model = undefined;
    else if (key.some((part, i) => part !== this.#modelKey[i])) this.#model = this.#modelFor(index);
    this.#modelKey = key;
  }

  #modelFor(index: FrameworkIndex): ProgressModel {
    const roleId = this.roleId ?? undefined;
    const history = assessmentHistory(
      index.framework,
      this.#read.map((read) => read.assessment),
      { roleId },
    );
    const shown = history.skills.filter((skill) => skill.required !== undefined || skill.answers.some((answer) => answer !== undefined));
    const role = roleId === undefined ? undefined : this.#roleTitle(index, roleId);
    return { history, read: this.#read, shown, ...(role === undefined ? {} : { roleTitle: role }) };
  }

  /** A role or role level's title in the page's language; undefined when the framework has no such role. */
  #roleTitle(index: FrameworkIndex, id: string): string | undefined {
    const role = indexRoles(index.framework).roles.get(id);
    return role && textFor((role.level ?? role.role).title, this.i18n.locale);
  }

  #context(index: FrameworkIndex, model: ProgressModel): ProgressContext {
    const { t, locale } = this.i18n;
    return {
      t,
      locale,
      outline: outlineLevel(this.headingLevel, 2),
      index,
      answerLabel: (level) => this.answerLabel(index, level),
      skillName: (id) => this.renderSkillName(index, id),
      columns: model.history.dates.map((date, i) => {
        const { label } = model.read[model.history.order[i]!]!;
        return label ? `${label} (${dayOf(locale, date)})` : dayOf(locale, date);
      }),
    };
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    const model = this.#model;
    if (!index || !model) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    const { t } = this.i18n;
    return html`<div part="base">
      ${this.#issues.length > 0 ? renderIssueSummary(this.#issues, this.i18n, 'progress.invalidInput') : nothing}
      ${
        this.roleId && model.roleTitle === undefined
          ? this.renderMessage(t('common.roleMissing', { role: this.roleId }))
          : this.#renderHistory(this.#context(index, model), model)
      }
    </div>`;
  }

  #renderHistory(context: ProgressContext, { history, shown, roleTitle }: ProgressModel): TemplateResult {
    const { t, locale } = context;
    const { dates, undated, retired, sinceLastTime } = history;
    if (dates.length === 0 && undated.length === 0) return this.renderMessage(t('progress.none'));
    const toolbar = renderRecordToolbar(
      { print: t('progress.print'), json: t('progress.downloadJson'), csv: t('progress.downloadCsv') },
      this,
      'my-assessments',
    );
    const title = roleTitle === undefined ? t('progress.title') : t('progress.titleRole', { role: roleTitle });
    return html`
      ${dates.length === 1 ? html`<p part="summary" class="summary">${t('progress.once', { date: dayOf(locale, dates[0]!) })}</p>` : nothing}
      ${sinceLastTime ? renderSinceLastTime(context, dates, sinceLastTime) : nothing}
      ${undated.length > 0 ? html`<p class="hint">${t('progress.undated', { count: undated.length })}</p>` : nothing}
      ${dates.length > 0 ? renderHistoryTable(context, title, shown, roleTitle !== undefined, 'history-title') : nothing}
      ${retired.length > 0 ? renderHistoryTable(context, t('progress.retired'), retired, false, 'retired-caption') : nothing} ${toolbar}
    `;
  }
}
