import type { Issue } from '../core/issues.js';

/** Fired by `<cf-framework>` when a framework cannot be loaded or is not valid. */
export class FrameworkErrorEvent extends Event {
  static readonly eventName = 'cf-framework-error';
  /** Every problem found, each with its path in the file and a message key. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(FrameworkErrorEvent.eventName, { bubbles: true });
    this.issues = issues;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-framework-error': FrameworkErrorEvent;
  }
}
