/**
 * Imports the DIRECT digital research competencies framework (open data, CC BY 4.0,
 * https://github.com/direct-framework/digital-research-competencies-framework) from the JSON files it
 * publishes. DIRECT has no role families, roles or pathways: `options.extra` supplies them, with a note
 * that says whose they are.
 */
import type { Issue } from '../issues.js';
import { guardInput } from '../input.js';
import type { FrameworkInput } from '../schema/framework.js';
import { isHttpsUrl } from '../schema/ids.js';
import { richLines } from '../schema/text.js';
import { looksLikeHtml, newCleaning, reportCleaning, richFromHtml } from './rich-from-html.js';
import { IdAllocator, slugify } from './ids.js';
import { readCff } from './citation.js';
import { baseName } from './metadata.js';
import { finishImport, ImportLog, withinLimit, type ImportResult, type SourceLocation } from './report.js';

/** The files the import needs, with the fields it reads from their rows (DIRECT writes every field as a string). */
const PARTS = {
  'competency_domain.json': ['name', 'description', 'slug', 'rank'],
  'competency.json': ['name', 'description', 'slug', 'competency_domain', 'rank'],
  'skill.json': ['name', 'description', 'slug', 'competency', 'learning_resources', 'rank'],
  'skill_level.json': ['name', 'description', 'level', 'short_description'],
  'learning_resource.json': ['name', 'slug', 'url', 'provider', 'description'],
  'provider.json': ['name', 'slug'],
} as const;
/** Without these there is no framework; the other parts are reported missing and done without. */
const REQUIRED: ReadonlySet<string> = new Set(['skill.json', 'skill_level.json']);
const CITATION = 'CITATION.cff';
const TITLE = 'DIRECT competencies framework for digital Research Technical Professionals';

type Part = keyof typeof PARTS;
/** A row of a file, by its index there, with the fields (`K`) the import reads as text. */
type Row<K extends string> = { readonly file: string; readonly index: number; readonly text: Readonly<Record<K, string>> };
type RowOf<P extends Part> = Row<(typeof PARTS)[P][number]>;
type Rows = { readonly [P in Part]: readonly RowOf<P>[] };
type Category = NonNullable<FrameworkInput['categories']>[number];
type Skill = FrameworkInput['skills'][number];
type Learning = NonNullable<FrameworkInput['learning']>[number];

export interface DirectOptions {
  /** What DIRECT does not have: role families, roles, pathways, and a note on where they come from. */
  readonly extra?: Pick<FrameworkInput, 'families' | 'roles' | 'pathways'> & { note?: string };
}

/** Imports DIRECT from its files, keyed by name or by path (the base name is what counts). Never throws. */
export function importDirect(files: Readonly<Record<string, string>>, options: DirectOptions = {}): ImportResult {
  const { candidate, log } = convertDirect(files, options);
  return finishImport(candidate, log);
}

/**
 * The conversion before validation: the framework as an author would write it (no defaults filled in),
 * for tools that save it as a file. `candidate` is missing when the files could not be read.
 */
export function convertDirect(
  files: Readonly<Record<string, string>>,
  options: DirectOptions = {},
): { candidate?: FrameworkInput; log: ImportLog } {
  const log = new ImportLog();
  const byName = filesByName(files);
  const rows = readRows(byName, log);
  const citation = readCitation(byName.get(CITATION), log);
  if (!rows || log.failed) return { log };

  const levelRows = rows['skill_level.json'].filter((row) => rank(row.text.level) === 0 || named([row], log).length > 0);
  const scale = scaleOf(levelRows, log);
  const { categories, competencyIds } = categoriesOf(named(rows['competency_domain.json'], log), named(rows['competency.json'], log), log);
  const skills = skillsOf(named(rows['skill.json'], log), competencyIds, categories, log);
  const learning = learningOf(named(rows['learning_resource.json'], log), rows['provider.json'], skills, log);
  if (skills.length === 0) log.error('import.empty', { file: rows['skill.json'][0]?.file ?? 'skill.json' });
  if (scale.levels.length === 0) log.error('import.noLevels', { file: rows['skill_level.json'][0]?.file ?? 'skill_level.json' });
  if (log.failed) return { log };
  const { extra } = options;
  const note = [citation.note, typeof extra?.note === 'string' ? extra.note : ''].filter(Boolean).join(' ');
  const candidate: FrameworkInput = {
    schemaVersion: 1,
    id: 'direct',
    version: citation.version,
    title: citation.title || TITLE,
    profession: 'Digital Research Technical Professionals',
    source: { name: TITLE, ...(citation.url ? { url: citation.url } : {}), note },
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    scale,
    categories,
    skills: skills.map(({ skill }) => skill),
    families: extra?.families,
    roles: extra?.roles,
    pathways: extra?.pathways,
    learning,
  };
  return { candidate, log };
}

type Given = { readonly file: string; readonly text: unknown };

/** Base name -> the name as given and its text; the first of two files with one base name wins. */
function filesByName(files: unknown): Map<string, Given> {
  const byName = new Map<string, Given>();
  if (typeof files !== 'object' || files === null) return byName;
  for (const [file, text] of Object.entries(files)) if (!byName.has(baseName(file))) byName.set(baseName(file), { file, text });
  return byName;
}

/**
 * Every file as rows, or undefined when the skills or the levels cannot be read. Another part that is
 * missing or unreadable is reported as a warning and read as empty: the framework has less, not nothing.
 */
function readRows(byName: ReadonlyMap<string, Given>, log: ImportLog): Rows | undefined {
  const rows: Partial<Record<Part, Row<string>[]>> = {};
  for (const part of Object.keys(PARTS) as Part[]) {
    const given = byName.get(part);
    const required = REQUIRED.has(part);
    const partLog = required ? log : new ImportLog();
    const read = given && readArray(given, partLog);
    if (!required) for (const issue of partLog.issues) log.warn(issue.key, issue.at, issue.params);
    if (!given) (required ? log.error : log.warn).call(log, 'package.missingPart', { file: part }, { part });
    rows[part] = read ? toRows(part, given!.file, read, log) : [];
  }
  return log.failed ? undefined : (rows as Rows);
}

/** A file's text, if it is text and within the size limit. */
function readText({ file, text }: Given, log: ImportLog): string | undefined {
  if (typeof text !== 'string') log.error('value.type', { file }, { expected: 'string' });
  else if (withinLimit(text, log, file)) return text;
  return undefined;
}

/** A file's items, and the items refused whole with why (a prototype key, nesting too deep), by index. */
interface Items {
  readonly items: unknown[];
  readonly refused: ReadonlyMap<number, readonly Issue[]>;
}

/**
 * A JSON array. Prototype keys (`__proto__`, `constructor`) and nesting past the limit inside an item
 * cost that item only; anywhere else (or a file that is not JSON) the file. Markup is not refused here:
 * it is stripped later.
 */
function readArray(given: Given, log: ImportLog): Items | undefined {
  const text = readText(given, log);
  if (text === undefined) return undefined;
  const guarded = guardInput(text, { rejectMarkup: false });
  const insideItems = !guarded.ok && guarded.issues.every((issue) => issue.path.length >= 2 && typeof issue.path[0] === 'number');
  if (!guarded.ok && !insideItems) return void log.addIssues(guarded.issues, given.file);
  // JSON.parse made any `__proto__` an own key, never a prototype: the items holding one are left out below.
  const value: unknown = guarded.ok ? guarded.value : guarded.read;
  if (!Array.isArray(value)) return void log.error('value.type', { file: given.file, path: [] }, { expected: 'array' });
  const refused = new Map<number, Issue[]>();
  for (const issue of guarded.ok ? [] : guarded.issues) {
    const index = issue.path[0] as number;
    refused.set(index, [...(refused.get(index) ?? []), issue]);
  }
  return { items: value, refused };
}

/**
 * The fields of each row as strings; every item is counted as read. An item that is not an object, or
 * that repeats an earlier one exactly, is left out; a field that is not text is read as empty.
 */
function toRows(part: Part, file: string, { items, refused }: Items, log: ImportLog): Row<string>[] {
  const rows: Row<string>[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const at = { file, path: [index] };
    log.read(at, 'item');
    const [why, ...more] = refused.get(index) ?? [];
    if (why) {
      log.leaveOut(at, why.key, why.params, { file, path: why.path });
      for (const issue of more) log.warn(issue.key, { file, path: issue.path }, issue.params);
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      log.leaveOut(at, 'value.type', { expected: 'object' });
      return;
    }
    const same = JSON.stringify(item);
    const first = seen.get(same);
    if (first !== undefined) return log.leaveOut(at, 'item.duplicate', { first });
    seen.set(same, index);
    const text: Record<string, string> = {};
    for (const key of PARTS[part]) {
      const value: unknown = Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined;
      const ok = typeof value === 'string' || typeof value === 'number';
      if (!ok && value != null) log.warn('value.type', { file, path: [index, key] }, { expected: 'string' });
      text[key] = ok ? String(value) : '';
    }
    rows.push({ file, index, text });
  });
  return rows;
}

const at = (row: Row<never>, key: string): SourceLocation => ({ file: row.file, path: [row.index, key] });

/** The rows with a name: one without (nothing to call it by) is left out, and says so. */
function named<R extends Row<'name'>>(rows: readonly R[], log: ImportLog): R[] {
  return rows.filter((row) => {
    if (clean(row.text.name) !== '') return true;
    log.leaveOut({ file: row.file, path: [row.index] }, 'value.required', undefined, at(row, 'name'));
    return false;
  });
}

/**
 * Text without its markup: HTML goes through the same sanitising parser as every importer, keeping the
 * text; what it removed is reported at `where` (sort keys give none: the text is reported where it is used).
 * Line breaks are kept, for descriptions that are one paragraph per line.
 */
function stripTags(value: string, log?: ImportLog, where?: SourceLocation): string {
  if (!looksLikeHtml(value)) return value;
  const cleaning = newCleaning(where);
  const rich = richFromHtml(value, cleaning);
  if (log) reportCleaning(cleaning, log);
  return rich === undefined ? '' : richLines(rich).join('\n');
}
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const clean = (value: string, log?: ImportLog, where?: SourceLocation) => collapse(stripTags(value, log, where));
const paragraph = (value: string) => (value ? [{ p: value }] : undefined);

/** A rank as a number; one that is missing or not a number sorts last. */
function rank(value: string): number {
  const n = value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : Infinity;
}
/** No id needs more than the start of its name. */
const idSource = (value: string) => value.slice(0, 300);
const compare = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
const byRankThenName = (a: Row<'rank' | 'name'>, b: Row<'rank' | 'name'>) =>
  compare(rank(a.text.rank), rank(b.text.rank)) || clean(a.text.name).localeCompare(clean(b.text.name), 'en');

/**
 * A valid id unique in its list for each row's slug (the name when the slug has no usable letters),
 * in `rows` order, and the first id given to each source slug, so references can be remapped.
 */
function allocate(ids: IdAllocator, rows: readonly Row<'slug' | 'name'>[], log: ImportLog) {
  const bySlug = new Map<string, string>();
  const byRow = rows.map((row) => {
    const slug = row.text.slug.trim();
    // A slug without a letter or digit says nothing: the name is the better source then.
    const { id, changed } = ids.take(idSource(slugify(idSource(slug)) ? slug : row.text.name));
    if (changed) log.warn('id.changed', at(row, 'slug'), { from: slug, to: id });
    if (!bySlug.has(slug)) bySlug.set(slug, id);
    return id;
  });
  return { byRow, bySlug };
}

/** Levels by number; level 0 ("none or not applicable") is what the scale's not-applicable choice means. */
function scaleOf(rows: readonly RowOf<'skill_level.json'>[], log: ImportLog): FrameworkInput['scale'] {
  const ids = new IdAllocator('level');
  const levels: FrameworkInput['scale']['levels'] = [];
  const isNone = (row: Row<'level'>) => rank(row.text.level) === 0;
  for (const row of rows.filter((row) => !isNone(row)).sort((a, b) => compare(rank(a.text.level), rank(b.text.level)))) {
    const wanted = slugify(idSource(row.text.name)) || idSource(`level-${row.text.level}`);
    const { id, changed } = ids.take(wanted);
    if (changed) log.warn('id.changed', at(row, 'name'), { from: wanted, to: id });
    // The short description, then one paragraph per line of the long one.
    const short = clean(row.text.short_description, log, at(row, 'short_description'));
    const long = stripTags(row.text.description, log, at(row, 'description')).split('\n').map(collapse);
    const description = [short, ...long].filter(Boolean).map((p) => ({ p }));
    levels.push({ id, label: clean(row.text.name, log, at(row, 'name')), ...(description.length ? { description } : {}) });
  }
  return { levels, allowNotApplicable: rows.some(isNone), allowNotObserved: true };
}

/** Domains, then their competencies (whose ranks restart in each domain): one list, so ids are unique across both. */
function categoriesOf(
  domains: readonly RowOf<'competency_domain.json'>[],
  competencies: readonly RowOf<'competency.json'>[],
  log: ImportLog,
) {
  const sortedDomains = [...domains].sort(byRankThenName);
  const domainOrder = new Map(sortedDomains.map((row, i) => [row.text.slug.trim(), i]));
  const orderOf = (row: RowOf<'competency.json'>) => domainOrder.get(row.text.competency_domain.trim()) ?? Infinity;
  const sortedCompetencies = [...competencies].sort((a, b) => compare(orderOf(a), orderOf(b)) || byRankThenName(a, b));
  const ids = new IdAllocator('category');
  const domainIds = allocate(ids, sortedDomains, log);
  const competencyIds = allocate(ids, sortedCompetencies, log);

  const category = (row: Row<'name' | 'description'>, id: string): Category => {
    const description = paragraph(clean(row.text.description, log, at(row, 'description')));
    return { id, name: clean(row.text.name, log, at(row, 'name')), ...(description ? { description } : {}) };
  };
  const categories = [
    ...sortedDomains.map((row, i) => category(row, domainIds.byRow[i]!)),
    ...sortedCompetencies.map((row, i) => {
      const domain = row.text.competency_domain.trim();
      const parent = domainIds.bySlug.get(domain);
      if (!parent && domain !== '') log.warn('ref.dropped', at(row, 'competency_domain'), { kind: 'category', id: domain });
      return { ...category(row, competencyIds.byRow[i]!), ...(parent ? { parent } : {}) };
    }),
  ];
  return { categories, competencyIds: competencyIds.bySlug };
}

/** Skills in category order, then by rank; DIRECT has no per-level descriptors, so `levels` stays empty. */
function skillsOf(
  rows: readonly RowOf<'skill.json'>[],
  competencyIds: ReadonlyMap<string, string>,
  categories: readonly Category[],
  log: ImportLog,
) {
  const ids = allocate(new IdAllocator('skill'), rows, log).byRow;
  const built = rows.map((row, i) => {
    const description = paragraph(clean(row.text.description, log, at(row, 'description')));
    const competency = row.text.competency.trim();
    const category = competencyIds.get(competency);
    if (!category && competency !== '') log.warn('ref.dropped', at(row, 'competency'), { kind: 'category', id: competency });
    const name = clean(row.text.name, log, at(row, 'name'));
    const skill: Skill = { id: ids[i]!, name, ...(description ? { description } : {}), ...(category ? { category } : {}), levels: {} };
    return { skill, row };
  });
  const categoryOrder = new Map(categories.map((entry, i) => [entry.id, i]));
  const orderOf = (skill: Skill) => (skill.category === undefined ? undefined : categoryOrder.get(skill.category)) ?? Infinity;
  return built.sort((a, b) => compare(orderOf(a.skill), orderOf(b.skill)) || byRankThenName(a.row, b.row));
}

/** Resources with an https link (others are dropped), each listing the skills that point to it, by id. */
function learningOf(
  rows: Rows['learning_resource.json'],
  providerRows: Rows['provider.json'],
  skills: ReturnType<typeof skillsOf>,
  log: ImportLog,
): Learning[] {
  const providers = new Map(providerRows.map((row) => [row.text.slug.trim(), clean(row.text.name, log, at(row, 'name'))]));
  const kept = rows.filter((row) => {
    const url = row.text.url.trim();
    const shown = url.slice(0, 200);
    if (!isHttpsUrl(url)) log.warn('url.dropped', at(row, 'url'), { url: shown });
    return isHttpsUrl(url);
  });
  const ids = allocate(new IdAllocator('learning'), kept, log);

  const skillOrder = new Map(skills.map(({ skill }, i) => [skill.id, i]));
  const linked = new Map<string, Set<string>>();
  for (const { skill, row } of [...skills].sort((a, b) => a.row.index - b.row.index)) {
    for (const ref of row.text.learning_resources
      .split('|')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const id = ids.bySlug.get(ref);
      if (!id) log.warn('ref.dropped', at(row, 'learning_resources'), { kind: 'learning', id: ref });
      else linked.set(id, (linked.get(id) ?? new Set()).add(skill.id));
    }
  }

  const learning = kept.map((row, i): Learning => {
    const id = ids.byRow[i]!;
    const slug = row.text.provider.trim();
    const provider = slug ? providers.get(slug) : undefined;
    if (slug && !provider) log.warn('ref.dropped', at(row, 'provider'), { kind: 'provider', id: slug });
    const description = paragraph(clean(row.text.description, log, at(row, 'description')));
    const skillIds = [...(linked.get(id) ?? [])].sort((a, b) => skillOrder.get(a)! - skillOrder.get(b)!);
    const title = clean(row.text.name, log, at(row, 'name'));
    const links = skillIds.map((skill) => ({ skill }));
    return {
      id,
      title,
      url: row.text.url.trim(),
      ...(provider ? { provider } : {}),
      ...(description ? { description } : {}),
      skills: links,
    };
  });
  return learning.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Title, version, link and a credit line from DIRECT's CITATION.cff (see citation.ts for how it is read). */
function readCitation(given: Given | undefined, log: ImportLog) {
  const file = given?.file ?? CITATION;
  const { top, authors } = readCff((given && readText(given, log)) ?? '');
  const value = (key: string) => clean(top.get(key)?.value ?? '');
  const title = top.get('title');
  const names = authors
    .map((author) => {
      const initials = clean(author.get('given-names') ?? '')
        .split(/[\s-]+/)
        .filter(Boolean)
        .map((name) => `${name[0]!.toUpperCase()}.`);
      return [clean(author.get('family-names') ?? ''), initials.join('')].filter(Boolean).join(' ');
    })
    .filter(Boolean);
  const shown = names.slice(0, 4).join(', ') + (names.length > 4 ? ', et al.' : '');
  return {
    title: title ? clean(title.value, log, { file, line: title.line }) : '',
    version: value('version') || '1.0.0',
    url: ['url', 'repository-code', 'repository'].map(value).find(isHttpsUrl),
    note: `${shown ? `${shown}. ` : ''}Converted to this format; licensed CC BY 4.0.`.replace(/\.\. /g, '. '),
  };
}
