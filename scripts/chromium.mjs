// Where Chromium is and how to start it headless here: as root, offline, with no background traffic.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Several test pages run at once; none may be throttled as a background tab.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The first Chromium found, or undefined. */
export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path));
}

export const INSTALL_HINT =
  'No Chromium was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium chromium-driver`) ' +
  'or set CHROME_PATH to a Chromium or Chrome executable.';

/** Launches headless Chromium with playwright-core. */
export async function launch() {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
