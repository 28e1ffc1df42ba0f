import type { ResolvedRole } from '../core/framework-index.js';
import type { PathwayKind } from '../core/schema/framework.js';

/**
 * Fired when a person picks a role, such as a next role in `<cf-role-profile>`. Cancel it
 * (`preventDefault()`) to handle the choice yourself instead of the element's default.
 */
export class RoleSelectEvent extends Event {
  static readonly eventName = 'cf-role-select';
  /** The role or role level picked, with its requirements. */
  readonly role: ResolvedRole;
  /** The kind of move, when the role was picked as a move from another. */
  readonly kind?: PathwayKind;

  constructor(role: ResolvedRole, kind?: PathwayKind) {
    super(RoleSelectEvent.eventName, { bubbles: true, cancelable: true });
    this.role = role;
    this.kind = kind;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-role-select': RoleSelectEvent;
  }
}
