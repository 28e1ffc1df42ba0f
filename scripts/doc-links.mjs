// Relative links in the Markdown docs must reach a file, and a heading when they name one: a newcomer
// who follows a link from the README lands somewhere. Links to other sites are not fetched.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The Markdown a reader finds: the README, the changelog and docs/ (not the examples, whose links are written for the pages made from them). */
export function markdownFiles(folder = 'docs') {
  const files = ['README.md', 'CHANGELOG.md'];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'examples') walk(path);
      } else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(folder);
  return files;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export const anchorOf = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

const withoutCode = (text) => text.replace(/```[\s\S]*?```/g, '');
const anchorsIn = (text) => new Set([...withoutCode(text).matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => anchorOf(heading)));

/** Every relative link of `file` that reaches no file or no heading, as `file: link`. */
export function brokenLinks(file) {
  const text = readFileSync(file, 'utf8');
  const broken = [];
  for (const [, target] of withoutCode(text).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, anchor] = target.split('#');
    const linked = path ? join(dirname(file), path) : file;
    if (!existsSync(linked)) broken.push(`${file}: ${target} (no such file)`);
    else if (anchor && linked.endsWith('.md') && !anchorsIn(readFileSync(linked, 'utf8')).has(anchor))
      broken.push(`${file}: ${target} (no such heading)`);
  }
  return broken;
}
