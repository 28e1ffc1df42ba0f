import type { FrameworkIndex } from './framework-index.js';
import type { Level, SkillLevelEntry } from './schema/framework.js';
import type { RichText } from './schema/text.js';

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
