import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** The first skills have their disclosures and evidence fields from the first render: more than any screen shows, even zoomed out. */
const FIRST_SKILLS = 10;
/** After the form has been shown this long, the other skills are filled in while the page is idle, this many at a time. */
const FILL_AFTER_MS = 1500;
const FILL_BATCH = 10;

/** The page's next idle moment (Safari has no `requestIdleCallback`: a short timeout there). */
const whenIdle = (work: () => void): (() => void) => {
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
};

/**
 * Which skills' descriptors' disclosures and evidence fields are rendered. A 150-skill form would otherwise
 * lay out 150 disclosures, text areas, labels, hints and counts before anyone types, most of them screens
 * away. A skill's disclosure and field are there once the skill is reached, and stay:
 * - the first skills, from the first render;
 * - a skill within two screens of the view (looked over at each scroll), so scrolling never meets a missing field;
 * - a skill that takes focus anywhere in it: the update lands before the next key, so Tab from its
 *   last answer goes on to its disclosure and then its field;
 * - a skill with evidence (given, restored) or with an evidence error (the form asks the view);
 * - every skill, when the page is printed;
 * - and the rest, a few at a time while the page is idle once the form has been shown: a screen reader's
 *   list of fields and buttons, its browse mode and find-in-page then meet every one, and the first render
 *   does not wait for them.
 */
export class SkillReach implements ReactiveController {
  readonly #host: Host;
  readonly #reached = new Set<string>();
  /** The skills in the form, in order, as last given to `skills()`. */
  #skills: readonly string[] = [];
  /** The element that holds the fieldsets; another (or new skills) is looked over afresh. */
  #watched?: Element | null;
  #frame = 0;
  /** Cancels the fill's next step; undefined while none is waiting. */
  #cancelFill?: () => void;
  /** Set once the first wait is over: each step after it waits only for the next idle moment. */
  #filling = false;

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

  /** Whether a skill's disclosure and field are rendered; `needed` (it has a value or an error) makes it so from now on. */
  has(skill: string, needed: boolean): boolean {
    if (needed) this.#reached.add(skill);
    return this.#reached.has(skill);
  }

  /** Focus came into the form: the skill it is in is reached. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const group = (event.target as Element).closest?.('fieldset');
    if (group) this.#reach([group]);
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
    // Capturing: scrolls of any element on the page, which do not bubble, come here too.
    window.addEventListener('scroll', this.#onMove, { capture: true, passive: true });
    window.addEventListener('resize', this.#onMove, { passive: true });
    this.#watched = undefined;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('scroll', this.#onMove, { capture: true });
    window.removeEventListener('resize', this.#onMove);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#cancelFill?.();
    this.#cancelFill = undefined;
  }

  /** A form shown afresh (new skills, or back from read-only) is looked over once it is laid out. */
  hostUpdated(): void {
    this.#fillLater();
    const container = this.#host.shadowRoot?.querySelector('.skills');
    if (container === this.#watched) return;
    this.#watched = container;
    this.#onMove();
  }

  /** The next few skills not yet reached, at the next idle moment (the first step waits `FILL_AFTER_MS`). */
  #fillLater(): void {
    if (this.#cancelFill || this.#skills.every((id) => this.#reached.has(id))) return;
    const step = () => {
      this.#cancelFill = undefined;
      const next = this.#skills.filter((id) => !this.#reached.has(id)).slice(0, FILL_BATCH);
      for (const id of next) this.#reached.add(id);
      // The update that renders them calls `hostUpdated`, which asks for the next step.
      if (next.length > 0) this.#host.requestUpdate();
    };
    if (this.#filling) this.#cancelFill = whenIdle(step);
    else {
      const timer = setTimeout(() => {
        this.#filling = true;
        this.#cancelFill = whenIdle(step);
      }, FILL_AFTER_MS);
      this.#cancelFill = () => clearTimeout(timer);
    }
  }

  /**
   * At most once a frame, after a scroll or resize: the skills within two screens of the view are
   * reached. Not an IntersectionObserver: watching 140 fieldsets made it recompute them all at
   * every keystroke's layout, which cost more than the fields it spared.
   */
  readonly #onMove = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      const groups = this.#watched?.querySelectorAll('fieldset');
      if (!groups?.length || !this.#watched!.getBoundingClientRect().height) return;
      const screen = innerHeight;
      // The first fieldset that ends below two screens above the view, then those that begin above two screens below it.
      let low = 0;
      for (let high = groups.length; low < high;) {
        const middle = (low + high) >> 1;
        if (groups[middle]!.getBoundingClientRect().bottom < -2 * screen) low = middle + 1;
        else high = middle;
      }
      const near: Element[] = [];
      for (let at = low; at < groups.length && groups[at]!.getBoundingClientRect().top < 3 * screen; at++) near.push(groups[at]!);
      this.#reach(near);
    });
  };

  #reach(groups: readonly Element[]): void {
    const before = this.#reached.size;
    for (const group of groups) this.#reached.add(group.id.slice(2));
    if (this.#reached.size !== before) this.#host.requestUpdate();
  }

  /** Print shows every skill whole: the update lands before the page is laid out for print. */
  readonly #onPrint = (): void => {
    const before = this.#reached.size;
    for (const id of this.#skills) this.#reached.add(id);
    if (this.#reached.size !== before) this.#host.requestUpdate();
  };
}
