// A site served for the end-to-end tests that hears everything going wrong on its pages, in any engine:
// errors thrown, promises rejected, console errors (reported by a small script put first in every page it
// serves) and answers of 400 or more (a missing favicon aside). A page passes when its list stays empty.
import { serve } from '../../scripts/serve.mjs';

const REPORT = '/__page-problems';

/** Runs first in the page: reports each problem to the site, which keeps it across navigations. */
const REPORTER = `<script>(() => {
  const report = (text) => navigator.sendBeacon(${JSON.stringify(REPORT)}, String(text));
  addEventListener('error', (event) => report(event.target instanceof Element ? 'failed: ' + (event.target.src || event.target.href) : event.message), true);
  addEventListener('unhandledrejection', (event) => report(event.reason?.message ?? event.reason));
  const error = console.error;
  console.error = (...parts) => (report(parts.join(' ')), error.apply(console, parts));
})();</script>`;

/** The reporter goes after the charset, or first in the head, or after the doctype (before it, the page would be in quirks mode). */
function withReporter(html) {
  const after = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  if (!after) return REPORTER + html;
  const at = after.index + after[0].length;
  return html.slice(0, at) + REPORTER + html.slice(at);
}

/**
 * Serves `root` as scripts/serve.mjs does, watching its pages. `watch()` gives a list that fills with each
 * problem from then on; `requested` lists every path asked for, in order.
 */
export async function serveWatched(root) {
  const listeners = new Set();
  const requested = [];
  const tell = (problem) => listeners.forEach((listener) => listener(problem));
  const site = await serve(root, 0, {
    answer(request, response) {
      if (request.method !== 'POST' || request.url !== REPORT) return false;
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        tell(body);
        response.writeHead(204).end();
      });
      return true;
    },
    html: withReporter,
    served(path, status) {
      requested.push(path);
      if (status >= 400 && !path.endsWith('/favicon.ico')) tell(`HTTP ${status}: ${path}`);
    },
  });
  return {
    ...site,
    requested,
    watch() {
      const problems = [];
      listeners.add((problem) => problems.push(problem));
      return problems;
    },
    stop() {
      site.server.closeAllConnections();
      site.server.close();
    },
  };
}
