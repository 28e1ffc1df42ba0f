/** Registers every element. Also the entry of the CDN bundle. Classes and the core come from the package root. */
import './elements/framework/define.js';
import './elements/level-ladder/define.js';
import './elements/self-assessment/define.js';
import './elements/gap-chart/define.js';
import './elements/role-profile/define.js';
import './elements/journey-map/define.js';
import './elements/team-heatmap/define.js';
import './elements/development-plan/define.js';
import './elements/calibration/define.js';
import './elements/progress/define.js';
import './elements/framework-changes/define.js';
