// The descriptors of each skill are shown by the ladder: register it with the form.
import '../level-ladder/define.js';
import { define } from '../../shared/define.js';
import { CfSelfAssessment } from './self-assessment.js';

define('cf-self-assessment', CfSelfAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'cf-self-assessment': CfSelfAssessment;
  }
}
