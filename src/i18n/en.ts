import { assessEn } from './messages/assess.js';
import { calibrationEn } from './messages/calibration.js';
import { changesEn } from './messages/changes.js';
import { commonEn } from './messages/common.js';
import { gapEn } from './messages/gap.js';
import { issueEn } from './messages/issues.js';
import { journeyEn } from './messages/journey.js';
import { ladderEn } from './messages/ladder.js';
import { progressEn } from './messages/progress.js';
import { reviewEn } from './messages/review.js';
import { planEn } from './messages/plan.js';
import { roleEn } from './messages/role.js';
import { teamEn } from './messages/team.js';

/**
 * English messages, all of them. Each element's page carries only the sets it uses (see messages/);
 * keys are stable API: hosts override them per instance through `messages`.
 */
export const en = {
  ...commonEn,
  ...issueEn,
  ...ladderEn,
  ...assessEn,
  ...gapEn,
  ...roleEn,
  ...journeyEn,
  ...teamEn,
  ...planEn,
  ...calibrationEn,
  ...progressEn,
  ...changesEn,
  ...reviewEn,
} as const;
