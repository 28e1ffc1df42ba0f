import type { Assessment } from '../core/schema/assessment.js';

/**
 * Fired by `<cf-self-assessment>` before it restores a saved draft. Call `preventDefault()` to keep
 * the answers the form has instead (the draft is then replaced at the next save).
 */
export class DraftRestoreEvent extends Event {
  static readonly eventName = 'cf-draft-restore';
  /** The saved answers, already rebased onto the framework in use. */
  readonly assessment: Assessment;
  /** When the draft was saved (ISO 8601). */
  readonly savedAt: string;

  constructor(assessment: Assessment, savedAt: string) {
    super(DraftRestoreEvent.eventName, { bubbles: true, cancelable: true });
    this.assessment = assessment;
    this.savedAt = savedAt;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-draft-restore': DraftRestoreEvent;
  }
}
