// The descriptors of each skill are shown by the ladder: register it with the form.
import '../level-ladder/define.js';
import { define } from '../../shared/define.js';
import { CfSelfAssessment } from './self-assessment.js';

define('cf-self-assessment', CfSelfAssessment);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
