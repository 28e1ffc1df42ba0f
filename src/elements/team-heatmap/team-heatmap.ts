import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { aggregateTeam, DEFAULT_MIN_GROUP_SIZE, teamMatrix, type TeamCell } from '../../core/analysis/team.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import { indexRoles } from '../../core/framework-index.js';
import { formatCsv } from '../../core/io/csv-write.js';
import type { Issue } from '../../core/issues.js';
import type { Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { teamMessages } from '../../i18n/messages/team.js';
import { mergeMessages } from '../../i18n/translate.js';
import { downloadText } from '../../shared/download.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { messageWith, renderText, textFor } from '../../shared/rich-text.js';
import { tableStyles } from '../../shared/table-styles.js';
import type { Slot } from './drawn-window.js';
import { TableWindow } from './table-window.js';
import { TeamReader } from './team-reader.js';
import { teamHeatmapStyles } from './team-heatmap.styles.js';

export const TEAM_VIEWS = ['people', 'aggregate'] as const;
export const TEAM_SORTS = ['skill', 'gap', 'person'] as const;
type View = (typeof TEAM_VIEWS)[number];
/** Words for the page: text, or a template where framework text keeps its language mark. */
type Words = TemplateResult | string;
/** A cell's kind: what it shows, what it says (`full` for the CSV, `read` for the page) and its class. */
type Cell = { short: string; full: string; read: Words; className: string };
type Sort = (typeof TEAM_SORTS)[number];

/** Names in the page language's order; a malformed page `lang` (`en_GB`) falls back to English. */
function collatorFor(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale);
  } catch {
    return new Intl.Collator('en');
  }
}

/** Milliseconds of validating assessments before the page gets a turn. */
const READ_BUDGET_MS = 40;

/**
 * A team's skills, person by person, or as counts per level when people must not be identifiable.
 * Each cell says the level and the gap to the role in text; cells below the need are hatched, not only
 * coloured. The table is the view: sticky headers, one tab stop, arrow keys between cells.
 *
 * @customElement cf-team-heatmap
 * @summary People x skills against a role, or counts per level for larger groups.
 * @csspart controls - The view, order and skill filter.
 * @csspart table - The table.
 * @csspart message - A message shown instead of the table.
 * @csspart error-summary - Assessments that could not be read.
 * @cssproperty --cf-team-heatmap-below-color - The hatching of cells below the role's need.
 * @cssproperty --cf-team-heatmap-height - The most the table takes before it scrolls (70vh).
 */
export class CfTeamHeatmap extends FrameworkElement {
  static override styles = [FrameworkElement.styles, tableStyles, teamHeatmapStyles];
  static override catalogue = mergeMessages(commonMessages, teamMessages);

  static override properties: PropertyDeclarations = {
    assessments: { attribute: false },
    people: { attribute: false },
    role: { attribute: 'role-id' },
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
  declare role: string | null;

  /** `people` (each person, the default) or `aggregate` (counts per level). */
  declare view?: View;

  /**
   * The views offered, space-separated (default `people aggregate`). `views="aggregate"` shows counts
   * only, with no way to the people view: for pages where people must not be named.
   */
  declare views?: string;

  /** `skill` (framework order, the default), `gap` (largest gaps first) or `person` (by name). */
  declare sort?: Sort;

  /** Id of a category: only its skills are shown. */
  declare category?: string;

  /** Below this many people the counts view hides its numbers (default 5). */
  minGroupSize = DEFAULT_MIN_GROUP_SIZE;

  #team: readonly Assessment[] = [];
  #issues: readonly Issue[] = [];
  #parsedFor?: [Framework | undefined, unknown];
  /** Assessments still being read (a large team is validated a slice at a time). */
  #reader?: TeamReader;
  #readFrame = 0;
  #notArray: Issue[] = [];
  /** The names of the team shown: while another team is read, its names wait with it. */
  #shownPeople?: readonly string[];
  /** Whether the people view leaves rows or columns undrawn: then "Show the whole table" is offered. */
  #partial = false;
  /** The focused cell, by row and column: the one tab stop of the table. */
  #active: [number, number] = [0, 0];
  /** The last row and column of the table shown (the headers are 0), for Ctrl+End and the arrow keys. */
  #last: [number, number] = [0, 0];
  /** The rows and columns of the people view drawn: those in view. */
  readonly #window = new TableWindow(
    this,
    () => {
      const table = this.#view === 'people' ? this.renderRoot.querySelector('table') : null;
      const corner = table?.tHead?.rows[0]?.cells[0];
      return table && corner ? { scroller: table.parentElement!, table, corner, column: table.tHead!.querySelector('th[aria-colindex]:not(:first-child)') } : undefined;
    },
    () => [this.#team.length, this.#last[1]],
    () => {
      this.#finishReading();
      this.performUpdate();
    },
  );
  /** The people view's rows, worked out once per input (not each time the view moves). */
  #rows?: { key: readonly unknown[]; skills: ReturnType<CfTeamHeatmap['layoutOf']>['skills']; rows: Array<{ name: string; cells: Cell[] }> };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#reader) this.#readNextFrame();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#readFrame);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another table: its tab stop starts at the corner (it is also kept inside the table as drawn), and it is drawn from its start.
    if (changed.has('view') || changed.has('views')) {
      this.#active = [0, 0];
      this.#window.reset();
    }
    const framework = this.activeFramework;
    if (this.#parsedFor?.[0] !== framework || this.#parsedFor?.[1] !== this.assessments) {
      this.#parsedFor = [framework, this.assessments];
      const given: unknown = this.assessments ?? [];
      this.#notArray = Array.isArray(given) ? [] : [{ key: 'value.type', path: ['assessments'], severity: 'error', params: { expected: 'array' } }];
      this.#reader = new TeamReader(Array.isArray(given) ? given : [], framework);
      this.#readOn();
    }
    if (!this.#reader) this.#shownPeople = this.people;
  }

  /** Reads the assessments for a slice of time; when all are read, they are the team shown. */
  #readOn(): void {
    const reader = this.#reader;
    cancelAnimationFrame(this.#readFrame);
    if (!reader) return;
    if (reader.readFor(READ_BUDGET_MS)) {
      this.#reader = undefined;
      this.#team = reader.team;
      this.#shownPeople = this.people;
      this.#issues = [...this.#notArray, ...reader.issues];
      this.#window.reset();
    } else if (this.isConnected) {
      this.#readNextFrame();
    }
  }

  /** Reads what is left at once: for a download or a print, which must hold the whole team. */
  #finishReading(): void {
    if (!this.#reader) return;
    this.#reader.readFor(Infinity);
    this.#readOn();
    this.requestUpdate();
  }

  /** A slice a frame, so the page is drawn between slices (a hidden page reads on when shown). */
  #readNextFrame(): void {
    this.#readFrame = requestAnimationFrame(() => {
      this.#readOn();
      // Read: the table is drawn in a frame of its own, not after the last slice.
      if (!this.#reader) this.#readFrame = requestAnimationFrame(() => this.requestUpdate());
    });
  }

  /** The views this page may show, from `views` (every view when it names none). */
  get #allowedViews(): View[] {
    const listed = (this.views ?? '').split(/\s+/).filter((view): view is View => (TEAM_VIEWS as readonly string[]).includes(view));
    return listed.length > 0 ? listed : [...TEAM_VIEWS];
  }

  /** The view shown: `view` when it is allowed, else the first allowed one. */
  get #view(): View {
    const allowed = this.#allowedViews;
    return allowed.includes(this.view ?? 'people') ? (this.view ?? 'people') : allowed[0]!;
  }

  /** `min-group-size`, or the default when it is not a number. */
  get #minimum(): number {
    return Number.isFinite(this.minGroupSize) ? Math.max(1, Math.floor(this.minGroupSize)) : DEFAULT_MIN_GROUP_SIZE;
  }

  #name(index: number): string {
    return this.#shownPeople?.[index] ?? this.#team[index]?.subject?.name ?? this.i18n.t('team.personN', { n: index + 1 });
  }

  /** The skills shown (the category's, when one is chosen), and the people, in the chosen order. */
  #layout(framework: Framework, cells: TeamCell[][]) {
    const skills = framework.skills.map((skill, column) => ({ skill, column })).filter(({ skill }) => !this.category || skill.category === this.category);
    const shortfall = (cellsOf: readonly TeamCell[]) => cellsOf.reduce((sum, cell) => sum + Math.max(0, -(cell.gap ?? 0)), 0);
    const people = cells.map((row, index) => ({ row, index }));
    if (this.sort === 'gap') {
      const belowBySkill = (column: number) => cells.reduce((sum, row) => sum + Math.max(0, -(row[column]?.gap ?? 0)), 0);
      skills.sort((a, b) => belowBySkill(b.column) - belowBySkill(a.column) || a.column - b.column);
      people.sort((a, b) => shortfall(b.row) - shortfall(a.row) || a.index - b.index);
    } else if (this.sort === 'person') {
      const collator = collatorFor(this.i18n.locale);
      people.sort((a, b) => collator.compare(this.#name(a.index), this.#name(b.index)) || a.index - b.index);
    }
    return { skills, people };
  }

  /** A cell's words: `full` for the CSV, `read` for the page, where the level's label keeps its own language mark. */
  #cellText(index: FrameworkIndex, cell: TeamCell | undefined): { short: string; full: string; read: Words; below: boolean } {
    const { t } = this.i18n;
    if (!cell || cell.answer !== 'level') {
      const full = this.answerLabel(index, cell?.answer === 'not-applicable' ? 'not-applicable' : cell?.answer === 'not-observed' ? 'not-observed' : undefined);
      return { short: cell?.answer === 'not-applicable' ? '–' : cell?.answer === 'not-observed' ? '?' : '', full, read: full, below: false };
    }
    const position = index.rank.get(cell.level!)! + 1;
    const level = this.answerLabel(index, cell.level);
    const marked = this.renderAnswer(index, cell.level);
    // A skill the role names with no level: the level, and that there is no need to measure it against.
    if (cell.gap === undefined && !cell.levelNotStated) return { short: String(position), full: level, read: marked, below: false };
    const shortBy = cell.gap === undefined ? 0 : -cell.gap;
    const gap = cell.gap === undefined ? t('team.unstated') : shortBy > 0 ? t('team.below', { count: shortBy }) : cell.gap > 0 ? t('team.above', { count: cell.gap }) : t('team.met');
    const full = t('team.cell', { level, gap });
    return {
      short: shortBy > 0 ? `${position} (−${shortBy})` : String(position),
      full,
      // A template only where a mark is needed: text is cheaper in thousands of cells.
      read: typeof marked === 'string' ? full : html`${messageWith((pieces) => t('team.cell', { ...pieces, gap }), { level: marked })}`,
      below: shortBy > 0,
    };
  }

  /** "Needs Practitioner", the level's label marked with its language; "needed, no level stated" when the role gives none. */
  #needs(index: FrameworkIndex, level: string | undefined): TemplateResult {
    const words = level === undefined ? this.i18n.t('team.needsUnstated') : messageWith((pieces) => this.i18n.t('team.needs', pieces), { level: this.renderAnswer(index, level) });
    return html`<span class="needs">${words}</span>`;
  }

  /** The count below a skill's need in the counts view and its CSV: blank when the role does not name it, never a count when it states no level. */
  #belowText(entry: { required?: string; levelNotStated?: true; below: number }): string {
    return entry.required ? String(entry.below) : entry.levelNotStated ? this.i18n.t('assess.levelNotStated') : '';
  }

  /** The table now shown, as CSV (every cell neutralised against spreadsheet formulas): what "Download" saves. */
  toCsv(): string {
    // Asked before every assessment is read: read the rest now, so the file holds the whole team.
    this.#finishReading();
    const framework = this.activeFramework;
    const index = this.frameworkIndex;
    if (!framework || !index) return '';
    const { t, locale } = this.i18n;
    if (this.#view === 'aggregate') {
      const aggregate = aggregateTeam(framework, this.#team, this.role ?? undefined, { minGroupSize: this.#minimum });
      if (!aggregate || aggregate.suppressed) return '';
      const levels = framework.scale.levels;
      const header = [t('team.skill'), ...levels.map((level) => textFor(level.label, locale)), t('assess.notApplicable'), t('assess.notObserved'), t('assess.notRated'), t('team.belowNeed')];
      const shown = aggregate.skills.filter((entry) => !this.category || index.skills.get(entry.skill)?.category === this.category);
      return formatCsv([header, ...shown.map((entry) => [this.skillName(index, entry.skill), ...levels.map((level) => String(entry.atLevel[level.id] ?? 0)), String(entry.notApplicable), String(entry.notObserved), String(entry.unrated), this.#belowText(entry)])]);
    }
    const { skills, rows } = this.#peopleRows(framework, index);
    const header = [t('team.person'), ...skills.map(({ skill }) => this.skillName(index, skill.id))];
    return formatCsv([header, ...rows.map((row) => [row.name, ...row.cells.map((cell) => cell.full)])]);
  }

  #download(): void {
    downloadText('team-skills.csv', this.toCsv(), 'text/csv');
  }

  /** A row's place in the whole table (the header row is 0), drawn or not. */
  #rowOf(row: HTMLTableRowElement): number {
    const index = row.getAttribute('aria-rowindex');
    return index ? Number(index) - 1 : row.rowIndex;
  }

  /** A cell's column in the whole table (the names are 0), drawn or not. */
  #columnOf(cell: HTMLTableCellElement): number {
    const index = cell.getAttribute('aria-colindex');
    return index ? Number(index) - 1 : cell.cellIndex;
  }

  #onKeydown(event: KeyboardEvent): void {
    const cell = (event.target as Element).closest('th, td') as HTMLTableCellElement | null;
    const table = cell?.closest('table');
    if (!cell || !table) return;
    const row = this.#rowOf(cell.parentElement as HTMLTableRowElement);
    const column = this.#columnOf(cell);
    const [last, width] = this.#last;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, row - 1), column],
      ArrowDown: [Math.min(last, row + 1), column],
      ArrowLeft: [row, Math.max(0, column - 1)],
      ArrowRight: [row, Math.min(width, column + 1)],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [last, width] : [row, width],
    };
    const target = moves[event.key];
    if (!target) return;
    event.preventDefault();
    void this.#focusCell(target);
  }

  /** A click or a focus from elsewhere makes that cell the tab stop. */
  #onFocusin(event: FocusEvent): void {
    const cell = (event.target as Element).closest('th, td') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row) return;
    this.#active = [this.#rowOf(row), this.#columnOf(cell)];
    cell.closest('table')!.querySelectorAll('[tabindex="0"]').forEach((element) => element !== cell && element.setAttribute('tabindex', '-1'));
    cell.setAttribute('tabindex', '0');
  }

  /** Tab stop of a table of `rows` x `columns` cells: the active cell, kept inside it as rows and columns change. */
  #tabStop(rows: number, columns: number): ((row: number, column: number) => '0' | '-1') & { column: (row: number) => number } {
    const [row, column] = [Math.min(this.#active[0], rows - 1), Math.min(this.#active[1], columns - 1)];
    // `column(r)`: where row r has its tab stop (-1 for none), what a row's drawing depends on.
    return Object.assign((r: number, c: number) => (r === row && c === column ? '0' : '-1') as '0' | '-1', { column: (r: number) => (r === row ? column : -1) });
  }

  #cellAt(row: number, column: number): HTMLTableCellElement | undefined {
    const table = this.renderRoot.querySelector('table');
    const cells = [...(table?.rows ?? [])].find((one) => !one.classList.contains('gap') && this.#rowOf(one) === row)?.cells;
    return [...(cells ?? [])].find((cell) => !cell.classList.contains('gap') && this.#columnOf(cell) === column);
  }

  async #focusCell([row, column]: [number, number]): Promise<void> {
    let next = this.#cellAt(row, column);
    if (!next) {
      // A cell not drawn (Ctrl+End, or keys after scrolling away): draw the rows and columns around it first.
      this.#window.reveal(row - 1, column - 1);
      await this.updateComplete;
      next = this.#cellAt(row, column);
    }
    if (!next) return;
    this.#active = [row, column];
    next.closest('table')!.querySelectorAll('[tabindex="0"]').forEach((element) => element.setAttribute('tabindex', '-1'));
    next.setAttribute('tabindex', '0');
    next.focus();
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const framework = this.activeFramework;
    const index = this.frameworkIndex;
    if (!framework || !index) return this.renderMissingFramework();
    // One status region, there from the start, so that reading a large team is announced once; while
    // another team is read, the one before stays on the page.
    const reading = this.#reader ? this.i18n.t('team.reading', { count: this.#reader.given.length }) : '';
    return html`<p role="status" class="reading">${reading}</p>${this.#renderBody(framework, index)}`;
  }

  #renderBody(framework: Framework, index: FrameworkIndex): TemplateResult {
    const issues = this.#issues.length > 0 ? renderIssueSummary(this.#issues, this.i18n, 'assess.invalidInput') : nothing;
    const role = this.role ? indexRoles(framework).roles.get(this.role) : undefined;
    if (this.role && !role) return html`${issues}${this.renderMessage(this.i18n.t('assess.roleMissing', { role: this.role }))}`;
    if (this.#team.length === 0) return this.#reader ? html`` : html`${issues}${this.renderMessage(this.i18n.t('team.noPeople'))}`;
    const view = this.#view;
    const suppressed = view === 'aggregate' && this.#team.length < this.#minimum;
    // The table first: it works out whether the controls offer the whole table.
    const table = view === 'aggregate' ? this.#renderAggregate(framework, index) : this.#renderPeople(framework, index, role ? textFor(role.level?.title ?? role.role.title, this.i18n.locale) : undefined);
    return html`${issues}${this.#renderControls(framework, suppressed)}${table}`;
  }

  #renderControls(framework: Framework, suppressed: boolean): TemplateResult {
    const { t, locale } = this.i18n;
    const set = (property: 'view' | 'sort' | 'category') => (event: Event) => {
      this[property] = (event.target as HTMLSelectElement).value as never;
    };
    const option = (value: string, label: string, current: string | undefined, disabled = false) =>
      html`<option value=${value} ?selected=${value === (current ?? '')} ?disabled=${disabled}>${label}</option>`;
    // The counts view names no one: ordering people means nothing there.
    const countsOnly = this.#view === 'aggregate';
    const views = this.#allowedViews;
    return html`<div part="controls" class="controls">
      ${views.length > 1
        ? html`<label>${t('team.view')}<select @change=${set('view')}>${views.map((view) => option(view, t(`team.view.${view}`), this.#view))}</select></label>`
        : nothing}
      <label>${t('team.sort')}<select @change=${set('sort')}>${TEAM_SORTS.map((sort) => option(sort, t(`team.sort.${sort}`), this.sort ?? 'skill', countsOnly && sort === 'person'))}</select></label>
      ${framework.categories.length > 0
        ? html`<label>${t('team.category')}<select @change=${set('category')}>${option('', t('team.category.all'), this.category)}${framework.categories.map((category) => option(category.id, textFor(category.name, locale), this.category))}</select></label>`
        : nothing}
      ${suppressed ? nothing : html`<button type="button" @click=${() => this.#download()}>${t('team.export')}</button>`}
      ${this.#view === 'people' && (this.#partial || this.#window.all)
        ? html`<button type="button" aria-pressed=${this.#window.all ? 'true' : 'false'} @click=${() => ((this.#window.all = !this.#window.all), this.requestUpdate())}>${t('team.showAll')}</button>`
        : nothing}
    </div>`;
  }

  /** Skills and people in the order chosen (`#layout`), for the model below. */
  private layoutOf(framework: Framework, cells: TeamCell[][]) {
    return this.#layout(framework, cells);
  }

  #peopleRows(framework: Framework, index: FrameworkIndex) {
    const key = [framework, this.#team, this.role, this.sort, this.category, this.i18n.locale, this.#shownPeople, this.messages];
    if (this.#rows && this.#rows.key.every((part, i) => part === key[i])) return this.#rows;
    const cells = teamMatrix(framework, this.#team, this.role ?? undefined) ?? [];
    const { skills, people } = this.layoutOf(framework, cells);
    // A cell's words depend only on its answer, level, gap and whether a level is stated: a few dozen kinds for thousands of cells.
    const kinds = new Map<string, Cell>();
    const kindOf = (cell: TeamCell | undefined) => {
      const key = `${cell?.answer}|${cell?.level}|${cell?.gap}|${cell?.levelNotStated}`;
      let kind = kinds.get(key);
      if (!kind) {
        const text = this.#cellText(index, cell);
        kind = { short: text.short, full: text.full, read: text.read, className: text.below ? 'below' : text.short === '' || text.short === '–' || text.short === '?' ? 'missing' : '' };
        kinds.set(key, kind);
      }
      return kind;
    };
    // A row's words are worked out when it is first drawn or exported: a large team draws a few dozen rows.
    const rows = people.map(({ row, index: person }) => {
      let cells: Cell[] | undefined;
      return {
        name: this.#name(person),
        get cells() {
          return (cells ??= skills.map(({ column }) => kindOf(row[column])));
        },
      };
    });
    this.#rows = { key, skills, rows };
    return this.#rows;
  }

  #renderPeople(framework: Framework, index: FrameworkIndex, roleName: string | undefined): TemplateResult {
    const { t, locale } = this.i18n;
    const { skills, rows } = this.#peopleRows(framework, index);
    const required = new Map(this.role ? (indexRoles(framework).roles.get(this.role)?.requirements ?? []).map((need) => [need.skill, need]) : []);
    const count = this.#team.length;
    const tab = this.#tabStop(count + 1, skills.length + 1);
    this.#last = [count, skills.length];
    const levels = framework.scale.levels.map((level, position) => html`${position ? ', ' : ''}${position + 1} ${renderText(level.label, locale, this.contentLanguage)}`);
    // The tab stop's row and column are always drawn, so Tab finds it however far the view has moved.
    const [activeRow, activeColumn] = [Math.min(this.#active[0], count), Math.min(this.#active[1], skills.length)];
    const rowSlots = this.#window.rowSlots(count, activeRow - 1);
    const columnSlots = this.#window.columnSlots(skills.length, activeColumn - 1);
    this.#partial = [...rowSlots, ...columnSlots].some((slot) => 'gap' in slot);
    const key = (slot: Slot) => ('gap' in slot ? slot.key : slot.index);
    const gapCell = (slot: { gap: number }) => html`<td class="gap" colspan=${slot.gap} aria-hidden="true"></td>`;
    return html`<p class="hint">${messageWith((pieces) => t('team.legend', pieces), { levels: html`${levels}` })}</p>
      <div class="scroller table-wrap" @scroll=${this.#window.onScroll}>
        <table part="table" role="grid" aria-rowcount=${count + 1} aria-colcount=${skills.length + 1} @keydown=${this.#onKeydown} @focusin=${this.#onFocusin}>
          <caption>${this.#filtered(framework, roleName ? t('team.captionRole', { count, role: roleName }) : t('team.caption', { count }))}</caption>
          <colgroup><col class="names" /><col class="skills" span=${Math.max(1, skills.length)} /></colgroup>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col" aria-colindex="1" tabindex=${tab(0, 0)}>${t('team.person')}</th>
              ${repeat(columnSlots, key, (slot) => {
                if ('gap' in slot) return gapCell(slot);
                const { skill } = skills[slot.index]!;
                const need = required.get(skill.id);
                return html`<th scope="col" aria-colindex=${slot.index + 2} tabindex=${tab(0, slot.index + 1)}>
                  ${this.renderSkillName(index, skill.id)}${need ? this.#needs(index, need.level) : nothing}
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${repeat(rowSlots, key, (slot) => {
              if ('gap' in slot) return html`<tr class="gap" aria-hidden="true" data-first=${slot.first}><td colspan=${skills.length + 1} .style=${`block-size:${slot.gap * this.#window.rowHeight}px`}></td></tr>`;
              const r = slot.index;
              const row = rows[r]!;
              // A row is drawn again only when its data, its tab stop or the columns drawn change.
              return guard([row, tab.column(r + 1), columnSlots], () => html`<tr aria-rowindex=${r + 2}>
                <th scope="row" aria-colindex="1" tabindex=${tab(r + 1, 0)}>${row.name}</th>
                ${repeat(columnSlots, key, (column) => {
                  if ('gap' in column) return gapCell(column);
                  const cell = row.cells[column.index]!;
                  return html`<td aria-colindex=${column.index + 2} class=${cell.className} tabindex=${tab(r + 1, column.index + 1)}><span aria-hidden="true">${cell.short}</span><span class="visually-hidden">${cell.read}</span></td>`;
                })}
              </tr>`);
            })}
          </tbody>
        </table>
      </div>`;
  }

  /** A caption that names the category shown, when the skills are filtered: the table says what it holds. */
  #filtered(framework: Framework, caption: string): string {
    const category = this.category ? framework.categories.find((one) => one.id === this.category) : undefined;
    return category ? this.i18n.t('team.captionCategory', { caption, category: textFor(category.name, this.i18n.locale) }) : caption;
  }

  #renderAggregate(framework: Framework, index: FrameworkIndex): TemplateResult {
    const { t, locale } = this.i18n;
    const aggregate = aggregateTeam(framework, this.#team, this.role ?? undefined, { minGroupSize: this.#minimum })!;
    if (aggregate.suppressed) {
      return html`<p part="message" role="status">${t('team.suppressed', { count: aggregate.people, minimum: aggregate.minGroupSize })}</p>`;
    }
    const levels = framework.scale.levels;
    const shown = aggregate.skills.filter((entry) => !this.category || index.skills.get(entry.skill)?.category === this.category);
    const withNeeds = shown.some((entry) => entry.required !== undefined || entry.levelNotStated);
    if (this.sort === 'gap') shown.sort((a, b) => b.below - a.below);
    const extra = withNeeds ? 4 : 3;
    const tab = this.#tabStop(shown.length + 1, levels.length + extra + 1);
    this.#last = [shown.length, levels.length + extra];
    return html`<div class="scroller table-wrap">
      <table part="table" role="grid" @keydown=${this.#onKeydown} @focusin=${this.#onFocusin}>
        <caption>${this.#filtered(framework, t('team.aggregateCaption', { count: aggregate.people }))}</caption>
        <thead>
          <tr>
            <th scope="col" tabindex=${tab(0, 0)}>${t('team.skill')}</th>
            ${levels.map((level, l) => html`<th scope="col" tabindex=${tab(0, l + 1)}>${renderText(level.label, locale, this.contentLanguage)}</th>`)}
            <th scope="col" tabindex=${tab(0, levels.length + 1)}>${t('assess.notApplicable')}</th>
            <th scope="col" tabindex=${tab(0, levels.length + 2)}>${t('assess.notObserved')}</th>
            <th scope="col" tabindex=${tab(0, levels.length + 3)}>${t('assess.notRated')}</th>
            ${withNeeds ? html`<th scope="col" tabindex=${tab(0, levels.length + 4)}>${t('team.belowNeed')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${shown.map((entry, r) => html`<tr>
            <th scope="row" tabindex=${tab(r + 1, 0)}>${this.renderSkillName(index, entry.skill)}${entry.required || entry.levelNotStated ? this.#needs(index, entry.required) : nothing}</th>
            ${levels.map((level, l) => html`<td tabindex=${tab(r + 1, l + 1)}>${entry.atLevel[level.id] ?? 0}</td>`)}
            <td tabindex=${tab(r + 1, levels.length + 1)}>${entry.notApplicable}</td>
            <td tabindex=${tab(r + 1, levels.length + 2)}>${entry.notObserved}</td>
            <td tabindex=${tab(r + 1, levels.length + 3)}>${entry.unrated}</td>
            ${withNeeds ? html`<td tabindex=${tab(r + 1, levels.length + 4)} class=${entry.below > 0 ? 'below' : ''}>${this.#belowText(entry)}</td>` : nothing}
          </tr>`)}
        </tbody>
      </table>
    </div>`;
  }
}
