// The package root is a deliberate surface: adding or removing a name is a decision, made here and in the changelog.
// Read from the source with the TypeScript compiler, so types are pinned as well as values, and no DOM is needed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ts from 'typescript';

const bare = (name: string) => name.replace(/^type /, '');

/** Every name `src/index.ts` exports, types marked `type`, sorted. */
function rootExports(): string[] {
  const entry = 'src/index.ts';
  const options = {
    ...ts.getDefaultCompilerOptions(),
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    noLib: true,
    types: [],
    noEmit: true,
  };
  const program = ts.createProgram([entry], options);
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker
    .getExportsOfModule(module)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return target.flags & ts.SymbolFlags.Value ? symbol.name : `type ${symbol.name}`;
    })
    .sort((a, b) => (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
}

const PINNED = [
  'type ActionKind',
  'type Agreement',
  'type AgreementPerson',
  'type Assessment',
  'type AssessmentImpact',
  'type AssessmentInput',
  'type AssessmentMigration',
  'AssessmentReader',
  'type AssessmentsRead',
  'type Block',
  'type Category',
  'CfCalibration',
  'CfDevelopmentPlan',
  'CfFramework',
  'CfFrameworkChanges',
  'CfGapChart',
  'CfJourneyMap',
  'CfLevelLadder',
  'CfProgress',
  'CfRoleProfile',
  'CfSelfAssessment',
  'CfTeamHeatmap',
  'type DevelopmentPlan',
  'type DevelopmentPlanInput',
  'type DiffOptions',
  'DraftRestoreEvent',
  'type Family',
  'type Framework',
  'type FrameworkDiff',
  'FrameworkErrorEvent',
  'type FrameworkInput',
  'FrameworkLoadEvent',
  'type FrameworkState',
  'type GapAnalysis',
  'type GapSeriesInput',
  'type GapStatus',
  'type GapSummary',
  'type ImportIssue',
  'type Importance',
  'type Inline',
  'type Issue',
  'type IssueKey',
  'type IssueParams',
  'type IssuePath',
  'type JourneyGraph',
  'type JourneyOptions',
  'type LearningResource',
  'type Level',
  'type Line',
  'type Localised',
  'type MessageKey',
  'type MessageOverrides',
  'type Move',
  'type MoveSource',
  'type NamedAssessment',
  'type NoRoute',
  'type ParseResult',
  'type Pathway',
  'type PathwayKind',
  'type PlanAction',
  'type PlanImpact',
  'type PlanMigration',
  'type PlanStep',
  'type Rater',
  'type Rating',
  'type RatingReview',
  'type ReadAssessment',
  'type Requirement',
  'type RequirementChange',
  'type ResolvedRole',
  'type ReviewReason',
  'type Rich',
  'type RichText',
  'type Role',
  'type RoleChange',
  'type RoleComparison',
  'type RoleLevel',
  'RoleSelectEvent',
  'type Route',
  'type RouteOptions',
  'type RouteResult',
  'type RouteStep',
  'type RowCount',
  'type Skill',
  'type SkillGap',
  'type SkillLevelEntry',
  'type SkillStep',
  'type TeamAggregate',
  'type TeamAnswer',
  'type TeamCell',
  'type TeamOptions',
  'type TeamSkill',
  'type Text',
  'type VersionMapping',
  'ViewChangeEvent',
  'aggregateTeam',
  'clearSavedAnswers',
  'compareRoles',
  'diffFrameworks',
  'findRoutes',
  'frameworkContext',
  'gapAnalysis',
  'journeyGraph',
  'migrateAssessment',
  'migratePlan',
  'parseAssessment',
  'parseAssessments',
  'parseFramework',
  'parseOneAssessment',
  'parsePlan',
  'planSteps',
  'teamMatrix',
];

test('the package root exports exactly the pinned names', () => {
  assert.deepEqual(
    rootExports(),
    PINNED,
    'A name was added to or removed from src/index.ts: if that is meant, update PINNED and write it in CHANGELOG.md.',
  );
});
