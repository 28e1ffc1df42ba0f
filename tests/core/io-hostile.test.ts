import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportFrameworkCsv } from '../../src/core/io/export-framework.js';
import { importFramework } from '../../src/core/io/index.js';
import { newCleaning, richFromHtml } from '../../src/core/io/rich-from-html.js';
import { loadFixture } from './helpers.js';

/**
 * Inputs built to make a backtracking pattern take quadratic or worse time: each would run for many
 * seconds (the page frozen, the command hung) if any pattern on its path backtracked. The limit is a
 * hang guard, far above what a linear importer needs (tens of milliseconds); speed itself is measured
 * by the benchmarks. A regular expression cannot be interrupted, so the guard checks the time it took.
 */
const HANG_LIMIT_MS = 5000;
const N = 200_000;

function finishes(work: () => void): void {
  const started = performance.now();
  work();
  const took = performance.now() - started;
  assert.ok(took < HANG_LIMIT_MS, `took ${Math.round(took)} ms: something on this path backtracks`);
}

describe('importers on input built to make patterns backtrack', () => {
  const cases: Array<[string, 'document' | 'csv' | 'case', string]> = [
    ['a contents line of tabs', 'document', `Contents\na${'\t'.repeat(N / 40)}x`],
    ['a table header of tabs', 'document', `level${'\t'.repeat(N)}x`],
    ['a heading of spaces', 'document', `Skill\nLevel\tDescriptors\nExpert\tdoes\n\na${' '.repeat(N)}b`],
    ['a list item of one long word', 'csv', `Skill,Expert\nS,"<ul>${'a'.repeat(N)}</ul>"`],
    ['a list item of short words', 'csv', `Skill,Expert\nS,"<ul>${'a A'.repeat(N / 3)}</ul>"`],
    ['markup that never closes', 'csv', `Skill,Expert\nS,"${'<a '.repeat(N / 3)}"`],
    ['a CASE statement of spaces', 'case', JSON.stringify({ CFDocument: { identifier: 'd', title: `T${' '.repeat(N)}x` }, CFItems: [] })],
  ];
  for (const [name, format, text] of cases) {
    it(`${name} (${format})`, () =>
      finishes(() => assert.equal(typeof importFramework(format, [{ text, name: 'hostile' }]).ok, 'boolean')));
  }

  it('a run-on list of forty thousand words is split in one pass', () =>
    finishes(() => assert.ok(Array.isArray(richFromHtml(`<ul>${'Leads the team '.repeat(N / 15)}</ul>`, newCleaning())))));

  it('exporting text with long runs of spaces around line breaks', () => {
    const framework = loadFixture('des-hr');
    const spaced = `one${' '.repeat(N)}\n${' '.repeat(N)}two`;
    finishes(() =>
      assert.ok(
        exportFrameworkCsv({ ...framework, skills: [{ ...framework.skills[0]!, description: [{ p: spaced }] }] }).includes('one two'),
      ),
    );
  });
});
