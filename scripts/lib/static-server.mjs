// The static file server of the demo, the benchmarks and the snippet pages: `sirv` serves the repo
// root on loopback (never a directory listing; `index.html` for a folder); we add a strict
// Content-Security-Policy on every HTML page (our widgets must work under it), CORS, no caching,
// and refuse dot-files (.git). Precompressed `.br` / `.gz` copies are served when they exist.
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../..', import.meta.url));

// sirv's types (mrmime) omit the charset of scripts and styles; these files are UTF-8
const charsets = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The one Trusted Types policy the bundle creates (Lit's template policy); README § Content-Security-Policy. */
export const TRUSTED_TYPES_POLICY = 'lit-html';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' https://recherche-entreprises.api.gouv.fr http://127.0.0.1:*; " +
  `require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY}`;

/**
 * The same policy for a page that loads two of our files (opco-widgets.js and
 * opco-apprentice-pay.js): each file carries its own Lit, and each Lit creates its `lit-html`
 * policy, so the second one needs `'allow-duplicates'`. The demo page is such a page.
 */
export const SEVERAL_FILES_CSP = `${STRICT_CSP} 'allow-duplicates'`;

/** Starts the server; resolves to `{ url, close }`. Port 0 picks a free port. */
export function startStaticServer({ port = 0, host = '127.0.0.1', csp = STRICT_CSP } = {}) {
  const serve = sirv(root, {
    dev: true, // read the disk on every request: the build may rewrite dist/ while the server runs
    dotfiles: false,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      const ext = extname(pathname);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (charsets[ext]) res.setHeader('Content-Type', charsets[ext]);
      // a folder (served as its index.html) or an .html page
      if (csp && (ext === '' || ext === '.html' || ext === '.htm')) res.setHeader('Content-Security-Policy', csp);
    },
  });
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.split('/').some((part) => part.startsWith('.'))) {
      res.writeHead(403).end();
      return;
    }
    serve(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
