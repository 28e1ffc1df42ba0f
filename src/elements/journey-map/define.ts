import { define } from '../../shared/define.js';
import { CfJourneyMap } from './journey-map.js';

define('cf-journey-map', CfJourneyMap);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
