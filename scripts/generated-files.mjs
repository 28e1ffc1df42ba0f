// Files generated from the manifest and committed (the element pages, the host typings): one way to write
// them, and one way for the test run to fail when they are stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes (`--write`) or checks (`--check`) each file of `wanted` (path to text), printing a line for each.
 * Returns how many are missing or stale when checked: `regenerate` is the command the message names.
 */
export function syncGenerated(wanted, mode, regenerate) {
  let stale = 0;
  for (const [file, text] of wanted) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (mode === '--write') {
      mkdirSync(dirname(file), { recursive: true });
      if (current !== text) writeFileSync(file, text);
      console.log(`${current === text ? '=' : '✎'} ${file}`);
    } else if (current === text) console.log(`✓ ${file} is current`);
    else {
      stale++;
      console.log(`✗ ${file} is ${current === undefined ? 'missing' : 'stale'}: run \`${regenerate}\``);
    }
  }
  return stale;
}
