/** The data core: schemas, parsing and pure analysis. No DOM and no lit, so it runs in Node too. */
export * from './schema/ids.js';
export * from './schema/text.js';
export * from './schema/framework.js';
export * from './schema/assessment.js';
export * from './schema/plan.js';
export * from './issues.js';
export { guardInput, MAX_INPUT_CHARS, MAX_DEPTH } from './input.js';
export { parseFramework, parseFrameworkOnce, parseAssessment } from './parse.js';
export {
  parseAssessments,
  parseOneAssessment,
  type AssessmentsRead,
  type ReadAssessment,
  type NamedAssessment,
} from './parse-assessments.js';
export { AssessmentReader } from './assessment-reader.js';
export { parsePlan } from './parse-plan.js';
export { checkFrameworkReferences } from './references.js';
export * from './framework-index.js';
export * from './levels.js';
export * from './level-comparison.js';
export * from './analysis/gap.js';
export * from './analysis/compare.js';
export * from './analysis/history.js';
export * from './analysis/agreement.js';
export * from './analysis/role-diff.js';
export * from './versions/diff.js';
export * from './versions/migrate.js';
export { gradeTextChange, textSimilarity, type GradedChange, type TextChange } from './versions/text-change.js';
export * from './analysis/journey.js';
export * from './analysis/team.js';
export * from './analysis/plan.js';
export * from './ratings.js';
export * from './analysis/selection.js';
export * from './storage/stores.js';
export * from './storage/envelope.js';
export * from './storage/assessment-drafts.js';
export * from './storage/plan-drafts.js';
export * from './storage/drafts.js';
export * from './storage/draft-prefixes.js';
