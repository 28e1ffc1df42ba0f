import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { gapAnalysis, type GapAnalysis, type SkillGap } from '../../core/analysis/gap.js';
import { indexRoles, type FrameworkIndex, type ResolvedRole } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { parseAssessment } from '../../core/parse.js';
import { NOT_APPLICABLE, NOT_OBSERVED, type Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import { barsLayout, labelsOverlap, LINE_HEIGHT, loosePoints, markerPath, radarLayout, radarRadiusFor, type Box, type GapChartInput, type Label } from '../../charts/gap-geometry.js';
import { gapChartInput } from '../../charts/gap-input.js';
import { describeGap, describeUnstated } from '../../charts/gap-summary.js';
import { formatDate } from '../../i18n/catalogue.js';
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
export type GapSeriesInput = Assessment | { readonly label?: string; readonly assessment: Assessment };

interface Series {
  readonly label?: string;
  readonly assessment: Assessment;
}

/** What one render draws: the role, an analysis per series (one blank one when unrated), names. */
interface Model {
  readonly index: FrameworkIndex;
  readonly role: ResolvedRole;
  readonly analyses: readonly GapAnalysis[];
  readonly names: readonly string[];
  readonly labels: readonly string[];
  readonly rated: boolean;
}

interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly content: SVGTemplateResult;
  /** Per skill, where its focus and pointer target goes. */
  readonly targets: readonly Box[];
  /** Whether labels overlap (a radar too narrow for its names). */
  readonly overlaps?: boolean;
}

/** Below this width (CSS px) the table takes over from the chart. */
const NARROW = 480;
/** `variant="auto"`: a radar reads well from 3 to about a dozen spokes; bars beyond. */
const RADAR_MAX = 12;

/**
 * Where a person stands against a role: their ratings (one or more series: self, manager, an
 * earlier snapshot) against the levels the role needs, as a radar or a bar chart, always with a
 * data table that is its equal and a one-paragraph summary. Moving to a skill shows its levels.
 *
 * @customElement cf-gap-chart
 * @summary Ratings against a role's required levels: chart, table and summary.
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
 * @cssproperty --cf-gap-chart-gap-color - The shortfall band in the bar chart.
 */
export class CfGapChart extends FrameworkElement {
  static override styles = [FrameworkElement.styles, tableStyles, drawingStyles, gapChartStyles];
  static override catalogue = mergeMessages(commonMessages, gapMessages);

  static override properties: PropertyDeclarations = {
    // The `role` attribute is ARIA's: a role id there is an invalid ARIA role.
    role: { attribute: 'role-id' },
    variant: {},
    view: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    assessment: { attribute: false },
    assessments: { attribute: false },
  };

  /** The role or role level (attribute `role-id`) whose required levels are the target. */
  declare role: string | null;

  /** `radar`, `bars`, or `auto` (the default): a radar for 3 to 12 skills, bars otherwise. */
  variant = 'auto';

  /** `chart` (the default; the table is still there for assistive technology) or `table`. */
  view = 'chart';

  /** Heading level of the skill details (2 to 4). */
  headingLevel = 3;

  /** One assessment to compare with the role (when `assessments` is not set). */
  declare assessment?: Assessment;

  /**
   * Several series, first one measured against the role (its gaps are marked): assessments, or
   * `{ label, assessment }` to name a series. Unnamed series are named after their rater.
   */
  declare assessments?: readonly GapSeriesInput[];

  #series: readonly Series[] = [];
  #inputIssues: readonly Issue[] = [];
  #parsedFor?: [Framework | undefined, unknown, unknown];
  readonly #size = new WidthController(this);

  /** Which skill's levels are shown: focused, pointed at or chosen. */
  readonly #preview = new PreviewController(this);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const framework = this.activeFramework;
    const [lastFramework, lastOne, lastMany] = this.#parsedFor ?? [];
    if (framework !== lastFramework || this.assessment !== lastOne || this.assessments !== lastMany) {
      this.#parsedFor = [framework, this.assessment, this.assessments];
      this.#parseSeries(framework);
    }
  }

  /** Series from the host are untrusted like any input: each is validated, and shown only when valid. */
  #parseSeries(framework: Framework | undefined): void {
    const series: Series[] = [];
    const issues: Issue[] = [];
    const given: unknown = this.assessments ?? (this.assessment ? [this.assessment] : []);
    if (!Array.isArray(given)) issues.push({ key: 'value.type', path: ['assessments'], severity: 'error', params: { expected: 'array' } });
    const inputs: readonly GapSeriesInput[] = Array.isArray(given) ? given : [];
    for (const input of inputs) {
      const named = typeof input === 'object' && input !== null && 'assessment' in input && !('ratings' in input);
      const parsed = parseAssessment(named ? input.assessment : input, framework);
      if (parsed.ok) series.push({ label: named && typeof input.label === 'string' ? input.label : undefined, assessment: parsed.value });
      else issues.push(...parsed.issues);
    }
    this.#series = series;
    this.#inputIssues = issues;
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return this.renderMissingFramework();
    const { t } = this.i18n;
    const issues = this.#inputIssues.length > 0 ? renderIssueSummary(this.#inputIssues, this.i18n, 'assess.invalidInput') : nothing;
    if (!this.role) return html`${issues}${this.renderMessage(t('gap.noRole'))}`;
    const role = indexRoles(index.framework).roles.get(this.role);
    if (!role) return html`${issues}${this.renderMessage(t('assess.roleMissing', { role: this.role }))}`;
    if (role.requirements.length === 0) return html`${issues}${this.renderMessage(t('gap.noSkills', { role: this.#roleName(role) }))}`;
    const rated = this.#series.length > 0;
    const model: Model = {
      index,
      role,
      // Without a rating, an empty one still gives the role's requirements, skill by skill.
      analyses: (rated ? this.#series.map((series) => series.assessment) : [{ ratings: {} }]).map(
        (assessment) => gapAnalysis(index.framework, assessment, role.id)!,
      ),
      names: role.requirements.map((requirement) => this.skillName(index, requirement.skill)),
      labels: this.#labels(),
      rated,
    };
    const tableOnly = this.view === 'table' || (this.#size.width ?? 640) < NARROW;
    const on = this.#preview.listeners;
    const summary = rated
      ? describeGap(model.analyses[0]!, (id) => this.skillName(index, id), t)
      : [t('gap.noRatings'), ...describeUnstated(model.analyses[0]!, t)].join(' ');
    return html`
      ${issues}
      <p part="summary" class="summary" id="summary">${summary}</p>
      <div @focusin=${on.focusin} @pointerover=${on.pointerover} @pointerleave=${on.pointerleave}
        @click=${on.click} @keydown=${on.keydown}>
        ${tableOnly ? nothing : this.#renderChart(model)}
        ${this.#renderTable(model, tableOnly)}
      </div>
      <div part="details" class="details" id="details" data-details>${this.#renderDetails(model)}</div>
    `;
  }

  #roleName(role: ResolvedRole): string {
    return textFor((role.level ?? role.role).title, this.i18n.locale);
  }

  #renderRoleName(role: ResolvedRole): TemplateResult | string {
    return renderText((role.level ?? role.role).title, this.i18n.locale, this.contentLanguage);
  }

  /** Series names: the host's label, else the rater's, dated when two would read the same. */
  #labels(): string[] {
    const { t, locale } = this.i18n;
    const base = this.#series.map((series) => series.label ?? t(`gap.series.${series.assessment.rater}`));
    return base.map((label, i) => {
      const date = this.#series[i]!.assessment.updatedAt;
      const repeated = base.indexOf(label) !== base.lastIndexOf(label);
      return repeated && date ? t('gap.seriesDated', { label, date: formatDate(locale, new Date(date)) }) : label;
    });
  }

  #gapText(gap: SkillGap): string {
    const { t } = this.i18n;
    switch (gap.status) {
      case 'met':
        return t('gap.met');
      case 'above':
        return t('gap.above', { count: gap.difference! });
      case 'below':
        return t('gap.below', { count: -gap.difference! });
      case 'not-applicable':
        return t('assess.notApplicable');
      case 'unstated':
        return t('assess.levelNotStated');
      default:
        return t(gap.current === NOT_OBSERVED ? 'assess.notObserved' : 'assess.notRated');
    }
  }

  #isActive(model: Model, i: number): boolean {
    return this.#preview.shown === model.role.requirements[i]!.skill;
  }

  /** A skill's button: one tab stop for all (arrow keys move between them), showing its levels. */
  #skillButton(model: Model, i: number, content: unknown, extra: { className: string; place?: string; describedBy?: string }): TemplateResult {
    const skill = model.role.requirements[i]!.skill;
    const keys = model.role.requirements.map((requirement) => requirement.skill);
    return html`<button type="button" class=${extra.className} data-item=${skill} .style=${extra.place ?? ''}
      tabindex=${this.#preview.tabIndex(skill, keys)} aria-expanded=${this.#preview.shown === skill ? 'true' : 'false'}
      aria-controls="details" aria-describedby=${extra.describedBy ?? nothing}>${content}</button>`;
  }

  #renderChart(model: Model): TemplateResult {
    const { t, locale } = this.i18n;
    const { index, role, names, labels } = model;
    const count = names.length;
    const input = gapChartInput(index, role, model.rated ? model.analyses : [], names);
    const width = Math.min(960, this.#size.width ?? 640);
    // `auto` draws a radar only where its names fit around it without overlapping.
    const radarFits = this.variant === 'radar' ? count >= 3 : this.variant !== 'bars' && count >= 3 && count <= RADAR_MAX;
    const radarDrawing = radarFits ? this.#radar(model, input, width) : undefined;
    const radar = radarDrawing && (this.variant === 'radar' || !radarDrawing.overlaps) ? radarDrawing : undefined;
    const drawing = radar ?? this.#bars(model, input, width);
    const swatch = (content: SVGTemplateResult) => html`<svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">${content}</svg>`;
    const seriesSwatch = (s: number) =>
      radar
        ? svg`<g class="series s${s % 4}"><path d="M2 7H26"></path><path class="marker" d=${markerPath(s, { x: 14, y: 7 })}></path></g>`
        : svg`<rect class="bar s${s % 4}" x="2" y="3" width="24" height="8"></rect>`;
    return html`<ul part="legend" class="legend">
        <li>${swatch(svg`<path class="required" d="M2 7H26"></path>`)} ${t('gap.required')}</li>
        ${labels.map((label, s) => html`<li>${swatch(seriesSwatch(s))} ${label}</li>`)}
        ${!radar && model.rated
          ? // The hatch pattern is the drawing's: an id reaches across the SVGs of one shadow root.
            html`<li>${swatch(svg`<rect class="gap" fill="url(#hatch)" x="2" y="3" width="24" height="8"></rect>`)} ${t('gap.gap')}</li>`
          : nothing}
      </ul>
      <p class="hint">
        ${t('gap.levels')} ${index.framework.scale.levels.map((level, i) => html`<span class="level-key">${i + 1} ${renderText(level.label, locale, this.contentLanguage)}</span>`)}
      </p>
      <p class="hint pointer">${t('gap.hint')}</p>
      <div part="chart" class="plot">
        <svg role="img" aria-labelledby="chart-title" aria-describedby="summary" width=${drawing.width} height=${drawing.height}
          viewBox="0 0 ${drawing.width} ${drawing.height}">
          <title id="chart-title">${t('gap.title', { role: this.#roleName(role) })}</title>
          <defs>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <path class="hatch" d="M0 0V6"></path>
            </pattern>
          </defs>
          ${drawing.content}
        </svg>
        ${drawing.targets.map((box, i) => {
          const skill = role.requirements[i]!.skill;
          // Percentages of the drawing, which scales with its viewBox, so the targets stay on their skills.
          // Set as a property (CSSOM), which a strict Content Security Policy allows, unlike a style attribute.
          const percent = (value: number, of: number) => `${(100 * value) / of}%`;
          const place = `left:${percent(box.x, drawing.width)};top:${percent(box.y, drawing.height)};width:${percent(box.width, drawing.width)};height:${percent(box.height, drawing.height)}`;
          // The table row (there for assistive technology) gives the button its values as a description.
          return this.#skillButton(model, i, html`<span class="visually-hidden">${this.renderSkillName(index, skill)}</span>`, {
            className: 'target',
            place,
            describedBy: `row-${skill}`,
          });
        })}
      </div>`;
  }

  #text(label: Label, active: boolean): SVGTemplateResult {
    return svg`<text class="label ${active ? 'active' : ''}" x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.lines.map(
      (line, i) => svg`<tspan x=${label.x} dy=${i === 0 ? 0 : LINE_HEIGHT}>${line}</tspan>`,
    )}</text>`;
  }

  #radar(model: Model, input: GapChartInput, width: number): Drawing {
    // A skill the first series cannot show says why under its name: nothing is drawn as zero. A skill
    // named with no level says so, and the requirement's outline is left open at its spoke.
    const notes = model.analyses[0]!.skills.map((gap, i) =>
      gap.status === 'unstated' || (model.rated && input.series[0]![i] === undefined) ? this.#gapText(gap) : undefined,
    );
    const layout = radarLayout({ ...input, notes }, { radius: radarRadiusFor(width) });
    const { centre } = layout;
    const content = svg`
      <g class="grid">
        ${layout.rings.map((r) => svg`<circle cx=${centre.x} cy=${centre.y} r=${r}></circle>`)}
        ${layout.spokes.map(({ end }) => svg`<path d="M${centre.x} ${centre.y}L${end.x} ${end.y}"></path>`)}
      </g>
      ${layout.rings.map((r, i) => svg`<text class="tick" x=${centre.x + 4} y=${centre.y - r + 12}>${i + 1}</text>`)}
      <path class="required" d=${layout.required.path}></path>
      ${loosePoints(layout.required).map((point) => svg`<path class="required-marker" d=${markerPath(3, point, 4)}></path>`)}
      ${layout.series.map(
        (outline, s) => svg`<g class="series s${s % 4}">
          <path class=${s === 0 && outline.path.endsWith('Z') ? 'area' : ''} d=${outline.path}></path>
          ${outline.points.map((point) => (point ? svg`<path class="marker" d=${markerPath(s, point)}></path>` : nothing))}
        </g>`,
      )}
      ${layout.spokes.map(({ label }, i) => this.#text(label, this.#isActive(model, i)))}`;
    return { width: layout.width, height: layout.height, content, targets: layout.spokes.map(({ label }) => label.box), overlaps: labelsOverlap(layout) };
  }

  #bars(model: Model, input: GapChartInput, width: number): Drawing {
    const layout = barsLayout(input, { width, labelChars: Math.max(14, Math.min(30, Math.floor((width * 0.32) / 7.3))) });
    const { axis } = layout;
    const content = svg`
      <g class="grid">
        ${layout.ticks.map((tick) => svg`<path d="M${tick.x} ${axis.top}V${axis.bottom}"></path>`)}
        <path class="axis" d="M${axis.x} ${axis.top}V${axis.bottom}"></path>
      </g>
      ${layout.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${layout.tickY} text-anchor="middle">${tick.level}</text>`)}
      ${layout.rows.map((row, i) => {
        const { box } = row;
        return svg`<g class="row ${this.#isActive(model, i) ? 'active' : ''}">
          <rect class="band" x=${box.x} y=${box.y} width=${box.width} height=${box.height}></rect>
          ${this.#text(row.label, false)}
          ${row.bars.map((bar, s) =>
            bar
              ? svg`<rect class="bar s${s % 4}" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`
              : s === 0
                ? nothing // the first series' note at the row's end says why
                : svg`<text class="missing" x=${axis.x + 4} y=${row.slots[s]! + 8}>${this.#gapText(model.analyses[s]!.skills[i]!)}</text>`,
          )}
          ${row.gap ? svg`<rect class="gap" fill="url(#hatch)" x=${row.gap.x} y=${row.gap.y} width=${row.gap.width} height=${row.gap.height}></rect>` : nothing}
          ${row.required === undefined
            ? nothing
            : svg`<path class="required" d="M${row.required} ${box.y + 4}V${box.y + box.height - 4}"></path>
                <path class="required-marker" d=${markerPath(3, { x: row.required, y: box.y + 5 }, 4)}></path>`}
          ${model.rated || row.required === undefined
            ? svg`<text class="note" x=${row.note.x} y=${row.note.y}>${this.#gapText(model.analyses[0]!.skills[i]!)}</text>`
            : nothing}
        </g>`;
      })}`;
    return { width: layout.width, height: layout.height, content, targets: layout.rows.map((row) => row.box) };
  }

  #renderTable(model: Model, shown: boolean): TemplateResult {
    const { t } = this.i18n;
    const { index, role, analyses, labels, rated } = model;
    // Hidden from sight (not from assistive technology) while the chart shows: then nothing in it takes focus.
    return html`<div class=${shown ? 'table-wrap' : 'visually-hidden table-hidden'} role=${shown ? 'region' : nothing}
        aria-labelledby=${shown ? 'caption' : nothing} tabindex=${shown ? '0' : nothing}>
      <table part="table">
        <caption id="caption">${messageWith((params) => t('gap.title', params), { role: this.#renderRoleName(role) })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('assess.skill')}</th>
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
              <th scope="row">${shown ? this.#skillButton(model, i, name, { className: 'link' }) : name}</th>
              <td>${this.renderRequired(index, requirement.level)}</td>
              ${rated ? analyses.map((analysis) => html`<td>${this.renderAnswer(index, analysis.skills[i]!.current)}</td>`) : nothing}
              ${rated ? html`<td>${this.#gapText(analyses[0]!.skills[i]!)}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  /** The active skill's levels, from the ladder, with the first series' level and the role's marked. */
  #renderDetails({ role, analyses }: Model): TemplateResult | typeof nothing {
    const position = role.requirements.findIndex((requirement) => requirement.skill === this.#preview.shown);
    if (position < 0) return nothing;
    const gap = analyses[0]!.skills[position]!;
    const current = gap.current === NOT_APPLICABLE || gap.current === NOT_OBSERVED ? undefined : gap.current;
    return html`<cf-level-ladder skill=${gap.skill} current=${current ?? nothing} target=${gap.required ?? nothing} collapsible
      heading-level=${outlineLevel(this.headingLevel, 3)} .framework=${this.framework} .messages=${this.messages}></cf-level-ladder>`;
  }
}
