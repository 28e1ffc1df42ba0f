import type { Catalogue } from './catalogue.js';
import { assessCy } from './messages/assess.js';
import { calibrationCy } from './messages/calibration.js';
import { changesCy } from './messages/changes.js';
import { commonCy } from './messages/common.js';
import { gapCy } from './messages/gap.js';
import { issueCy } from './messages/issues.js';
import { journeyCy } from './messages/journey.js';
import { ladderCy } from './messages/ladder.js';
import { progressCy } from './messages/progress.js';
import { reviewCy } from './messages/review.js';
import { planCy } from './messages/plan.js';
import { roleCy } from './messages/role.js';
import { teamCy } from './messages/team.js';

/**
 * Welsh messages, all of them. Plural messages give each Welsh form (zero, one, two, few, many, other)
 * where the wording changes; a noun after a numeral keeps one form in Welsh, and then `other` covers them all.
 */
export const cy: Catalogue = {
  ...commonCy,
  ...issueCy,
  ...ladderCy,
  ...assessCy,
  ...gapCy,
  ...roleCy,
  ...journeyCy,
  ...teamCy,
  ...planCy,
  ...calibrationCy,
  ...progressCy,
  ...changesCy,
  ...reviewCy,
};
