import type { issueMessages } from '../i18n/messages/issues.js';

/**
 * Loads the sentences of an error report on first use: a page shows them only when what it was given
 * cannot be read. The all-in-one CDN build replaces this module with a static import (see
 * scripts/cdn-importer.mjs).
 */
export const loadIssueMessages = async (): Promise<typeof issueMessages> => (await import('../i18n/messages/issues.js')).issueMessages;
