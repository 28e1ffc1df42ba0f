#!/usr/bin/env node
/**
 * `career-frameworks`: validate a framework file, import one from the formats frameworks come in,
 * export one, say what changed between two versions, or carry people's assessments and plans across. Reports go to stderr (or stdout as JSON with `--json`); exit code 0 when valid, 1 when
 * not, 2 when the command itself is wrong.
 */
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffCommand, migrateCommand } from './cli/versions.js';
import { CommandError, jsonReport, OPTIONS, printJson, readInput, write, type Context, type Streams, type Values } from './cli/shared.js';
import { exportCase } from './core/io/case.js';
import { exportFrameworkCsv, exportFrameworkJson } from './core/io/export-framework.js';
import { importFramework, IMPORT_FORMATS, isImportFormat, type ImportOptions } from './core/io/index.js';
import { strictly } from './core/io/report.js';
import { formatImportReport } from './i18n/import-report.js';

const EXPORT_FORMATS = ['json', 'csv', 'case'] as const;

const HELP = `Usage: career-frameworks <command> [options] FILE...

Commands
  validate FILE                  Check a framework file (JSON): structure, ids, references.
  import --from FORMAT FILE...   Make a framework file from another format.
  export --to FORMAT FILE        Write a framework file in another format.
  diff OLD NEW                   What changed between two versions of a framework.
  migrate --from OLD --to NEW FILE... -o DIR
                                 Carry assessments and development plans made against
                                 OLD to NEW, and say what that did to each person.
  help [COMMAND]                 Show this help.

Import formats (--from)
  ddat       The DDaT capability framework CSVs: the skills CSV and/or the roles CSV.
  csv        A spreadsheet saved as CSV: one row per skill and one column per level,
             or one row per skill and level (Skill, Level, Descriptor).
  document   Text from a document: skill headings and "Level <tab> Descriptors" tables.
  direct     The DIRECT framework's JSON files (competency_domain.json, skill.json, ...).
  case       A 1EdTech CASE 1.1 package (JSON).
  json       A framework file of this library (the same as validate).

Export formats (--to)
  json       The canonical framework file.
  csv        A spreadsheet: one row per skill, one column per level.
  case       A 1EdTech CASE 1.1 package.

Options
  -o, --output FILE    Write the result here (default: standard output).
  --id ID              Framework id for the imported file (lower case, digits, - . _).
  --title TEXT         Framework title for the imported file.
  --version TEXT       Framework version for the imported file (default 1.0.0).
  --language TAG       Language the imported text is in (en, cy); for export, which language to write.
  --levels ORDER       Documents: highest-first (default) or lowest-first, how tables list levels.
  --csv                diff: the changes as CSV, one row each, safe to open in a spreadsheet.
  --map OLD=NEW        diff, migrate: skill OLD of the earlier version is NEW in the new one
                       (OLD=NEW,NEW2 for a split); for versions that do not say so themselves.
  --map-level OLD=NEW  The same for levels of the scale.
  --strict             Treat every warning as an error (exit code 1): for authors who want a clean file.
  --json               Print the report as JSON on standard output (the result needs -o, or is included).
  --lang TAG           Language of the report: en (default) or cy.
  -h, --help           Show this help.

A row that cannot be placed costs only itself: it is kept as far as it can be (a placeholder level
becomes "no level stated"), and the report says how many rows were read, placed, kept in part and left
out, and why, by row and column. An import fails only when no framework can be made from the files.

diff grades each changed descriptor as wording only (the same words: a typo, punctuation, small
words) or a change of meaning, by a rule of thumb. A skill whose id changed is matched only when
the new version says so ("replaces") or --map does; one that looks the same is flagged, not matched.
migrate keeps every answer: ratings for skills the new version lacks are kept apart, and a rating
whose descriptor changed in meaning, whose level is gone, or whose skill was merged or split is
marked to review. Files made against the new version are copied as they are.

Exit codes: 0 done (warnings may be listed), 1 the input is not valid (or, with --strict, has
warnings), 2 the command is wrong.

Examples
  career-frameworks validate my-framework.json
  career-frameworks import --from ddat skills.csv roles.csv -o ddat.json
  career-frameworks import --from csv --id hr --title "HR skills" hr-skills.csv -o hr.json
  career-frameworks export --to csv hr.json -o hr.csv
  career-frameworks diff hr-2025.json hr-2026.json --csv -o changes.csv
  career-frameworks migrate --from hr-2025.json --to hr-2026.json people/*.json -o migrated
`;

function importOptions(values: Values): ImportOptions {
  if (values.levels !== undefined && values.levels !== 'highest-first' && values.levels !== 'lowest-first') {
    throw new CommandError('--levels must be highest-first or lowest-first.');
  }
  return {
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.version === undefined ? {} : { version: values.version }),
    ...(values.language === undefined ? {} : { language: values.language }),
    ...(values.levels === undefined ? {} : { levelsListed: values.levels }),
  };
}

/** `validate FILE...`: each file checked on its own; exit 1 when any is not valid. */
function validate(files: readonly string[], context: Context): number {
  if (files.length === 0) throw new CommandError('validate needs a FILE.');
  const { streams, locale, values } = context;
  const results = files.map((file) => importFramework('json', [readInput(file, context)], { strict: values.strict }));
  const ok = results.every((result) => result.ok);
  if (values.json) {
    const issues = results.flatMap((result) => result.issues);
    printJson(streams, jsonReport('validate', { ok, issues }, locale, { format: 'json' }));
  } else {
    results.forEach((result, index) =>
      streams.err(formatImportReport(result.issues, { name: basename(files[index]!), locale, verb: 'validate' })),
    );
  }
  return ok ? 0 : 1;
}

/** `import --from FORMAT FILE... [-o out.json]`: the canonical framework file, and the import report. */
function importCommand(files: readonly string[], context: Context): number {
  const { streams, locale, values } = context;
  const format = values.from;
  if (format === undefined) throw new CommandError('import needs --from FORMAT.');
  if (!isImportFormat(format)) throw new CommandError(`Unknown import format "${format}". Use one of: ${IMPORT_FORMATS.join(', ')}.`);
  if (files.length === 0) throw new CommandError('import needs a FILE.');
  const options = { ...importOptions(values), strict: values.strict };
  const inputs = files.map((file) => readInput(file, context));
  const started = performance.now();
  const result = importFramework(format, inputs, options);
  const took = Math.round(performance.now() - started);
  const output = result.ok ? exportFrameworkJson(result.framework) : undefined;
  // With --json and no -o, the framework goes inside the JSON report instead.
  if (output !== undefined && (values.output !== undefined || !values.json)) write(values.output, output, streams);
  if (values.json) {
    const framework = output !== undefined && values.output === undefined ? { framework: JSON.parse(output) as unknown } : {};
    printJson(streams, jsonReport('import', result, locale, { format, ...framework, ...(values.output ? { output: values.output } : {}) }));
  } else {
    streams.err(
      formatImportReport(result.issues, { name: inputs.map((input) => input.name).join(', '), locale, verb: 'import', rows: result.rows }),
    );
    if (result.ok) {
      const { skills, roles } = result.framework;
      streams.err(`${skills.length} skills, ${roles.length} roles in ${took} ms${values.output ? ` → ${values.output}` : ''}\n`);
    }
  }
  return result.ok ? 0 : 1;
}

/** `export --to FORMAT FILE [-o out]`: a valid framework file in another format. */
function exportCommand(files: readonly string[], context: Context): number {
  const { streams, locale, values } = context;
  const format = values.to;
  if (format === undefined || !(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new CommandError(`export needs --to ${EXPORT_FORMATS.join('|')}.`);
  if (files.length !== 1) throw new CommandError('export needs exactly one framework FILE.');
  if (values.json && values.output === undefined)
    throw new CommandError('export --json needs -o FILE: the export itself would be on standard output.');
  const checked = importFramework('json', [readInput(files[0]!, context)]);
  const result = values.strict ? strictly(checked) : checked;
  if (!result.ok) {
    if (values.json) printJson(streams, jsonReport('export', result, locale, { format }));
    else streams.err(formatImportReport(result.issues, { name: basename(files[0]!), locale, verb: 'validate' }));
    return 1;
  }
  const language = values.language === undefined ? {} : { language: values.language };
  const text =
    format === 'csv'
      ? exportFrameworkCsv(result.framework, language)
      : format === 'case'
        ? `${JSON.stringify(exportCase(result.framework), null, 2)}\n`
        : exportFrameworkJson(result.framework);
  write(values.output, text, streams);
  if (values.json) printJson(streams, jsonReport('export', result, locale, { format, output: values.output }));
  return 0;
}

const COMMANDS: Record<string, (files: readonly string[], context: Context) => number> = {
  validate,
  import: importCommand,
  export: exportCommand,
  diff: diffCommand,
  migrate: migrateCommand,
};

/** Runs one command; returns the exit code. Exported so tests and wrappers can run it in-process. */
export function run(argv: readonly string[], streams: Streams): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (cause) {
    streams.err(`${(cause as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    streams.out(HELP);
    return 0;
  }
  try {
    const runCommand = command === undefined ? undefined : COMMANDS[command];
    if (!runCommand || !Object.hasOwn(COMMANDS, command!))
      throw new CommandError(
        command === undefined ? 'Give a command: validate, import, export, diff or migrate.' : `Unknown command "${command}".`,
      );
    return runCommand(files, { values, streams, locale: values.lang });
  } catch (cause) {
    if (!(cause instanceof CommandError)) throw cause;
    if (values.json) printJson(streams, { command: command ?? null, ok: false, error: cause.message });
    else streams.err(`${cause.message}\nRun "career-frameworks --help" for the commands and options.\n`);
    return 2;
  }
}

/** True when this file is the program node runs (through npm's bin link too), not a module imported by one. */
function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
