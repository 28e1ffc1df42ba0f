/**
 * Tests that cannot run in an engine, each with the reason, which the runner prints with the counts
 * ("skipped: … [skipped in WebKit: why]"). Only for what the engine or its driver cannot do, never for a failure
 * of an element: those fail, so that they are fixed.
 *
 * Keys are a test's titles from its outermost describe, joined with " > ".
 */
type Engine = 'Chromium' | 'Firefox' | 'WebKit';

/** Print media: Puppeteer emulates it only through Chromium's DevTools protocol; WebDriver (classic or BiDi) has no way to. */
const NO_PRINT_EMULATION = 'its driver cannot emulate print media (WebDriver has no media emulation)';

const GAPS: Record<string, Partial<Record<Engine, string>>> = {
  'cf-development-plan > prints the plan’s words without controls, matching the snapshot': {
    Firefox: NO_PRINT_EMULATION,
    WebKit: NO_PRINT_EMULATION,
  },
  'cf-calibration: the outcome > prints as a record of the conversation: who, when, each rating, the agreed level and the note, no controls':
    {
      Firefox: NO_PRINT_EMULATION,
      WebKit: NO_PRINT_EMULATION,
    },
  'cf-team-heatmap > a large team > draws every row to print, and only those in view after': {
    Firefox: NO_PRINT_EMULATION,
    WebKit: NO_PRINT_EMULATION,
  },
  'cf-level-ladder > fits 320 CSS pixels without horizontal scrolling (400% zoom of 1280)': {
    WebKit: 'MiniBrowser’s window keeps its toolbar, so its viewport is never narrower than about 450 CSS pixels',
  },
};

/** The engine this page runs in, from its user agent. */
export function engine(): Engine {
  const agent = navigator.userAgent;
  if (/Firefox\//.test(agent)) return 'Firefox';
  if (/AppleWebKit/.test(agent) && !/Chrom(e|ium)\//.test(agent)) return 'WebKit';
  return 'Chromium';
}

// A root hook: every test file imports the helpers, which import this.
beforeEach(function skipEngineGaps() {
  const test = this.currentTest;
  if (!test) return;
  const why = GAPS[test.titlePath().join(' > ')]?.[engine()];
  if (!why) return;
  // The title carries the reason to the runner's report, where skipped tests are listed.
  test.title += ` [skipped in ${engine()}: ${why}]`;
  this.skip();
});
