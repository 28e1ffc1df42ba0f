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
