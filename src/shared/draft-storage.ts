import { ASIDE_MARKER, clearDraft, forgetDrafts, loadDraft, saveDraft, setAside } from '../core/storage/drafts.js';
import { createEnvelope, saveIdOf } from '../core/storage/envelope.js';
import { draftStore } from './draft-store.js';

/**
 * What autosave needs from storage (IndexedDB through idb-keyval, the envelope, the drafts), in one module
 * that `AutosaveController` imports when it first reads or saves: a page whose elements keep no draft
 * never downloads it, and a page that does renders before it arrives.
 */
export const draftStorage = {
  ASIDE_MARKER,
  clearDraft,
  createEnvelope,
  draftStore,
  forgetDrafts,
  loadDraft,
  saveDraft,
  saveIdOf,
  setAside,
};
