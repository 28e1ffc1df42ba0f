import { html, type TemplateResult } from 'lit';
import { cellWords, cellWordsKey, type CellWords } from '../../charts/heatmap-cells.js';
import { countsCsv, peopleCsv } from '../../charts/heatmap-csv.js';
import { aggregateTeam, teamMatrix, type TeamAggregate, type TeamCell, type TeamSkill } from '../../core/analysis/team.js';
import {
  collatorFor,
  layOutCounts,
  layOutPeople,
  type PeopleLayout,
  type TeamOrder,
  type TeamView,
} from '../../core/analysis/team-order.js';
import { indexRoles, type FrameworkIndex } from '../../core/framework-index.js';
import type { Assessment } from '../../core/schema/assessment.js';
import type { Requirement } from '../../core/schema/framework.js';
import type { Translator } from '../../i18n/index.js';
import type { GroupPosition } from '../../shared/focus-group-controller.js';
import { messageWith, textFor } from '../../shared/rich-text.js';

/** A cell's words, with what is read out on the page: a template where a level's label keeps its own language mark. */
export type Cell = CellWords & { read: TemplateResult | string };
export type PeopleTable = PeopleLayout & {
  view: 'people';
  rows: ReadonlyArray<{ name: string; readonly cells: readonly Cell[] }>;
  needs: ReadonlyMap<string, Requirement>;
  roleName?: string;
};
/** `aggregate` is undefined for a role the framework does not have. */
export type CountsTable = { view: 'aggregate'; aggregate?: TeamAggregate; skills: readonly TeamSkill[]; withNeeds: boolean };
/** The table shown, with its rows and columns, headers included (what the keys move over). */
export type HeatmapTable = (PeopleTable | CountsTable) & { size: GroupPosition };

/** What the table is made from: the team, the choices, and the element's words. */
export interface HeatmapInput {
  readonly index: FrameworkIndex;
  readonly team: readonly Assessment[];
  readonly roleId?: string;
  readonly view: TeamView;
  readonly order: TeamOrder;
  readonly minGroupSize: number;
  readonly locale: string;
  readonly t: Translator['t'];
  nameOf(person: number): string;
  answerLabel(answer: string | undefined): string;
  /** A level's label, marked with its language when that is not the page's. */
  renderAnswer(level: string): TemplateResult | string;
}

/** The heatmap's table: the counts per level, or each person's cells in the order asked. */
export function heatmapTable(input: HeatmapInput): HeatmapTable {
  const { index, team, roleId, order } = input;
  if (input.view === 'people') return peopleTable(input);
  const aggregate = aggregateTeam(index.framework, team, roleId, { minGroupSize: input.minGroupSize });
  const skills = layOutCounts(aggregate?.skills ?? [], index, order);
  const withNeeds = skills.some((entry) => entry.required !== undefined || entry.levelNotStated);
  return {
    view: 'aggregate',
    aggregate,
    skills,
    withNeeds,
    size: [skills.length + 1, index.framework.scale.levels.length + (withNeeds ? 4 : 3) + 1],
  };
}

function peopleTable(input: HeatmapInput): HeatmapTable {
  const { index, team, roleId, t, locale } = input;
  const cells = teamMatrix(index.framework, team, roleId) ?? [];
  const layout = layOutPeople(index.framework, cells, input.order, input.nameOf, collatorFor(locale));
  // A cell's words depend only on its answer, level, gap and whether a level is stated: a few dozen kinds for thousands of cells.
  const kinds = new Map<string, Cell>();
  const kindOf = (cell: TeamCell | undefined): Cell => {
    const key = cellWordsKey(cell);
    let kind = kinds.get(key);
    if (!kind) kinds.set(key, (kind = readable(cellWords(cell, index, input.answerLabel, t), input)));
    return kind;
  };
  // A row's words are worked out when it is first drawn or exported: a large team draws a few dozen rows.
  const rows = layout.people.map((person) => {
    let drawn: Cell[] | undefined;
    return {
      name: input.nameOf(person),
      get cells() {
        return (drawn ??= layout.skills.map(({ column }) => kindOf(cells[person]![column])));
      },
    };
  });
  const role = roleId === undefined ? undefined : indexRoles(index.framework).roles.get(roleId);
  const needs = new Map((role?.requirements ?? []).map((need) => [need.skill, need]));
  const roleName = role ? textFor(role.level?.title ?? role.role.title, locale) : undefined;
  return { view: 'people', ...layout, rows, needs, roleName, size: [team.length + 1, layout.skills.length + 1] };
}

/** A cell's words with what the page reads out, where the level's label keeps its own language mark. */
function readable(words: CellWords, { renderAnswer, t }: HeatmapInput): Cell {
  const marked = words.level === undefined ? words.full : renderAnswer(words.level);
  // A template only where a mark is needed: text is cheaper in thousands of cells.
  if (typeof marked === 'string') return { ...words, read: words.full };
  const { gap } = words;
  return {
    ...words,
    read: gap === undefined ? marked : html`${messageWith((pieces) => t('team.cell', { ...pieces, gap }), { level: marked })}`,
  };
}

/** A table as CSV, every cell neutralised against spreadsheet formulas: what "Download" saves (nothing for hidden counts). */
export function heatmapCsv(
  table: HeatmapTable,
  index: FrameworkIndex,
  skillName: (id: string) => string,
  category: string | undefined,
  { t, locale }: { t: Translator['t']; locale: string },
): string {
  if (table.view === 'people')
    return peopleCsv(
      t('team.person'),
      table.skills.map(({ skill }) => skillName(skill.id)),
      table.rows,
    );
  // The counts in the framework's order, whatever order the table is in.
  return table.aggregate && !table.aggregate.suppressed
    ? countsCsv(layOutCounts(table.aggregate.skills, index, { category }), index.framework, skillName, t, locale)
    : '';
}
