/** Everything public, with no side effects: import `career-framework-elements/define` to register the elements. */
export * from './core/index.js';
export * from './i18n/index.js';
export { frameworkContext, type FrameworkState } from './context/framework-context.js';
export { FrameworkLoadEvent } from './events/framework-load-event.js';
export { FrameworkErrorEvent } from './events/framework-error-event.js';
export { CfFramework } from './elements/framework/framework.js';
export { CfLevelLadder } from './elements/level-ladder/level-ladder.js';
export { CfSelfAssessment } from './elements/self-assessment/self-assessment.js';
export { DraftRestoreEvent } from './events/draft-restore-event.js';
export { CfGapChart, type GapSeriesInput } from './elements/gap-chart/gap-chart.js';
export { CfRoleProfile } from './elements/role-profile/role-profile.js';
export { CfJourneyMap } from './elements/journey-map/journey-map.js';
export { CfTeamHeatmap } from './elements/team-heatmap/team-heatmap.js';
export * from './charts/journey-layout.js';
export { RoleSelectEvent } from './events/role-select-event.js';
export * from './charts/gap-geometry.js';
export { gapChartInput } from './charts/gap-input.js';
export { describeGap } from './charts/gap-summary.js';
