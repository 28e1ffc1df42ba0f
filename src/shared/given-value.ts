/**
 * The value an element last gave out (the form's `assessment`, the plan's `plan`), remembered so that
 * the same value set back, as a two-way binding does after every change, is known for an echo and changes
 * nothing. Compared as JSON: a framework may hand back its own proxy or copy of the object.
 */
export class GivenValue<T> {
  #last?: T;

  /** Returns `value`, remembered as the last given out. */
  give(value: T): T {
    this.#last = value;
    return value;
  }

  /** Whether `value` is what was last given out. */
  isEcho(value: unknown): boolean {
    return (
      value !== undefined && this.#last !== undefined && (value === this.#last || JSON.stringify(value) === JSON.stringify(this.#last))
    );
  }
}
