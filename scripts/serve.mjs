// A small static file server for the built site (npm start, the embed bench and the embed tests).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` on `host:port` (port 0 picks a free one). `routes` answer extra paths first
 * (`(url) => {status, headers, body} | undefined`). Resolves to the listening server and its URL.
 */
export function serveStatic(root, { port = 0, host = '127.0.0.1', routes } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const routed = routes?.(url, req);
    if (routed) {
      res.writeHead(routed.status ?? 200, routed.headers ?? {});
      res.end(routed.body);
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: the path is not valid percent-encoding');
      return;
    }
    const path = normalize(join(base, pathname.replace(/\/$/, '/index.html')));
    // Inside the root only: a sibling folder sharing the root's name as a prefix is outside it.
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      const body = await readFile(path);
      // Public files: a page elsewhere (an intranet pasting the drop-in snippet) may load them as modules.
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`, port: actual });
    });
  });
}
