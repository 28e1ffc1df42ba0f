import type { ReactiveElement } from 'lit';

const warned = new WeakSet<Element>();

/**
 * What a host did before the element was defined (a lazy import, a CDN script loaded after the page
 * rendered), made good on connect:
 * - values set on the instance hide the class's accessors: each of `accessors` (the element's own, such as
 *   the form's `assessment`; Lit takes up its reactive properties itself) is taken off and set again;
 * - React and Vue write an object as an attribute, `framework="[object Object]"`, for an element they
 *   do not know yet: one console warning for the developer names each such attribute.
 */
export function takeUpEarlyValues(element: ReactiveElement, accessors: readonly string[]): void {
  for (const name of accessors) {
    if (!Object.hasOwn(element, name)) continue;
    const value: unknown = Reflect.get(element, name);
    Reflect.deleteProperty(element, name);
    Reflect.set(element, name, value);
  }
  if (warned.has(element)) return;
  warned.add(element);
  const { elementProperties } = element.constructor as typeof ReactiveElement;
  const unset = [...elementProperties].filter(([, options]) => options.attribute === false).map(([name]) => String(name));
  const objects = [...unset, ...accessors]
    .filter((name) => element.getAttribute(name)?.startsWith('[object '))
    .map((name) => `${name}="${element.getAttribute(name)}"`);
  if (objects.length > 0) {
    console.warn(
      `<${element.localName}> ignores ${objects.join(', ')}, an object given as an attribute: set the property, with the elements defined before they render.`,
    );
  }
}
