import type { FrameworkIndex } from './framework-index.js';
import type { Level, SkillLevelEntry } from './schema/framework.js';
import { richLines, type RichText, pickLanguage } from './schema/text.js';

/**
 * Orders two level ids by their place in the scale: negative when `a` is lower, 0 when equal.
 * Unknown ids give `undefined`, so callers cannot mistake them for a real comparison.
 */
export function compareLevels(index: FrameworkIndex, a: string, b: string): number | undefined {
  const rankA = index.rank.get(a);
  const rankB = index.rank.get(b);
  return rankA === undefined || rankB === undefined ? undefined : rankA - rankB;
}

export function isNotApplicable(entry: SkillLevelEntry | undefined): entry is { notApplicable: true } {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'notApplicable' in entry;
}

export type SkillLevelView =
  | { readonly level: Level; readonly kind: 'descriptors'; readonly descriptors: RichText }
  | { readonly level: Level; readonly kind: 'general'; readonly descriptors: RichText }
  | { readonly level: Level; readonly kind: 'not-applicable'; readonly note?: RichText }
  | { readonly level: Level; readonly kind: 'none' };

/** What one level of a skill says: its own descriptors, the scale's general description, or not applicable. */
export function skillLevel(index: FrameworkIndex, skillId: string, level: Level): SkillLevelView {
  const levels = index.skills.get(skillId)?.levels;
  const entry = levels && Object.hasOwn(levels, level.id) ? levels[level.id] : undefined;
  if (isNotApplicable(entry)) return entry.note ? { level, kind: 'not-applicable', note: entry.note } : { level, kind: 'not-applicable' };
  if (entry !== undefined) return { level, kind: 'descriptors', descriptors: entry };
  if (level.description !== undefined) return { level, kind: 'general', descriptors: level.description };
  return { level, kind: 'none' };
}

/** The levels of a skill in scale order, lowest first. */
export function skillLevels(index: FrameworkIndex, skillId: string): SkillLevelView[] {
  return index.framework.scale.levels.map((level) => skillLevel(index, skillId, level));
}

export interface LevelComparison {
  readonly lower: SkillLevelView;
  readonly higher: SkillLevelView;
  /** Lines of the higher level that the lower one does not have: what the step up adds. */
  readonly added: readonly string[];
  /** Lines both levels share. */
  readonly shared: readonly string[];
}

const normalise = (line: string): string => line.toLowerCase().replace(/\s+/g, ' ').trim();

/** What the higher of two levels of a skill adds over the lower one, in the given language. */
export function compareSkillLevels(
  index: FrameworkIndex,
  skillId: string,
  levelA: string,
  levelB: string,
  locale: string,
): LevelComparison | undefined {
  const order = compareLevels(index, levelA, levelB);
  if (order === undefined || !index.skills.has(skillId)) return undefined;
  const [lowId, highId] = order <= 0 ? [levelA, levelB] : [levelB, levelA];
  const lower = skillLevel(index, skillId, index.levels.get(lowId)!);
  const higher = skillLevel(index, skillId, index.levels.get(highId)!);
  const lines = (view: SkillLevelView): string[] => ('descriptors' in view ? richLines(pickLanguage(view.descriptors, locale)) : []);
  const lowerSet = new Set(lines(lower).map(normalise));
  const higherLines = lines(higher);
  return {
    lower,
    higher,
    added: higherLines.filter((line) => !lowerSet.has(normalise(line))),
    shared: higherLines.filter((line) => lowerSet.has(normalise(line))),
  };
}
