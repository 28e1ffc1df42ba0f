// A host that registers the elements with the CDN script and takes only types from the package.
import type {} from 'career-framework-elements/tags';
import type { CfGapChart, CfTeamHeatmap } from 'career-framework-elements';

const chart: CfGapChart = document.createElement('cf-gap-chart');
chart.roleId = 'analyst';
const heatmap: CfTeamHeatmap | null = document.querySelector('cf-team-heatmap');
heatmap?.addEventListener('cf-view-change', (event) => console.log(event.property, event.value));

// @ts-expect-error: a gap chart is not a heatmap
const wrong: CfTeamHeatmap = document.createElement('cf-gap-chart');
// @ts-expect-error: no such property on the element class
document.createElement('cf-level-ladder').roleId = 'analyst';

export { chart, wrong };
