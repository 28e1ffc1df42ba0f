import type { FrameworkIndex } from '../core/framework-index.js';
import type { TeamCell, TeamSkill } from '../core/analysis/team.js';
import { NOT_APPLICABLE, NOT_OBSERVED } from '../core/schema/assessment.js';
import type { Translator } from '../i18n/index.js';

type Translate = Translator['t'];

/** How a cell is marked: below the role's need (hatched), no level to show (muted), or a level. */
export type CellKind = 'below' | 'missing' | '';

/** What one person's cell for one skill says. */
export interface CellWords {
  /** What it shows: the level's number, the shortfall in brackets (`3 (−1)`); – not applicable, ? not observed, blank not rated. */
  readonly short: string;
  /** What it says, as text: the CSV's cell, and what is read out when no label needs a language mark. */
  readonly full: string;
  readonly kind: CellKind;
  /** The level rated, whose label a page marks with its language. */
  readonly level?: string;
  /** The gap to the role's need in words ("2 levels below", "no level stated for the role"), when the cell gives one. */
  readonly gap?: string;
}

/**
 * A cell's words: the level, and the gap to what the role needs ("Practitioner, 1 level below"). A skill
 * the role names with no level gives the level and says no level is stated: never a gap, never below.
 * `answerLabel` names an answer (a level's label, not applicable, not observed; undefined is not rated).
 */
export function cellWords(
  cell: TeamCell | undefined,
  index: Pick<FrameworkIndex, 'rank'>,
  answerLabel: (answer: string | undefined) => string,
  t: Translate,
): CellWords {
  if (!cell || cell.answer !== 'level') {
    const answer = cell?.answer === 'not-applicable' ? NOT_APPLICABLE : cell?.answer === 'not-observed' ? NOT_OBSERVED : undefined;
    return { short: answer === NOT_APPLICABLE ? '–' : answer === NOT_OBSERVED ? '?' : '', full: answerLabel(answer), kind: 'missing' };
  }
  const level = cell.level!;
  const position = String(index.rank.get(level)! + 1);
  const label = answerLabel(level);
  if (cell.gap === undefined && !cell.levelNotStated) return { short: position, full: label, kind: '', level };
  const shortBy = cell.gap === undefined ? 0 : -cell.gap;
  const gap =
    cell.gap === undefined
      ? t('team.unstated')
      : shortBy > 0
        ? t('team.below', { count: shortBy })
        : cell.gap > 0
          ? t('team.above', { count: cell.gap })
          : t('team.met');
  return {
    short: shortBy > 0 ? `${position} (−${shortBy})` : position,
    full: t('team.cell', { level: label, gap }),
    kind: shortBy > 0 ? 'below' : '',
    level,
    gap,
  };
}

/** The key of a cell's words: they depend on nothing else, so thousands of cells share a few dozen. */
export const cellWordsKey = (cell: TeamCell | undefined): string => `${cell?.answer}|${cell?.level}|${cell?.gap}|${cell?.levelNotStated}`;

/**
 * How many people are below a skill's need, in the counts view and its CSV: blank when the role does not
 * name the skill, and "No level stated", never a count, when it names it without a level.
 */
export function countBelowWords(entry: Pick<TeamSkill, 'required' | 'levelNotStated' | 'below'>, t: Translate): string {
  return entry.required ? String(entry.below) : entry.levelNotStated ? t('common.levelNotStated') : '';
}
