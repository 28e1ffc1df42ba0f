// A small static file server for the demo, the built Storybook and browser checks, with a
// POST /echo that shows what a server receives from a form (as the demo's "server").
// Usage: node scripts/serve.mjs [--root DIR] [--port N] [--open PATH]
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Answers a form post with a page listing each field it received, JSON values pretty-printed. */
function echo(request, response) {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => {
    body += chunk;
    // The demo's forms are small; anything this large is not one of them.
    if (body.length > 16 * 1024 * 1024) request.destroy();
  });
  request.on('end', () => {
    let back = '/';
    try {
      back = new URL(request.headers.referer ?? '/', 'http://localhost').pathname;
    } catch {
      // No usable referrer: back to the start.
    }
    const fields = [...new URLSearchParams(body)].map(([name, value]) => {
      let shown = value;
      try {
        shown = JSON.stringify(JSON.parse(value), null, 2);
      } catch {
        // Not JSON: shown as received.
      }
      return `<h2>${escapeHtml(name)}</h2><pre id="field-${escapeHtml(name)}">${escapeHtml(shown)}</pre>`;
    });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>What the server received</title>` +
        `<main><h1>What the server received</h1>${fields.join('') || '<p>No fields.</p>'}` +
        `<p><a href="${escapeHtml(back)}">Back to the form</a></p></main></html>`,
    );
  });
}

/**
 * Serves `root` on 127.0.0.1; resolves to the server and its base URL. Tests watch and adapt what it
 * serves through `hooks`: `answer(request, response)` answers a request itself by returning true,
 * `html(text)` rewrites each HTML page before it is sent, `served(path, status)` hears every answer,
 * `cacheControl(path)` may return the cache-control header for a file found (else `no-store`).
 */
export function serve(root, port = 0, hooks = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    if (hooks.answer?.(request, response)) return;
    if (request.method === 'POST' && request.url === '/echo') {
      echo(request, response);
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      hooks.served?.(path, 404);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    hooks.served?.(path, 200);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': hooks.cacheControl?.(path) || 'no-store' });
    if (hooks.html && extname(file) === '.html') response.end(hooks.html(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const { url } = await serve(option('root', '.'), Number(option('port', process.env.PORT ?? 8080)));
  console.log(`Serving on ${url}${option('open', '')}  (Ctrl+C to stop)`);
}
