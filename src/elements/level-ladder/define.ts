import { define } from '../../shared/define.js';
import { CfLevelLadder } from './level-ladder.js';

define('cf-level-ladder', CfLevelLadder);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
