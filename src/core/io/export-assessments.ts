import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { pickLanguage } from '../schema/text.js';
import { formatCsv } from './csv.js';

export interface AssessmentCsvOptions {
  /** Names skills and levels in the CSV as well as their ids. */
  readonly framework?: Framework;
  /** Language for those names; the framework's own when not given. */
  readonly language?: string;
}

/** One or many assessments as JSON, exactly as the Assessment schema reads them (an array for many). */
export function exportAssessmentsJson(assessments: Assessment | readonly Assessment[]): string {
  return `${JSON.stringify(assessments, null, 2)}\n`;
}

const COLUMNS = [
  'Person id',
  'Person',
  'Rater',
  'Status',
  'Framework',
  'Framework version',
  'Skill id',
  'Skill',
  'Level id',
  'Level',
  'Evidence',
  'Updated',
  'Note',
];

/**
 * Assessments as CSV, one row per person per rated skill, every cell neutralised against spreadsheet
 * formulas (evidence is whatever a person typed). Ratings for skills the framework lacks are kept, unnamed.
 */
export function exportAssessmentsCsv(assessments: readonly Assessment[], options: AssessmentCsvOptions = {}): string {
  const { framework } = options;
  const language = options.language ?? framework?.language ?? 'en';
  const skillNames = new Map(framework?.skills.map((skill) => [skill.id, pickLanguage(skill.name, language)]));
  const levelNames = new Map(framework?.scale.levels.map((level) => [level.id, pickLanguage(level.label, language)]));
  const rows = assessments.flatMap((assessment) =>
    Object.entries(assessment.ratings).map(([skill, rating]) => [
      assessment.subject?.id ?? '',
      assessment.subject?.name ?? '',
      assessment.rater,
      assessment.status,
      assessment.framework.id,
      assessment.framework.version,
      skill,
      skillNames.get(skill) ?? '',
      rating.level ?? '',
      rating.level === undefined ? '' : (levelNames.get(rating.level) ?? ''),
      rating.evidence ?? '',
      assessment.updatedAt ?? assessment.submittedAt ?? assessment.createdAt ?? '',
      rating.note ?? '',
    ]),
  );
  return `${formatCsv([COLUMNS, ...rows])}\r\n`;
}
