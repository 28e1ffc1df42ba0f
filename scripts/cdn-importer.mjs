import { fileURLToPath } from 'node:url';

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
 * Modules the per-element build loads on first use, each through a small loader, and what the loader
 * becomes in the all-in-one CDN build: a static import, so the file stays one.
 */
const LAZY_LOADERS = {
  // The draft storage, read when a form first keeps a draft.
  '/src/shared/load-draft-storage.ts': `import { draftStorage } from './draft-storage.ts';\nexport const loadDraftStorage = async () => draftStorage;`,
  // The migration between framework versions, for answers made against an earlier one.
  '/src/shared/load-migration.ts': `import * as migrations from '../core/versions/migrate.ts';\nexport const loadMigration = async () => migrations;`,
  // The sentences of an error report, shown when what an element is given cannot be read.
  '/src/shared/load-issue-messages.ts': `import { issueMessages } from '../i18n/messages/issues.ts';\nexport const loadIssueMessages = async () => issueMessages;`,
  // The view of ratings to review since the framework changed, with its messages.
  '/src/shared/load-review-view.ts': `import * as view from './review-view.ts';\nexport const loadReviewView = async () => view;`,
};

/**
 * A Vite plugin for the per-element CDN build: an element that shows another only after its first render
 * (the form and the gap chart a ladder, the journey map a role's profile) imports that element's
 * definition then, and gets the other element's page file (elements/cf-<name>.js). Imported as a module
 * inside a shared chunk, it would need the bundler's namespace helper, a chunk of its own that the other
 * element's page then loads too; an entry file is its own namespace.
 */
export function elementsFromTheirPages() {
  return {
    name: 'cdn-element-pages',
    resolveDynamicImport(specifier, importer) {
      const name = /^\.\.\/([a-z-]+)\/define\.js$/.exec(specifier)?.[1];
      if (!name || !importer?.includes('/src/elements/')) return null;
      return fileURLToPath(new URL(`../src/cdn/cf-${name}.ts`, import.meta.url));
    },
  };
}

/** An element's import of another element's definition after its first render (`elementsFromTheirPages`). */
const ELEMENT_IMPORT = /import\((['"])\.\.\/[a-z-]+\/define\.js\1\)/g;

/**
 * A Vite plugin for the all-in-one CDN build: every lazy loader (`LAZY_LOADERS`) made a static import, and an
 * element's import of another element a promise already kept, since the file defines every element. Left to
 * the bundler, such an import may split shared modules into a chunk of their own.
 */
export function staticLazyModules() {
  return {
    name: 'static-lazy-modules',
    load(id) {
      const loader = Object.keys(LAZY_LOADERS).find((path) => id.endsWith(path));
      return loader ? LAZY_LOADERS[loader] : null;
    },
    transform(code, id) {
      if (!id.includes('/src/elements/')) return null;
      const kept = code.replace(ELEMENT_IMPORT, 'Promise.resolve()');
      return kept === code ? null : kept;
    },
  };
}
