// WebKit (Safari's engine) for the element tests, from the WebKitGTK packages: WebKitWebDriver drives
// MiniBrowser over the W3C WebDriver protocol. MiniBrowser has no headless mode, so when there is no
// display a private Xvfb is started for it. Everything started here is stopped here, by process id.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** `name` on the PATH, or undefined. */
function onPath(name) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((folder) => join(folder, name))
    .find((path) => existsSync(path));
}

/** The first WebKitWebDriver found (WEBKIT_DRIVER_PATH first), or undefined. */
export function findWebKitDriver() {
  return [process.env.WEBKIT_DRIVER_PATH, onPath('WebKitWebDriver')].find((path) => path && existsSync(path));
}

/** The first MiniBrowser found (WEBKIT_BROWSER_PATH first), in any architecture's library folder. */
export function findMiniBrowser() {
  const libraries = ['/usr/lib', '/usr/libexec', '/usr/local/lib'];
  const folders = libraries.flatMap((library) => {
    let entries = [];
    try {
      entries = readdirSync(library);
    } catch {
      return [];
    }
    // /usr/lib/webkit2gtk-4.1 and /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1 alike.
    return [library, ...entries.map((entry) => join(library, entry))];
  });
  const candidates = folders.flatMap((folder) =>
    ['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0'].map((api) => join(folder, api, 'MiniBrowser')),
  );
  return [process.env.WEBKIT_BROWSER_PATH, ...candidates].find((path) => path && existsSync(path));
}

export const WEBKIT_INSTALL_HINT =
  'No WebKitWebDriver and MiniBrowser were found. Install them (Debian: `sudo apt-get install webkit2gtk-driver xvfb`) ' +
  'or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH.';

/** A TCP port nobody was listening on a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a private Xvfb on a free display; resolves to the process and its DISPLAY. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it accepts connections.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let number = '';
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ process: xvfb, display: `:${number.trim()}` });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)));
  });
}

/** Resolves once something accepts WebDriver requests at `url`, or rejects after `timeout` ms. */
async function waitForDriver(url, driver, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within ${timeout / 1000} s`);
}

/**
 * Starts WebKitWebDriver on a free port (under a private Xvfb when there is no DISPLAY).
 * Resolves to its port, the capabilities that open MiniBrowser, and `stop()`, which ends both by pid.
 */
export async function startWebKitDriver() {
  const driverPath = findWebKitDriver();
  const browserPath = findMiniBrowser();
  if (!driverPath || !browserPath) throw new Error(WEBKIT_INSTALL_HINT);
  const started = [];
  const stop = () => {
    for (const child of started.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    started.length = 0;
  };
  // Should the runner itself die, its children go with it.
  process.once('exit', stop);
  try {
    let display = process.env.DISPLAY;
    if (!display || process.env.CF_WEBKIT_XVFB === '1') {
      const xvfb = await startXvfb();
      started.push(xvfb.process);
      display = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    started.push(driver);
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
    const capabilities = {
      browserName: 'MiniBrowser',
      // WebdriverIO 9 asks for a WebDriver BiDi socket by default, which WebKitWebDriver does not offer.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
    };
    return { port, capabilities, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** WebDriver's codes for the named keys the tests hold down or press. */
const KEY_CODES = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
};
const keyCode = (key) => KEY_CODES[key] ?? key;

/**
 * A key held down (`down`) or let go (`up`) through WebDriver actions. Both go through one input source:
 * WebDriver lets go only of a key that the same source holds.
 */
async function holdKey(driver, payload) {
  const value = keyCode(payload.down ?? payload.up);
  await driver.performActions([{ type: 'key', id: 'cf-held-keys', actions: [{ type: payload.down ? 'keyDown' : 'keyUp', value }] }]);
  return true;
}

/**
 * Text typed a key at a time, `delay` ms apart. The runner's own way presses every key of the text
 * together, then lets them all go, so a key that comes twice (a second space) is already down and is lost.
 */
export async function typeText(driver, text, delay = 0) {
  const actions = [...text].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
    ...(delay ? [{ type: 'pause', duration: delay }] : []),
  ]);
  await driver.performActions([{ type: 'key', id: 'cf-typing', actions }]);
  return true;
}

/** One key pressed and let go, by its name (`Enter`) or its character. */
export const pressKey = (driver, key) => typeText(driver, keyCode(key));

/**
 * The viewport (not the window) of that size: the window is resized, then corrected by what its frame takes.
 * MiniBrowser may still be laying out its window (a toolbar, a tab bar) when first measured, so the
 * correction is measured again, a few times, before it gives up.
 */
export async function setViewport(driver, { width, height }) {
  const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  const window = { width, height };
  await driver.setWindowSize(window.width, window.height);
  let reached = await inner();
  for (let attempt = 1; attempt <= 5 && (reached[0] !== width || reached[1] !== height); attempt++) {
    window.width += width - reached[0];
    window.height += height - reached[1];
    await driver.setWindowSize(window.width, window.height);
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    reached = await inner();
  }
  if (reached[0] !== width || reached[1] !== height) {
    throw new Error(`the browser's viewport stays ${reached.join(' × ')} when asked for ${width} × ${height}`);
  }
  return true;
}

/**
 * The runner's keyboard and viewport commands do only some things through WebDriver: pressing a key,
 * not holding one down (`sendKeys({ down: 'Shift' })`), typing that loses repeated keys, and no
 * viewport at all. This plugin does these for a WebDriver browser, leaving every other browser to the
 * runner's own.
 */
export function webdriverCommandsPlugin() {
  const handlers = {
    'send-keys-command': ({ command, payload, session }) => {
      if (command !== 'send-keys') return undefined;
      if (payload?.down || payload?.up) return holdKey(session.browser.driver, payload);
      if (typeof payload?.type === 'string') return typeText(session.browser.driver, payload.type);
      return undefined;
    },
    'set-viewport-command': ({ command, payload, session }) =>
      command === 'set-viewport' ? setViewport(session.browser.driver, payload) : undefined,
  };
  return {
    name: 'webdriver-commands',
    serverStart({ config }) {
      // The runner puts its own command plugins first, so they answer first: wrap them instead.
      for (const plugin of config.plugins) {
        const handler = handlers[plugin.name];
        if (!handler || plugin.webdriverCommands) continue;
        const original = plugin.executeCommand.bind(plugin);
        plugin.webdriverCommands = true;
        plugin.executeCommand = async (args) => (args.session.browser.type === 'webdriver' && (await handler(args))) || original(args);
      }
    },
  };
}
