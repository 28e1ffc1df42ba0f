// A Vite plugin for the CDN builds: <cf-framework format> loads the importer from its own
// self-contained file beside the bundle (built by vite.cdn-importer.config.ts), so the bundles stay
// one file each and carry none of the parsers. `path` is that file relative to the output chunk.
export function importerFromFile(path) {
  return {
    name: 'cdn-importer',
    load(id) {
      if (!id.endsWith('/src/elements/framework/load-importer.ts')) return null;
      return `export const loadImporter = () => import(/* @vite-ignore */ new URL(${JSON.stringify(path)}, import.meta.url).href);`;
    },
  };
}

/** The importer's file name in dist/cdn. */
export const IMPORTER_FILE = 'career-framework-importer.js';

/**
 * A Vite plugin for the all-in-one CDN build: the draft storage, which the per-element build loads when
 * a draft is first read (src/shared/load-draft-storage.ts), is imported statically, so the file stays one.
 */
export function staticDraftStorage() {
  return {
    name: 'static-draft-storage',
    load(id) {
      if (!id.endsWith('/src/shared/load-draft-storage.ts')) return null;
      return `import { draftStorage } from './draft-storage.ts';\nexport const loadDraftStorage = async () => draftStorage;`;
    },
  };
}
