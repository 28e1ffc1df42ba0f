import { indexFramework } from '../core/framework-index.js';
import { formatCsv } from '../core/io/csv-write.js';
import type { Framework } from '../core/schema/framework.js';
import { pickLanguage, type Text } from '../core/schema/text.js';
import type { FrameworkDiff, RequirementRevision } from '../core/versions/diff.js';
import type { MessageKey } from './catalogue.js';
import { changesMessages } from './messages/changes.js';
import { translateFrom, type Messages } from './translate.js';
import type { MessageParams } from './types.js';

/** One finding of a diff: stable fields for scripts and spreadsheets, and a sentence for people. */
export interface DiffItem {
  /** `skill`, `descriptor`, `level`, `category`, `role`, `requirement`, `pathway`, `learning`, `mapping`. */
  readonly area: string;
  /** What happened, in stable words: `added`, `retired`, `meaning`, `raised`, … */
  readonly change: string;
  /** The thing changed, by its id in the new version (the old one for something removed). */
  readonly id: string;
  readonly previousId?: string;
  /** For a role's requirement: the skill. */
  readonly skill?: string;
  readonly level?: string;
  readonly from?: string;
  readonly to?: string;
  /** `wording` or `meaning`, for text compared by the documented rule of thumb. */
  readonly grade?: 'wording' | 'meaning';
  readonly similarity?: number;
  readonly text: string;
}

export interface DiffSection {
  /** Stable: `skills`, `descriptors`, `scale`, `categories`, `roles`, `requirements`, `pathways`, `learning`. */
  readonly id: string;
  readonly heading: string;
  readonly items: readonly DiffItem[];
}

export interface DescribeOptions {
  readonly locale?: string;
  /** Name things with their id after them (`People Analytics (people-analytics)`), as authors need. */
  readonly ids?: boolean;
  /** The messages, for a host's overrides; the shipped `changes.*` set by default. */
  readonly translate?: (key: MessageKey, params?: MessageParams) => string;
}

const lists = new Map<string, Intl.ListFormat | undefined>();

/** "A, B and C" in the report's language; commas where the runtime has no list formatting for it. */
function joinList(items: readonly string[], locale: string): string {
  let format = lists.get(locale);
  if (!lists.has(locale)) {
    try {
      format = new Intl.ListFormat(locale, { type: 'conjunction' });
    } catch {
      format = undefined;
    }
    lists.set(locale, format);
  }
  return format ? format.format(items) : items.join(', ');
}

const t0 = (locale: string) => (key: MessageKey, params?: MessageParams) => translateFrom(changesMessages as Messages, locale, key, params);

/**
 * A diff in words, section by section (empty sections left out), each finding a sentence. Names come
 * from the version that has the thing: the new one, or the old for what was removed.
 */
export function describeDiff(diff: FrameworkDiff, old: Framework, next: Framework, options: DescribeOptions = {}): DiffSection[] {
  const locale = options.locale ?? 'en';
  const t = options.translate ?? t0(locale);
  const text = (value: Text) => pickLanguage(value, locale);
  const withId = (name: string, id: string) => (options.ids && name !== id ? `${name} (${id})` : name);
  const [before, after] = [indexFramework(old), indexFramework(next)];
  const skillName = (id: string) => {
    const skill = after.skills.get(id) ?? before.skills.get(id);
    return withId(skill ? text(skill.name) : id, id);
  };
  const oldSkill = (id: string) => withId(before.skills.has(id) ? text(before.skills.get(id)!.name) : id, id);
  const levelName = (id: string | undefined, index = after) => {
    if (id === undefined) return t('changes.noLevel');
    const level = index.levels.get(id) ?? before.levels.get(id);
    return withId(level ? text(level.label) : id, id);
  };
  const categoryName = (id: string | undefined) => {
    if (id === undefined) return t('changes.noCategory');
    const category = after.categories.get(id) ?? before.categories.get(id);
    return withId(category ? text(category.name) : id, id);
  };
  const roleTitles = new Map<string, string>();
  for (const framework of [old, next]) {
    for (const role of framework.roles) {
      roleTitles.set(role.id, text(role.title));
      for (const level of role.levels ?? []) roleTitles.set(level.id, text(level.title));
    }
  }
  const roleName = (id: string) => withId(roleTitles.get(id) ?? id, id);
  const list = (ids: readonly string[], name: (id: string) => string) => joinList(ids.map(name), locale);
  const grade = (value: 'wording' | 'meaning') => t(value === 'meaning' ? 'changes.gradeMeaning' : 'changes.gradeWording');

  const sections: DiffSection[] = [];
  const section = (id: string, heading: MessageKey, items: DiffItem[]) => {
    if (items.length > 0) sections.push({ id, heading: t(heading), items });
  };

  const { skills, levels, categories, roles, pathways, learning } = diff;
  // A mapping that names an id the version lacks is said where that kind of thing is: with the skills or the scale.
  const unknownMappings = (kind: 'skill' | 'level'): DiffItem[] =>
    diff.unknownMappings
      .filter((mapping) => mapping.kind === kind)
      .map(({ id, side }) => ({
        area: 'mapping',
        change: `unknown-${kind}`,
        id,
        text: t('changes.unknownMapping', { id, side: t(side === 'old' ? 'changes.sideOld' : 'changes.sideNew') }),
      }));
  const replacedKey = {
    id: 'changes.replacedId',
    merged: 'changes.replacedMerged',
    split: 'changes.replacedSplit',
    regrouped: 'changes.replacedRegrouped',
  } as const;
  section('skills', 'changes.skills', [
    ...skills.added.map(({ id }) => ({ area: 'skill', change: 'added', id, text: t('changes.skillAdded', { skill: skillName(id) }) })),
    ...skills.retired.map(({ id }) => ({ area: 'skill', change: 'retired', id, text: t('changes.skillRetired', { skill: oldSkill(id) }) })),
    ...skills.replaced.map(({ from, to, kind, by }) => {
      const sentence = t(replacedKey[kind], { from: list(from, oldSkill), to: list(to, skillName) });
      return {
        area: 'skill',
        change: kind === 'id' ? 'replaced' : kind,
        id: to.join(' '),
        previousId: from.join(' '),
        text: by === 'option' ? `${sentence} ${t('changes.byOption')}` : sentence,
      };
    }),
    ...skills.renamed.map(({ id, from, to }) => ({
      area: 'skill',
      change: 'renamed',
      id,
      from: text(from),
      to: text(to),
      text: t('changes.renamed', { from: withId(text(from), id), to: text(to) }),
    })),
    ...skills.moved.map(({ id, from, to }) => ({
      area: 'skill',
      change: 'moved',
      id,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      text: t('changes.skillMoved', { skill: skillName(id), from: categoryName(from), to: categoryName(to) }),
    })),
    ...skills.probablySame.map(({ from, to, similarity }) => ({
      area: 'skill',
      change: 'probably-same',
      id: to,
      previousId: from,
      similarity,
      text: t('changes.probablySame', { from: oldSkill(from), to: skillName(to), percent: Math.round(similarity * 100) }),
    })),
    ...skills.descriptions.map(({ id, change, similarity }) => ({
      area: 'skill',
      change: 'description',
      id,
      grade: change,
      similarity,
      text: t('changes.skillDescription', { skill: skillName(id), grade: grade(change) }),
    })),
    ...unknownMappings('skill'),
  ]);

  const descriptorKey = {
    meaning: 'changes.descriptorMeaning',
    wording: 'changes.descriptorWording',
    added: 'changes.descriptorAdded',
    removed: 'changes.descriptorRemoved',
  } as const;
  const descriptorItems = skills.descriptors.map((change): DiffItem => {
    const params = { skill: skillName(change.skill), level: levelName(change.level) };
    let sentence = change.scale
      ? t('changes.descriptorScale', { ...params, grade: grade(change.change as 'wording' | 'meaning') })
      : t(descriptorKey[change.change], params);
    if (change.from && change.from.skill !== change.skill)
      sentence = t('changes.descriptorAgainst', { change: sentence, skill: oldSkill(change.from.skill) });
    const graded = change.change === 'wording' || change.change === 'meaning' ? { grade: change.change } : {};
    return {
      area: 'descriptor',
      change: change.scale ? 'scale' : change.change,
      id: change.skill,
      ...(change.from ? { previousId: change.from.skill } : {}),
      level: change.level,
      ...graded,
      similarity: Math.round(change.similarity * 100) / 100,
      text: sentence,
    };
  });
  if (descriptorItems.length > 0) {
    sections.push({
      id: 'descriptors',
      heading: t('changes.descriptors'),
      items: [{ area: 'descriptor', change: 'note', id: '', text: t('changes.heuristic') }, ...descriptorItems],
    });
  }

  section('scale', 'changes.scale', [
    ...levels.added.map(({ id }) => ({ area: 'level', change: 'added', id, text: t('changes.levelAdded', { level: levelName(id) }) })),
    ...levels.removed.map(({ id }) => ({
      area: 'level',
      change: 'removed',
      id,
      text: t('changes.levelRemoved', { level: levelName(id, before) }),
    })),
    ...levels.replaced.map(({ from, to, kind }) => ({
      area: 'level',
      change: kind === 'id' ? 'replaced' : kind,
      id: to.join(' '),
      previousId: from.join(' '),
      text: t(replacedKey[kind], { from: list(from, (id) => levelName(id, before)), to: list(to, (id) => levelName(id)) }),
    })),
    ...levels.relabelled.map(({ id, from, to }) => ({
      area: 'level',
      change: 'renamed',
      id,
      from: text(from),
      to: text(to),
      text: t('changes.renamed', { from: withId(text(from), id), to: text(to) }),
    })),
    ...levels.descriptions.map(({ id, change, similarity }) => ({
      area: 'level',
      change: 'description',
      id,
      grade: change,
      similarity,
      text: t('changes.levelDescription', { level: levelName(id), grade: grade(change) }),
    })),
    ...(levels.reordered ? [{ area: 'level', change: 'reordered', id: '', text: t('changes.levelsReordered') }] : []),
    ...unknownMappings('level'),
  ]);

  section('categories', 'changes.categories', [
    ...categories.added.map(({ id }) => ({
      area: 'category',
      change: 'added',
      id,
      text: t('changes.categoryAdded', { category: categoryName(id) }),
    })),
    ...categories.removed.map(({ id }) => ({
      area: 'category',
      change: 'removed',
      id,
      text: t('changes.categoryRemoved', { category: categoryName(id) }),
    })),
    ...categories.renamed.map(({ id, from, to }) => ({
      area: 'category',
      change: 'renamed',
      id,
      from: text(from),
      to: text(to),
      text: t('changes.renamed', { from: withId(text(from), id), to: text(to) }),
    })),
  ]);

  section('roles', 'changes.roles', [
    ...roles.added.map(({ id }) => ({ area: 'role', change: 'added', id, text: t('changes.roleAdded', { role: roleName(id) }) })),
    ...roles.retired.map(({ id }) => ({ area: 'role', change: 'retired', id, text: t('changes.roleRetired', { role: roleName(id) }) })),
    ...roles.renamed.map(({ id, from, to }) => ({
      area: 'role',
      change: 'renamed',
      id,
      from: text(from),
      to: text(to),
      text: t('changes.renamed', { from: withId(text(from), id), to: text(to) }),
    })),
  ]);

  const needKey = {
    raised: 'changes.needRaised',
    lowered: 'changes.needLowered',
    added: 'changes.needAdded',
    dropped: 'changes.needDropped',
    importance: 'changes.needImportance',
    unstated: 'changes.needUnstated',
    regraded: 'changes.needRegraded',
  } as const;
  section(
    'requirements',
    'changes.requirements',
    roles.requirements.map((change: RequirementRevision) => {
      const from = change.from ? levelName(change.from.level, before) : undefined;
      const to = change.to ? levelName(change.to.level) : undefined;
      const skill = change.change === 'dropped' ? oldSkill(change.skill) : skillName(change.skill);
      const importance = change.to ? t(change.to.importance === 'desirable' ? 'changes.desirable' : 'changes.essential') : '';
      return {
        area: 'requirement',
        change: change.change,
        id: change.role,
        ...(change.from && change.from.skill !== change.skill ? { previousId: change.from.skill } : {}),
        skill: change.skill,
        ...(change.from ? { from: change.from.level ?? '' } : {}),
        ...(change.to ? { to: change.to.level ?? '' } : {}),
        text: t(needKey[change.change], { role: roleName(change.role), skill, from: from ?? '', to: to ?? '', importance }),
      };
    }),
  );

  const kind = (value: string) => t(`changes.kind.${value}` as MessageKey);
  section('pathways', 'changes.pathways', [
    ...pathways.added.map((pathway) => ({
      area: 'pathway',
      change: 'added',
      id: `${pathway.from} ${pathway.to}`,
      text: t('changes.pathwayAdded', { from: roleName(pathway.from), to: roleName(pathway.to), kind: kind(pathway.kind) }),
    })),
    ...pathways.removed.map((pathway) => ({
      area: 'pathway',
      change: 'removed',
      id: `${pathway.from} ${pathway.to}`,
      text: t('changes.pathwayRemoved', { from: roleName(pathway.from), to: roleName(pathway.to), kind: kind(pathway.kind) }),
    })),
  ]);

  section('learning', 'changes.learning', [
    ...learning.added.map(({ id, name }) => ({
      area: 'learning',
      change: 'added',
      id,
      text: t('changes.learningAdded', { title: withId(text(name), id) }),
    })),
    ...learning.removed.map(({ id, name }) => ({
      area: 'learning',
      change: 'removed',
      id,
      text: t('changes.learningRemoved', { title: withId(text(name), id) }),
    })),
  ]);

  return sections;
}

/** How many findings a description holds (the heuristic's note not counted). */
export const countFindings = (sections: readonly DiffSection[]) =>
  sections.reduce((total, section) => total + section.items.filter((item) => item.change !== 'note').length, 0);

const CSV_COLUMNS = ['Area', 'Change', 'Id', 'Previous id', 'Skill', 'Level', 'From', 'To', 'Grade', 'Similarity', 'Description'];

/**
 * The findings as CSV for a spreadsheet: stable columns (English, as scripts read them) and a sentence
 * in the report's language; every cell made safe from formulas.
 */
export function diffCsv(sections: readonly DiffSection[]): string {
  const rows = sections.flatMap((section) =>
    section.items
      .filter((item) => item.change !== 'note')
      .map((item) => [
        item.area,
        item.change,
        item.id,
        item.previousId ?? '',
        item.skill ?? '',
        item.level ?? '',
        item.from ?? '',
        item.to ?? '',
        item.grade ?? '',
        item.similarity === undefined ? '' : String(item.similarity),
        item.text,
      ]),
  );
  return `${formatCsv([CSV_COLUMNS, ...rows])}\r\n`;
}

/** The report as text: a title line, then each section's findings. */
export function diffReport(diff: FrameworkDiff, sections: readonly DiffSection[], locale = 'en'): string {
  const t = t0(locale);
  const sameFramework = diff.from.id === diff.to.id;
  const versions = sameFramework
    ? { from: diff.from.version, to: diff.to.version }
    : { from: `${diff.from.id} ${diff.from.version}`, to: `${diff.to.id} ${diff.to.version}` };
  if (diff.unchanged && sections.length === 0) return `${t('changes.none', versions)}\n`;
  const title = sameFramework ? `${t('changes.title', versions)} (${diff.from.id})` : t('changes.titleIds', versions);
  const lines = [`${title}: ${t('changes.summary', { count: countFindings(sections) })}`];
  for (const section of sections) {
    lines.push('', `${section.heading}:`);
    for (const item of section.items) lines.push(item.change === 'note' ? `  ${item.text}` : `  - ${item.text}`);
  }
  return `${lines.join('\n')}\n`;
}
