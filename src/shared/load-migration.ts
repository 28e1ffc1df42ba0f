import type { migrateAssessment } from '../core/versions/migrate.js';

/**
 * Loads the migration between framework versions on first use: only a form given answers made against
 * an earlier version needs it. The all-in-one CDN build replaces this module with a static import (see
 * scripts/cdn-importer.mjs): one file has nothing to load later.
 */
export const loadMigration = async (): Promise<typeof migrateAssessment> => (await import('../core/versions/migrate.js')).migrateAssessment;
