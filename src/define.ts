/** Registers every element. */
import './elements/framework/define.js';
import './elements/level-ladder/define.js';

export * from './index.js';
