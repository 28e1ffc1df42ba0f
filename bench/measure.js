// Shared by the benchmark pages: times `work`, one forced layout of `host` and the work of the
// frame after it, and hands the duration to bench/run.mjs.

/**
 * The main-thread work of the next frame (style, layout, paint), without the wait for it. A forced
 * layout alone misses what the browser leaves for the frame: `content-visibility: auto` boxes, for
 * one, are laid out only once the frame has found which of them are in view.
 */
async function nextFrameWork() {
  const begin = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const end = await new Promise((resolve) => setTimeout(() => resolve(performance.now())));
  return end - begin;
}

export async function measure(host, work) {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  await work();
  host.getBoundingClientRect();
  const worked = performance.now() - start;
  window.benchResult = worked + (await nextFrameWork());
}

/**
 * Does `act` to 21 targets spread over the page, one a frame, timing each from the act to the end
 * of the update and a forced layout, plus the next frame's work: what stands between it and the
 * next frame shown. Before each, untimed, `reach` brings the target to where a person acts on it
 * (in view, focused) and the page settles for two frames. The median goes to the runner.
 */
async function measureEach(host, targets, act, settled, reach) {
  const durations = [];
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  for (let index = 0; index < 21; index++) {
    const target = targets[Math.floor((index * targets.length) / 21)];
    await reach(target);
    await settled();
    await frame();
    await frame();
    const start = performance.now();
    act(target, index);
    await settled();
    host.getBoundingClientRect();
    const worked = performance.now() - start;
    durations.push(worked + (await nextFrameWork()));
  }
  durations.sort((a, b) => a - b);
  window.benchResult = durations[10];
}

/**
 * Clicks one radio in each of 21 skills (fieldsets) spread over the form, each scrolled into view
 * first, as a person sees what they click.
 */
export function measureChanges(host, root, settled) {
  const click = (group, index) => {
    const radios = group.querySelectorAll('input[type="radio"]');
    radios[index % radios.length].click();
  };
  return measureEach(host, [...root.querySelectorAll('fieldset')], click, settled, async (group) => group.scrollIntoView());
}

/**
 * Types one character into each of 21 evidence fields spread over the form, as the browser does:
 * value, then `input`. A person reaches a field before typing in it: the skill's first answer is
 * focused, then the field (which a form may render only once its skill is reached).
 */
export function measureTyping(host, root, settled) {
  const field = (group) => group.querySelector('textarea');
  const reach = async (group) => {
    group.querySelector('input').focus();
    await settled();
    field(group).focus();
  };
  const type = (group) => {
    field(group).value += 'e';
    field(group).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'e' }));
  };
  return measureEach(host, [...root.querySelectorAll('fieldset')], type, settled, reach);
}

/**
 * The floor of an element whose markup is too large to write out by hand a second time: the element is
 * rendered once, untimed, and its shadow root's nodes kept. The build this returns makes a host with the
 * same stylesheets and appends a deep copy of those nodes in one go, with no template, binding or state.
 */
export async function copyOf(provider, element) {
  provider.append(element);
  await element.updateComplete;
  const sheets = element.shadowRoot.adoptedStyleSheets;
  const nodes = document.createDocumentFragment();
  nodes.append(...[...element.shadowRoot.childNodes].map((node) => node.cloneNode(true)));
  element.remove();
  return () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.append(nodes.cloneNode(true));
    provider.append(host);
    return root;
  };
}

/** Agrees one level in each of 21 skills spread over an agreement, each scrolled into view first. */
export function measureAgreements(host, root, settled) {
  const agree = (group, index) => {
    const radios = group.querySelectorAll('input[type="radio"]');
    radios[index % radios.length].click();
  };
  return measureEach(host, [...root.querySelectorAll('fieldset.agreed')], agree, settled, async (group) => group.scrollIntoView());
}
