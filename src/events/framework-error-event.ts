import type { Issue } from '../core/issues.js';
import type { ImportIssue } from '../core/io/report.js';

/** Fired by `<cf-framework>` when a framework cannot be loaded or is not valid. */
export class FrameworkErrorEvent extends Event {
  static readonly eventName = 'cf-framework-error';
  /** Every problem found, each with its path in the file and a message key (for an import: those of the framework it made). */
  readonly issues: readonly Issue[];
  /** For a file imported from another format (`format`): every problem, located by row, column or line in that file. */
  readonly importIssues: readonly ImportIssue[];

  constructor(issues: readonly Issue[], importIssues: readonly ImportIssue[] = []) {
    super(FrameworkErrorEvent.eventName, { bubbles: true });
    this.issues = issues;
    this.importIssues = importIssues;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-framework-error': FrameworkErrorEvent;
  }
}
