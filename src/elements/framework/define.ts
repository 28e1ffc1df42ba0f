import { define } from '../../shared/define.js';
import { CfFramework } from './framework.js';

define('cf-framework', CfFramework);

declare global {
  interface HTMLElementTagNameMap {
    'cf-framework': CfFramework;
  }
}
