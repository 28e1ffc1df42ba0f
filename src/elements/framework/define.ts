import { define } from '../../shared/define.js';
import { CfFramework } from './framework.js';

define('cf-framework', CfFramework);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
