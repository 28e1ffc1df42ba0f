import { define } from '../../shared/define.js';
import { CfLevelLadder } from './level-ladder.js';

define('cf-level-ladder', CfLevelLadder);

declare global {
  interface HTMLElementTagNameMap {
    'cf-level-ladder': CfLevelLadder;
  }
}
