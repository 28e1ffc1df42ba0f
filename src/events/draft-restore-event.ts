import type { Assessment } from '../core/schema/assessment.js';
import type { DevelopmentPlan } from '../core/schema/plan.js';
import type { Drafted } from '../core/storage/envelope.js';

/** What an element keeps as a draft: a self-assessment's answers, a development plan. */
export type DraftValue = Assessment | DevelopmentPlan;

/**
 * Fired by an element that keeps drafts (`<cf-self-assessment>`, `<cf-development-plan>`) before it
 * restores a saved one over what it shows, including a value the host set before the draft was read.
 * Call `preventDefault()` to keep what the element has instead (the draft is then replaced at the next save).
 */
export class DraftRestoreEvent<T extends Drafted = DraftValue> extends Event {
  static readonly eventName = 'cf-draft-restore';
  /** The saved value (answers already rebased onto the framework in use). */
  readonly value: T;
  /** When the draft was saved (ISO 8601). */
  readonly savedAt: string;

  constructor(value: T, savedAt: string) {
    super(DraftRestoreEvent.eventName, { bubbles: true, cancelable: true });
    this.value = value;
    this.savedAt = savedAt;
  }

  /** The self-assessment's saved answers: the same as `value`, under the name 0.1 gave it. */
  get assessment(): Assessment {
    return this.value as unknown as Assessment;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-draft-restore': DraftRestoreEvent;
  }
}
