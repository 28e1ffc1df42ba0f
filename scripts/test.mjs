// `npm test`: every check, in order, with one total as the last line ("N passed, N failed").
// A stage that cannot count its own tests counts as one test: it passed or it failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from './chromium.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox } from './firefox.mjs';
import { findMiniBrowser, findWebKitDriver, WEBKIT_INSTALL_HINT } from './webkit.mjs';

if (!findChromium()) {
  console.error(`\n${INSTALL_HINT}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'cf-test-'));
const npx = (...args) => ['npx', '--no-install', ...args];
/** Node 20's test runner takes files, not folders of TypeScript. */
const testFiles = (folder, suffix) =>
  readdirSync(folder)
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(folder, file));

/** No stage takes near this long; one that does is stuck, and fails rather than holding up CI. */
const STAGE_TIMEOUT_MS = 10 * 60 * 1000;

/** Runs a command, echoing its output; resolves to its exit code and what it printed. */
function run([command, ...args], env = {}, timeout = STAGE_TIMEOUT_MS) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const timer = setTimeout(() => {
      process.stderr.write(`\n✗ timed out after ${timeout / 60000} minutes\n`);
      process.kill(-child.pid, 'SIGKILL');
    }, timeout);
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** The failed tests of a TAP stream, by name (subtests under their parents' names). */
function tapFailures(output) {
  const failures = [];
  const parents = [];
  for (const line of output.split('\n')) {
    const subtest = /^( *)# Subtest: (.*)$/.exec(line);
    if (subtest) parents[subtest[1].length / 4] = subtest[2];
    const notOk = /^( *)not ok \d+ - (.*?)( # .*)?$/.exec(line);
    if (!notOk) continue;
    const depth = notOk[1].length / 4;
    // A parent fails with its child: name only the innermost test.
    if (!failures.some((name) => name.startsWith(`${[...parents.slice(0, depth), notOk[2]].join(' > ')} > `))) {
      failures.push([...parents.slice(0, depth), notOk[2]].join(' > '));
    }
  }
  return failures;
}

/** Counts from a "N passed, N failed" line, or from node:test's TAP summary (its skipped tests too). */
function counted(output) {
  const line = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  const failures = [...output.matchAll(/^\s*✗ (.*)$/gm)].map((match) => match[1]);
  if (line) return { passed: Number(line[1]), failed: Number(line[2]), failures };
  const pass = /^# pass (\d+)/m.exec(output);
  const fail = /^# fail (\d+)/m.exec(output);
  const skipped = Number(/^# skipped (\d+)/m.exec(output)?.[1] ?? 0);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]), skipped, failures: tapFailures(output) } : undefined;
}

const ENGINES = ['Chromium', 'Firefox', 'WebKit'];

/** Why an engine cannot run here (how to install it), or false. */
function missingEngine(engine) {
  return {
    Chromium: !findChromium() && INSTALL_HINT,
    Firefox: !findFirefox() && FIREFOX_INSTALL_HINT,
    WebKit: !(findWebKitDriver() && findMiniBrowser()) && WEBKIT_INSTALL_HINT,
  }[engine];
}

/** A command that fails, saying why: a stage whose engine is missing fails rather than passing silently. */
const failWith = (message) => ['node', '-e', `console.error(${JSON.stringify(message)}); process.exit(1)`];

/**
 * The element tests in one engine (web-test-runner, CF_ENGINE choosing the browser), counted by the config's
 * reporter. An engine that is not installed fails its stage, saying how to install it.
 */
function elementTests(engine) {
  const countsFile = join(scratch, `counts-${engine}.json`);
  const missing = missingEngine(engine);
  return {
    name: `element tests (${engine})`,
    command: missing ? failWith(missing) : npx('web-test-runner'),
    env: { CF_ENGINE: engine.toLowerCase(), CF_COUNTS_FILE: countsFile },
    counts: () => JSON.parse(readFileSync(countsFile, 'utf8')),
  };
}

/** The end-to-end tests that open pages (those that use ./tests/e2e/browser); the others need no browser. */
const pageTests = testFiles('tests/e2e', '.test.mjs').filter((file) => readFileSync(file, 'utf8').includes("'./browser/engines.mjs'"));
const nodeTests = testFiles('tests/e2e', '.test.mjs').filter((file) => !pageTests.includes(file));
const nodeTest = (files) => ['node', '--test', '--test-reporter=tap', '--test-timeout=120000', ...files];

/**
 * The built bundle in real pages, in one engine. No per-test timeout: node 20 holds a whole file to it, and
 * a slower engine's file runs longer than any one test may; every wait in them has its own limit.
 */
function pageTestsIn(engine) {
  const missing = missingEngine(engine);
  return {
    name: `built bundle in real pages (${engine})`,
    command: missing ? failWith(missing) : ['node', '--test', '--test-reporter=tap', ...pageTests],
    env: { CF_ENGINE: engine.toLowerCase() },
    counts: true,
  };
}

const stages = [
  { name: 'type check', command: npx('tsc', '-p', 'tsconfig.test.json') },
  { name: 'type check: core without DOM', command: npx('tsc', '-p', 'tsconfig.core.json') },
  // ESLint, then Prettier's check of src, tests, stories and scripts (`npm run format` writes it).
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  {
    name: 'core tests (Node)',
    command: ['node', '--import', 'tsx', '--test', '--test-reporter=tap', ...testFiles('tests/core', '.test.ts')],
    counts: true,
  },
  // `npm run fuzz` runs 10,000 inputs; here fewer, each format alike, with the negative control.
  { name: 'importer fuzz (Node)', command: ['node', '--import', 'tsx', 'tests/fuzz/importers.ts', '--count', '2500'], counts: true },
  ...ENGINES.map(elementTests),
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  // The element pages and the README's size table are written by `npm run docs`: stale ones fail, naming it.
  { name: 'docs: element pages current, relative links reach', command: ['node', 'scripts/element-docs.mjs', '--check'], counts: true },
  { name: "size budget, and the README's size table", command: ['node', 'scripts/check-size.mjs'], counts: true },
  // The tag map and the React, Vue and Svelte typings are written by `npm run host-types`: stale ones fail, naming it.
  { name: 'host typings current (tag map, React, Vue, Svelte)', command: ['node', 'scripts/host-types.mjs', '--check'], counts: true },
  // tests/types/ use the typings as hosts do, against the built package: under bundler and nodenext resolution.
  {
    name: 'host typings in a host (tsc --strict, bundler and nodenext; the example apps with vue-tsc and svelte-check)',
    command: ['node', 'scripts/host-types.mjs', '--consumers'],
    counts: true,
  },
  { name: 'the package and the command line, as installed', command: nodeTest(nodeTests), counts: true },
  ...ENGINES.map(pageTestsIn),
  { name: 'Storybook build', command: ['npm', 'run', '--silent', 'build-storybook'] },
  {
    name: 'what a screen reader gets: the accessibility tree of each main story (Chromium)',
    command: ['node', '--test', '--test-reporter=tap', '--test-timeout=120000', ...testFiles('tests/stories', '.test.mjs')],
    counts: true,
  },
  {
    name: 'every story: axe, errors, empty render (en, cy)',
    command: ['node', 'scripts/smoke-stories.mjs', 'storybook-static'],
    counts: true,
    // About 2 minutes on a 2-core machine (every story rendered and checked twice): room for a busy one.
    timeout: 15 * 60 * 1000,
  },
];

let passed = 0;
let failed = 0;
const summary = [];
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}`);
  const started = performance.now();
  const { code, output } = await run(stage.command, stage.env, stage.timeout);
  let counts;
  try {
    counts = typeof stage.counts === 'function' ? stage.counts() : stage.counts ? counted(output) : undefined;
  } catch {
    counts = undefined;
  }
  // A runner that exits non-zero never counts as all-passed, whatever it printed; one that ran no test fails.
  if (!counts) counts = code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  else if (counts.passed + counts.failed === 0) counts = { passed: 0, failed: 1 };
  else if (code !== 0 && counts.failed === 0) counts = { passed: counts.passed, failed: 1 };
  passed += counts.passed;
  failed += counts.failed;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  summary.push(
    `${counts.failed === 0 ? '✓' : '✗'} ${stage.name}: ${counts.passed} passed, ${counts.failed} failed${skipped} (${seconds} s)`,
    ...(counts.failed ? (counts.failures ?? []).map((name) => `    failed: ${name}`) : []),
  );
}

rmSync(scratch, { recursive: true, force: true });
console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
