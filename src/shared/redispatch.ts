/**
 * Passes on an event heard from an element inside a shadow root, which does not cross it, as
 * `outer` fired on `host`: the page hears it from the element it placed. `outer` must be
 * cancelable; when the page cancels it, `inner` is cancelled too, so the inner element does not
 * act on it either. Returns false when cancelled, as `dispatchEvent` does.
 */
export function redispatch(host: EventTarget, inner: Event, outer: Event): boolean {
  if (host.dispatchEvent(outer)) return true;
  inner.preventDefault();
  return false;
}
