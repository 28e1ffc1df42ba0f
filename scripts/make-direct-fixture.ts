// Converts the DIRECT digital research competencies framework (open data, CC BY 4.0,
// https://github.com/direct-framework/digital-research-competencies-framework) into one framework
// file in the format described in docs/framework-format.md, with `importDirect` from the core
// (src/core/io/direct.ts): this script only reads the files and writes the result.
//
// Run by hand (not part of the build or tests):
//   npx tsx scripts/make-direct-fixture.ts tests/fixtures/import/direct > tests/fixtures/direct.json
//
// Role families, roles and pathways are not in DIRECT: illustrative ones come from
// scripts/direct-roles.json (beside this script) and the source note says so.
//
// The argument is the DIRECT data folder (competency_domain.json, competency.json, skill.json,
// skill_level.json, learning_resource.json, provider.json, CITATION.cff). The framework JSON goes
// to stdout, as converted (defaults not filled in); every issue goes to stderr, one a line. The exit
// code is 1 when the import fails.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertDirect, type DirectOptions } from '../src/core/io/direct.js';
import { finishImport, type ImportIssue } from '../src/core/io/report.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npx tsx scripts/make-direct-fixture.ts <DIRECT data folder> > out.json\n');
  process.exit(2);
}

const files = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => /\.(json|cff)$/.test(name))
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
);
const extra = JSON.parse(readFileSync(new URL('./direct-roles.json', import.meta.url), 'utf8')) as DirectOptions['extra'];

// `importDirect` is `finishImport(convertDirect(...))`: the two steps are called here because the file
// written is the converted framework, which leaves out what validation would fill in (`importance`).
const { candidate, log } = convertDirect(files, { extra });
const result = finishImport(candidate, log);

const describe = ({ severity, key, at, params }: ImportIssue) =>
  [severity, key, at.file, at.line, at.path && JSON.stringify(at.path), params && JSON.stringify(params)]
    .filter((part) => part !== undefined)
    .join(' ');
for (const issue of result.issues) process.stderr.write(`${describe(issue)}\n`);

if (!result.ok) process.exit(1);
process.stdout.write(`${JSON.stringify(candidate, null, 2)}\n`);
