import type { Issue } from '../core/issues.js';
import type { ImportIssue, RowCount } from '../core/io/report.js';
import type { Framework } from '../core/schema/framework.js';

/**
 * Fired by `<cf-framework>` when a framework has loaded and is valid. A framework with warnings is
 * valid: they come with the event, and the page shows the framework, not a summary of them.
 */
export class FrameworkLoadEvent extends Event {
  static readonly eventName = 'cf-framework-load';
  readonly framework: Framework;
  /** What validation noted without refusing the file (warnings), each with its path. */
  readonly issues: readonly Issue[];
  /** For a file imported from another format (`format`): its report, each warning located by row, column or line. */
  readonly importIssues: readonly ImportIssue[];
  /** For an imported file: per input, how many rows were read, placed, kept in part and left out. */
  readonly rows: readonly RowCount[];

  constructor(
    framework: Framework,
    issues: readonly Issue[] = [],
    importIssues: readonly ImportIssue[] = [],
    rows: readonly RowCount[] = [],
  ) {
    super(FrameworkLoadEvent.eventName, { bubbles: true });
    this.framework = framework;
    this.issues = issues;
    this.importIssues = importIssues;
    this.rows = rows;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-framework-load': FrameworkLoadEvent;
  }
}
