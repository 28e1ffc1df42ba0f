#!/usr/bin/env node
/**
 * `career-frameworks`: validate a framework file, import one from the formats frameworks come in, or
 * export one. Reports go to stderr (or stdout as JSON with `--json`); exit code 0 when valid, 1 when
 * not, 2 when the command itself is wrong.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exportCase } from './core/io/case.js';
import { exportFrameworkCsv, exportFrameworkJson } from './core/io/export-framework.js';
import { importFramework, IMPORT_FORMATS, isImportFormat, type ImportFile, type ImportOptions } from './core/io/index.js';
import type { ImportIssue, ImportResult } from './core/io/report.js';
import { formatImportIssue, formatImportReport, formatLocation } from './i18n/import-report.js';

const EXPORT_FORMATS = ['json', 'csv', 'case'] as const;
/** Inputs above this size get a line saying what is being read: the rest is quick enough to need none. */
const PROGRESS_BYTES = 1024 * 1024;

const HELP = `Usage: career-frameworks <command> [options] FILE...

Commands
  validate FILE                  Check a framework file (JSON): structure, ids, references.
  import --from FORMAT FILE...   Make a framework file from another format.
  export --to FORMAT FILE        Write a framework file in another format.
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
  --json               Print the report as JSON on standard output (the result needs -o, or is included).
  --lang TAG           Language of the report: en (default) or cy.
  -h, --help           Show this help.

Exit codes: 0 done (warnings may be listed), 1 the input is not valid, 2 the command is wrong.

Examples
  career-frameworks validate my-framework.json
  career-frameworks import --from ddat skills.csv roles.csv -o ddat.json
  career-frameworks import --from csv --id hr --title "HR skills" hr-skills.csv -o hr.json
  career-frameworks export --to csv hr.json -o hr.csv
`;

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  id: { type: 'string' },
  title: { type: 'string' },
  version: { type: 'string' },
  language: { type: 'string' },
  levels: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'en' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

class UsageError extends Error {}

interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The report as `--json` prints it: stable keys for scripts. */
function jsonReport(command: string, result: ImportResult, locale: string, extra: Record<string, unknown> = {}) {
  const issue = (item: ImportIssue) => ({
    severity: item.severity,
    key: item.key,
    message: formatImportIssue(item, locale),
    location: formatLocation(item.at, locale),
    at: item.at,
    ...(item.params ? { params: item.params } : {}),
  });
  const errors = result.issues.filter((item) => item.severity === 'error').length;
  return { command, ok: result.ok, errors, warnings: result.issues.length - errors, issues: result.issues.map(issue), ...extra };
}

function readInput(path: string, streams: Streams, quiet: boolean): ImportFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new UsageError(`Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
  if (!quiet && text.length > PROGRESS_BYTES) streams.err(`Reading ${basename(path)} (${(text.length / 1048576).toFixed(1)} MB)…\n`);
  return { text, name: basename(path) };
}

function write(output: string | undefined, text: string, streams: Streams): void {
  if (output === undefined) streams.out(text);
  else writeFileSync(output, text);
}

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
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? streams.err : streams.out)(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  const locale = values.lang;
  const quiet = values.json;
  try {
    if (command === 'validate' || command === 'import') {
      const format = command === 'validate' ? 'json' : values.from;
      if (format === undefined) throw new UsageError('import needs --from FORMAT.');
      if (!isImportFormat(format)) throw new UsageError(`Unknown import format "${format}". Use one of: ${IMPORT_FORMATS.join(', ')}.`);
      if (files.length === 0) throw new UsageError(`${command} needs a FILE.`);
      if (values.levels !== undefined && values.levels !== 'highest-first' && values.levels !== 'lowest-first') {
        throw new UsageError('--levels must be highest-first or lowest-first.');
      }
      const options: ImportOptions = {
        ...(values.id === undefined ? {} : { id: values.id }),
        ...(values.title === undefined ? {} : { title: values.title }),
        ...(values.version === undefined ? {} : { version: values.version }),
        ...(values.language === undefined ? {} : { language: values.language }),
        ...(values.levels === undefined ? {} : { levelsListed: values.levels as 'highest-first' | 'lowest-first' }),
      };
      const started = performance.now();
      const result = importFramework(format, files.map((file) => readInput(file, streams, quiet)), options);
      const name = files.map((file) => basename(file)).join(', ');
      const output = result.ok && command === 'import' ? exportFrameworkJson(result.framework) : undefined;
      // With --json and no -o, the framework goes inside the JSON report instead.
      if (output !== undefined && (values.output !== undefined || !values.json)) write(values.output, output, streams);
      if (values.json) {
        const framework = output !== undefined && values.output === undefined ? { framework: JSON.parse(output) as unknown } : {};
        streams.out(`${JSON.stringify(jsonReport(command, result, locale, { format, ...framework }), null, 2)}\n`);
      } else {
        streams.err(formatImportReport(result.issues, { name, locale, verb: command }));
        if (result.ok && command === 'import') {
          const { skills, roles } = result.framework;
          streams.err(`${skills.length} skills, ${roles.length} roles in ${Math.round(performance.now() - started)} ms${values.output ? ` → ${values.output}` : ''}\n`);
        }
      }
      return result.ok ? 0 : 1;
    }
    if (command === 'export') {
      const format = values.to;
      if (format === undefined || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`export needs --to ${EXPORT_FORMATS.join('|')}.`);
      }
      if (files.length !== 1) throw new UsageError('export needs exactly one framework FILE.');
      const result = importFramework('json', [readInput(files[0]!, streams, quiet)]);
      if (!result.ok) {
        if (values.json) streams.out(`${JSON.stringify(jsonReport(command, result, locale), null, 2)}\n`);
        else streams.err(formatImportReport(result.issues, { name: basename(files[0]!), locale, verb: 'validate' }));
        return 1;
      }
      const language = values.language === undefined ? {} : { language: values.language };
      const text =
        format === 'csv' ? exportFrameworkCsv(result.framework, language)
        : format === 'case' ? `${JSON.stringify(exportCase(result.framework), null, 2)}\n`
        : exportFrameworkJson(result.framework);
      write(values.output, text, streams);
      return 0;
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (cause) {
    if (!(cause instanceof UsageError)) throw cause;
    streams.err(`${cause.message}\nRun "career-frameworks --help" for the commands and options.\n`);
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
