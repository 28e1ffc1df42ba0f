import { define } from '../../shared/define.js';
import { CfDevelopmentPlan } from './development-plan.js';

define('cf-development-plan', CfDevelopmentPlan);

declare global {
  interface HTMLElementTagNameMap {
    'cf-development-plan': CfDevelopmentPlan;
  }
}
