import { forgetDrafts } from '../core/storage/drafts.js';
import { DraftKeeper } from './draft-keeper.js';
import { draftStore } from './draft-store.js';

/**
 * What keeping drafts needs (the keeper, IndexedDB through idb-keyval, the envelope, the drafts), in one
 * module that an element loads when it first reads a draft (`DraftSessionController`) or a page clears
 * them (`clearSavedAnswers`): a page whose elements keep no draft never downloads it, and a page that
 * does renders before it arrives.
 */
export const draftStorage = { DraftKeeper, draftStore, forgetDrafts };
