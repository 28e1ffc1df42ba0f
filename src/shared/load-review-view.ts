import type * as ReviewView from './review-view.js';

/**
 * Loads the view of ratings to review on first use: only a form that has one needs it. The all-in-one
 * CDN build replaces this module with a static import (see scripts/cdn-importer.mjs).
 */
export const loadReviewView = async (): Promise<typeof ReviewView> => import('./review-view.js');
