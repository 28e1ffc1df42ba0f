/**
 * The elements that keep drafts, each under its own prefix: a draft's key is `<prefix>:<autosave-key>`.
 * Apart from the drafts' code, which a page loads only when it first keeps one.
 */
export const DRAFT_PREFIXES = {
  assessment: 'cf-self-assessment',
  plan: 'cf-development-plan',
  agreement: 'cf-calibration',
} as const;
