import type { draftStorage } from './draft-storage.js';

/**
 * Loads the draft storage on first use (why: draft-storage.ts). The all-in-one CDN build replaces this
 * module with a static import (see scripts/cdn-importer.mjs): one file has nothing to load later.
 */
export const loadDraftStorage = async (): Promise<typeof draftStorage> => (await import('./draft-storage.js')).draftStorage;
