import { define } from '../../shared/define.js';
import { CfDevelopmentPlan } from './development-plan.js';

define('cf-development-plan', CfDevelopmentPlan);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
