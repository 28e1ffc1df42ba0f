import type { Framework, FrameworkInput } from './schema/framework.js';
import { givenList, readOne, type AssessmentsRead } from './parse-assessments.js';

/**
 * Reads a list of assessments as `parseAssessments` does, a slice at a time: 500 people by 150 skills
 * take half a second to check, which in one go would hold a page.
 */
export class AssessmentReader {
  readonly read: AssessmentsRead = { assessments: [], issues: [] };
  readonly #given: readonly unknown[];
  #next = 0;

  /**
   * @param given What the host set: an array of assessments or `{ label, assessment }`; anything else is one issue.
   * @param framework When given, each assessment is also checked against it (unknown skills and levels are warnings).
   */
  constructor(
    given: unknown,
    readonly framework?: Framework | FrameworkInput,
  ) {
    this.#given = givenList(given, this.read.issues);
  }

  get done(): boolean {
    return this.#next >= this.#given.length;
  }

  /**
   * Reads until every assessment is read or `budget` milliseconds have passed, at least one each call
   * so that reading always moves on; true when all are read.
   */
  readFor(budget = Infinity): boolean {
    const start = performance.now();
    do if (!this.done) readOne(this.read, this.#given[this.#next], this.#next++, this.framework);
    while (!this.done && performance.now() - start < budget);
    return this.done;
  }
}
