import type { Issue } from '../../core/issues.js';
import { parseAssessment } from '../../core/parse.js';
import type { Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';

/**
 * Validates a team's assessments a slice at a time: 500 people by 150 skills take half a second to
 * check, which in one go would hold the page. Those that fail are kept as issues, never shown.
 */
export class TeamReader {
  readonly team: Assessment[] = [];
  readonly issues: Issue[] = [];
  #next = 0;

  constructor(
    readonly given: readonly unknown[],
    readonly framework: Framework | undefined,
  ) {}

  get done(): boolean {
    return this.#next >= this.given.length;
  }

  /** Reads until every assessment is read or `budget` milliseconds have passed; true when all are read. */
  readFor(budget: number): boolean {
    const start = performance.now();
    while (!this.done && performance.now() - start < budget) {
      const result = parseAssessment(this.given[this.#next++], this.framework);
      if (result.ok) this.team.push(result.value);
      else this.issues.push(...result.issues);
    }
    return this.done;
  }
}
