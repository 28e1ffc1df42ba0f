import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is printing, for an element that draws something only for print. The browser's
 * own print fires `beforeprint` and lays out the printed page as soon as it returns, so `drawNow`
 * brings the host up to date at once; print media emulated (developer tools, test drivers) fires no
 * `beforeprint`, only a change of the `print` media query, which a later update is in time for.
 */
export class PrintWatch implements ReactiveController {
  printing = false;
  #query?: MediaQueryList;
  readonly #host: ReactiveControllerHost;
  readonly #drawNow: () => void;

  constructor(host: ReactiveControllerHost, drawNow: () => void) {
    this.#host = host;
    this.#drawNow = drawNow;
    host.addController(this);
  }

  readonly #onPrint = (event: Event): void => {
    const printing = event.type === 'beforeprint' || (event.type === 'change' && (event as MediaQueryListEvent).matches);
    if (printing === this.printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
    if (printing) this.#drawNow();
  };

  hostConnected(): void {
    for (const type of ['beforeprint', 'afterprint']) addEventListener(type, this.#onPrint);
    this.#query = matchMedia('print');
    this.#query.addEventListener('change', this.#onPrint);
    // Already printing (an element added to a page shown as printed).
    this.printing = this.#query.matches;
  }

  hostDisconnected(): void {
    for (const type of ['beforeprint', 'afterprint']) removeEventListener(type, this.#onPrint);
    this.#query?.removeEventListener('change', this.#onPrint);
  }
}
