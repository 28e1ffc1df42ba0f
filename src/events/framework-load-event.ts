import type { Framework } from '../core/schema/framework.js';

/** Fired by `<cf-framework>` when a framework has loaded and is valid. */
export class FrameworkLoadEvent extends Event {
  static readonly eventName = 'cf-framework-load';
  readonly framework: Framework;

  constructor(framework: Framework) {
    super(FrameworkLoadEvent.eventName, { bubbles: true });
    this.framework = framework;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-framework-load': FrameworkLoadEvent;
  }
}
