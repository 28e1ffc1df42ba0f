// Shared by the benchmark pages: times `work` plus one forced layout of `host`, after a frame,
// and hands the duration to bench/run.mjs.
export async function measure(host, work) {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  performance.mark('start');
  await work();
  host.getBoundingClientRect();
  performance.measure('render', 'start');
  window.benchResult = performance.getEntriesByName('render')[0].duration;
}

/**
 * Does `act` to 21 targets spread over the page, one a frame, timing each from the act to the end
 * of the update and a forced layout: the work that stands between it and the next frame. The median goes to the runner.
 */
async function measureEach(host, targets, act, settled) {
  const durations = [];
  for (let index = 0; index < 21; index++) {
    const target = targets[Math.floor((index * targets.length) / 21)];
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const start = performance.now();
    act(target, index);
    await settled();
    host.getBoundingClientRect();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  window.benchResult = durations[10];
}

/** Clicks one radio in each of 21 skills (fieldsets) spread over the form. */
export function measureChanges(host, root, settled) {
  const click = (group, index) => {
    const radios = group.querySelectorAll('input[type="radio"]');
    radios[index % radios.length].click();
  };
  return measureEach(host, [...root.querySelectorAll('fieldset')], click, settled);
}

/** Types one character into each of 21 evidence fields spread over the form, as the browser does: value, then `input`. */
export function measureTyping(host, root, settled) {
  const type = (field) => {
    field.value += 'e';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'e' }));
  };
  return measureEach(host, [...root.querySelectorAll('textarea')], type, settled);
}
