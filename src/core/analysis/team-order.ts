import type { FrameworkIndex } from '../framework-index.js';
import type { Framework, Skill } from '../schema/framework.js';
import type { TeamCell, TeamSkill } from './team.js';

/** The team heatmap's views: each person, or counts per level (which name no one). */
export const TEAM_VIEWS = ['people', 'aggregate'] as const;
export type TeamView = (typeof TEAM_VIEWS)[number];

/** The team heatmap's orders: the framework's, largest gaps first, or people by name. */
export const TEAM_SORTS = ['skill', 'gap', 'person'] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];

/** What a team view is narrowed to and ordered by; any other `sort` keeps the framework's order. */
export interface TeamOrder {
  readonly sort?: string;
  /** A category's id: only its skills are shown. */
  readonly category?: string;
}

/** Names in the page language's order; a malformed page `lang` (`en_GB`) falls back to English. */
export function collatorFor(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale);
  } catch {
    return new Intl.Collator('en');
  }
}

/** The people view's layout: its skills, each with its column in the team's cells, and its people, as indexes into them. */
export interface PeopleLayout {
  readonly skills: ReadonlyArray<{ readonly skill: Skill; readonly column: number }>;
  readonly people: readonly number[];
}

/** How many levels short of the role's need a set of cells falls, in all. */
const shortfall = (cells: readonly (TeamCell | undefined)[]): number =>
  cells.reduce((sum, cell) => sum + Math.max(0, -(cell?.gap ?? 0)), 0);

/**
 * The people view's skills and people, in the order asked: `gap` puts the skills with most levels
 * below the need first, and the people most short of it; `person` orders people by name in `collator`'s
 * order. Ties keep the framework's order and the team's.
 */
export function layOutPeople(
  framework: Framework,
  cells: readonly (readonly TeamCell[])[],
  order: TeamOrder,
  nameOf: (person: number) => string,
  collator: Intl.Collator,
): PeopleLayout {
  const skills = framework.skills
    .map((skill, column) => ({ skill, column }))
    .filter(({ skill }) => !order.category || skill.category === order.category);
  const people = cells.map((_, person) => person);
  if (order.sort === 'gap') {
    const belowInColumn = new Map(skills.map(({ column }) => [column, shortfall(cells.map((row) => row[column]))]));
    const belowOfPerson = cells.map(shortfall);
    skills.sort((a, b) => belowInColumn.get(b.column)! - belowInColumn.get(a.column)! || a.column - b.column);
    people.sort((a, b) => belowOfPerson[b]! - belowOfPerson[a]! || a - b);
  } else if (order.sort === 'person') {
    people.sort((a, b) => collator.compare(nameOf(a), nameOf(b)) || a - b);
  }
  return { skills, people };
}

/**
 * The counts view's skills: a category's alone when one is chosen, and with `gap`, those with most
 * people below the need first (ties in the framework's order). People cannot be ordered: none is named.
 */
export function layOutCounts(skills: readonly TeamSkill[], index: Pick<FrameworkIndex, 'skills'>, order: TeamOrder): TeamSkill[] {
  const shown = skills.filter((entry) => !order.category || index.skills.get(entry.skill)?.category === order.category);
  return order.sort === 'gap' ? shown.sort((a, b) => b.below - a.below) : shown;
}
