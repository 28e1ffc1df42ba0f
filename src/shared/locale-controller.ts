import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANGUAGE, translate, type MessageKey, type MessageOverrides, type MessageParams } from '../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides };

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-resolves every connected element. */
function watchLang(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the closest ancestor that has one, crossing shadow roots. */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || DEFAULT_LANGUAGE;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * Gives an element its page language (from the closest `lang`, live) and a `t()` for its messages,
 * honouring the host's per-instance `messages` overrides.
 */
export class LocaleController implements ReactiveController {
  /** The resolved BCP 47 tag, such as `cy` or `en-GB`. */
  locale = DEFAULT_LANGUAGE;
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLang();
    // Also on reconnecting: the element may have moved under another lang while detached.
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  refresh(): void {
    const locale = closestLang(this.host);
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params, this.host.messages);
}
