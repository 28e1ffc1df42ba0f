import { define } from '../../shared/define.js';
import { CfSelfAssessment } from './self-assessment.js';

define('cf-self-assessment', CfSelfAssessment);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
