import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { indexRoles, type FrameworkIndex, type ResolvedRole } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { parseAssessments, type NamedAssessment } from '../../core/parse-assessments.js';
import { NOT_APPLICABLE, NOT_OBSERVED, type Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import { gapDrawing, gapSwatch, hatchPattern, requiredSwatch, seriesSwatch } from '../../charts/gap-drawing.js';
import { gapModel, type GapModel, type GapSeries } from '../../charts/gap-model.js';
import { gapPlot, type GapPlot } from '../../charts/gap-plot.js';
import { gapText } from '../../charts/gap-summary.js';
import { ViewChangeEvent } from '../../events/view-change-event.js';
import { drawingStyles } from '../../shared/drawing-styles.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { PreviewController } from '../../shared/preview-controller.js';
import { WidthController } from '../../shared/width-controller.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { tableStyles } from '../../shared/table-styles.js';
import { messageWith, outlineLevel, renderText, textFor } from '../../shared/rich-text.js';
import { gapChartStyles } from './gap-chart.styles.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { gapMessages } from '../../i18n/messages/gap.js';
import { mergeMessages } from '../../i18n/translate.js';

/** One series: an assessment, optionally with the label to show for it. */
export type GapSeriesInput = Assessment | NamedAssessment;

/** Below this width (CSS px) the table takes over from the chart. */
const NARROW = 480;

/** What a render shows: a message, or the model and (while the drawing shows) its plot. */
type ChartState = { readonly message: string } | { readonly model: GapModel; readonly plot?: GapPlot };

/**
 * Where a person stands against a role: their ratings (one or more series: self, manager, an
 * earlier snapshot) against the levels the role needs, as a radar or a bar chart, always with a
 * data table that is its equal and a one-paragraph summary. Moving to a skill shows its levels.
 *
 * @customElement cf-gap-chart
 * @summary Ratings against a role's required levels: chart, table and summary.
 * @fires {ViewChangeEvent} cf-view-change - A person chose a skill to show its levels (click or Enter), or closed them: `property` is `skill`, `value` the skill's id or undefined.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart summary - The sentence that sums up the gaps.
 * @csspart legend - What each line, bar and marker stands for, and the level numbers.
 * @csspart chart - The drawing and its skill targets.
 * @csspart table - The data table.
 * @csspart details - The levels of the skill pointed at or focused.
 * @csspart message - A message shown instead of the chart (no role, unknown role, no framework).
 * @csspart error-summary - Problems with a framework or assessment given as a property.
 * @cssproperty --cf-gap-chart-required-color - The role's required levels.
 * @cssproperty --cf-gap-chart-series-1-color - The first series (the one measured against the role).
 * @cssproperty --cf-gap-chart-series-2-color - The second series.
 * @cssproperty --cf-gap-chart-series-3-color - The third series.
 * @cssproperty --cf-gap-chart-series-4-color - The fourth series (and every fourth after it).
 * @cssproperty --cf-gap-chart-gap-color - The shortfall band in the bar chart.
 * @cssproperty --cf-font-family - The font.
 * @cssproperty --cf-color-text - Text, and the fourth series and required levels unless set.
 * @cssproperty --cf-color-secondary-text - Hints, gridlines and the third series unless set.
 * @cssproperty --cf-color-background - Behind the markers.
 * @cssproperty --cf-color-surface - The row pointed at or focused.
 * @cssproperty --cf-color-border - The table's rules.
 * @cssproperty --cf-color-accent - The first series unless set, and links.
 * @cssproperty --cf-color-success - The second series unless set.
 * @cssproperty --cf-color-error - The shortfall unless set, and the error summary.
 * @cssproperty --cf-color-focus - The focus outline.
 * @cssproperty --cf-space - The error summary's spacing.
 */
export class CfGapChart extends FrameworkElement {
  static override styles = [FrameworkElement.styles, tableStyles, drawingStyles, gapChartStyles];
  static override catalogue = mergeMessages(commonMessages, gapMessages);

  static override properties: PropertyDeclarations = {
    roleId: { attribute: 'role-id' },
    variant: {},
    view: {},
    skill: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    assessment: { attribute: false },
    assessments: { attribute: false },
  };

  /** The role or role level (attribute `role-id`) whose required levels are the target. */
  declare roleId?: string | null;

  /** `radar`, `bars`, or `auto` (the default): a radar for 3 to 12 skills, bars otherwise. */
  variant = 'auto';

  /** `chart` (the default; the table is still there for assistive technology) or `table`. */
  view = 'chart';

  /** The skill whose levels are shown, chosen by the person (then `cf-view-change` tells) or set by the host. */
  declare skill?: string | null;

  /** Heading level of the skill details (2 to 4). */
  headingLevel = 2;

  /** One assessment to compare with the role (when `assessments` is not set). */
  declare assessment?: Assessment;

  /**
   * Several series, first one measured against the role (its gaps are marked): assessments, or
   * `{ label, assessment }` to name a series. Unnamed series are named after their rater.
   */
  declare assessments?: readonly GapSeriesInput[];

  #series: readonly GapSeries[] = [];
  #inputIssues: readonly Issue[] = [];
  #parsedFor?: [Framework | undefined, unknown, unknown];
  #state?: ChartState;
  /** The skill last chosen, by the person or the host: a change of the preview's pinned skill from it is the person's. */
  #chosen?: string;
  /** Whether the person changed the chosen skill and the host is yet to be told. */
  #untold = false;
  readonly #size = new WidthController(this);

  /** Which skill's levels are shown: focused, pointed at or chosen. */
  readonly #preview = new PreviewController(this);

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // No ladder is in the first render, so the page does not wait for it: it loads now, before a skill is shown.
    void import('../level-ladder/define.js');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const framework = this.activeFramework;
    const [lastFramework, lastOne, lastMany] = this.#parsedFor ?? [];
    if (framework !== lastFramework || this.assessment !== lastOne || this.assessments !== lastMany) {
      this.#parsedFor = [framework, this.assessment, this.assessments];
      // Series from the host are untrusted like any input: each is validated, and shown only when valid.
      const read = parseAssessments(this.assessments ?? (this.assessment ? [this.assessment] : []), framework);
      this.#series = read.assessments;
      this.#inputIssues = read.issues;
    }
    this.#syncSkill(changed);
    this.#state = this.#buildState();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#untold) return;
    this.#untold = false;
    // Built apart from the dispatch: inline, the manifest's analyser reads `skill` as the event's name.
    const change = new ViewChangeEvent('skill', this.#chosen);
    this.dispatchEvent(change);
  }

  /** The host's `skill` opens its levels (pinned, as a click does); the person's choice sets `skill` and is told after the render. */
  #syncSkill(changed: PropertyValues): void {
    const preview = this.#preview;
    const pinned = preview.pinned ? preview.shown : undefined;
    if (changed.has('skill') && (this.skill || undefined) !== this.#chosen) {
      this.#chosen = this.skill || undefined;
      preview.shown = this.#chosen;
      preview.pinned = this.#chosen !== undefined;
    } else if (pinned !== this.#chosen) {
      this.#chosen = pinned;
      this.skill = pinned;
      this.#untold = true;
    }
  }

  #buildState(): ChartState | undefined {
    const index = this.frameworkIndex;
    if (this.awaitingProvider || !index) return undefined;
    const { t, locale } = this.i18n;
    if (!this.roleId) return { message: t('gap.noRole') };
    const role = indexRoles(index.framework).roles.get(this.roleId);
    if (!role) return { message: t('common.roleMissing', { role: this.roleId }) };
    if (role.requirements.length === 0) return { message: t('gap.noSkills', { role: this.#roleName(role) }) };
    const model = gapModel(index, role, this.#series, { t, locale, skillName: (id) => this.skillName(index, id) });
    const width = Math.min(960, this.#size.width ?? 640);
    return {
      model,
      plot: this.#tableOnly
        ? undefined
        : gapPlot(model.input, { variant: this.variant, width, analyses: model.analyses, gapText: (gap) => gapText(gap, t) }),
    };
  }

  get #tableOnly(): boolean {
    return this.view === 'table' || (this.#size.width ?? 640) < NARROW;
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    const issues = this.#inputIssues.length > 0 ? renderIssueSummary(this.#inputIssues, this.i18n, 'common.invalidAssessment') : nothing;
    const state = this.#state;
    if (!state || 'message' in state) return html`<div part="base">${issues}${state ? this.renderMessage(state.message) : nothing}</div>`;
    const { model, plot } = state;
    const on = this.#preview.listeners;
    return html`<div part="base">
      ${issues}
      <p part="summary" class="summary" id="summary">${model.summary}</p>
      <div @focusin=${on.focusin} @pointerover=${on.pointerover} @pointerleave=${on.pointerleave} @click=${on.click} @keydown=${on.keydown}>
        ${plot ? this.#renderChart(index, model, plot) : nothing} ${this.#renderTable(index, model, !plot)}
      </div>
      <div part="details" class="details" id="details" data-details>${this.#renderDetails(model)}</div>
    </div>`;
  }

  #roleName(role: ResolvedRole): string {
    return textFor((role.level ?? role.role).title, this.i18n.locale);
  }

  #renderRoleName(role: ResolvedRole): TemplateResult | string {
    return renderText((role.level ?? role.role).title, this.i18n.locale, this.contentLanguage);
  }

  /** The skill whose button is the tab stop of the chart's or the table's buttons. */
  #tabStop(model: GapModel): string | undefined {
    return this.#preview.tabStop(model.role.requirements.map((requirement) => requirement.skill));
  }

  /** A skill's button: one tab stop for all (arrow keys move between them, `stop` is it), showing its levels. */
  #skillButton(
    model: GapModel,
    i: number,
    content: unknown,
    extra: { className: string; stop: string | undefined; place?: string; describedBy?: string },
  ): TemplateResult {
    const skill = model.role.requirements[i]!.skill;
    return html`<button
      type="button"
      class=${extra.className}
      data-item=${skill}
      .style=${extra.place ?? ''}
      tabindex=${skill === extra.stop ? '0' : '-1'}
      aria-expanded=${this.#preview.shown === skill ? 'true' : 'false'}
      aria-controls="details"
      aria-describedby=${extra.describedBy ?? nothing}
    >
      ${content}
    </button>`;
  }

  #renderChart(index: FrameworkIndex, model: GapModel, plot: GapPlot): TemplateResult {
    const { t, locale } = this.i18n;
    const { role, labels } = model;
    const active = role.requirements.findIndex((requirement) => requirement.skill === this.#preview.shown);
    const stop = this.#tabStop(model);
    return html`<ul part="legend" class="legend">
        <li>${requiredSwatch()} ${t('gap.required')}</li>
        ${labels.map((label, s) => html`<li>${seriesSwatch(s, plot.kind)} ${label}</li>`)}
        ${plot.kind === 'bars' && model.rated ? html`<li>${gapSwatch()} ${t('gap.gap')}</li>` : nothing}
      </ul>
      <p class="hint">
        ${t('gap.levels')}
        ${index.framework.scale.levels.map((level, i) => html`<span class="level-key">${i + 1} ${renderText(level.label, locale, this.contentLanguage)}</span>`)}
      </p>
      <p class="hint pointer">${t('gap.hint')}</p>
      <div part="chart" class="plot">
        <svg
          role="img"
          aria-labelledby="chart-title"
          aria-describedby="summary"
          width=${plot.width}
          height=${plot.height}
          viewBox="0 0 ${plot.width} ${plot.height}"
        >
          <title id="chart-title">${t('gap.title', { role: this.#roleName(role) })}</title>
          <defs>${hatchPattern}</defs>
          ${gapDrawing(plot, active)}
        </svg>
        ${plot.targets.map((box, i) => {
          const skill = role.requirements[i]!.skill;
          // Percentages of the drawing, which scales with its viewBox, so the targets stay on their skills.
          // Set as a property (CSSOM), which a strict Content Security Policy allows, unlike a style attribute.
          const percent = (value: number, of: number) => `${(100 * value) / of}%`;
          const place = `left:${percent(box.x, plot.width)};top:${percent(box.y, plot.height)};width:${percent(box.width, plot.width)};height:${percent(box.height, plot.height)}`;
          // The table row (there for assistive technology) gives the button its values as a description.
          return this.#skillButton(model, i, html`<span class="visually-hidden">${this.renderSkillName(index, skill)}</span>`, {
            className: 'target',
            stop,
            place,
            describedBy: `row-${skill}`,
          });
        })}
      </div>`;
  }

  #renderTable(index: FrameworkIndex, model: GapModel, shown: boolean): TemplateResult {
    const { t } = this.i18n;
    const { role, analyses, labels, rated } = model;
    const stop = shown ? this.#tabStop(model) : undefined;
    // Hidden from sight (not from assistive technology) while the chart shows: then nothing in it takes focus.
    return html`<div
      class=${shown ? 'table-wrap' : 'visually-hidden table-hidden'}
      role=${shown ? 'region' : nothing}
      aria-labelledby=${shown ? 'caption' : nothing}
      tabindex=${shown ? '0' : nothing}
    >
      <table part="table">
        <caption id="caption">
          ${messageWith((params) => t('gap.title', params), { role: this.#renderRoleName(role) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('common.skill')}</th>
            <th scope="col">${t('gap.required')}</th>
            ${labels.map((label) => html`<th scope="col">${label}</th>`)}
            ${rated ? html`<th scope="col">${labels.length > 1 ? t('gap.gapOf', { series: labels[0]! }) : t('gap.gap')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${role.requirements.map((requirement, i) => {
            const skill = requirement.skill;
            const name =
              requirement.importance === 'desirable'
                ? messageWith((params) => t('gap.desirable', params), { skill: this.renderSkillName(index, skill) })
                : this.renderSkillName(index, skill);
            return html`<tr id="row-${skill}" class=${this.#preview.shown === skill ? 'active' : ''}>
              <th scope="row">${shown ? this.#skillButton(model, i, name, { className: 'link', stop }) : name}</th>
              <td>${this.renderRequired(index, requirement.level)}</td>
              ${rated ? analyses.map((analysis) => html`<td>${this.renderAnswer(index, analysis.skills[i]!.current)}</td>`) : nothing}
              ${rated ? html`<td>${gapText(analyses[0]!.skills[i]!, t)}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  /** The active skill's levels, from the ladder, with the first series' level and the role's marked. */
  #renderDetails({ role, analyses }: GapModel): TemplateResult | typeof nothing {
    const position = role.requirements.findIndex((requirement) => requirement.skill === this.#preview.shown);
    if (position < 0) return nothing;
    const gap = analyses[0]!.skills[position]!;
    const current = gap.current === NOT_APPLICABLE || gap.current === NOT_OBSERVED ? undefined : gap.current;
    return html`<cf-level-ladder
      skill=${gap.skill}
      current=${current ?? nothing}
      target=${gap.required ?? nothing}
      collapsible
      heading-level=${outlineLevel(this.headingLevel, 2)}
      .framework=${this.framework}
      .messages=${this.messages}
    ></cf-level-ladder>`;
  }
}
