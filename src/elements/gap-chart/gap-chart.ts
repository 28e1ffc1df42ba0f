import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { gapAnalysis, type GapAnalysis, type SkillGap } from '../../core/analysis/gap.js';
import { indexRoles, type FrameworkIndex, type ResolvedRole } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { parseAssessment } from '../../core/parse.js';
import { NOT_APPLICABLE, NOT_OBSERVED, type Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import { barsLayout, LINE_HEIGHT, markerPath, radarLayout, radarRadiusFor, type Box, type GapChartInput, type Label } from '../../charts/gap-geometry.js';
import { gapChartInput } from '../../charts/gap-input.js';
import { describeGap } from '../../charts/gap-summary.js';
import { formatDate } from '../../i18n/index.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { tableStyles } from '../../shared/table-styles.js';
import { textFor } from '../../shared/rich-text.js';
import { gapChartStyles } from './gap-chart.styles.js';

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
  static override styles = [FrameworkElement.styles, tableStyles, gapChartStyles];

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
  /** The skill whose levels are shown: the last one pointed at, focused or chosen. */
  #active?: string;
  #width?: number;
  readonly #resize = new ResizeObserver(([entry]) => {
    // Steps of 10 px: a drag of the window does not redraw on every pixel.
    const width = Math.round((entry?.contentRect.width ?? 0) / 10) * 10;
    if (width > 0 && width !== this.#width) {
      this.#width = width;
      this.requestUpdate();
    }
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

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
    const inputs = this.assessments ?? (this.assessment ? [this.assessment] : []);
    const series: Series[] = [];
    const issues: Issue[] = [];
    for (const input of inputs) {
      const named = typeof input === 'object' && input !== null && 'assessment' in input && !('ratings' in input);
      const parsed = parseAssessment(named ? input.assessment : input, framework);
      if (parsed.ok) series.push({ label: named && typeof input.label === 'string' ? input.label : undefined, assessment: parsed.value });
      else issues.push(...parsed.issues);
    }
    this.#series = series;
    this.#inputIssues = issues;
  }

  readonly #onPoint = (event: Event): void => {
    const skill = (event.target as Element).closest<HTMLElement>('[data-skill]')?.dataset.skill;
    if (skill && skill !== this.#active) {
      this.#active = skill;
      this.requestUpdate();
    }
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // WCAG 1.4.13: content shown on focus or hover can be dismissed without moving.
    if (event.key === 'Escape' && this.#active) {
      this.#active = undefined;
      this.requestUpdate();
    }
  };

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return this.renderMissingFramework();
    const { t } = this.i18n;
    const issues = this.#inputIssues.length > 0 ? renderIssueSummary(this.#inputIssues, this.i18n, this.messages, 'assess.invalidInput') : nothing;
    if (!this.role) return html`${issues}${this.#message(t('gap.noRole'))}`;
    const role = indexRoles(index.framework).roles.get(this.role);
    if (!role) return html`${issues}${this.#message(t('assess.roleMissing', { role: this.role }))}`;
    if (role.requirements.length === 0) return html`${issues}${this.#message(t('gap.noSkills', { role: this.#roleName(role) }))}`;
    const rated = this.#series.length > 0;
    const model: Model = {
      index,
      role,
      // Without a rating, an empty one still gives the role's requirements, skill by skill.
      analyses: (rated ? this.#series.map((series) => series.assessment) : [{ ratings: {} }]).map(
        (assessment) => gapAnalysis(index.framework, assessment, role.id)!,
      ),
      names: role.requirements.map((requirement) => this.#skillName(index, requirement.skill)),
      labels: this.#labels(),
      rated,
    };
    const tableOnly = this.view === 'table' || (this.#width ?? this.clientWidth) < NARROW;
    const summary = rated ? describeGap(model.analyses[0]!, (id) => this.#skillName(index, id), t) : t('gap.noRatings');
    return html`
      ${issues}
      <p part="summary" class="summary" id="summary">${summary}</p>
      <div @pointerover=${this.#onPoint} @focusin=${this.#onPoint} @click=${this.#onPoint} @keydown=${this.#onKeydown}>
        ${tableOnly ? nothing : this.#renderChart(model)}
        ${this.#renderTable(model, tableOnly)}
      </div>
      <div part="details" class="details" id="details">${this.#renderDetails(model)}</div>
    `;
  }

  #message(text: string): TemplateResult {
    return html`<p part="message" class="message">${text}</p>`;
  }

  #skillName(index: FrameworkIndex, id: string): string {
    const skill = index.skills.get(id);
    return skill ? textFor(skill.name, this.i18n.locale) : id;
  }

  #roleName(role: ResolvedRole): string {
    return textFor((role.level ?? role.role).title, this.i18n.locale);
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

  /** A rating or requirement as words: the level's label, not applicable, not observed, or not rated. */
  #levelText(index: FrameworkIndex, level: string | undefined): string {
    const { t, locale } = this.i18n;
    if (level === undefined) return t('assess.notRated');
    if (level === NOT_APPLICABLE) return t('assess.notApplicable');
    if (level === NOT_OBSERVED) return t('assess.notObserved');
    const known = index.levels.get(level);
    return known ? textFor(known.label, locale) : level;
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
      default:
        return t(gap.current === NOT_OBSERVED ? 'assess.notObserved' : 'assess.notRated');
    }
  }

  #isActive(model: Model, i: number): boolean {
    return this.#active === model.role.requirements[i]!.skill;
  }

  #renderChart(model: Model): TemplateResult {
    const { t, locale } = this.i18n;
    const { index, role, names, labels } = model;
    const count = names.length;
    const radar = this.variant === 'radar' ? count >= 3 : this.variant !== 'bars' && count >= 3 && count <= RADAR_MAX;
    const input = gapChartInput(index, role, model.rated ? model.analyses : [], names);
    const width = Math.min(960, this.#width ?? (this.clientWidth || 640));
    const drawing = radar ? this.#radar(model, input, width) : this.#bars(model, input, width);
    const swatch = (content: SVGTemplateResult) => html`<svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">${content}</svg>`;
    const seriesSwatch = (s: number) =>
      radar
        ? svg`<g class="series s${s % 4}"><path d="M2 7H26"></path><path class="marker" d=${markerPath(s, { x: 14, y: 7 })}></path></g>`
        : svg`<rect class="bar s${s % 4}" x="2" y="3" width="24" height="8"></rect>`;
    return html`<ul part="legend" class="legend">
        <li>${swatch(svg`<path class="required" d="M2 7H26"></path>`)} ${t('gap.required')}</li>
        ${labels.map((label, s) => html`<li>${swatch(seriesSwatch(s))} ${label}</li>`)}
        ${!radar && model.rated
          ? html`<li>${swatch(svg`<pattern id="key-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path class="hatch" d="M0 0V6"></path></pattern><rect class="gap" fill="url(#key-hatch)" x="2" y="3" width="24" height="8"></rect>`)} ${t('gap.gap')}</li>`
          : nothing}
      </ul>
      <p class="hint">
        ${t('gap.levels')} ${index.framework.scale.levels.map((level, i) => html`<span class="level-key">${i + 1} ${textFor(level.label, locale)}</span>`)}
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
          // Percentages of the drawing, which scales with its viewBox: the targets stay on their skills.
          const place = {
            left: `${(100 * box.x) / drawing.width}%`,
            top: `${(100 * box.y) / drawing.height}%`,
            width: `${(100 * box.width) / drawing.width}%`,
            height: `${(100 * box.height) / drawing.height}%`,
          };
          return html`<button type="button" class="target" data-skill=${skill} style=${styleMap(place)}
            aria-expanded=${this.#active === skill ? 'true' : 'false'} aria-controls="details"><span class="visually-hidden">${names[i]}</span></button>`;
        })}
      </div>`;
  }

  #text(label: Label, active: boolean): SVGTemplateResult {
    return svg`<text class="label ${active ? 'active' : ''}" x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.lines.map(
      (line, i) => svg`<tspan x=${label.x} dy=${i === 0 ? 0 : LINE_HEIGHT}>${line}</tspan>`,
    )}</text>`;
  }

  #radar(model: Model, input: GapChartInput, width: number): Drawing {
    // A skill the first series cannot show says why beside its name: nothing is drawn as zero.
    const skills = input.skills.map((name, i) =>
      model.rated && input.series[0]![i] === undefined ? `${name} (${this.#gapText(model.analyses[0]!.skills[i]!)})` : name,
    );
    const layout = radarLayout({ ...input, skills }, { radius: radarRadiusFor(width) });
    const { centre } = layout;
    const content = svg`
      <g class="grid">
        ${layout.rings.map((r) => svg`<circle cx=${centre.x} cy=${centre.y} r=${r}></circle>`)}
        ${layout.spokes.map(({ end }) => svg`<path d="M${centre.x} ${centre.y}L${end.x} ${end.y}"></path>`)}
      </g>
      ${layout.rings.map((r, i) => svg`<text class="tick" x=${centre.x + 4} y=${centre.y - r + 12}>${i + 1}</text>`)}
      <path class="required" d=${layout.required.path}></path>
      ${layout.series.map(
        (outline, s) => svg`<g class="series s${s % 4}">
          <path class=${s === 0 ? 'area' : ''} d=${outline.path}></path>
          ${outline.points.map((point) => (point ? svg`<path class="marker" d=${markerPath(s, point)}></path>` : nothing))}
        </g>`,
      )}
      ${layout.spokes.map(({ label }, i) => this.#text(label, this.#isActive(model, i)))}`;
    return { width: layout.width, height: layout.height, content, targets: layout.spokes.map(({ label }) => label.box) };
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
              : svg`<text class="missing" x=${axis.x + 4} y=${row.slots[s]! + 8}>${this.#gapText(model.analyses[s]!.skills[i]!)}</text>`,
          )}
          ${row.gap ? svg`<rect class="gap" fill="url(#hatch)" x=${row.gap.x} y=${row.gap.y} width=${row.gap.width} height=${row.gap.height}></rect>` : nothing}
          ${row.required === undefined
            ? nothing
            : svg`<path class="required" d="M${row.required} ${box.y + 4}V${box.y + box.height - 4}"></path>
                <path class="required-marker" d=${markerPath(3, { x: row.required, y: box.y + 5 }, 4)}></path>`}
          ${model.rated ? svg`<text class="note" x=${row.note.x} y=${row.note.y}>${this.#gapText(model.analyses[0]!.skills[i]!)}</text>` : nothing}
        </g>`;
      })}`;
    return { width: layout.width, height: layout.height, content, targets: layout.rows.map((row) => row.box) };
  }

  #renderTable(model: Model, shown: boolean): TemplateResult {
    const { t } = this.i18n;
    const { index, role, analyses, names, labels, rated } = model;
    // Hidden from sight (not from assistive technology) while the chart shows: then nothing in it takes focus.
    return html`<div class=${shown ? 'table-wrap' : 'visually-hidden table-hidden'} role=${shown ? 'region' : nothing}
        aria-labelledby=${shown ? 'caption' : nothing} tabindex=${shown ? '0' : nothing}>
      <table part="table">
        <caption id="caption">${t('gap.title', { role: this.#roleName(role) })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('assess.skill')}</th>
            <th scope="col">${t('gap.required')}</th>
            ${labels.map((label) => html`<th scope="col">${label}</th>`)}
            ${rated ? html`<th scope="col">${t('gap.gap')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${role.requirements.map((requirement, i) => {
            const name = requirement.importance === 'desirable' ? t('gap.desirable', { skill: names[i]! }) : names[i]!;
            const skill = requirement.skill;
            return html`<tr class=${this.#active === skill ? 'active' : ''}>
              <th scope="row">
                ${shown
                  ? html`<button type="button" class="link" data-skill=${skill} aria-expanded=${this.#active === skill ? 'true' : 'false'} aria-controls="details">${name}</button>`
                  : name}
              </th>
              <td>${this.#levelText(index, requirement.level)}</td>
              ${rated ? analyses.map((analysis) => html`<td>${this.#levelText(index, analysis.skills[i]!.current)}</td>`) : nothing}
              ${rated ? html`<td>${this.#gapText(analyses[0]!.skills[i]!)}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  /** The active skill's levels, from the ladder, with the first series' level and the role's marked. */
  #renderDetails({ role, analyses }: Model): TemplateResult | typeof nothing {
    const position = role.requirements.findIndex((requirement) => requirement.skill === this.#active);
    if (position < 0) return nothing;
    const gap = analyses[0]!.skills[position]!;
    const current = gap.current === NOT_APPLICABLE || gap.current === NOT_OBSERVED ? undefined : gap.current;
    return html`<cf-level-ladder skill=${gap.skill} current=${current ?? nothing} target=${gap.required} collapsible
      heading-level=${Math.min(4, Math.max(2, this.headingLevel || 3))} .framework=${this.framework} .messages=${this.messages}></cf-level-ladder>`;
  }
}
