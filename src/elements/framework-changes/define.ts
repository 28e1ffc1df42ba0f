import { define } from '../../shared/define.js';
import { CfFrameworkChanges } from './framework-changes.js';

define('cf-framework-changes', CfFrameworkChanges);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
