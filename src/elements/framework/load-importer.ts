import type * as Importer from './framework-import.js';

let registered: typeof Importer | undefined;

/**
 * Called by the `career-framework-elements/importer` entry (src/importer.ts): a page opts into importing
 * frameworks, so a bundler that does not split code never puts the parsers in other pages' bundles.
 * `undefined` takes it back (for tests).
 */
export function registerImporter(importer: typeof Importer | undefined): void {
  registered = importer;
}

/**
 * The importer for `<cf-framework format>`, or undefined when the page did not register it. The CDN builds
 * replace this module (scripts/cdn-importer.mjs) so that it loads the self-contained importer file beside
 * the bundle.
 */
export const loadImporter = async (): Promise<typeof Importer | undefined> => registered;
