/**
 * Imports a framework laid out as a document (text copied or exported from a word processor), as the
 * DE&S technical competence frameworks are:
 *
 * - a title, optionally a "Contents" list (`Skill name <tab> page`), which names the skill headings;
 * - per skill: a heading line, description paragraphs, then a `Level <tab> Descriptors` row;
 * - per level: `Level name <tab> descriptors`, the descriptors as bullet lines or as HTML (lists with
 *   inline styles, items with or without `<li>`); or the level name alone on a line with `- ` bullet
 *   lines below it; a row with an empty first cell continues the level above; "Not Applicable" marks
 *   a level that does not apply.
 */
import type { FrameworkInput, SkillLevelEntry } from '../schema/framework.js';
import { toBlocks, type Block } from '../schema/text.js';
import { mergeDescriptor, readCell, readPlain, readRich } from './cells.js';
import { IdAllocator, slugify } from './ids.js';
import { frameworkHeader, type FrameworkMetadata } from './metadata.js';
import { newCleaning, reportCleaning, type HtmlCleaning } from './rich-from-html.js';
import { richFromText } from './rich-from-text.js';
import { finishImport, ImportLog, withinLimit, type ImportResult } from './report.js';

export interface DocumentImportOptions extends FrameworkMetadata {
  /** Documents list the top level first; say `lowest-first` for tables written the other way up. */
  readonly levelsListed?: 'highest-first' | 'lowest-first';
}

const CONTENTS = /^(?:contents|table of contents)$/i;
const BULLET_LINE = /^\s*[-•*–]\s+\S/;
/** The row that starts a level table: `Level <tab> Descriptors` (or in Welsh, `Lefel <tab> Disgrifyddion`). */
function isTableHeader(text: string): boolean {
  const cells = text
    .split('\t')
    .map((cell) => cell.trim().toLowerCase())
    .filter(Boolean);
  return (
    cells.length === 2 &&
    ['level', 'lefel'].includes(cells[0]!) &&
    ['descriptor', 'descriptors', 'disgrifydd', 'disgrifyddion'].includes(cells[1]!)
  );
}

/**
 * A heading without the leader dots and spaces a contents list puts after it. A loop, not a pattern:
 * `/[.\s]+$/` backtracks on long runs of spaces.
 */
function trimLeaders(text: string): string {
  let end = text.length;
  while (end > 0 && /[.…\s]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A contents entry, `Skill name ..... <tab> page`: the name, or undefined for any other line. */
function contentsEntry(text: string): string | undefined {
  const tab = text.lastIndexOf('\t');
  if (tab < 0 || !/^\d+$/.test(text.slice(tab + 1).trim())) return undefined;
  const name = trimLeaders(text.slice(0, tab)).trim();
  return name === '' ? undefined : name;
}

/** Blank, long, or ending like a sentence: description, not a heading. */
const isParagraph = (text: string) => text === '' || text.length > 120 || /[.:;!?]$/.test(text);

interface Line {
  readonly number: number;
  readonly text: string;
}

interface SkillDraft {
  name: string;
  line: number;
  /** Description paragraphs with the line each is on. */
  description: Line[];
  levels: Map<string, { value: SkillLevelEntry | undefined; bullets: string[]; line: number }>;
  /** The table rows and bullets read, by text, with the line each was first on. */
  rows: Map<string, number>;
}

class DocumentReader {
  readonly cleaning: HtmlCleaning;
  readonly skills: SkillDraft[] = [];
  /** Level names in the order the tables give them. */
  readonly levelNames: string[] = [];
  notApplicable = false;
  titleLines: string[] = [];

  constructor(
    readonly lines: readonly Line[],
    readonly file: string | undefined,
    readonly log: ImportLog,
  ) {
    this.cleaning = newCleaning(this.at());
  }

  at(line?: number) {
    return { ...(this.file === undefined ? {} : { file: this.file }), ...(line === undefined ? {} : { line }) };
  }

  /** A row's first cell as plain text (`<p>Expert</p>` -> `Expert`). */
  cellName(cell: string, line: number): string {
    return readPlain(cell, this.cleaning, this.at(line));
  }

  /** Level names are the first cells of rows inside level tables: known before the walk, for lone level lines. */
  collectLevelNames(): Set<string> {
    const names = new Set<string>();
    let inTable = false;
    for (const { text, number } of this.lines) {
      if (isTableHeader(text)) inTable = true;
      else if (inTable && text.includes('\t')) {
        const name = this.cellName(text.slice(0, text.indexOf('\t')), number);
        if (name !== '') names.add(name.toLowerCase());
      }
    }
    return names;
  }

  /** The skill names a contents list gives, if there is one; the title lines are those before it. */
  readContents(): { names: Set<string>; end: number } | undefined {
    const start = this.lines.findIndex((line) => CONTENTS.test(line.text.trim()));
    if (start < 0) return undefined;
    this.titleLines = this.lines
      .slice(0, start)
      .map((line) => line.text.trim())
      .filter(Boolean);
    const names = new Set<string>();
    let end = start + 1;
    for (; end < this.lines.length; end++) {
      const text = this.lines[end]!.text.trim();
      if (text === '') continue;
      const entry = contentsEntry(this.lines[end]!.text);
      if (entry !== undefined) names.add(entry.toLowerCase());
      // A damaged entry (its page number lost) does not end the list when entries follow it.
      else if (this.nextText(end + 1).some((line) => contentsEntry(line.text) !== undefined)) {
        this.log.leaveOut(this.at(this.lines[end]!.number), 'doc.orphanText', { text: text.slice(0, 60) });
      } else break;
    }
    return { names, end };
  }

  /** The next line with text after `from`, as a list of none or one. */
  nextText(from: number): Line[] {
    const next = this.lines.slice(from).find((line) => line.text.trim() !== '');
    return next ? [next] : [];
  }

  /**
   * Whether a level table comes after line `from` before any heading the contents list names: then the
   * line is that table's heading, though the contents list does not have it (an entry lost or renamed).
   */
  headsTable(from: number, names: ReadonlySet<string>): boolean {
    for (let i = from + 1; i < this.lines.length; i++) {
      const text = this.lines[i]!.text;
      if (isTableHeader(text)) return true;
      if (names.has(trimLeaders(text.trim()).toLowerCase())) return false;
    }
    return false;
  }

  read(): void {
    // Every line with text is counted; a line the walk cannot place is left out where it is met.
    for (const { text, number } of this.lines) if (text.trim() !== '') this.log.read(this.at(number), 'line');
    const levelNames = this.collectLevelNames();
    const contents = this.readContents();
    const isLoneLevel = (text: string) => levelNames.has(text.toLowerCase());
    const nextTable = (from: number) => this.lines.findIndex((line, i) => i >= from && isTableHeader(line.text));
    let i = contents?.end ?? 0;
    // Without a contents list, the first heading is the line above the first table's description paragraphs.
    if (!contents) {
      const first = nextTable(0);
      if (first < 0) return this.log.error('doc.noSkills', this.at());
      // A table on the first line has no heading above it: its rows are text under no skill.
      let heading = Math.max(0, first - 1);
      while (heading > 0 && isParagraph(this.lines[heading]!.text.trim())) heading--;
      this.titleLines = this.lines
        .slice(0, heading)
        .map((line) => line.text.trim())
        .filter(Boolean);
      i = heading;
    }
    let skill: SkillDraft | undefined;
    let level: { value: SkillLevelEntry | undefined; bullets: string[]; line: number } | undefined;
    let inTable = false;
    for (; i < this.lines.length; i++) {
      const { text, number } = this.lines[i]!;
      const trimmed = text.trim();
      if (trimmed === '') continue;
      if (isTableHeader(text)) {
        if (!skill) this.log.leaveOut(this.at(number), 'doc.orphanText', { text: trimmed.slice(0, 60) });
        inTable = skill !== undefined;
        level = undefined;
        continue;
      }
      if (inTable && skill) {
        // A row or bullet given twice for one level (pasted twice) adds nothing: it is left out. A row that
        // names its level is known by its text; a continuation row or bullet, by its text under its level.
        const named = text.includes('\t') && !/^\s*\t/.test(text);
        const repeatable = text.includes('\t') || BULLET_LINE.test(text);
        const key = named ? trimmed : `${level?.line ?? ''}\u0000${trimmed}`;
        const first = repeatable ? skill.rows.get(key) : undefined;
        if (first !== undefined) {
          this.log.leaveOut(this.at(number), 'line.duplicate', { first });
          continue;
        }
        if (repeatable) skill.rows.set(key, number);
        if (text.includes('\t')) {
          const tab = text.indexOf('\t');
          const name = this.cellName(text.slice(0, tab), number);
          if (name === '' && !level) {
            this.log.leaveOut(this.at(number), 'doc.orphanText', { text: trimmed.slice(0, 60) });
            continue;
          }
          if (name !== '') level = this.startLevel(skill, name, number);
          this.fillLevel(level!, text.slice(tab + 1), number);
          continue;
        }
        if (isLoneLevel(trimmed)) {
          level = this.startLevel(skill, this.cellName(trimmed, number), number);
          continue;
        }
        if (level && BULLET_LINE.test(text)) {
          level.bullets.push(trimmed);
          continue;
        }
        inTable = false; // anything else ends the table: it is the next heading
      }
      const heading = trimLeaders(trimmed);
      // Without a contents list, the first line after a table is a heading. With one, its entries are,
      // and so is such a line when a table follows before the next entry.
      const afterTable = !skill || skill.levels.size > 0;
      const isHeading = contents
        ? contents.names.has(heading.toLowerCase()) || (afterTable && !isParagraph(trimmed) && this.headsTable(i, contents.names))
        : afterTable;
      if (isHeading) {
        skill = { name: heading, line: number, description: [], levels: new Map(), rows: new Map() };
        this.skills.push(skill);
        level = undefined;
      } else if (skill && skill.levels.size === 0) {
        skill.description.push({ number, text });
      } else {
        this.log.leaveOut(this.at(number), 'doc.orphanText', { text: trimmed.slice(0, 60) });
      }
    }
  }

  startLevel(skill: SkillDraft, name: string, line: number) {
    const key = name.toLowerCase();
    if (!this.levelNames.some((known) => known.toLowerCase() === key)) this.levelNames.push(name);
    const existing = skill.levels.get(key);
    if (existing) return existing;
    const level = { value: undefined, bullets: [], line };
    skill.levels.set(key, level);
    return level;
  }

  fillLevel(level: { value: SkillLevelEntry | undefined }, cell: string, line: number): void {
    const value = readCell(cell, this.at(line), this.log, this.cleaning);
    if (value.kind === 'notApplicable') {
      level.value = { notApplicable: true };
      this.notApplicable = true;
    } else if (value.kind === 'text') level.value = mergeDescriptor(level.value, value.text);
  }
}

/** Splits text into lines, numbered from 1, with Windows and old Mac line ends alike. */
const numberLines = (text: string): Line[] => text.split(/\r\n?|\n/).map((line, index) => ({ number: index + 1, text: line }));

export function importDocument(text: string, options: DocumentImportOptions = {}, file?: string): ImportResult {
  const log = new ImportLog();
  if (!withinLimit(text, log, file)) return finishImport(undefined, log);
  const reader = new DocumentReader(numberLines(text.startsWith('\uFEFF') ? text.slice(1) : text), file, log);
  reader.read();
  if (reader.skills.length === 0) {
    if (!log.failed) log.error('doc.noSkills', reader.at());
    return finishImport(undefined, log);
  }
  if (reader.levelNames.length === 0) {
    log.error('import.noLevels', reader.at());
    return finishImport(undefined, log);
  }
  const ordered = options.levelsListed === 'lowest-first' ? reader.levelNames : [...reader.levelNames].reverse();
  const levelIds = new IdAllocator('level');
  const scale = ordered.map((label) => ({ id: levelIds.take(slugify(label)).id, label }));
  const idOf = new Map(ordered.map((label, index) => [label.toLowerCase(), scale[index]!.id]));
  const skillIds = new IdAllocator('skill');
  const skills = reader.skills.map((draft) => {
    if (draft.levels.size === 0) log.warn('doc.noLevels', reader.at(draft.line), { skill: draft.name });
    const levels: Record<string, SkillLevelEntry> = {};
    for (const [key, level] of draft.levels) {
      const bullets = level.bullets.length > 0 ? richFromText(level.bullets.join('\n')) : undefined;
      const value = bullets === undefined ? level.value : mergeDescriptor(level.value, bullets);
      if (value !== undefined) levels[idOf.get(key)!] = value;
    }
    const description = draft.description.flatMap(({ text, number }): Block[] => {
      const value = readRich(text, reader.at(number), reader.cleaning);
      return value === undefined ? [] : toBlocks(value);
    });
    return {
      id: skillIds.take(slugify(draft.name)).id,
      name: draft.name,
      ...(description.length > 0 ? { description } : {}),
      levels,
    };
  });
  reportCleaning(reader.cleaning, log);
  const framework: FrameworkInput = {
    ...frameworkHeader(options, reader.titleLines.join(' ') || 'Imported framework'),
    scale: { levels: scale, allowNotApplicable: reader.notApplicable },
    skills,
  };
  return finishImport(framework, log);
}
