// Node: aggregateTeam over 10,000 assessments x 150 skills against a role (parsed framework, plain
// ratings), in a fresh process. Prints the median of 5 runs in milliseconds; run by bench/run.mjs.
import { aggregateTeam, parseFramework } from '../dist/core/index.js';
import { generateFramework, generateTeam } from './generate.js';

const { framework: input, assessments } = generateTeam(generateFramework(), 10_000);
const parsed = parseFramework(input);
if (!parsed.ok) throw new Error(`the generated framework is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
const times = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const aggregate = aggregateTeam(parsed.value, assessments, 'team-role');
  times.push(performance.now() - start);
  if (!aggregate || aggregate.skills.length !== 150 || aggregate.people !== 10_000) throw new Error('wrong aggregate');
}
times.sort((a, b) => a - b);
console.log(times[2]);
