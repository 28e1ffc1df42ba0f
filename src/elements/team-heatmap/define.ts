import { define } from '../../shared/define.js';
import { CfTeamHeatmap } from './team-heatmap.js';

define('cf-team-heatmap', CfTeamHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'cf-team-heatmap': CfTeamHeatmap;
  }
}
