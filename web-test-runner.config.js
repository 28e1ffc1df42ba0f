import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/** Writes the counts where scripts/test.mjs can add them up, and prints them as the last line. */
function countsReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results: count it, so it can never pass silently.
        if (!session.passed && (session.errors?.length || !session.testResults)) failed++;
      }
      if (process.env.CF_COUNTS_FILE) writeFileSync(process.env.CF_COUNTS_FILE, JSON.stringify({ passed, failed, skipped }));
      process.once('exit', () => process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

/**
 * papaparse ships as a UMD script, which bundlers convert and the test server does not: serve it as a
 * module whose default export is what it assigns to `module.exports`.
 */
function papaparseAsModule() {
  return {
    name: 'papaparse-as-module',
    transform(context) {
      if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
      return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;` };
    },
  };
}

export default {
  files: 'tests/elements/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    papaparseAsModule(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // One page at a time: a second, hidden page gets no animation frames, and fixture() waits for one.
  concurrency: 1,
  reporters: [defaultReporter(), countsReporter()],
};
