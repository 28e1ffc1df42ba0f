// Where Firefox is, for the element tests in a second engine. puppeteer-core drives it over WebDriver BiDi:
// no geckodriver, and nothing downloaded.
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The first Firefox found, or undefined. */
export function findFirefox() {
  return CANDIDATES.find((path) => path && existsSync(path));
}

export const FIREFOX_INSTALL_HINT =
  'No Firefox was found. Install one (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox executable.';
