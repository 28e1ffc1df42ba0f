import './elements/framework/define.js';
import './elements/level-ladder/define.js';
