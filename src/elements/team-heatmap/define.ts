import { define } from '../../shared/define.js';
import { CfTeamHeatmap } from './team-heatmap.js';

define('cf-team-heatmap', CfTeamHeatmap);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
