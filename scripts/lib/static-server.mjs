// The static file server of the demo, the benchmarks and the snippet pages: `sirv` serves the repo
// root on loopback (never a directory listing; `index.html` for a folder); we add a strict
// Content-Security-Policy on every HTML page (our widgets must work under it), CORS, no caching,
// and refuse dot-files (.git). Text files (js, json, css, html, svg, map) are compressed on the fly,
// brotli when the request's Accept-Encoding allows it, else gzip (the same levels as `npm run size`),
// the bytes kept in memory per file and mtime; precompressed `.br` / `.gz` copies, when they exist,
// are served as before (by sirv).
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import sirv from 'sirv';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// sirv's types (mrmime) omit the charset of scripts and styles; these files are UTF-8
const charsets = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// What is compressed on the fly, with its type (sirv's, plus the charset above)
const compressible = {
  ...charsets,
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const compressors = {
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: 9 }),
};

/**
 * The encoding to answer with: `br` when Accept-Encoding allows it, else `gzip`, else undefined
 * (identity). Honours `q=0` ("not this one") and `*`.
 */
export function negotiateEncoding(acceptEncoding = '') {
  const q = new Map();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!name) continue;
    const weight = params.find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const allowed = (name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip') || allowed('x-gzip')) return 'gzip';
  return undefined;
}

/** The file sirv would serve for `path` (`dev` mode, extensions html, htm), if it exists inside `root`. */
async function findFile(root, path) {
  const uri = path.endsWith('/') ? path.slice(0, -1) : path;
  const candidates = [];
  for (const ext of ['', '.html', '.htm']) {
    if (uri) candidates.push(uri + ext);
    candidates.push(`${uri}/index${ext}`);
  }
  for (const candidate of candidates) {
    const abs = normalize(join(root, candidate));
    if (!abs.startsWith(root)) continue;
    try {
      const stats = await stat(abs);
      if (stats.isFile()) return { abs, stats };
    } catch {
      /* the next candidate */
    }
  }
  return undefined;
}

/** Compressed bytes per file, kept while the file's mtime and size stay the same. */
const compressedCache = new Map();

function compressedBytes(abs, stats, encoding) {
  let entry = compressedCache.get(abs);
  if (!entry || entry.mtimeMs !== stats.mtimeMs || entry.size !== stats.size) {
    entry = { mtimeMs: stats.mtimeMs, size: stats.size, bytes: readFile(abs), encoded: {} };
    compressedCache.set(abs, entry);
  }
  const cached = entry;
  cached.encoded[encoding] ??= cached.bytes.then(compressors[encoding]);
  return cached.encoded[encoding].catch((error) => {
    if (compressedCache.get(abs) === cached) compressedCache.delete(abs);
    throw error;
  });
}

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

/**
 * The request handler of the server: `(req, res)`. `root` is the folder served (the repo by
 * default; the load benchmark also serves a baseline build), `csp` the policy of HTML pages.
 */
export function createStaticHandler({ root = repoRoot, csp = STRICT_CSP } = {}) {
  root = resolvePath(root) + sep;
  const setHeaders = (res, pathname) => {
    const ext = extname(pathname);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (charsets[ext]) res.setHeader('Content-Type', charsets[ext]);
    // a folder (served as its index.html) or an .html page
    if (csp && (ext === '' || ext === '.html' || ext === '.htm')) res.setHeader('Content-Security-Policy', csp);
  };
  const serve = sirv(root, {
    dev: true, // read the disk on every request: the build may rewrite dist/ while the server runs
    dotfiles: false,
    brotli: true,
    gzip: true,
    setHeaders,
  });

  /** Answers with the compressed file and resolves to true, or resolves to false (sirv answers). */
  async function serveCompressed(req, res, path) {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return false;
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    if (!encoding) return false;
    const found = await findFile(root, path);
    if (!found) return false;
    const type = compressible[extname(found.abs).toLowerCase()];
    if (!type) return false;
    if (existsSync(`${found.abs}.br`) || existsSync(`${found.abs}.gz`)) return false; // precompressed: sirv's
    let bytes;
    try {
      bytes = await compressedBytes(found.abs, found.stats, encoding);
    } catch {
      return false;
    }
    setHeaders(res, path);
    if (!res.getHeader('Content-Type')) res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', bytes.length);
    res.setHeader('Last-Modified', found.stats.mtime.toUTCString());
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return true;
  }

  const handle = async (req, res) => {
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
    if (await serveCompressed(req, res, path)) return;
    serve(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'));
  };
  return (req, res) =>
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
}

/** Starts the server; resolves to `{ url, close }`. Port 0 picks a free port. */
export function startStaticServer({ port = 0, host = '127.0.0.1', csp = STRICT_CSP, root = repoRoot } = {}) {
  const server = createServer(createStaticHandler({ root, csp }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
