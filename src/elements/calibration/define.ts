import { define } from '../../shared/define.js';
import { CfCalibration } from './calibration.js';

define('cf-calibration', CfCalibration);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
