import type * as Importer from './framework-import.js';

/**
 * Loads the importer for `<cf-framework format>`. The CDN builds replace this module (see
 * scripts/cdn-importer.mjs) so that it loads the self-contained importer file beside the bundle.
 */
export const loadImporter = (): Promise<typeof Importer> => import('./framework-import.js');
