import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Widths in steps of 10 px: a drag of the window does not redraw on every pixel. */
const round = (width: number): number => Math.round(width / 10) * 10;

/**
 * The host's width, for drawings laid out to fit it and views that change below a width. Read once
 * on the first render (before any resize report), then kept by a ResizeObserver; a change redraws
 * the host in the next frame, since redrawing within the frame that reported it changes the height
 * there, which the browser reports as a resize loop.
 */
export class WidthController implements ReactiveController {
  #width?: number;
  #observer?: ResizeObserver;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The width in CSS px (to 10 px), or undefined while the host has no layout. */
  get width(): number | undefined {
    this.#width ??= round(this.#host.clientWidth) || undefined;
    return this.#width;
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = round(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== this.#width) {
        this.#width = width;
        requestAnimationFrame(() => this.#host.requestUpdate());
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
