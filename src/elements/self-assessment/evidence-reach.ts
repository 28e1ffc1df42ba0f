import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** The first skills have their evidence fields from the first render: more than any screen shows, even zoomed out. */
const FIRST_SKILLS = 10;

/**
 * Which skills' evidence fields are rendered. A 150-skill form would otherwise lay out 150 text areas,
 * labels, hints and counts before anyone types, most of them screens away. A skill's field is there
 * once the skill is reached, and stays:
 * - the first skills, from the first render;
 * - a skill near the view (two screens either way), so scrolling never meets a missing field;
 * - a skill that takes focus anywhere in it: the update lands before the next key, so Tab from its
 *   last answer goes on to its field, as before;
 * - a skill with evidence (given, restored) or with an evidence error (the form asks the view);
 * - every skill, when the page is printed.
 */
export class EvidenceReach implements ReactiveController {
  readonly #host: Host;
  readonly #reached = new Set<string>();
  /** The skills in the form, in order, as last given to `skills()`. */
  #skills: readonly string[] = [];
  #observer?: IntersectionObserver;
  /** The element that holds the fieldsets being watched; another (or new skills) is watched afresh. */
  #watched?: Element | null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The skills the form asks about, in order; call before each render. */
  skills(ids: readonly string[]): void {
    if (ids === this.#skills) return;
    this.#skills = ids;
    for (const id of ids.slice(0, FIRST_SKILLS)) this.#reached.add(id);
    this.#watched = undefined;
  }

  /** Whether a skill's field is rendered; `needed` (it has a value or an error) makes it so from now on. */
  has(skill: string, needed: boolean): boolean {
    if (needed) this.#reached.add(skill);
    return this.#reached.has(skill);
  }

  /** Focus came into the form: the skill it is in is reached. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const group = (event.target as Element).closest?.('fieldset');
    if (group) this.#reach(group.id.slice(2));
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
    this.#watched = undefined;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Watches the fieldsets of skills not yet reached, once per form shown (re-renders keep the fieldsets). */
  hostUpdated(): void {
    const container = this.#host.shadowRoot?.querySelector('.skills');
    if (container === this.#watched || typeof IntersectionObserver === 'undefined') return;
    this.#watched = container;
    this.#observer?.disconnect();
    if (!container) return;
    this.#observer = new IntersectionObserver(this.#onIntersect, { rootMargin: '200% 0px' });
    for (const group of container.querySelectorAll('fieldset')) if (!this.#reached.has(group.id.slice(2))) this.#observer.observe(group);
  }

  readonly #onIntersect = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.#observer?.unobserve(entry.target);
      this.#reach(entry.target.id.slice(2));
    }
  };

  #reach(skill: string): void {
    if (this.#reached.has(skill)) return;
    this.#reached.add(skill);
    this.#host.requestUpdate();
  }

  /** Print shows every field: the update lands before the page is laid out for print. */
  readonly #onPrint = (): void => {
    const before = this.#reached.size;
    for (const id of this.#skills) this.#reached.add(id);
    if (this.#reached.size !== before) this.#host.requestUpdate();
  };
}
