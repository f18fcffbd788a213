// A small static file server for the demo, the benchmarks and the snippet pages: serves the repo
// root on loopback, sends a strict Content-Security-Policy with every HTML page (our widgets must
// work under it), and never lists directories.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The one Trusted Types policy the bundle creates (Lit's template policy); README § Content-Security-Policy. */
export const TRUSTED_TYPES_POLICY = 'lit-html';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' https://recherche-entreprises.api.gouv.fr http://127.0.0.1:*; " +
  `require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY}`;

/** Starts the server; resolves to `{ url, close }`. Port 0 picks a free port. */
export function startStaticServer({ port = 0, host = '127.0.0.1', csp = STRICT_CSP } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root) || path.split(sep).includes('.git')) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
      if (type.startsWith('text/html') && csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
