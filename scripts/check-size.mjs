// The size budget, gzip level 9, lit and zod included. Usage: node scripts/check-size.mjs [--write] (after `npm run build`)
// It also checks that the README's size table shows these measurements; `--write` (run by `npm run docs`) rewrites it.
// - A page that uses one element loads its file in dist/cdn/elements/ and the chunks it imports: what
//   matters to the people who open it. Each such page has a budget.
// - The all-in-one bundle, every element in one file, has a budget of its own: the whole library.
// Why per page, not for the whole library: docs/speed.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
// Every page carries the shared core (lit, zod, the data core, cf-framework and the messages every
// element shares), about 23 KB; each element's own messages come with it (src/i18n/messages/).
export const PAGE_BUDGETS = {
  'cf-level-ladder': 25.25 * KiB,
  'cf-self-assessment': 36.25 * KiB,
  'cf-gap-chart': 32.25 * KiB,
  'cf-role-profile': 26.25 * KiB,
  'cf-journey-map': 32.5 * KiB,
  'cf-team-heatmap': 33.25 * KiB,
  'cf-development-plan': 36.25 * KiB,
  'cf-calibration': 38 * KiB,
  'cf-progress': 28.75 * KiB,
  'cf-framework-changes': 33.25 * KiB,
};
// The whole library grows by each element it gains: what a page loads is held by the page budgets above.
export const ALL_IN_ONE = { file: 'dist/cdn/career-framework-elements.js', gzipLimit: 95 * KiB };
// Loaded only by <cf-framework format="csv|ddat|document|case">: the parsers (papaparse, parse5), the
// importers and their messages, in one self-contained file. A framework author's page, not everyone's.
export const IMPORTER = { file: 'dist/cdn/career-framework-importer.js', gzipLimit: 84 * KiB };
// Chunks a page loads only when it needs them, each with a budget of its own.
export const LATER_CHUNKS = [
  {
    // A self-assessment, agreement or development plan with autosave-key, when it first reads a draft
    // (src/shared/draft-storage.ts): the keeper that saves, IndexedDB, the envelope and the drafts.
    name: 'the draft storage',
    chunk: /^draft-storage-.*\.js$/,
    gzipLimit: 2.75 * KiB,
    page: '`autosave-key`: the draft storage and the keeper that saves, loaded when a form is first given a key',
  },
  {
    // Any element, when what it is given cannot be read (src/shared/issue-summary.ts): its error report's
    // sentences, in English and Welsh.
    name: 'the error report',
    chunk: /^issues-.*\.js$/,
    gzipLimit: 2.25 * KiB,
    page: 'a problem to report: the sentences of an error report, loaded when an element is given what it cannot read',
  },
];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const STATIC_IMPORT = /(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g;
/** Static, or loaded later by `import("./…")`: a self-contained file has neither. */
const ANY_IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** A file and every module it imports (statically by default: what a page loads before it shows anything). */
function closure(file, imports = STATIC_IMPORT, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(imports)) closure(join(dirname(file), path), imports, seen);
  return seen;
}

let failed = 0;
const check = (name, bytes, limit, detail = '') => {
  const ok = bytes <= limit;
  if (!ok) failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}: ${bytes} B gzip (budget ${limit} B)${detail}`);
};
/** What the README's table shows: per page, its budget and its size. */
const measured = [];
for (const [element, limit] of Object.entries(PAGE_BUDGETS)) {
  const files = [...closure(`dist/cdn/elements/${element}.js`)];
  const total = files.reduce((sum, file) => sum + gzip(file), 0);
  check(
    `a page with ${element}`,
    total,
    limit,
    ` in ${files.length} files: ${files.map((file) => relative('dist/cdn/elements', file)).join(', ')}`,
  );
  measured.push({ page: `\`<${element}>\``, limit, bytes: total });
}
for (const { file, gzipLimit } of [ALL_IN_ONE, IMPORTER]) {
  // Each is one file that needs no other (the importer is loaded by URL, not imported).
  const files = closure(file, ANY_IMPORT);
  const whole = file === ALL_IN_ONE.file;
  check(
    `${whole ? 'the whole library' : 'the importer'}, ${file}`,
    gzip(file),
    files.size === 1 ? gzipLimit : 0,
    files.size === 1 ? '' : `: not self-contained, it imports ${[...files].slice(1).join(', ')}`,
  );
  const name = file.slice(file.lastIndexOf('/') + 1);
  measured.push({
    page: whole ? `everything (\`${name}\`)` : `the importer (\`${name}\`), loaded only by \`<cf-framework format>\``,
    limit: gzipLimit,
    bytes: gzip(file),
  });
}
const chunks = 'dist/cdn/elements/chunks';
for (const { name, chunk, gzipLimit, page } of LATER_CHUNKS) {
  const [file] = readdirSync(chunks).filter((candidate) => chunk.test(candidate));
  const bytes = file ? gzip(join(chunks, file)) : 0;
  check(`${name}, ${chunks}/${file ?? `${chunk.source} (missing)`}`, bytes, file ? gzipLimit : -1);
  measured.push({ page, limit: gzipLimit, bytes });
}

// The README's table, between these markers. KiB to one decimal: a change of a few bytes does not make it stale.
const README = 'README.md';
const START = '<!-- size-table: generated by `npm run docs` (node scripts/check-size.mjs --write) -->';
const END = '<!-- /size-table -->';
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const sizeTable = () =>
  [
    START,
    '| page with | budget | now (gzip) |',
    '|---|---|---|',
    ...measured.map(({ page, limit, bytes }) => `| ${page} | ${kib(limit)} | ${kib(bytes)} |`),
    END,
  ].join('\n');
const readme = readFileSync(README, 'utf8');
const [before, rest] = readme.split(START);
const after = rest?.split(END)[1];
if (after === undefined) {
  failed++;
  console.log(`✗ ${README} has no size table between "${START}" and "${END}"`);
} else {
  const wanted = `${before}${sizeTable()}${after}`;
  if (process.argv.includes('--write')) {
    if (wanted !== readme) writeFileSync(README, wanted);
    console.log(`${wanted === readme ? '✓' : '✎'} ${README}: the size table ${wanted === readme ? 'is current' : 'is written'}`);
  } else if (wanted === readme) console.log(`✓ ${README}: the size table is current`);
  else {
    failed++;
    console.log(`✗ ${README}: the size table is stale: run \`npm run docs\` (or node scripts/check-size.mjs --write)`);
  }
}

const total = Object.keys(PAGE_BUDGETS).length + 3 + LATER_CHUNKS.length;
console.log(`${total - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
