// Benchmarks in headless Chromium: fresh page per sample, the two pages interleaved, ratio of medians.
// Usage: npm run bench   (builds first; appends to bench/results.md)
// Options: --samples N (default 40); --only TEXT runs the benchmarks whose page contains TEXT
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { launch } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const at = process.argv.indexOf('--samples');
const SAMPLES = at > 0 ? Number(process.argv[at + 1]) : 40;
const only = process.argv.indexOf('--only');
const WARMUP = 3;
const BENCHMARKS = [
  {
    name: '`<cf-level-ladder>` first render, 9 DE&S skills x 5 levels (current + target marked)',
    page: 'bench/ladder.html',
    floor: 'bench/dom.html',
    target: 1.5,
  },
  {
    name: 'the same, each ladder given the framework object directly (first render includes validating it)',
    page: 'bench/ladder.html?direct',
    floor: 'bench/dom.html',
    target: 1.5,
  },
  {
    name: '`<cf-self-assessment>` first render, 150 skills x 7 levels (+ not applicable, not observed), grouped in 12 categories',
    page: 'bench/assessment.html',
    floor: 'bench/assessment-dom.html',
    target: 1.3,
  },
  {
    name: '`<cf-self-assessment>` one change: click a radio, update, lay out (median of 21 clicks per page; target: under 4 ms)',
    page: 'bench/assessment.html?change',
    floor: 'bench/assessment-dom.html?change',
    absoluteTarget: 4,
  },
  {
    name: '`<cf-gap-chart>` first render, bars, 150 skills x 3 series with the data table (series validated by the chart)',
    page: 'bench/gap-chart.html',
    floor: 'bench/gap-chart-dom.html',
    target: 1.5,
  },
  {
    name: '`<cf-journey-map>` first render, 300 role levels and 900 moves, with a route and the list (graph, layout and route included)',
    page: 'bench/journey.html',
    floor: 'bench/journey-dom.html',
    target: 2,
  },
  {
    name: '`findRoutes`, 300 role levels and 900 moves (median of 21 routes, low grade to high; target: under 10 ms)',
    page: 'bench/routes.html',
    absoluteTarget: 10,
  },
  {
    name: 'DDaT import in Node: skills and roles CSVs the size of the published ones (roles: 1,832 rows, 2.3 MB, 52 roles of which 4 chief roles without levels, placeholders and repeats), a fresh process each (target: under 1 s)',
    node: 'bench/ddat-import.mjs',
    absoluteTarget: 1000,
  },
  {
    name: 'DDaT import in Node: a roles file ten times the published size (18,315 rows, 22.7 MB, 520 roles of which 40 chief roles, 35 repeated rows), every row accounted for, a fresh process each (target: under 1 s)',
    node: 'bench/ddat-import.mjs --scale 10',
    absoluteTarget: 1000,
  },
  {
    name: '`aggregateTeam` in Node: 10,000 assessments x 150 skills against a role, median of 5 runs in a fresh process (target: under 200 ms)',
    node: 'bench/team-aggregate.mjs',
    absoluteTarget: 200,
  },
  {
    name: '`<cf-team-heatmap>` 500 people x 150 skills against a role: until the rows in view are shown (the assessments validated by the element, a slice per frame)',
    page: 'bench/heatmap.html?first',
  },
  {
    name: '`<cf-team-heatmap>` 500 x 150: from adding it until the table is scrolled through, a screen per frame',
    page: 'bench/heatmap.html?all',
  },
  {
    name: '`<cf-team-heatmap>` 500 x 150: the longest frame of those, the first render included (target: under 200 ms, no freeze a person would feel as one)',
    page: 'bench/heatmap.html?frame',
    absoluteTarget: 200,
  },
  {
    name: '`<cf-team-heatmap>` 500 x 150: jumping to the table’s far corner, until its last row is drawn',
    page: 'bench/heatmap.html?scroll',
  },
  {
    name: '`<cf-framework>` validating the DE&S file (given as an object) and updating, cold',
    page: 'bench/validate.html',
  },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((3 * sorted.length) / 4)]];
};

const { server, url } = await serve('.');
const browser = await launch();

/** A Node benchmark: a fresh process that prints the milliseconds it measured. */
function sampleNode(command) {
  const [script, ...args] = command.split(' ');
  const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${script}: ${run.stderr}`);
  return Number(run.stdout.trim());
}

async function sample(page) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${url}${page}`);
  await tab.waitForFunction(() => typeof window.benchResult === 'number', null, { timeout: 30000 });
  const duration = await tab.evaluate(() => window.benchResult);
  await tab.close();
  if (errors.length) throw new Error(`${page}: ${errors.join('; ')}`);
  return duration;
}

const targetText = (r) => (r.absoluteTarget ? `< ${r.absoluteTarget} ms` : r.target ? `ratio ≤ ${r.target}` : '–');
const rows = [];
for (const bench of BENCHMARKS.filter((entry) => only < 0 || (entry.page ?? entry.node).includes(process.argv[only + 1]))) {
  const times = { page: [], floor: [] };
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    // Alternate which goes first, so drift on a busy machine hits both alike.
    const order = (i % 2 ? ['page', 'floor'] : ['floor', 'page']).filter((which) => bench[which]);
    if (bench.node && i >= WARMUP) times.page.push(sampleNode(bench.node));
    for (const which of order) {
      const duration = await sample(bench[which]);
      if (i >= WARMUP) times[which].push(duration);
    }
  }
  const hasFloor = times.floor.length > 0;
  const ratio = hasFloor ? median(times.page) / median(times.floor) : undefined;
  const row = {
    ...bench,
    median: median(times.page),
    iqr: quartiles(times.page),
    floorMedian: hasFloor ? median(times.floor) : undefined,
    floorIqr: hasFloor ? quartiles(times.floor) : undefined,
    ratio,
    ok: bench.absoluteTarget !== undefined ? median(times.page) < bench.absoluteTarget : ratio === undefined || ratio <= bench.target,
  };
  rows.push(row);
  console.log(
    hasFloor
      ? `${row.ok ? '✓' : '✗'} ${bench.name}: median ${row.median.toFixed(2)} ms vs plain DOM ${row.floorMedian.toFixed(2)} ms, ` +
          `ratio ${ratio.toFixed(2)} (target ${targetText(row)})`
      : `${bench.absoluteTarget ? (row.ok ? '✓ ' : '✗ ') : '· '}${bench.name}: median ${row.median.toFixed(1)} ms`,
  );
}

const version = browser.version();
await browser.close();
server.close();

const file = 'bench/results.md';
if (!existsSync(file)) {
  writeFileSync(
    file,
    '# Benchmark results\n\nWritten by `npm run bench` (bench/run.mjs): headless Chromium, a fresh page per sample, the element page and ' +
      'its plain-DOM floor interleaved, after warm-up samples. Times cover creating the elements, rendering and one forced layout; ' +
      'loading scripts and fetching data are outside. Compare ratios, not absolute times: a 2-core machine is noisy.\n',
  );
}
const fmt = (n) => (n === undefined ? '–' : n.toFixed(n < 10 ? 2 : 1));
const range = (pair) => (pair ? `${fmt(pair[0])}–${fmt(pair[1])}` : '–');
appendFileSync(
  file,
  `\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Chromium ${version}, ${cpus().length} cores, ${SAMPLES} samples each\n\n` +
    '| benchmark | median (ms) | IQR | plain-DOM median (ms) | IQR | ratio of medians | target | met |\n|---|---|---|---|---|---|---|---|\n' +
    rows
      .map(
        (r) =>
          `| ${r.name} | ${fmt(r.median)} | ${range(r.iqr)} | ${fmt(r.floorMedian)} | ${range(r.floorIqr)} | ` +
          `${r.ratio === undefined ? '–' : r.ratio.toFixed(2)} | ${targetText(r)} | ${r.target || r.absoluteTarget ? (r.ok ? 'yes' : 'no') : '–'} |`,
      )
      .join('\n') +
    '\n',
);
console.log(`appended to ${file}`);
process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
