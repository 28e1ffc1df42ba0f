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
 * Clicks one radio in each of 21 skills spread over the form, timing each from the click to the
 * end of the update and a forced layout: the work that stands between the click and the next frame.
 */
export async function measureChanges(host, root, settled) {
  const groups = [...root.querySelectorAll('fieldset')];
  const durations = [];
  for (let index = 0; index < 21; index++) {
    const group = groups[Math.floor((index * groups.length) / 21)];
    const radios = group.querySelectorAll('input[type="radio"]');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const start = performance.now();
    radios[index % radios.length].click();
    await settled();
    host.getBoundingClientRect();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  window.benchResult = durations[10];
}
