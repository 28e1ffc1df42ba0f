import { define } from '../../shared/define.js';
import { CfGapChart } from './gap-chart.js';

define('cf-gap-chart', CfGapChart);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
