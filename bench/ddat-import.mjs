// Node: importing DDaT CSVs in a fresh process (as the command runs), in the published layout with
// what the published files hold (chief roles with no levels, placeholders, repeated rows).
// Prints the milliseconds `importFramework('ddat', ...)` took; run by bench/run.mjs, once per sample.
// Options: --scale N (1: the published size; 10: ten times as many roles), --describe
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFramework } from '../dist/core/io/index.js';
import { generateDdat } from '../tests/fixtures/import/ddat-generate.mjs';

const at = process.argv.indexOf('--scale');
const scale = at > 0 ? Number(process.argv[at + 1]) : 1;
// Files read from disk, as the command reads them: generated once per scale, outside the measurement.
const folder = join(tmpdir(), `cf-bench-ddat-${scale}`);
if (!existsSync(join(folder, 'facts.json'))) {
  const generated = generateDdat({ scale });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'skills.csv'), generated.skills);
  writeFileSync(join(folder, 'roles.csv'), generated.roles);
  writeFileSync(join(folder, 'facts.json'), JSON.stringify(generated.facts));
}
const [skills, roles] = ['skills.csv', 'roles.csv'].map((name) => readFileSync(join(folder, name), 'utf8'));
const facts = JSON.parse(readFileSync(join(folder, 'facts.json'), 'utf8'));
const start = performance.now();
const result = importFramework('ddat', [{ text: skills, name: 'skills.csv' }, { text: roles, name: 'roles.csv' }]);
const took = performance.now() - start;
if (!result.ok) throw new Error(`the generated files did not import: ${JSON.stringify(result.issues.slice(0, 3))}`);
const counted = result.rows.find((count) => count.file === 'roles.csv');
if (counted?.read !== facts.roleRows || counted.partial !== facts.chiefRows || counted.leftOut !== facts.duplicates) {
  throw new Error(`the rows were not all accounted for: ${JSON.stringify(counted)} for ${JSON.stringify(facts)}`);
}
if (process.argv.includes('--describe')) {
  const levels = result.framework.roles.reduce((sum, role) => sum + (role.levels?.length ?? 0), 0);
  console.error(`roles CSV: ${facts.roleRows} rows (${roles.split('\n').length} lines), ${(roles.length / 1048576).toFixed(2)} MB; ${result.framework.skills.length} skills, ${result.framework.roles.length} roles (${facts.chiefRows / 7} without levels), ${levels} role levels; ${facts.duplicates} repeated rows left out`);
}
console.log(took);
