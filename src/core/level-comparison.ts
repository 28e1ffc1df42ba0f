import type { FrameworkIndex } from './framework-index.js';
import { skillLevel, type SkillLevelView } from './levels.js';
import { pickLanguage, richLines } from './schema/text.js';

// A module of its own: only the ladder compares levels, and the pages without one carry none of it.

/**
 * Orders two level ids by their place in the scale: negative when `a` is lower, 0 when equal.
 * Unknown ids give `undefined`, so callers cannot mistake them for a real comparison.
 */
export function compareLevels(index: FrameworkIndex, a: string, b: string): number | undefined {
  const rankA = index.rank.get(a);
  const rankB = index.rank.get(b);
  return rankA === undefined || rankB === undefined ? undefined : rankA - rankB;
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
