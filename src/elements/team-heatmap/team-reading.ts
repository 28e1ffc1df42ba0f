import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '../../core/issues.js';
import { AssessmentReader } from '../../core/assessment-reader.js';
import type { Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';

/** Milliseconds of validating assessments before the page gets a turn. */
const READ_BUDGET_MS = 40;

/**
 * A team's assessments, read a slice a frame so the page is drawn between slices (500 people by 150
 * skills take half a second to validate). The team read stays shown until the next is read whole.
 */
export class TeamReading implements ReactiveController {
  /** The team read: the valid assessments, and each one's place in those given (whose name in `people` it takes). */
  team: readonly Assessment[] = [];
  places: readonly number[] = [];
  /** Why the others could not be read. */
  issues: readonly Issue[] = [];
  #reader?: AssessmentReader;
  #given = 0;
  #frame = 0;
  #readFor?: [Framework | undefined, unknown];
  readonly #host: ReactiveControllerHost & Element;
  readonly #onRead: () => void;

  /** @param onRead called when a team has been read whole and is now `team` */
  constructor(host: ReactiveControllerHost & Element, onRead: () => void) {
    this.#host = host;
    this.#onRead = onRead;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#reader) this.#readNextFrame();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
  }

  /** True while assessments are being read. */
  get busy(): boolean {
    return this.#reader !== undefined;
  }

  /** How many assessments are being read. */
  get given(): number {
    return this.#given;
  }

  /** Starts reading what the host gave, unless it is what was read last (against the same framework). */
  read(given: unknown, framework: Framework | undefined): void {
    if (this.#readFor?.[0] === framework && this.#readFor?.[1] === given) return;
    this.#readFor = [framework, given];
    this.#reader = new AssessmentReader(given, framework);
    this.#given = Array.isArray(given) ? given.length : 0;
    this.#readOn();
  }

  /** Reads what is left at once: for a download or a print, which must hold the whole team. */
  finish(): void {
    if (!this.#reader) return;
    this.#reader.readFor(Infinity);
    this.#readOn();
    this.#host.requestUpdate();
  }

  /** Reads for a slice of time; when all are read, they are the team. */
  #readOn(): void {
    const reader = this.#reader;
    cancelAnimationFrame(this.#frame);
    if (!reader) return;
    if (reader.readFor(READ_BUDGET_MS)) {
      this.#reader = undefined;
      this.team = reader.read.assessments.map((read) => read.assessment);
      this.places = reader.read.assessments.map((read) => read.position);
      this.issues = reader.read.issues;
      this.#onRead();
    } else if (this.#host.isConnected) {
      this.#readNextFrame();
    }
  }

  /** A slice a frame (a hidden page reads on when shown). */
  #readNextFrame(): void {
    this.#frame = requestAnimationFrame(() => {
      this.#readOn();
      // Read: the table is drawn in a frame of its own, not after the last slice.
      if (!this.#reader) this.#frame = requestAnimationFrame(() => this.#host.requestUpdate());
    });
  }
}
