import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageOverrides } from '../i18n/catalogue.js';
import { DEFAULT_LANGUAGE, translateFrom, type Messages } from '../i18n/translate.js';
import type { Translator } from '../i18n/issue-text.js';
import type { MessageParams } from '../i18n/types.js';

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
 * honouring the host's per-instance `messages` overrides; and a translator, with the same language and
 * overrides, over messages loaded later (an error report's sentences).
 */
export class LocaleController implements ReactiveController {
  /** The resolved BCP 47 tag, such as `cy` or `en-GB`. */
  locale: string = DEFAULT_LANGUAGE;
  readonly #host: Host;
  readonly #messages: Messages;

  /** `messages`: the sets of messages the element shows (its page carries no others). */
  constructor(host: Host, messages: Messages) {
    this.#host = host;
    this.#messages = messages;
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
    const locale = closestLang(this.#host);
    if (locale === this.locale) return;
    this.locale = locale;
    this.#host.requestUpdate();
  }

  t = (key: MessageKey, params?: MessageParams): string => translateFrom(this.#messages, this.locale, key, params, this.#host.messages);

  /** A translator over messages loaded later (an error report's sentences), in this language and with the host's overrides. */
  translator(messages: Messages): Translator {
    return {
      t: (key, params) => translateFrom(messages, this.locale, key, params, this.#host.messages),
      has: (key) => Object.hasOwn(messages.en, key),
    };
  }

  /** Renders the host again: messages it was waiting for have arrived. */
  requestHostUpdate(): void {
    this.#host.requestUpdate();
  }
}
