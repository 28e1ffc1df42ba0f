import type * as Migrations from '../core/versions/migrate.js';

/**
 * Loads the migrations between framework versions on first use: only an element given answers or a
 * plan made against an earlier version needs them. The all-in-one CDN build replaces this module with a
 * static import (see scripts/cdn-importer.mjs): one file has nothing to load later.
 */
export const loadMigration = async (): Promise<typeof Migrations> => import('../core/versions/migrate.js');
