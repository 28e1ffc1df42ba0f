/**
 * Fired when a person changes how an element shows its data: the heatmap's view, order or category,
 * or the skill chosen in the gap chart. Never fired when the host sets the property. To keep the
 * person's choice (in the URL, or for their next visit), save `value` and set it back on `property`.
 */
export class ViewChangeEvent<Value = string | undefined> extends Event {
  static readonly eventName = 'cf-view-change';
  /** The element's property the person changed (its attribute is the same name in kebab case). */
  readonly property: string;
  /** Its new value. */
  readonly value: Value;

  constructor(property: string, value: Value) {
    super(ViewChangeEvent.eventName, { bubbles: true });
    this.property = property;
    this.value = value;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cf-view-change': ViewChangeEvent;
  }
}
