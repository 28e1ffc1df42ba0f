import { nothing } from 'lit';

/**
 * How a form element's controls name their skill, so that one listener serves them all: each skill's
 * radios are named `r-<skill>`, and each field has the id `<prefix><skill>`.
 */
export const FIELD_ID_PREFIX = { level: 's-', evidence: 'v-', note: 'n-' } as const;

/** The skill of a radio (named `r-<skill>`) or text field (id `v-<skill>` or `n-<skill>`); undefined for any other control. */
export function skillOf(control: EventTarget | null): string | undefined {
  const name =
    control instanceof HTMLInputElement && control.type === 'radio'
      ? control.name
      : control instanceof HTMLTextAreaElement
        ? control.id
        : '';
  return /^[rvn]-/.test(name) ? name.slice(2) : undefined;
}

/** An `aria-describedby` of the ids given (a false one left out), or no attribute when none is left. */
export const describedBy = (...ids: (string | false)[]): string | typeof nothing => ids.filter(Boolean).join(' ') || nothing;
