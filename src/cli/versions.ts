/** `diff` and `migrate`: what changed between two versions of a framework, and carrying people's files across. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importFramework } from '../core/io/index.js';
import type { ImportIssue } from '../core/io/report.js';
import type { Issue } from '../core/issues.js';
import { parseAssessment } from '../core/parse.js';
import { parsePlan } from '../core/parse-plan.js';
import { indexFramework } from '../core/framework-index.js';
import type { Framework } from '../core/schema/framework.js';
import { pickLanguage } from '../core/schema/text.js';
import { diffFrameworks, type FrameworkDiff, type VersionMapping } from '../core/versions/diff.js';
import { migrateAssessment, migratePlan, type AssessmentImpact, type PlanImpact } from '../core/versions/migrate.js';
import { countFindings, describeDiff, diffCsv, diffReport } from '../i18n/diff-text.js';
import { formatImportReport } from '../i18n/import-report.js';
import { formatMessage } from '../i18n/catalogue.js';
import { supportedLanguage } from '../i18n/translate.js';
import type { MessageParams } from '../i18n/types.js';
import { migrateCy, migrateEn, type MigrateMessageKey } from './messages.js';
import { CommandError, printJson, readInput, write, type Context } from './shared.js';

function t(locale: string, key: MigrateMessageKey, params?: MessageParams): string {
  const language = supportedLanguage(locale);
  return formatMessage((language === 'cy' ? migrateCy : migrateEn)[key], language, params);
}

/** `--map OLD=NEW[,NEW…]`, given once per mapping. */
function mappingFrom(values: readonly string[] | undefined, option: string): Record<string, string[]> | undefined {
  if (!values || values.length === 0) return undefined;
  const mapping: Record<string, string[]> = {};
  for (const value of values) {
    const [from, to, extra] = value.split('=');
    if (!from || !to || extra !== undefined) throw new CommandError(`${option} takes OLD=NEW (or OLD=NEW,NEW for a split): “${value}”.`);
    mapping[from.trim()] = [
      ...(mapping[from.trim()] ?? []),
      ...to
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ];
  }
  return mapping;
}

function versionMapping({ values }: Context): VersionMapping | undefined {
  const skills = mappingFrom(values.map, '--map');
  const levels = mappingFrom(values['map-level'], '--map-level');
  return skills || levels ? { ...(skills ? { skills } : {}), ...(levels ? { levels } : {}) } : undefined;
}

/** Both framework files, validated as `validate` does; undefined (with the report printed) when either is not valid. */
function loadFrameworks(files: readonly string[], context: Context, command: string): Framework[] | undefined {
  const results = files.map((file) => importFramework('json', [readInput(file, context)]));
  if (results.every((result) => result.ok)) return results.map((result) => (result.ok ? result.framework : undefined!));
  const { streams, values, locale } = context;
  if (values.json) {
    const issues = results.flatMap((result) => result.issues);
    printJson(streams, { command, ok: false, errors: issues.filter((issue) => issue.severity === 'error').length, issues });
  } else {
    results.forEach((result, index) => {
      if (!result.ok) streams.err(formatImportReport(result.issues, { name: basename(files[index]!), locale, verb: 'validate' }));
    });
  }
  return undefined;
}

/** `diff OLD NEW [--csv | --json] [-o FILE]`: what changed, in words, as JSON, or as CSV for HR. */
export function diffCommand(files: readonly string[], context: Context): number {
  const { values, streams, locale } = context;
  if (files.length !== 2) throw new CommandError('diff needs two framework files: the earlier version, then the new one.');
  if (values.csv && values.json) throw new CommandError('diff prints CSV or JSON, not both: give --csv or --json.');
  const mapping = versionMapping(context);
  const frameworks = loadFrameworks(files, context, 'diff');
  if (!frameworks) return 1;
  const [old, next] = frameworks as [Framework, Framework];
  const diff = diffFrameworks(old, next, mapping ? { mapping } : {});
  const sections = describeDiff(diff, old, next, { locale, ids: true });
  if (values.csv) write(values.output, diffCsv(sections), streams);
  else if (values.json) {
    const report = { command: 'diff', ok: true, from: diff.from, to: diff.to, changes: countFindings(sections), findings: sections, diff };
    write(values.output, `${JSON.stringify(report, null, 2)}\n`, streams);
  } else write(values.output, diffReport(diff, sections, locale), streams);
  return 0;
}

/** One file's contents as people's records: one, a list, or a map of names to records, kept in that shape. */
type Records =
  { shape: 'one'; items: [unknown] } | { shape: 'list'; items: unknown[] } | { shape: 'map'; keys: string[]; items: unknown[] };

const isRecord = (value: unknown) => typeof value === 'object' && value !== null && ('ratings' in value || 'actions' in value);

function recordsOf(value: unknown): Records | undefined {
  if (Array.isArray(value)) return value.every(isRecord) ? { shape: 'list', items: value } : undefined;
  if (isRecord(value)) return { shape: 'one', items: [value] };
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, item]) => isRecord(item))
    ? { shape: 'map', keys: entries.map(([key]) => key), items: entries.map(([, item]) => item) }
    : undefined;
}

function reshape(records: Records, items: readonly unknown[]): unknown {
  if (records.shape === 'one') return items[0];
  if (records.shape === 'list') return items;
  return Object.fromEntries(records.keys.map((key, position) => [key, items[position]]));
}

interface FileOutcome {
  readonly file: string;
  readonly output?: string;
  readonly ok: boolean;
  readonly assessments: AssessmentImpact[];
  readonly plans: PlanImpact[];
  readonly issues: ImportIssue[];
}

const located = (file: string, issues: readonly Issue[], at: readonly (string | number)[] = []): ImportIssue[] =>
  issues.map((issue) => ({
    key: issue.key,
    severity: issue.severity,
    at: { file, path: [...at, ...issue.path] },
    ...(issue.params ? { params: issue.params } : {}),
  }));

/** Reads, migrates and writes one file; a file with any record that cannot be read is left unwritten. */
function migrateFile(
  path: string,
  old: Framework,
  next: Framework,
  mapping: VersionMapping | undefined,
  directory: string,
  context: Context,
): FileOutcome {
  const file = basename(path);
  const outcome = { file, assessments: [] as AssessmentImpact[], plans: [] as PlanImpact[] };
  const text = readInput(path, context).text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return {
      ...outcome,
      ok: false,
      issues: [{ key: 'input.json', severity: 'error', at: { file }, params: { detail: (cause as Error).message } }],
    };
  }
  const records = recordsOf(value);
  if (!records) return { ...outcome, ok: false, issues: [{ key: 'migrate.notRecord', severity: 'error', at: { file } }] };
  const options = mapping ? { mapping } : {};
  const issues: ImportIssue[] = [];
  const migrated = records.items.map((item, position) => {
    const at = records.shape === 'one' ? [] : [records.shape === 'map' ? records.keys[position]! : position];
    if (typeof item === 'object' && item !== null && 'actions' in item) {
      const parsed = parsePlan(item);
      if (!parsed.ok) return void issues.push(...located(file, parsed.issues, at));
      const { plan, impact } = migratePlan(parsed.value, old, next, options);
      outcome.plans.push(impact);
      return plan;
    }
    const parsed = parseAssessment(item);
    if (!parsed.ok) return void issues.push(...located(file, parsed.issues, at));
    const { assessment, impact } = migrateAssessment(parsed.value, old, next, options);
    outcome.assessments.push(impact);
    return assessment;
  });
  const impacts = [...outcome.assessments, ...outcome.plans];
  if (issues.some((issue) => issue.severity === 'error') || impacts.some((impact) => impact.status === 'mismatch')) {
    return { ...outcome, ok: false, issues };
  }
  const output = join(directory, file);
  try {
    writeFileSync(output, `${JSON.stringify(reshape(records, migrated), null, 2)}\n`);
  } catch (cause) {
    throw new CommandError(`Cannot write ${output}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
  return { ...outcome, ok: true, output, issues };
}

/** Per skill, how many assessments have its rating to review, most first. */
function reviewsPerSkill(outcomes: readonly FileOutcome[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const impact of outcomes.flatMap((outcome) => outcome.assessments)) {
    for (const { skill } of impact.review) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function summary(outcomes: readonly FileOutcome[], diff: FrameworkDiff, old: Framework, next: Framework, locale: string): string[] {
  const to = `${diff.to.id} ${diff.to.version}`;
  const assessments = outcomes.flatMap((outcome) => outcome.assessments).filter((impact) => impact.status === 'migrated');
  const plans = outcomes.flatMap((outcome) => outcome.plans).filter((impact) => impact.status === 'migrated');
  const lines = ['', t(locale, 'migrate.assessments', { count: assessments.length, to })];
  if (plans.length > 0) lines.push(t(locale, 'migrate.plans', { count: plans.length, to }));
  const toReview = assessments.filter((impact) => impact.review.length > 0).length;
  const skills = indexFramework(next).skills;
  const nameOf = (id: string) => {
    const name = skills.get(id)?.name;
    const text = name === undefined ? id : pickLanguage(name, locale);
    return text === id ? id : `${text} (${id})`;
  };
  if (toReview === 0) lines.push(t(locale, 'migrate.noReview'));
  else {
    lines.push(t(locale, 'migrate.toReview', { count: toReview }));
    for (const [skill, count] of reviewsPerSkill(outcomes))
      lines.push(`  ${t(locale, 'migrate.perSkill', { skill: nameOf(skill), count })}`);
  }
  const apart = [...assessments, ...plans].filter((impact) => impact.keptApart.length > 0).length;
  if (apart > 0) lines.push(t(locale, 'migrate.keptApart', { count: apart }));
  const rose = describeDiff(
    {
      ...diff,
      roles: { ...diff.roles, requirements: diff.roles.requirements.filter(({ change }) => change === 'raised' || change === 'added') },
    },
    old,
    next,
    {
      locale,
      ids: true,
    },
  ).find((section) => section.id === 'requirements');
  if (!rose) lines.push(t(locale, 'migrate.rolesSame'));
  else lines.push(t(locale, 'migrate.rolesRose'), ...rose.items.map((item) => `  - ${item.text}`));
  return lines;
}

/** `migrate --from OLD --to NEW FILE... -o DIR`: each file carried across and written to DIR, with what that did. */
export function migrateCommand(files: readonly string[], context: Context): number {
  const { values, streams, locale } = context;
  if (values.from === undefined || values.to === undefined) throw new CommandError('migrate needs --from OLD.json and --to NEW.json.');
  if (files.length === 0) throw new CommandError('migrate needs the assessment or plan FILEs to carry across.');
  if (values.output === undefined) throw new CommandError('migrate needs -o DIR, the folder to write the migrated files to.');
  const names = files.map((file) => basename(file));
  const repeated = names.find((name, position) => names.indexOf(name) !== position);
  if (repeated) throw new CommandError(`Two inputs are named ${repeated}: their outputs would overwrite each other.`);
  const mapping = versionMapping(context);
  const frameworks = loadFrameworks([values.from, values.to], context, 'migrate');
  if (!frameworks) return 1;
  const [old, next] = frameworks as [Framework, Framework];
  try {
    mkdirSync(values.output, { recursive: true });
  } catch (cause) {
    throw new CommandError(`Cannot write ${values.output}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
  const outcomes = files.map((file) => migrateFile(file, old, next, mapping, values.output!, context));
  const diff = diffFrameworks(old, next, mapping ? { mapping } : {});
  const ok = outcomes.every((outcome) => outcome.ok);
  if (values.json) {
    printJson(streams, {
      command: 'migrate',
      ok,
      from: diff.from,
      to: diff.to,
      files: outcomes,
      reviewPerSkill: Object.fromEntries(reviewsPerSkill(outcomes)),
      rolesRaised: diff.roles.requirements.filter(({ change }) => change === 'raised' || change === 'added'),
    });
    return ok ? 0 : 1;
  }
  const versions = { from: `${diff.from.id} ${diff.from.version}`, to: `${diff.to.id} ${diff.to.version}` };
  for (const outcome of outcomes) {
    const impacts = [...outcome.assessments, ...outcome.plans];
    const mismatch = impacts.find((impact) => impact.status === 'mismatch');
    if (mismatch)
      streams.err(
        `${t(locale, 'migrate.mismatch', { file: outcome.file, found: `${mismatch.from.id} ${mismatch.from.version}`, ...versions })}\n`,
      );
    else if (!outcome.ok) streams.err(formatImportReport(outcome.issues, { name: outcome.file, locale, verb: 'validate' }));
    else {
      const copied = impacts.every((impact) => impact.status === 'current');
      streams.err(
        `${t(locale, copied ? 'migrate.copied' : 'migrate.migrated', { file: outcome.file, output: outcome.output!, ...versions })}\n`,
      );
    }
  }
  streams.err(`${summary(outcomes, diff, old, next, locale).join('\n')}\n`);
  return ok ? 0 : 1;
}
