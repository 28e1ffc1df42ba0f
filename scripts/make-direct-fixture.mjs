// Converts the DIRECT digital research competencies framework (open data, CC BY 4.0,
// https://github.com/direct-framework/digital-research-competencies-framework) into one
// framework file in the format described in docs/framework-format.md.
//
// Run by hand (not part of the build or tests); it needs only Node 20 built-ins:
//   node scripts/make-direct-fixture.mjs ../shared/data/direct > tests/fixtures/direct.json
//
// Role families, roles and pathways are not in DIRECT: illustrative ones come from
// scripts/direct-roles.json (beside this script) and the source note says so.
//
// argv[2] is the DIRECT data folder (competency_domain.json, competency.json, skill.json,
// skill_level.json, learning_resource.json, provider.json, CITATION.cff). The framework JSON
// goes to stdout; a summary and every fix made to the data go to stderr.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/make-direct-fixture.mjs <DIRECT data folder> > out.json\n');
  process.exit(2);
}

const fixes = [];
const skipped = [];
const note = (msg) => fixes.push(msg);

const readJson = (name) => {
  const data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${name}: expected a JSON array`);
  return data;
};
const readText = (name) => {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch {
    return '';
  }
};

// ---- text ----------------------------------------------------------------------------

const TAG = /<\/?[a-zA-Z!][^>]*>/g;

/** Trims and collapses whitespace; strips HTML tags (reported). */
function clean(value, where) {
  let text = String(value ?? '');
  if (TAG.test(text)) {
    TAG.lastIndex = 0;
    text = text.replace(TAG, ' ');
    note(`${where}: stripped HTML tags`);
  }
  TAG.lastIndex = 0;
  return text.replace(/\s+/g, ' ').trim();
}

/** One paragraph, or undefined when empty. */
function para(value, where) {
  const text = clean(value, where);
  return text ? [{ p: text }] : undefined;
}

const numeric = (rank) => {
  const n = Number(String(rank ?? '').trim());
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
};
const byRankThenName = (a, b) =>
  numeric(a.rank) - numeric(b.rank) || clean(a.name).localeCompare(clean(b.name), 'en');

const list = (value) =>
  String(value ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

// ---- ids -----------------------------------------------------------------------------

const ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;

const slugify = (text) =>
  String(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Gives each source slug a valid id that is unique in its list. Returns a Map from the
 * original slug to the id (so references can be remapped), reporting every change.
 */
function assignIds(kind, items, slugOf) {
  const map = new Map();
  const used = new Set();
  for (const item of items) {
    const original = String(slugOf(item) ?? '').trim();
    let id = original;
    if (!ID.test(id)) {
      id = original.trim().toLowerCase().replace(/[^a-z0-9._-]/g, '-');
      id = id.replace(/^[^a-z0-9]+/, '');
      if (id.length > 100) {
        // Cut at the last separator within 100 characters, so no word is split.
        const cut = id.slice(0, 101);
        const at = Math.max(cut.lastIndexOf('-'), cut.lastIndexOf('.'), cut.lastIndexOf('_'));
        id = (at > 0 ? cut.slice(0, at) : id.slice(0, 100)).replace(/[._-]+$/, '');
      }
      if (!id) id = slugify(item.name) || kind;
    }
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id.slice(0, 96)}-${n}`)) n++;
      id = `${id.slice(0, 96)}-${n}`;
    }
    if (map.has(original)) note(`${kind} slug "${original}" is duplicated; later copy is "${id}"`);
    else {
      if (id !== original) note(`${kind} id "${original}" -> "${id}"`);
      map.set(original, id);
    }
    used.add(id);
    item.__id = id;
  }
  return map;
}

// ---- CITATION.cff (small fixed file: simple line-based reading) -----------------------

function unquote(value) {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
    return v.slice(1, -1);
  }
  return v;
}

function parseCff(text) {
  const lines = text.split(/\r?\n/);
  const top = {};
  const authors = [];
  let section = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    const topMatch = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (topMatch) {
      const [, key, rest] = topMatch;
      section = key;
      if (/^[>|][-+]?\s*$/.test(rest)) {
        // Block scalar: the indented lines that follow, folded (">") or kept as lines ("|").
        const parts = [];
        while (i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1]) || lines[i + 1].trim() === '')) {
          parts.push(lines[++i].trim());
        }
        top[key] = parts.join(rest.startsWith('>') ? ' ' : '\n').trim();
      } else {
        top[key] = unquote(rest);
      }
      continue;
    }
    if (section === 'authors') {
      const m = /^\s*(-\s+)?([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
      if (!m) continue;
      if (m[1] || authors.length === 0) authors.push({});
      authors[authors.length - 1][m[2]] = unquote(m[3]);
    }
  }
  return { top, authors };
}

const cff = parseCff(readText('CITATION.cff'));
const cffTitle = clean(cff.top.title ?? '', 'CITATION.cff title');
const version = clean(cff.top.version ?? '') || '1.0.0';
const httpsUrl = [cff.top.url, cff.top['repository-code'], cff.top.repository]
  .map((u) => clean(u ?? ''))
  .find((u) => /^https:\/\/\S+$/.test(u));
const authorNames = cff.authors
  .map((a) => {
    const family = clean(a['family-names'] ?? '');
    const given = clean(a['given-names'] ?? '');
    const initials = given
      .split(/[\s-]+/)
      .filter(Boolean)
      .map((g) => `${g[0].toUpperCase()}.`)
      .join('');
    return [family, initials].filter(Boolean).join(' ');
  })
  .filter(Boolean);
const shownAuthors = authorNames.slice(0, 4).join(', ') + (authorNames.length > 4 ? ', et al.' : '');
const sourceNote = `${shownAuthors ? `${shownAuthors}. ` : ''}Converted to this format; licensed CC BY 4.0.`
  .replace(/\.\. /g, '. ');

// ---- source data ---------------------------------------------------------------------

const domains = readJson('competency_domain.json');
const competencies = readJson('competency.json');
const skillRows = readJson('skill.json');
const levelRows = readJson('skill_level.json');
const resources = readJson('learning_resource.json');
const providers = readJson('provider.json');

// ---- scale ---------------------------------------------------------------------------

let allowNotApplicable = false;
const levelsSorted = [...levelRows].sort((a, b) => numeric(a.level) - numeric(b.level));
const scaleLevels = [];
for (const row of levelsSorted) {
  if (numeric(row.level) === 0) {
    allowNotApplicable = true;
    continue;
  }
  const where = `level ${row.level}`;
  const blocks = [];
  const short = clean(row.short_description, where);
  if (short) blocks.push({ p: short });
  for (const line of String(row.description ?? '').split('\n')) {
    const text = clean(line, where);
    if (text) blocks.push({ p: text });
  }
  const level = { __id: slugify(row.name) || `level-${row.level}`, label: clean(row.name, where) };
  if (blocks.length) level.description = blocks;
  scaleLevels.push(level);
}
assignIds('level', scaleLevels, (l) => l.__id);

// ---- categories ----------------------------------------------------------------------

const domainsSorted = [...domains].sort(byRankThenName);
// Competency ranks restart within each domain, so competencies follow their domain's order.
const domainOrder = new Map(domainsSorted.map((d, i) => [String(d.slug).trim(), i]));
const competenciesSorted = [...competencies].sort(
  (a, b) =>
    (domainOrder.get(String(a.competency_domain).trim()) ?? Infinity) -
      (domainOrder.get(String(b.competency_domain).trim()) ?? Infinity) || byRankThenName(a, b),
);
// Domains and competencies share the categories list, so their ids must be unique together.
const categoryRows = [...domainsSorted, ...competenciesSorted];
assignIds('category', categoryRows, (c) => c.slug);
const domainIds = new Map(domainsSorted.map((d) => [String(d.slug).trim(), d.__id]));
const competencyIds = new Map(competenciesSorted.map((c) => [String(c.slug).trim(), c.__id]));
const competencySet = new Set(competenciesSorted);

const categories = categoryRows.map((row) => {
  const isCompetency = competencySet.has(row);
  const where = `category ${row.__id}`;
  const category = { id: row.__id, name: clean(row.name, where) };
  const description = para(row.description, where);
  if (description) category.description = description;
  if (isCompetency) {
    const parent = domainIds.get(String(row.competency_domain ?? '').trim());
    if (parent) category.parent = parent;
    else note(`${where}: dropped dangling parent "${row.competency_domain}"`);
  }
  return category;
});
const categoryOrder = new Map(categories.map((c, i) => [c.id, i]));

// ---- skills --------------------------------------------------------------------------

assignIds('skill', skillRows, (s) => s.slug);
const skillsBuilt = skillRows.map((row) => {
  const where = `skill ${row.__id}`;
  const skill = { id: row.__id, name: clean(row.name, where) };
  const description = para(row.description, where);
  if (description) skill.description = description;
  const category = competencyIds.get(String(row.competency ?? '').trim());
  if (category) skill.category = category;
  else note(`${where}: dropped dangling category "${row.competency}"`);
  skill.levels = {};
  return { skill, row };
});
skillsBuilt.sort(
  (a, b) =>
    (categoryOrder.get(a.skill.category) ?? Infinity) - (categoryOrder.get(b.skill.category) ?? Infinity) ||
    byRankThenName(a.row, b.row),
);
const skills = skillsBuilt.map((s) => s.skill);
const skillOrder = new Map(skills.map((s, i) => [s.id, i]));

// ---- learning resources --------------------------------------------------------------

const providerNames = new Map(providers.map((p) => [String(p.slug).trim(), clean(p.name, `provider ${p.slug}`)]));
const kept = [];
for (const row of resources) {
  const url = String(row.url ?? '').trim();
  if (!/^https:\/\/\S+$/.test(url)) {
    skipped.push(`learning resource "${row.slug}": url is not https (${JSON.stringify(row.url)})`);
    continue;
  }
  kept.push(row);
}
const resourceIds = assignIds('learning', kept, (r) => r.slug);
const skippedSlugs = new Set(
  resources.filter((r) => !kept.includes(r)).map((r) => String(r.slug).trim()),
);

const skillsByResource = new Map();
for (const { row, skill } of skillsBuilt) {
  for (const ref of list(row.learning_resources)) {
    const id = resourceIds.get(ref);
    if (!id) {
      if (skippedSlugs.has(ref)) note(`skill ${skill.id}: link to skipped learning resource "${ref}" dropped`);
      else note(`skill ${skill.id}: dropped dangling learning resource "${ref}"`);
      continue;
    }
    if (!skillsByResource.has(id)) skillsByResource.set(id, new Set());
    skillsByResource.get(id).add(skill.id);
  }
}

const learning = kept
  .map((row) => {
    const where = `learning ${row.__id}`;
    const item = { id: row.__id, title: clean(row.name, where), url: String(row.url).trim() };
    const providerSlug = String(row.provider ?? '').trim();
    if (providerSlug) {
      const name = providerNames.get(providerSlug);
      if (name) item.provider = name;
      else note(`${where}: provider "${providerSlug}" not found in provider.json; omitted`);
    }
    const description = para(row.description, where);
    if (description) item.description = description;
    item.skills = [...(skillsByResource.get(row.__id) ?? [])]
      .filter((id) => skillOrder.has(id))
      .sort((a, b) => skillOrder.get(a) - skillOrder.get(b))
      .map((skill) => ({ skill }));
    return item;
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// ---- illustrative roles (not part of DIRECT) --------------------------------------------

const roles = JSON.parse(readFileSync(new URL('./direct-roles.json', import.meta.url), 'utf8'));

// ---- framework -----------------------------------------------------------------------

const framework = {
  schemaVersion: 1,
  id: 'direct',
  version,
  title: cffTitle || 'DIRECT competencies framework for digital Research Technical Professionals',
  profession: 'Digital Research Technical Professionals',
  source: {
    name: 'DIRECT competencies framework for digital Research Technical Professionals',
    ...(httpsUrl ? { url: httpsUrl } : {}),
    note: `${sourceNote} ${roles.note}`,
  },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  scale: {
    levels: scaleLevels.map(({ __id, label, description }) => ({
      id: __id,
      label,
      ...(description ? { description } : {}),
    })),
    allowNotApplicable,
    allowNotObserved: true,
  },
  categories,
  skills,
  families: roles.families,
  roles: roles.roles,
  pathways: roles.pathways,
  learning,
};

process.stdout.write(`${JSON.stringify(framework, null, 2)}\n`);

const unlinked = learning.filter((l) => l.skills.length === 0).length;
const summary = [
  `DIRECT ${version} -> framework "direct"`,
  `  levels: ${framework.scale.levels.length} (+ not applicable: ${allowNotApplicable})`,
  `  categories: ${categories.length} (${domainsSorted.length} domains, ${competenciesSorted.length} competencies)`,
  `  skills: ${skills.length}`,
  `  learning resources: ${learning.length} of ${resources.length} (${unlinked} linked to no skill)`,
  `  skipped: ${skipped.length}`,
  ...skipped.map((s) => `    - ${s}`),
  `  fixes: ${fixes.length}`,
  ...fixes.map((f) => `    - ${f}`),
];
process.stderr.write(`${summary.join('\n')}\n`);
