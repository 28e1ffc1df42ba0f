// Mutation fuzzing of every importer: seeded variants of each import fixture, checked against the
// import contract. For each input the importer must not throw, must finish within a bounded time, and
// must give either a valid framework (with warnings) or located errors, accounting for every row.
// A negative control feeds the checks results known to be wrong, and fails the run if one slips by.
//
//   npm run fuzz                          10,000 inputs (the test run uses fewer)
//   node --import tsx tests/fuzz/importers.ts --count 2000 --seed 7
//   ... --replay ddat:123                 one input again, with its issues printed
//   ... --list-refused                    name each input refused, and why (each should be beyond any framework)
import { readFileSync } from 'node:fs';
import { importFramework, IMPORT_FORMATS, type ImportFile, type ImportFormat } from '../../src/core/io/index.js';
import { readCsvRows } from '../../src/core/io/csv.js';
import { ImportLog, type ImportResult } from '../../src/core/io/report.js';
import { formatImportIssue } from '../../src/i18n/import-report.js';
import { parseFramework } from '../../src/core/parse.js';
import { generateDdat } from '../fixtures/import/ddat-generate.mjs';
import {
  mutateJson,
  mutateLines,
  mutateTable,
  pick,
  seeded,
  writeCsv,
  writeJson,
  writeLines,
  type Json,
  type Random,
  type Table,
} from './mutate.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const COUNT = Number(option('--count', '10000'));
const SEED = Number(option('--seed', '20261205'));
const REPLAY = option('--replay', '');
/** An input that takes longer than this hangs, as far as a person waiting is concerned. */
const HANG_MS = 2000;

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** One generated input: its files, and how many rows (lines, items) each holds, where that is known. */
interface Input {
  readonly files: ImportFile[];
  readonly expected: Map<string, number>;
}

const tableOf = (text: string): Table => {
  const rows = readCsvRows(text, new ImportLog())
    .map((row) => [...row.cells])
    .filter((cells) => cells.some((cell) => cell.trim() !== ''));
  return { rows, header: 0 };
};

// ---- the seeds: every import fixture, and the published DDaT layout in a small excerpt

const published = (() => {
  const { roles, skills } = generateDdat({ scale: 1 });
  const table = tableOf(roles);
  // Regular roles from the top, chief roles from the bottom: the published file's kinds of row in 60.
  return {
    roles: { rows: [...table.rows.slice(0, 46), ...table.rows.slice(-14)], header: 0 },
    skills: { rows: tableOf(skills).rows.slice(0, 30), header: 0 },
  };
})();
const SEEDS = {
  ddat: [{ roles: tableOf(fixture('ddat/roles.csv')), skills: tableOf(fixture('ddat/skills.csv')) }, published],
  csv: ['wide-semicolon.csv', 'long-tab.csv', 'ddat/skills.csv'].map((name) => {
    const table = tableOf(fixture(name));
    // The wide sample has a title row above its header.
    return { ...table, header: table.rows.findIndex((row) => row.some((cell) => /^skill( name)?$/i.test(cell.trim()))) };
  }),
  document: (() => {
    const lines = fixture('des-hr-document.txt').split(/\r\n?|\n/);
    const fourth = lines.findIndex((line, i) => i > 20 && line.trim() === 'Business Facing HR');
    return [lines, [...lines.slice(0, 14), ...lines.slice(15, fourth)]];
  })(),
  direct: Object.fromEntries(
    ['competency_domain.json', 'competency.json', 'skill.json', 'skill_level.json', 'learning_resource.json', 'provider.json'].map(
      (name) => [name, JSON.parse(fixture(`direct/${name}`)) as Json],
    ),
  ),
  case: JSON.parse(fixture('des-hr.case.json')) as Json,
};
const CITATION = fixture('direct/CITATION.cff');

/** How many items a JSON text holds in the lists an importer counts, or undefined when it is not such JSON. */
function itemsIn(text: string, lists?: readonly string[]): number | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (!lists) return Array.isArray(value) ? value.length : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  return lists.reduce(
    (sum, key) => sum + (Array.isArray((value as Record<string, unknown>)[key]) ? (value as Record<string, unknown[]>)[key]!.length : 0),
    0,
  );
}

const GENERATE: Record<Exclude<ImportFormat, 'json'>, (next: Random) => Input> = {
  ddat(next) {
    const seed = pick(next, SEEDS.ddat);
    const files: ImportFile[] = [];
    const expected = new Map<string, number>();
    const drop = next();
    for (const [name, table] of [
      ['roles.csv', seed.roles],
      ['skills.csv', seed.skills],
    ] as const) {
      if ((name === 'roles.csv' && drop < 0.05) || (name === 'skills.csv' && drop > 0.95)) continue; // one file alone
      const { text, dataRows } = writeCsv(next, next() < 0.8 ? mutateTable(next, table) : table);
      files.push({ name, text });
      expected.set(name, dataRows);
    }
    return { files, expected };
  },
  csv(next) {
    const table = pick(next, SEEDS.csv);
    const { text, dataRows } = writeCsv(next, mutateTable(next, table));
    return { files: [{ name: 'sheet.csv', text }], expected: new Map([['sheet.csv', dataRows]]) };
  },
  document(next) {
    const lines = mutateLines(next, pick(next, SEEDS.document));
    return {
      files: [{ name: 'framework.txt', text: writeLines(next, lines) }],
      expected: new Map([['framework.txt', lines.filter((line) => line.trim() !== '').length]]),
    };
  },
  direct(next) {
    const files: ImportFile[] = [{ name: 'CITATION.cff', text: CITATION }];
    const expected = new Map<string, number>();
    for (const [name, value] of Object.entries(SEEDS.direct)) {
      if (name !== 'skill.json' && name !== 'skill_level.json' && next() < 0.05) continue; // an optional part missing
      const text = next() < 0.4 ? writeJson(next, mutateJson(next, value)) : JSON.stringify(value);
      files.push({ name, text });
      const items = itemsIn(text);
      if (items !== undefined) expected.set(name, items);
    }
    return { files, expected };
  },
  case(next) {
    const text = writeJson(next, mutateJson(next, SEEDS.case));
    const items = itemsIn(text, ['CFItems', 'CFAssociations', 'CFRubrics']);
    return { files: [{ name: 'package.json', text }], expected: new Map(items === undefined ? [] : [['package.json', items]]) };
  },
};

// ---- the contract

/** Warnings that say something without anything being lost (see NOTES in report.ts), here as the oracle knows them. */
const NOTES = new Set([
  'id.changed',
  'skill.addedFromRoles',
  'row.merged',
  'doc.splitItems',
  'doc.noLevels',
  'html.removed',
  'html.escapedMarkup',
  'html.unsafeLink',
]);

/** Where an issue is, as the row (line, item) it is in: CASE items are two steps into the package, DIRECT items one. */
function rowOf(format: ImportFormat, at: ImportResult['issues'][number]['at']): string | undefined {
  if (at.row !== undefined) return `row ${at.row}`;
  if (at.line !== undefined) return `line ${at.line}`;
  const depth = format === 'case' ? 2 : 1;
  return at.path && at.path.length >= depth ? JSON.stringify(at.path.slice(0, depth)) : undefined;
}

/** What is wrong with a result, in words; empty when it keeps the contract. */
export function breaches(format: ImportFormat, result: ImportResult, expected: ReadonlyMap<string, number>, ms: number): string[] {
  const found: string[] = [];
  if (ms > HANG_MS) found.push(`took ${Math.round(ms)} ms`);
  if (typeof result.ok !== 'boolean' || !Array.isArray(result.issues) || !Array.isArray(result.rows))
    return [...found, 'not an import result'];
  if (result.issues.some((issue) => issue.key === 'import.internal')) found.push('the importer threw');
  // The schema's safety net (report.ts) catching what an importer built is a bug in that importer.
  for (const issue of result.issues)
    if (issue.key === 'import.dropped') found.push(`built what the schema refused: ${formatImportIssue(issue)}`);
  for (const issue of result.issues) {
    const text = formatImportIssue(issue);
    if (/\{[a-z]+\}/i.test(text) || text.includes(issue.key)) found.push(`no message for ${issue.key}: ${text}`);
  }
  if (result.ok) {
    const again = parseFramework(result.framework);
    if (!again.ok || result.framework.skills.length === 0) found.push('the framework it gave is not valid');
  } else {
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    if (errors.length === 0) found.push('refused without an error');
    for (const error of errors) if (Object.keys(error.at).length === 0) found.push(`error ${error.key} says nowhere`);
  }
  for (const count of result.rows) {
    const name = count.file ?? '';
    if (count.read !== count.placed + count.partial + count.leftOut)
      found.push(`${name}: ${count.read} read ≠ ${count.placed} + ${count.partial} + ${count.leftOut}`);
    if (expected.has(name) && expected.get(name) !== count.read)
      found.push(`${name}: ${count.read} read, but it holds ${expected.get(name)}`);
    if (!result.ok) {
      if (count.placed + count.partial > 0) found.push(`${name}: rows placed by an import that failed`);
      continue;
    }
    // Every row kept in part or left out has an issue at it that says why.
    const explained = new Set(
      result.issues
        .filter((issue) => (issue.at.file ?? '') === name && !NOTES.has(issue.key))
        .map((issue) => rowOf(format, issue.at))
        .filter(Boolean),
    );
    if (explained.size < count.partial + count.leftOut)
      found.push(`${name}: ${count.partial + count.leftOut} rows not placed whole, but issues at only ${explained.size}`);
  }
  return found;
}

/** Runs one import, timing it, with a throw turned into a breach rather than the end of the run. */
function attempt(format: ImportFormat, input: Input, importer = importFramework): { result?: ImportResult; ms: number; threw?: string } {
  const start = performance.now();
  try {
    const result = importer(format, input.files);
    return { result, ms: performance.now() - start };
  } catch (cause) {
    return { ms: performance.now() - start, threw: cause instanceof Error ? cause.message : String(cause) };
  }
}

// ---- the run

const FORMATS = IMPORT_FORMATS.filter((format): format is Exclude<ImportFormat, 'json'> => format !== 'json');
const seedOf = (format: ImportFormat, index: number) =>
  SEED * 7919 + FORMATS.indexOf(format as (typeof FORMATS)[number]) * 1_000_003 + index;

if (REPLAY) {
  const [format, index] = REPLAY.split(':') as [Exclude<ImportFormat, 'json'>, string];
  const input = GENERATE[format](seeded(seedOf(format, Number(index))));
  const { result, ms, threw } = attempt(format, input);
  for (const file of input.files) console.log(`--- ${file.name}\n${file.text.slice(0, 3000)}`);
  console.log(threw ?? result!.issues.map((issue) => `${issue.severity} ${formatImportIssue(issue)}`).join('\n'), result?.rows);
  console.log(result ? breaches(format, result, input.expected, ms) : 'threw');
  process.exit(0);
}

const perFormat = Math.ceil(COUNT / FORMATS.length);
let passed = 0;
let failed = 0;
const lines = [
  `importer fuzz: ${perFormat * FORMATS.length} inputs, seed ${SEED} (replay one with --replay FORMAT:N)`,
  'format      inputs  imported  refused  rows read  throws  hangs  slowest',
];
for (const format of FORMATS) {
  const tally = { imported: 0, refused: 0, rows: 0, throws: 0, hangs: 0, slowest: 0 };
  const why = new Map<string, number>();
  for (let index = 0; index < perFormat; index++) {
    const input = GENERATE[format](seeded(seedOf(format, index)));
    const { result, ms, threw } = attempt(format, input);
    tally.slowest = Math.max(tally.slowest, ms);
    const problems = threw ? [`threw: ${threw}`] : breaches(format, result!, input.expected, ms);
    if (threw || result?.issues.some((issue) => issue.key === 'import.internal')) tally.throws++;
    if (ms > HANG_MS) tally.hangs++;
    if (result?.ok) tally.imported++;
    else if (result) {
      tally.refused++;
      const first = result.issues.find((issue) => issue.severity === 'error')?.key ?? '?';
      why.set(first, (why.get(first) ?? 0) + 1);
      if (process.argv.includes('--list-refused')) console.error(`refused ${format}:${index} ${first}`);
    }
    tally.rows += result?.rows.reduce((sum, count) => sum + count.read, 0) ?? 0;
    if (problems.length === 0) passed++;
    else {
      failed++;
      if (failed <= 20) console.error(`✗ ${format}:${index} ${problems.slice(0, 3).join('; ')}`);
    }
  }
  const cells = [
    format.padEnd(10),
    perFormat,
    tally.imported,
    tally.refused,
    tally.rows,
    tally.throws,
    tally.hangs,
    `${Math.round(tally.slowest)} ms`,
  ];
  lines.push(cells.map((cell, i) => (i === 0 ? cell : String(cell).padStart([8, 10, 9, 11, 8, 7, 9][i - 1]!))).join(''));
  // Why the refused ones were refused: each should be a file no framework can be made from.
  if (why.size > 0)
    lines.push(
      `${' '.repeat(10)}refused: ${[...why]
        .sort((a, b) => b[1] - a[1])
        .map(([key, n]) => `${key} ${n}`)
        .join(', ')}`,
    );
}

// ---- the negative control: results known to break the contract must all be caught

const base = GENERATE.ddat(seeded(1));
const good = attempt('ddat', {
  ...base,
  files: [
    { name: 'roles.csv', text: fixture('ddat/roles.csv') },
    { name: 'skills.csv', text: fixture('ddat/skills.csv') },
  ],
}).result!;
const expected = new Map([
  ['roles.csv', 6],
  ['skills.csv', 3],
]);
const partial = good.rows.find((count) => count.partial > 0)!;
const sabotaged: Array<[string, () => string[]]> = [
  [
    'counts that do not add up',
    () => breaches('ddat', { ...good, rows: good.rows.map((count) => ({ ...count, placed: count.placed + 1 })) }, expected, 1),
  ],
  [
    'a row read but not counted',
    () =>
      breaches(
        'ddat',
        { ...good, rows: good.rows.map((count) => ({ ...count, read: count.read - 1, placed: count.placed - 1 })) },
        expected,
        1,
      ),
  ],
  [
    'a row kept in part with no issue to say why',
    () => breaches('ddat', { ...good, issues: good.issues.filter((issue) => issue.at.file !== partial.file) }, expected, 1),
  ],
  [
    'a framework that is not valid',
    () => (good.ok ? breaches('ddat', { ...good, framework: { ...good.framework, skills: [] } }, expected, 1) : []),
  ],
  [
    'a refusal that says nowhere',
    () => breaches('ddat', { ok: false, issues: [{ key: 'import.empty', severity: 'error', at: {} }], rows: [] }, expected, 1),
  ],
  [
    'an importer that throws',
    () =>
      attempt('ddat', base, () => {
        throw new TypeError('boom');
      }).threw
        ? ['threw']
        : [],
  ],
  ['an importer that hangs', () => breaches('ddat', good, expected, HANG_MS + 1)],
];
const caught = sabotaged.filter(([, run]) => run().length > 0).length;
for (const [what, run] of sabotaged) if (run().length === 0) console.error(`✗ negative control not caught: ${what}`);
lines.push(`negative control: ${caught} of ${sabotaged.length} sabotaged results caught`);
passed += caught;
failed += sabotaged.length - caught;

console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
