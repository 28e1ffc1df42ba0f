/**
 * The package root, with no side effects (import `career-framework-elements/define` to register the elements):
 * the elements, their events, the data model's types, parsing and the analyses the elements draw.
 * Everything else of the data core is on `./core` (schemas, storage, framework queries), the importers on
 * `./io` and the messages on `./i18n`. tests/core/root-exports.test.ts pins this list.
 */

// The elements, and what a host needs to type their properties and write elements of its own beside them.
export { CfFramework } from './elements/framework/framework.js';
export { CfLevelLadder } from './elements/level-ladder/level-ladder.js';
export { CfSelfAssessment } from './elements/self-assessment/self-assessment.js';
export { CfGapChart, type GapSeriesInput } from './elements/gap-chart/gap-chart.js';
export { CfRoleProfile } from './elements/role-profile/role-profile.js';
export { CfJourneyMap } from './elements/journey-map/journey-map.js';
export { CfTeamHeatmap } from './elements/team-heatmap/team-heatmap.js';
export { CfDevelopmentPlan } from './elements/development-plan/development-plan.js';
export { CfCalibration, type AgreementPerson } from './elements/calibration/calibration.js';
export { CfProgress } from './elements/progress/progress.js';
export { CfFrameworkChanges } from './elements/framework-changes/framework-changes.js';
export { frameworkContext, type FrameworkState } from './context/framework-context.js';
export type { MessageKey, MessageOverrides } from './i18n/catalogue.js';

// Events.
export { FrameworkLoadEvent } from './events/framework-load-event.js';
export { FrameworkErrorEvent } from './events/framework-error-event.js';
export { DraftRestoreEvent } from './events/draft-restore-event.js';
export { clearSavedAnswers } from './shared/saved-answers.js';
export { RoleSelectEvent } from './events/role-select-event.js';
export { ViewChangeEvent } from './events/view-change-event.js';

// The data model.
export type {
  Category,
  Family,
  Framework,
  FrameworkInput,
  Importance,
  LearningResource,
  Level,
  Pathway,
  PathwayKind,
  Requirement,
  Role,
  RoleLevel,
  Skill,
  SkillLevelEntry,
} from './core/schema/framework.js';
export type { Agreement, Assessment, AssessmentInput, Rater, Rating, RatingReview, ReviewReason } from './core/schema/assessment.js';
export type { ActionKind, DevelopmentPlan, DevelopmentPlanInput, PlanAction } from './core/schema/plan.js';
export type { Block, Inline, Line, Localised, Rich, RichText, Text } from './core/schema/text.js';

// Parsing: a value or a list of issues, never a throw.
export { parseFramework, parseAssessment } from './core/parse.js';
export {
  parseAssessments,
  parseOneAssessment,
  type AssessmentsRead,
  type NamedAssessment,
  type ReadAssessment,
} from './core/parse-assessments.js';
export { AssessmentReader } from './core/assessment-reader.js';
export { parsePlan } from './core/parse-plan.js';
export type { Issue, IssueKey, IssueParams, IssuePath, ParseResult } from './core/issues.js';
export type { ImportIssue, RowCount } from './core/io/report.js';

// Analysis.
export { gapAnalysis, type GapAnalysis, type GapStatus, type GapSummary, type SkillGap } from './core/analysis/gap.js';
export { compareRoles, type RequirementChange, type RoleChange, type RoleComparison } from './core/analysis/role-diff.js';
export {
  findRoutes,
  journeyGraph,
  type JourneyGraph,
  type JourneyOptions,
  type Move,
  type MoveSource,
  type NoRoute,
  type Route,
  type RouteOptions,
  type RouteResult,
  type RouteStep,
  type SkillStep,
} from './core/analysis/journey.js';
export { planSteps, type PlanStep } from './core/analysis/plan.js';
export { diffFrameworks, type DiffOptions, type FrameworkDiff, type VersionMapping } from './core/versions/diff.js';
export {
  migrateAssessment,
  migratePlan,
  type AssessmentImpact,
  type AssessmentMigration,
  type PlanImpact,
  type PlanMigration,
} from './core/versions/migrate.js';
export {
  aggregateTeam,
  teamMatrix,
  type TeamAggregate,
  type TeamAnswer,
  type TeamCell,
  type TeamOptions,
  type TeamSkill,
} from './core/analysis/team.js';
export type { ResolvedRole } from './core/framework-index.js';
