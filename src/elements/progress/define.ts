import { define } from '../../shared/define.js';
import { CfProgress } from './progress.js';

define('cf-progress', CfProgress);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
