/** A CASE 1.1 package read as a framework (see case.ts for the mapping). Every value is untrusted JSON. */
import type { Issue, IssueKey, IssueParams, IssuePath } from '../issues.js';
import { guardInput } from '../input.js';
import type { FrameworkInput } from '../schema/framework.js';
import { isHttpsUrl, LANGUAGE_TAG } from '../schema/ids.js';
import { richLines, type Rich } from '../schema/text.js';
import { IdAllocator, slugify } from './ids.js';
import { looksLikeHtml, newCleaning, reportCleaning, richFromHtml } from './rich-from-html.js';
import { richFromText } from './rich-from-text.js';
import { finishImport, ImportLog, withinLimit, type ImportIssueKey, type ImportResult, type SourceLocation } from './report.js';

// ---- Text: CASE fields are plain strings (list items as lines), or HTML, which CASE 1.1 allows

/** Reads a CASE text field: HTML through the sanitising parser, plain lines as paragraphs and lists. */
type RichReader = (text: string | undefined, path: IssuePath) => Rich | undefined;

// ---- Reading untrusted JSON

type Json = Record<string, unknown>;
type At = (path?: IssuePath) => SourceLocation;
const asObject = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const linkOf = (value: unknown): string | undefined => asText(asObject(value)?.identifier);

interface ItemRecord {
  readonly index: number;
  readonly code?: string;
  readonly name: string;
  readonly description?: Rich;
  readonly type?: string;
}
interface Link {
  readonly index: number;
  readonly type: string;
  readonly origin: string;
  readonly destination: string;
  readonly sequence: number;
}
interface ScaleLevel {
  readonly id: string;
  readonly label: string;
  readonly description?: Rich;
  readonly item?: string;
}
type Criteria = Map<string, { levels: unknown[]; path: IssuePath }>;

const KNOWN_TYPES = new Set(['isChildOf', 'hasSkillLevel', 'precedes']);
/** The package's lists of records: each record is an item of the row accounting. */
const LISTS = new Set(['CFItems', 'CFAssociations', 'CFRubrics']);

/** Reads a CASE package as a framework, or returns every problem found. Never throws. */
export function importCase(text: string, file?: string): ImportResult {
  const log = new ImportLog();
  const at: At = (path) => ({ ...(file === undefined ? {} : { file }), ...(path === undefined ? {} : { path }) });
  const cleaning = newCleaning();
  const rich: RichReader = (value, path) => {
    if (value === undefined) return undefined;
    cleaning.at = at(path);
    return looksLikeHtml(value) ? richFromHtml(value, cleaning) : richFromText(value);
  };
  try {
    const candidate = readPackage(text, log, at, rich);
    reportCleaning(cleaning, log);
    return finishImport(candidate, log);
  } catch {
    // The reader is written not to throw; this keeps the promise if it ever does.
    log.error('import.format', at());
    return finishImport(undefined, log);
  }
}

function readPackage(text: string, log: ImportLog, at: At, rich: RichReader): FrameworkInput | undefined {
  if (typeof text !== 'string') return void log.error('value.type', at([]), { expected: 'string' });
  if (!withinLimit(text, log, at().file)) return undefined;
  const guarded = guardInput(text, { rejectMarkup: false });
  // A prototype key (or nesting too deep) inside one item costs that item; anywhere else, the package.
  const refused = guarded.ok ? [] : guarded.issues;
  const inItem = (issue: Issue) => issue.path.length >= 3 && LISTS.has(String(issue.path[0])) && typeof issue.path[1] === 'number';
  if (!guarded.ok && !refused.every(inItem)) return void log.addIssues(guarded.issues, at().file);
  // JSON.parse made any `__proto__` an own key, never a prototype: the items holding one are left out.
  const root = asObject(guarded.ok ? guarded.value : guarded.read);
  if (!root) return void log.error('value.type', at([]), { expected: 'object' });
  const doc = asObject(root.CFDocument);
  if (!doc) return void log.error('case.noDocument', at(['CFDocument']));
  const list = (key: string) => {
    if (root[key] !== undefined && !Array.isArray(root[key])) log.warn('value.type', at([key]), { expected: 'array' });
    const items = asList(root[key]);
    items.forEach((_, index) => log.read(at([key, index]), 'item'));
    for (const issue of refused.filter((issue) => issue.path[0] === key)) {
      items[issue.path[1] as number] = undefined;
      log.leaveOut(at(issue.path.slice(0, 2)), issue.key, issue.params, at(issue.path));
    }
    return items;
  };
  const skipped = (path: IssuePath) => refused.some((issue) => issue.path[0] === path[0] && issue.path[1] === path[1]);

  const items = new Map<string, ItemRecord>();
  list('CFItems').forEach((raw, index) => {
    if (skipped(['CFItems', index])) return;
    const item = asObject(raw);
    const identifier = asText(item?.identifier);
    const [short, full, notes] = [item?.abbreviatedStatement, item?.fullStatement, item?.notes].map(asText);
    const leaveOut = (key: ImportIssueKey | IssueKey, field?: string, params?: IssueParams) =>
      log.leaveOut(at(['CFItems', index]), key, params, at(['CFItems', index, ...(field ? [field] : [])]));
    if (!item) return leaveOut('value.type', undefined, { expected: 'object' });
    if (!identifier || !(short ?? full)) return leaveOut('value.required', identifier ? 'fullStatement' : 'identifier');
    if (items.has(identifier)) return leaveOut('id.duplicate', 'identifier', { id: identifier });
    const description =
      short && full && full !== short ? rich(full, ['CFItems', index, 'fullStatement']) : rich(notes, ['CFItems', index, 'notes']);
    const code = asText(item.humanCodingScheme);
    // A name is one line as written: only HTML is reduced (to its text), and no bullet is read into it.
    const statement = (short ?? full)!;
    const named = looksLikeHtml(statement)
      ? rich(statement, ['CFItems', index, short ? 'abbreviatedStatement' : 'fullStatement'])
      : statement.replace(/\s+/g, ' ');
    const name = named === undefined ? '' : typeof named === 'string' ? named : richLines(named).join(' ');
    if (name === '') return leaveOut('value.required', 'fullStatement');
    const type = asText(item.CFItemType);
    items.set(identifier, { index, name, ...(code && { code }), ...(description && { description }), ...(type && { type }) });
  });

  const docId = asText(doc.identifier);
  const links: Link[] = [];
  const leaveOutLink = (index: number, key: ImportIssueKey | IssueKey, params: IssueParams) =>
    log.leaveOut(at(['CFAssociations', index]), key, params);
  list('CFAssociations').forEach((raw, index) => {
    if (skipped(['CFAssociations', index])) return;
    const association = asObject(raw);
    if (!association) return leaveOutLink(index, 'value.type', { expected: 'object' });
    const type = asText(association.associationType) ?? '';
    if (!KNOWN_TYPES.has(type)) return leaveOutLink(index, 'case.association', { type });
    const origin = linkOf(association.originNodeURI);
    const destination = linkOf(association.destinationNodeURI);
    // Both ends must be items of this package; a parent may also be the document itself.
    const ends = [origin, destination];
    const unknown = ends.findIndex(
      (id, end) => id === undefined || !(items.has(id) || (end === 1 && type === 'isChildOf' && id === docId)),
    );
    if (unknown >= 0) return leaveOutLink(index, 'case.unknownItem', { identifier: ends[unknown] ?? '' });
    const sequence = asNumber(association.sequenceNumber) ?? Infinity;
    links.push({ index, type, origin: origin!, destination: destination!, sequence });
  });

  // Rubric criteria, by the item each assesses.
  const criteria: Criteria = new Map();
  list('CFRubrics').forEach((rubric, r) =>
    asList(asObject(rubric)?.CFRubricCriteria).forEach((raw, c) => {
      const criterion = asObject(raw);
      const item = linkOf(criterion?.CFItemURI);
      const path = ['CFRubrics', r, 'CFRubricCriteria', c];
      if (skipped(path)) return;
      if (item !== undefined && !items.has(item)) log.leaveOut(at(path), 'case.unknownItem', { identifier: item });
      else if (item !== undefined && criteria.has(item)) log.leaveOut(at(path), 'case.extraCriterion', { identifier: item });
      else if (item !== undefined) criteria.set(item, { levels: asList(criterion!.CFRubricCriterionLevels), path });
    }),
  );

  // Level items: what skills link to with hasSkillLevel, and items typed Level (a level no skill has is one still).
  const levelItems = new Set(links.filter((link) => link.type === 'hasSkillLevel').map((link) => link.destination));
  for (const [identifier, item] of items) if (item.type?.toLowerCase() === 'level') levelItems.add(identifier);
  const skillLinks = new Map<string, Set<string>>();
  const flags = asObject(asObject(doc.extensions)?.careerFramework);
  const linksComplete = flags?.levelLinks === true;
  const parents = new Map<string, string>();
  for (const link of links) {
    if (link.type === 'hasSkillLevel') skillLinks.set(link.origin, (skillLinks.get(link.origin) ?? new Set()).add(link.destination));
    else if (link.type === 'precedes' && !(levelItems.has(link.origin) && levelItems.has(link.destination))) {
      leaveOutLink(link.index, 'case.association', { type: link.type }); // orders levels only
    } else if (link.type === 'isChildOf' && !levelItems.has(link.origin)) {
      // CASE lets an item sit under two parents; a category list has one place for it.
      if (parents.has(link.origin)) log.leaveOut(at(['CFAssociations', link.index]), 'case.multipleParents', undefined);
      else parents.set(link.origin, link.destination);
    }
  }
  const tree = [...items.keys()].filter((identifier) => !levelItems.has(identifier));
  const withChildren = new Set(parents.values());
  const leaves = tree.filter((identifier) => !withChildren.has(identifier));
  const marked = leaves.filter((identifier) => criteria.has(identifier) || skillLinks.has(identifier));
  const skillItems = new Set(marked.length > 0 ? marked : leaves);
  if (skillItems.size === 0) return void log.error('case.noSkills', at(['CFItems']));
  const levels = readLevels(levelItems, links, items, criteria, log, at);
  if (levels.length === 0) return void log.error('case.noLevels', at());
  const levelByName = new Map(
    levels.flatMap((level) => [
      [level.id, level.id],
      [level.label, level.id],
    ]),
  );

  const ids = new Map<string, string>();
  const allocate = (allocator: IdAllocator, identifier: string) => ids.set(identifier, takeId(allocator, items.get(identifier)!, log, at));
  const categoryItems = new Set(tree.filter((identifier) => !skillItems.has(identifier)));
  const categoryIds = new IdAllocator('category');
  categoryItems.forEach((identifier) => allocate(categoryIds, identifier));
  const parentOf = (identifier: string) => {
    const parent = parents.get(identifier);
    return parent !== undefined && categoryItems.has(parent) ? ids.get(parent) : undefined;
  };
  const categories = [...categoryItems].map((identifier) => {
    const { name, description } = items.get(identifier)!;
    const parent = parentOf(identifier);
    return { id: ids.get(identifier)!, name, ...(description && { description }), ...(parent && { parent }) };
  });

  const skillIds = new IdAllocator('skill');
  const skills = [...skillItems].map((identifier) => {
    const { name, description } = items.get(identifier)!;
    allocate(skillIds, identifier);
    const descriptors = new Map<string, Rich>();
    const criterion = criteria.get(identifier);
    criterion?.levels.forEach((raw, l) => {
      const quality = asText(asObject(raw)?.quality);
      const level = quality === undefined ? undefined : (levelByName.get(quality) ?? levelByName.get(slugify(quality)));
      const descriptor = rich(asText(asObject(raw)?.description), [...criterion.path, 'CFRubricCriterionLevels', l, 'description']);
      if (level === undefined)
        log.warn('level.unknown', at([...criterion.path, 'CFRubricCriterionLevels', l]), {
          level: quality ?? '',
          levels: levels.map((known) => known.label).join(', '),
        });
      else if (descriptor !== undefined) descriptors.set(level, descriptor);
    });
    // In scale order. A skill linked to some level items only does not apply at the others.
    // Where a package links skills to their levels, a level a skill has no link to does not apply to it
    // (a skill with no links at all has none that apply).
    const linked = skillLinks.get(identifier) ?? (skillLinks.size > 0 || linksComplete ? new Set<string>() : undefined);
    const entries: FrameworkInput['skills'][number]['levels'] = {};
    for (const { id, item } of levels) {
      const entry =
        descriptors.get(id) ?? (linked && item !== undefined && !linked.has(item) ? { notApplicable: true as const } : undefined);
      if (entry !== undefined) entries[id] = entry;
    }
    const category = parentOf(identifier);
    return { id: ids.get(identifier)!, name, ...(description && { description }), ...(category && { category }), levels: entries };
  });

  const scale = {
    levels: levels.map(({ id, label, description }) => ({ id, label, ...(description && { description }) })),
    allowNotApplicable: flags?.allowNotApplicable === true,
    allowNotObserved: flags?.allowNotObserved === true,
  };
  const header = readDocument(doc, flags, log, at, rich);
  return header && { schemaVersion: 1, ...header, scale, categories, skills };
}

/** The id an item's humanCodingScheme gives, or its name's slug; only a changed code is reported. */
function takeId(allocator: IdAllocator, item: ItemRecord, log: ImportLog, at: At): string {
  const { id, changed } = allocator.take(item.code ?? slugify(item.name));
  if (changed && item.code !== undefined) {
    log.warn('id.changed', at(['CFItems', item.index, 'humanCodingScheme']), { from: item.code, to: id });
  }
  return id;
}

/** The scale: the level items skills link to when there are any, otherwise the rubric levels. */
function readLevels(
  levelItems: Set<string>,
  links: Link[],
  items: Map<string, ItemRecord>,
  criteria: Criteria,
  log: ImportLog,
  at: At,
): ScaleLevel[] {
  const allocator = new IdAllocator('level');
  if (levelItems.size > 0) {
    // Depth along `precedes` (Kahn's walk: no recursion, so no stack limit); levels in a cycle go last.
    const next = new Map<string, string[]>();
    const incoming = new Map<string, number>();
    const sequence = new Map<string, number>();
    for (const { type, origin, destination, sequence: n } of links) {
      if (type === 'hasSkillLevel') sequence.set(destination, Math.min(n, sequence.get(destination) ?? Infinity));
      if (type !== 'precedes' || !levelItems.has(origin) || !levelItems.has(destination)) continue;
      next
        .set(origin, next.get(origin) ?? [])
        .get(origin)!
        .push(destination);
      incoming.set(destination, (incoming.get(destination) ?? 0) + 1);
    }
    const depth = new Map([...levelItems].filter((item) => !incoming.has(item)).map((item) => [item, 0]));
    const walk = [...depth.keys()];
    for (let i = 0; i < walk.length; i++) {
      for (const after of next.get(walk[i]!) ?? []) {
        depth.set(after, Math.max(depth.get(after) ?? 0, depth.get(walk[i]!)! + 1));
        incoming.set(after, incoming.get(after)! - 1);
        if (incoming.get(after) === 0) walk.push(after);
      }
    }
    const placed = new Set(walk);
    const rank = (item: string) => [placed.has(item) ? depth.get(item)! : Infinity, sequence.get(item) ?? Infinity, items.get(item)!.index];
    const compare = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    return [...levelItems]
      .sort((a, b) => compare(rank(a), rank(b)))
      .map((item) => {
        const record = items.get(item)!;
        const { name: label, description } = record;
        return { id: takeId(allocator, record, log, at), label, item, ...(description && { description }) };
      });
  }
  const found = new Map<string, { position: number; score?: number; first: number }>();
  for (const { levels } of criteria.values()) {
    for (const raw of levels) {
      const quality = asText(asObject(raw)?.quality);
      if (quality === undefined || found.has(quality)) continue;
      const score = asNumber(asObject(raw)?.score);
      found.set(quality, {
        position: asNumber(asObject(raw)?.position) ?? Infinity,
        ...(score !== undefined && { score }),
        first: found.size,
      });
    }
  }
  // A score says which level is higher; a position only where one rubric lists it.
  const byScore = [...found.values()].every((level) => level.score !== undefined);
  const key = (level: { position: number; score?: number }) => (byScore ? level.score! : level.position);
  return [...found]
    .sort(([, a], [, b]) => key(a) - key(b) || a.first - b.first)
    .map(([label]) => ({ id: allocator.take(slugify(label)).id, label }));
}

function readDocument(doc: Json, flags: Json | undefined, log: ImportLog, at: At, rich: RichReader) {
  // Without a title the framework is still one: the document's identifier names it, and the report says so.
  const title = asText(doc.title) ?? asText(doc.identifier) ?? 'Imported framework';
  if (asText(doc.title) === undefined) log.warn('value.required', at(['CFDocument', 'title']));
  const wanted = asText(flags?.frameworkId);
  const { id, changed } = new IdAllocator('framework').take(wanted ?? slugify(title));
  if (changed && wanted !== undefined) log.warn('id.changed', at(['CFDocument', 'extensions']), { from: wanted, to: id });
  const language = asText(doc.language)?.replace(/^[A-Z]+/, (primary) => primary.toLowerCase());
  if (language !== undefined && !LANGUAGE_TAG.test(language)) log.warn('language.tag', at(['CFDocument', 'language']));
  const creator = asText(doc.creator);
  const sourceUrl = asText(doc.officialSourceURL);
  const url = isHttpsUrl(sourceUrl) ? sourceUrl : undefined;
  if (sourceUrl !== url) log.warn('url.dropped', at(['CFDocument', 'officialSourceURL']), { url: sourceUrl!.slice(0, 200) });
  const licenceName = asText(asObject(doc.licenseURI)?.title);
  const licenceUri = asText(asObject(doc.licenseURI)?.uri);
  const description = rich(asText(doc.description), ['CFDocument', 'description']);
  const profession = asText(asList(doc.subject)[0]);
  return {
    id,
    version: asText(doc.version) ?? '1.0',
    title,
    ...(profession && { profession }),
    ...(language !== undefined && LANGUAGE_TAG.test(language) && { language }),
    ...(description && { description }),
    // A creator that only repeats the title is what the exporter writes when there is no source.
    ...(creator !== undefined && (creator !== title || url !== undefined) && { source: { name: creator, ...(url && { url }) } }),
    // A link to the package's own CFLicense record (or a urn) is not where the licence can be read.
    ...(licenceName !== undefined && {
      licence: { name: licenceName, ...(isHttpsUrl(licenceUri) && !licenceUri.includes('/CFLicenses/') && { url: licenceUri }) },
    }),
  };
}
