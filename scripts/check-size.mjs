// The size budget, gzip level 9, lit and zod included. Usage: node scripts/check-size.mjs (after `npm run build`)
// - A page that uses one element loads its file in dist/cdn/elements/ and the chunks it imports: what
//   matters to the people who open it. Each such page has a budget.
// - The all-in-one bundle, every element in one file, has a budget of its own: the whole library.
// The first plan held the whole library to 40 KB; with five of eight elements it was 42.7 KB, so budgets
// moved to the page (README, "Size and speed").
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
// Every page carries the shared core (lit, zod, the data core, cf-framework and the messages every
// element shares), about 23 KB; each element's own messages come with it (src/i18n/messages/).
export const PAGE_BUDGETS = {
  'cf-level-ladder': 26 * KiB,
  'cf-self-assessment': 38 * KiB,
  'cf-gap-chart': 35 * KiB,
  'cf-role-profile': 28 * KiB,
  'cf-journey-map': 37.5 * KiB,
  'cf-team-heatmap': 34.5 * KiB,
  'cf-development-plan': 38 * KiB,
};
// The whole library grows by each element it gains (about 5 KB with the team heatmap, 8.5 KB with the
// development plan and its messages, 1.7 KB when the heatmap began drawing only what is in view): what a
// page loads is held by the page budgets above.
export const ALL_IN_ONE = { file: 'dist/cdn/career-framework-elements.js', gzipLimit: 67.5 * KiB };
// Loaded only by <cf-framework format="csv|ddat|document|case">: the parsers (papaparse, parse5), the
// importers and their messages, in one self-contained file. A framework author's page, not everyone's.
export const IMPORTER = { file: 'dist/cdn/career-framework-importer.js', gzipLimit: 85 * KiB };

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A file and every module it imports statically (relative imports, as the build writes them). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) closure(join(dirname(file), path), seen);
  return seen;
}

let failed = 0;
const check = (name, bytes, limit, detail = '') => {
  const ok = bytes <= limit;
  if (!ok) failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}: ${bytes} B gzip (budget ${limit} B)${detail}`);
};
for (const [element, limit] of Object.entries(PAGE_BUDGETS)) {
  const files = [...closure(`dist/cdn/elements/${element}.js`)];
  const total = files.reduce((sum, file) => sum + gzip(file), 0);
  check(`a page with ${element}`, total, limit, ` in ${files.length} files: ${files.map((file) => relative('dist/cdn/elements', file)).join(', ')}`);
}
for (const { file, gzipLimit } of [ALL_IN_ONE, IMPORTER]) {
  // Each is one file that needs no other (the importer is loaded by URL, not imported).
  const files = closure(file);
  check(`${file === ALL_IN_ONE.file ? 'the whole library' : 'the importer'}, ${file}`, gzip(file), files.size === 1 ? gzipLimit : 0, files.size === 1 ? '' : `: not self-contained, it imports ${[...files].slice(1).join(', ')}`);
}
const total = Object.keys(PAGE_BUDGETS).length + 2;
console.log(`${total - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
