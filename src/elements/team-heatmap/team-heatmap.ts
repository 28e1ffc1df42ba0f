import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { DEFAULT_MIN_GROUP_SIZE } from '../../core/analysis/team.js';
import { type TeamSort, type TeamView } from '../../core/analysis/team-order.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import { indexRoles } from '../../core/framework-index.js';
import type { Assessment } from '../../core/schema/assessment.js';
import { ViewChangeEvent } from '../../events/view-change-event.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { teamMessages } from '../../i18n/messages/team.js';
import { mergeMessages } from '../../i18n/translate.js';
import { downloadText } from '../../shared/download.js';
import { FocusGroupController } from '../../shared/focus-group-controller.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { messageWith, renderText, textFor } from '../../shared/rich-text.js';
import { tableStyles } from '../../shared/table-styles.js';
import type { Slot } from './drawn-window.js';
import { captionOf, renderCounts } from './counts-table.js';
import { cellAt, positionOf, tabIndexAt } from './grid-cells.js';
import { renderControls, viewsOf } from './heatmap-controls.js';
import { heatmapCsv, heatmapTable, type HeatmapTable, type PeopleTable } from './heatmap-table.js';
import { drawnTable, TableWindow } from './table-window.js';
import { teamHeatmapStyles } from './team-heatmap.styles.js';
import { TeamReading } from './team-reading.js';

/**
 * A team's skills, person by person, or as counts per level when people must not be identifiable.
 * Each cell says the level and the gap to the role in text; cells below the need are hatched, not only
 * coloured. The table is the view: sticky headers, one tab stop, arrow keys between cells.
 *
 * @customElement cf-team-heatmap
 * @summary People x skills against a role, or counts per level for larger groups.
 * @fires {ViewChangeEvent} cf-view-change - The person chose another view, order or category (`property` is `view`, `sort` or `category`). Not fired when the host sets them.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart controls - The view, order and skill filter.
 * @csspart table - The table.
 * @csspart message - A message shown instead of the table.
 * @csspart error-summary - Assessments that could not be read.
 * @cssproperty --cf-team-heatmap-below-color - The hatching of cells below the role's need (default `--cf-color-error`).
 * @cssproperty --cf-team-heatmap-height - The most the table takes before it scrolls (70vh).
 * @cssproperty --cf-font-family - Global token: the typeface.
 * @cssproperty --cf-color-text - Global token: text, and the inner ring of the focused cell.
 * @cssproperty --cf-color-secondary-text - Global token: the needs under skill names, and cells with no level.
 * @cssproperty --cf-color-background - Global token: the sticky headers' background.
 * @cssproperty --cf-color-border - Global token: the rules between rows.
 * @cssproperty --cf-color-error - Global token: the error summary, and the hatching's default.
 * @cssproperty --cf-color-focus - Global token: the focus ring.
 * @cssproperty --cf-space - Global token: the space between controls and around the table.
 */
export class CfTeamHeatmap extends FrameworkElement {
  static override styles = [FrameworkElement.styles, tableStyles, teamHeatmapStyles];
  static override catalogue = mergeMessages(commonMessages, teamMessages);

  static override properties: PropertyDeclarations = {
    assessments: { attribute: false },
    people: { attribute: false },
    roleId: { attribute: 'role-id' },
    view: { reflect: true },
    views: {},
    sort: { reflect: true },
    category: {},
    minGroupSize: { type: Number, attribute: 'min-group-size' },
  };

  /** The team's assessments (each validated; invalid ones are listed, never shown). */
  declare assessments?: readonly Assessment[];

  /** Display names, in the order of `assessments`; else each assessment's subject name, else "Person 1". */
  declare people?: readonly string[];

  /** The role or role level (attribute `role-id`) whose needs are the reference. */
  declare roleId?: string | null;

  /** `people` (each person, the default) or `aggregate` (counts per level). */
  declare view?: TeamView;

  /**
   * The views offered, separated by spaces (default `people aggregate`). `views="aggregate"` shows counts
   * only, with no way to the people view: for pages where people must not be named.
   */
  declare views?: string;

  /** `skill` (framework order, the default), `gap` (largest gaps first) or `person` (by name). */
  declare sort?: TeamSort;

  /** Id of a category: only its skills are shown. */
  declare category?: string;

  /** Below this many people the counts view hides its numbers (default 5). */
  minGroupSize = DEFAULT_MIN_GROUP_SIZE;

  /** The team shown, read a slice at a time; while another team is read, the one before stays. */
  readonly #reading = new TeamReading(this, () => {
    this.#shownPeople = this.people;
    this.#window.reset();
  });
  /** The names of the team shown: while another team is read, its names wait with it. */
  #shownPeople?: readonly string[];
  /** Whether the people view leaves rows or columns undrawn: then "Show the whole table" is offered. */
  #partial = false;
  #table?: { key: readonly unknown[]; value: HeatmapTable };

  /** The one tab stop of the table, by row and column (the headers are 0): arrow keys, Home, End, and with Ctrl the corners. */
  readonly #focus = new FocusGroupController(this, {
    size: () => this.#table?.value.size ?? [1, 1],
    positionOf,
    itemAt: ([row, column]) => cellAt(this.renderRoot.querySelector('table'), row, column),
    // A cell not drawn (Ctrl+End, or keys after scrolling away): the rows and columns around it are drawn first.
    reveal: ([row, column]) => this.#window.reveal(row - 1, column - 1),
  });

  /** The rows and columns of the people view drawn: those in view. */
  readonly #window = new TableWindow(
    this,
    () => drawnTable(this.#view === 'people' ? this.renderRoot.querySelector('table') : null),
    () => {
      const [rows, columns] = this.#table?.value.view === 'people' ? this.#table.value.size : [1, 1];
      return [rows - 1, columns - 1];
    },
    () => {
      this.#reading.finish();
      this.performUpdate();
    },
  );

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another table: its tab stop starts at the corner (it is also kept inside the table as drawn), and it is drawn from its start.
    if (changed.has('view') || changed.has('views')) {
      this.#focus.reset();
      this.#window.reset();
    }
    this.#reading.read(this.assessments, this.activeFramework);
    if (!this.#reading.busy) this.#shownPeople = this.people;
    this.#tableNow();
  }

  /** The view shown: `view` when it is allowed, else the first allowed one. */
  get #view(): TeamView {
    return viewsOf(this.views, this.view).shown;
  }

  /** `min-group-size`, or the default when it is not a number. */
  get #minimum(): number {
    return Number.isFinite(this.minGroupSize) ? Math.max(1, Math.floor(this.minGroupSize)) : DEFAULT_MIN_GROUP_SIZE;
  }

  /** The name of the team's `person`th: from `people` by its place in the assessments given. */
  #name(person: number): string {
    const place = this.#reading.places[person] ?? person;
    return this.#shownPeople?.[place] ?? this.#reading.team[person]?.subject?.name ?? this.i18n.t('team.personN', { n: place + 1 });
  }

  /** The table shown, worked out once per input (not each time the view moves and draws other rows). */
  #tableNow(): HeatmapTable | undefined {
    const index = this.frameworkIndex;
    if (!index) return undefined;
    const { team } = this.#reading;
    const key = [
      index,
      team,
      this.roleId,
      this.#view,
      this.sort,
      this.category,
      this.#minimum,
      this.i18n.locale,
      this.#shownPeople,
      this.messages,
    ];
    if (this.#table?.key.every((part, i) => part === key[i])) return this.#table.value;
    const value = heatmapTable({
      index,
      team,
      roleId: this.roleId ?? undefined,
      view: this.#view,
      order: { sort: this.sort, category: this.category },
      minGroupSize: this.#minimum,
      locale: this.i18n.locale,
      t: this.i18n.t,
      nameOf: (person) => this.#name(person),
      answerLabel: (answer) => this.answerLabel(index, answer),
      renderAnswer: (level) => this.renderAnswer(index, level),
    });
    this.#table = { key, value };
    return value;
  }

  /** "Needs Practitioner", the level's label marked with its language; "needed, no level stated" when the role gives none. */
  #needs(index: FrameworkIndex, level: string | undefined): TemplateResult {
    const words =
      level === undefined
        ? this.i18n.t('team.needsUnstated')
        : messageWith((pieces) => this.i18n.t('team.needs', pieces), { level: this.renderAnswer(index, level) });
    return html`<span class="needs">${words}</span>`;
  }

  /** The table now shown, as CSV (every cell neutralised against spreadsheet formulas): what "Download" saves. */
  toCsv(): string {
    // Asked before every assessment is read: read the rest now, so the file holds the whole team.
    this.#reading.finish();
    const table = this.#tableNow();
    const index = this.frameworkIndex;
    return table && index ? heatmapCsv(table, index, (id) => this.skillName(index, id), this.category, this.i18n) : '';
  }

  /** A person's choice in the controls: set, and said to the host, which may keep it. */
  #choose(property: 'view' | 'sort' | 'category'): (event: Event) => void {
    return (event) => {
      const value = (event.target as HTMLSelectElement).value;
      this[property] = value as never;
      // Made apart from its dispatch: the manifest's analyser would take `property` for an event's name.
      const change = new ViewChangeEvent(property, value);
      this.dispatchEvent(change);
    };
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    // One status region, there from the start, so that reading a large team is announced once; while
    // another team is read, the one before stays on the page.
    const reading = this.#reading.busy ? this.i18n.t('team.reading', { count: this.#reading.given }) : '';
    return html`<div part="base">
      <p role="status" class="reading">${reading}</p>
      ${this.#renderBody(index)}
    </div>`;
  }

  #renderBody(index: FrameworkIndex): TemplateResult {
    const { issues: refused, team, busy } = this.#reading;
    const issues = refused.length > 0 ? renderIssueSummary(refused, this.i18n, 'common.invalidAssessment') : nothing;
    if (this.roleId && !indexRoles(index.framework).roles.has(this.roleId))
      return html`${issues}${this.renderMessage(this.i18n.t('common.roleMissing', { role: this.roleId }))}`;
    if (team.length === 0) return busy ? html`` : html`${issues}${this.renderMessage(this.i18n.t('team.noPeople'))}`;
    const table = this.#tableNow()!;
    // The table first: it works out whether the controls offer the whole table.
    const shown =
      table.view === 'aggregate'
        ? renderCounts(
            table,
            this.i18n.t,
            this.#filtered(index, this.i18n.t('team.aggregateCaption', { count: table.aggregate!.people })),
            index.framework.scale.levels.map((level) => ({
              id: level.id,
              label: renderText(level.label, this.i18n.locale, this.contentLanguage),
            })),
            tabIndexAt(this.#focus.active),
            this.#focus.listeners,
            (entry) =>
              html`${this.renderSkillName(index, entry.skill)}${entry.required || entry.levelNotStated ? this.#needs(index, entry.required) : nothing}`,
          )
        : this.#renderPeople(index, table);
    const controls = renderControls(
      {
        ...viewsOf(this.views, this.view),
        sort: this.sort,
        category: this.category,
        categories: index.framework.categories,
        suppressed: table.view === 'aggregate' && table.aggregate?.suppressed === true,
        showAll: this.#view === 'people' && (this.#partial || this.#window.all) ? this.#window.all : undefined,
        choose: (property) => this.#choose(property),
        download: () => downloadText('team-skills.csv', this.toCsv(), 'text/csv'),
        toggleAll: () => ((this.#window.all = !this.#window.all), this.requestUpdate()),
      },
      this.i18n.t,
      this.i18n.locale,
    );
    return html`${issues}${controls}${shown}`;
  }

  #renderPeople(index: FrameworkIndex, { skills, rows, needs, roleName }: PeopleTable): TemplateResult {
    const { t, locale } = this.i18n;
    const count = this.#reading.team.length;
    const levels = index.framework.scale.levels.map(
      (level, position) => html`${position ? ', ' : ''}${position + 1} ${renderText(level.label, locale, this.contentLanguage)}`,
    );
    // The tab stop's row and column are always drawn, so Tab finds it however far the view has moved.
    const [activeRow, activeColumn] = this.#focus.active;
    const tab = tabIndexAt(this.#focus.active);
    const rowSlots = this.#window.rowSlots(count, activeRow - 1);
    const columnSlots = this.#window.columnSlots(skills.length, activeColumn - 1);
    this.#partial = [...rowSlots, ...columnSlots].some((slot) => 'gap' in slot);
    const key = (slot: Slot) => ('gap' in slot ? slot.key : slot.index);
    const gapCell = (slot: { gap: number }) => html`<td class="gap" colspan=${slot.gap} aria-hidden="true"></td>`;
    const caption = roleName ? t('team.captionRole', { count, role: roleName }) : t('team.caption', { count });
    return html`<p class="hint">${messageWith((pieces) => t('team.legend', pieces), { levels: html`${levels}` })}</p>
      <div class="scroller table-wrap" @scroll=${this.#window.onScroll}>
        <table
          part="table"
          role="grid"
          aria-rowcount=${count + 1}
          aria-colcount=${skills.length + 1}
          @keydown=${this.#focus.listeners.keydown}
          @focusin=${this.#focus.listeners.focusin}
        >
          ${captionOf(this.#filtered(index, caption))}
          <colgroup>
            <col class="names" />
            <col class="skills" span=${Math.max(1, skills.length)} />
          </colgroup>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col" aria-colindex="1" tabindex=${tab(0, 0)}>${t('team.person')}</th>
              ${repeat(columnSlots, key, (slot) => {
                if ('gap' in slot) return gapCell(slot);
                const { skill } = skills[slot.index]!;
                const need = needs.get(skill.id);
                return html`<th scope="col" aria-colindex=${slot.index + 2} tabindex=${tab(0, slot.index + 1)}>
                  ${this.renderSkillName(index, skill.id)}${need ? this.#needs(index, need.level) : nothing}
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${repeat(rowSlots, key, (slot) => {
              if ('gap' in slot)
                return html`<tr class="gap" aria-hidden="true" data-first=${slot.first}>
                  <td colspan=${skills.length + 1} .style=${`block-size:${slot.gap * this.#window.rowHeight}px`}></td>
                </tr>`;
              const r = slot.index;
              const row = rows[r]!;
              // A row is drawn again only when its data, its tab stop or the columns drawn change.
              return guard(
                [row, r + 1 === activeRow ? activeColumn : -1, columnSlots],
                () =>
                  html`<tr aria-rowindex=${r + 2}>
                    <th scope="row" aria-colindex="1" tabindex=${tab(r + 1, 0)}>${row.name}</th>
                    ${repeat(columnSlots, key, (column) => {
                      if ('gap' in column) return gapCell(column);
                      const cell = row.cells[column.index]!;
                      return html`<td aria-colindex=${column.index + 2} class=${cell.kind} tabindex=${tab(r + 1, column.index + 1)}>
                        <span aria-hidden="true">${cell.short}</span><span class="visually-hidden">${cell.read}</span>
                      </td>`;
                    })}
                  </tr>`,
              );
            })}
          </tbody>
        </table>
      </div>`;
  }

  /** A caption that names the category shown, when the skills are filtered: the table says what it holds. */
  #filtered(index: FrameworkIndex, caption: string): string {
    const category = this.category ? index.framework.categories.find((one) => one.id === this.category) : undefined;
    return category ? this.i18n.t('team.captionCategory', { caption, category: textFor(category.name, this.i18n.locale) }) : caption;
  }
}
