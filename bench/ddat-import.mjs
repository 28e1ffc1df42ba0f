// Node: importing DDaT CSVs the size of the published ones, in a fresh process (as the command runs).
// Prints the milliseconds `importFramework('ddat', ...)` took; run by bench/run.mjs, once per sample.
import { importFramework } from '../dist/core/io/index.js';
import { generateDdatFiles } from './ddat-files.js';

const { skills, roles } = generateDdatFiles();
const start = performance.now();
const result = importFramework('ddat', [{ text: skills, name: 'skills.csv' }, { text: roles, name: 'roles.csv' }]);
const took = performance.now() - start;
if (!result.ok) throw new Error(`the generated files did not import: ${JSON.stringify(result.issues.slice(0, 3))}`);
if (process.argv.includes('--describe')) {
  const levels = result.framework.roles.reduce((sum, role) => sum + (role.levels?.length ?? 0), 0);
  console.error(`roles CSV: ${roles.split('\n').length} lines, ${(roles.length / 1048576).toFixed(2)} MB; ${result.framework.skills.length} skills, ${result.framework.roles.length} roles, ${levels} role levels, ${result.framework.pathways.length} promotions`);
}
console.log(took);
