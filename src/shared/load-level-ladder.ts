/**
 * Defines `<cf-level-ladder>` on first use. The form shows one when a skill's descriptors open, the gap chart
 * when a skill is shown: neither in its first render, so their pages need not wait for it. Each element asks
 * for it once it has rendered, so it is there before a person opens one. The CDN builds replace this module
 * (scripts/cdn-importer.mjs): the all-in-one file with a static import, the per-element build with the ladder's page file.
 */
export const loadLevelLadder = (): void => {
  void import('../elements/level-ladder/define.js');
};
