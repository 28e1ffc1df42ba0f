/** Importers and exporters: frameworks from the formats they really come in, and back out. DOM-free. */
import { MAX_INPUT_CHARS } from '../input.js';
import { parseFramework } from '../parse.js';
import { importCase } from './case.js';
import { importDdat } from './ddat.js';
import { importDirect } from './direct.js';
import { importDocument, type DocumentImportOptions } from './document-text.js';
import { finishImport, ImportLog, strictly, withinLimit, type ImportResult } from './report.js';
import { importSpreadsheet } from './spreadsheet.js';

export * from './report.js';
export { importDdat, type DdatFiles, type DdatImportOptions } from './ddat.js';
export { importSpreadsheet, type SpreadsheetImportOptions } from './spreadsheet.js';
export { importDocument, type DocumentImportOptions } from './document-text.js';
export { importDirect } from './direct.js';
export { importCase, exportCase } from './case.js';
export { exportFrameworkJson, exportFrameworkCsv, type CsvExportOptions } from './export-framework.js';
export { exportAssessmentsJson, exportAssessmentsCsv, type AssessmentCsvOptions } from './export-assessments.js';
export { formatCsv, neutraliseCell } from './csv.js';
export { richFromHtml, newCleaning, type HtmlCleaning } from './rich-from-html.js';

/** The formats `importFramework` reads, by the name the command line and `<cf-framework format>` use. */
export const IMPORT_FORMATS = ['json', 'ddat', 'csv', 'document', 'direct', 'case'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const isImportFormat = (value: string): value is ImportFormat => (IMPORT_FORMATS as readonly string[]).includes(value);

/** One input file: its text, and the name its issues are located by. */
export interface ImportFile {
  readonly text: string;
  readonly name?: string;
}

/** Options every format understands; each ignores what does not apply to it. */
export interface ImportOptions extends DocumentImportOptions {
  /** For authors who want a clean file: every warning becomes an error, and nothing is imported then. */
  readonly strict?: boolean;
}
export type { FrameworkMetadata } from './metadata.js';

/**
 * The DDaT roles CSV is the one whose header names a role column (`Role`, `Role Level`, `Role Family`):
 * the skills CSV has none (its `Roles that require Skill` is not one), whichever columns are missing.
 */
const isDdatRoles = (text: string) =>
  text
    .slice(0, 4096)
    .split(/\r\n?|\n/)
    .some((line) => line.split(/[,;\t]/).some((cell) => /^role(?: name| level| family)?$/i.test(cell.replace(/["\s]+/g, ' ').trim())));

/**
 * Every file given, as one framework of a format; never throws. A problem in a row costs that row
 * (or the part of it that cannot be placed), never the file: the import fails only when no framework
 * can be made (not the format, no skills, no scale), or, with `strict`, on any warning.
 */
export function importFramework(format: ImportFormat, files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  let result: ImportResult;
  try {
    result = importAny(format, files, options);
  } catch (cause) {
    // The importers are written not to throw (the fuzz tests hold them to it); this keeps the promise if one does.
    const log = new ImportLog();
    log.error('import.internal', {}, { detail: cause instanceof Error ? cause.message.slice(0, 200) : String(cause).slice(0, 200) });
    result = finishImport(undefined, log);
  }
  return options.strict ? strictly(result) : result;
}

function importAny(format: ImportFormat, files: readonly ImportFile[], options: ImportOptions): ImportResult {
  const [first] = files;
  if (!first) {
    const log = new ImportLog();
    log.error('import.empty', {});
    return finishImport(undefined, log);
  }
  const tooMany = tooManyFiles(format, files);
  if (tooMany) return tooMany;
  switch (format) {
    case 'json':
      return importJson(first);
    case 'ddat': {
      const roles = files.find((file) => isDdatRoles(file.text));
      const skills = files.find((file) => file !== roles);
      const part = (file: ImportFile | undefined) => file && { text: file.text, ...(file.name === undefined ? {} : { file: file.name }) };
      return importDdat({ ...(skills ? { skills: part(skills)! } : {}), ...(roles ? { roles: part(roles)! } : {}) }, options);
    }
    case 'csv':
      return importSpreadsheet(first.text, options, first.name);
    case 'document':
      return importDocument(first.text, options, first.name);
    case 'direct':
      return importDirect(Object.fromEntries(files.map((file, index) => [file.name ?? `file-${index + 1}.json`, file.text])));
    case 'case':
      return importCase(first.text, first.name);
  }
}

/** The formats read from one file; `ddat` takes at most its two CSVs, and `direct` its set of files. */
function tooManyFiles(format: ImportFormat, files: readonly ImportFile[]): ImportResult | undefined {
  const roles = files.filter((file) => isDdatRoles(file.text)).length;
  const fits = format === 'direct' || (format === 'ddat' ? roles <= 1 && files.length - roles <= 1 : files.length === 1);
  if (fits) return undefined;
  const log = new ImportLog();
  log.error(format === 'ddat' ? 'import.ddatFiles' : 'import.oneFile', {}, { format, count: files.length });
  return finishImport(undefined, log);
}

/** A framework file of our own format, with its issues in import terms. */
function importJson(file: ImportFile): ImportResult {
  const log = new ImportLog();
  if (!withinLimit(file.text, log, file.name, MAX_INPUT_CHARS)) return finishImport(undefined, log);
  const parsed = parseFramework(file.text);
  log.addIssues(parsed.issues, file.name);
  // A framework file is checked whole, as `validate` does: it has no rows to count.
  return parsed.ok ? { ok: true, framework: parsed.value, issues: log.issues, rows: [] } : { ok: false, issues: log.issues, rows: [] };
}
