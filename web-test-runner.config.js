import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { findFirefox } from './scripts/firefox.mjs';
import { setViewport, startWebKitDriver, webdriverCommandsPlugin } from './scripts/webkit.mjs';

/** Writes the counts where scripts/test.mjs can add them up, and prints them as the last line. */
function countsReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const skips = [];
      // Named in the run's summary, so a CI log cut to its tail still says which test failed.
      const failures = [];
      const walk = (suite, path) => {
        for (const test of suite.tests) {
          const name = [...path, test.name].join(' > ');
          // tests/elements/engine-gaps.ts puts the reason in the title.
          if (test.skipped) skips.push(name);
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else {
            failed++;
            failures.push(`${name}: ${String(test.error?.message ?? '').split('\n')[0]}`);
          }
        }
        for (const child of suite.suites) walk(child, [...path, child.name]);
      };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        if (session.testResults) walk(session.testResults, [file]);
        // A file that failed to load has no results: count it, so it can never pass silently.
        if (!session.passed && (session.errors?.length || !session.testResults)) {
          failed++;
          failures.push(`${file}: ${String(session.errors?.[0]?.message ?? 'did not run').split('\n')[0]}`);
        }
      }
      if (process.env.CF_COUNTS_FILE) {
        writeFileSync(process.env.CF_COUNTS_FILE, JSON.stringify({ passed, failed, skipped, failures }));
      }
      process.once('exit', () => {
        for (const skip of skips) process.stdout.write(`skipped: ${skip}\n`);
        process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      });
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

/**
 * WebKit through WebKitWebDriver, which this launcher starts on a free port when the run begins and
 * stops (with the Xvfb it may need) when the run ends.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, capabilities: { browserName: 'MiniBrowser' } });
  }
  async initialize(config, testFiles) {
    this.driverProcess = await startWebKitDriver();
    this.options.port = this.driverProcess.port;
    this.options.capabilities = this.driverProcess.capabilities;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }
  async createDriverManager() {
    const manager = await super.createDriverManager();
    // The viewport the other engines' pages open with (Puppeteer's default), so that layouts compare.
    await setViewport(this.driver, { width: 800, height: 600 });
    return manager;
  }
  async stop() {
    await super.stop();
    this.driverProcess?.stop();
  }
}

/** The engine the element tests run in: CF_ENGINE=chromium (the default), firefox or webkit. */
export const ENGINE = process.env.CF_ENGINE ?? 'chromium';

function browser() {
  switch (ENGINE) {
    case 'chromium':
      return chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } });
    case 'firefox':
      // puppeteer-core over WebDriver BiDi: no geckodriver.
      return chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } });
    case 'webkit':
      return new WebKitLauncher();
    default:
      throw new Error(`CF_ENGINE=${ENGINE}: expected chromium, firefox or webkit`);
  }
}

export default {
  files: 'tests/elements/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), papaparseAsModule(), webdriverCommandsPlugin()],
  browsers: [browser()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // One page at a time: a second, hidden page gets no animation frames, and fixture() waits for one.
  concurrency: 1,
  reporters: [defaultReporter(), countsReporter()],
};
