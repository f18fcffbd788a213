// A fake of https://recherche-entreprises.api.gouv.fr on loopback, for the company look-up tests.
// Plain node:http, no dependency. It answers like the live API as recorded in ./recorded/ (the
// recorded bodies where they fit, the same rules for the rest): see ./fixtures/scenarios.mjs.
//
//   GET  /search?q=…      the API (CORS `access-control-allow-origin: *`, like the real one);
//                         also under any prefix (/proxy/search), to stand in for a partner's proxy
//   GET  /__stats[?q=…]   what reached the fake: { total, preflights, requests: [{ q, path, query, at, cookie, … }] }
//                         (filtered on the exact q when given); /__stats itself is not counted
//   OPTIONS *             answered, but counted in `preflights`: a correct client never triggers one
//
// Run alone for manual tries: `node test/fake-api/server.mjs [port]` prints the base URL.
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { planFor } from './fixtures/scenarios.mjs';

/**
 * @param {{ port?: number, host?: string }} [options] port 0 (default) = a free port chosen by the OS
 * @returns {Promise<{ base: string, close: () => Promise<void> }>}
 */
export async function startFakeApi({ port = 0, host = '127.0.0.1' } = {}) {
  const log = [];
  let actualPort = 0;
  let preflights = 0;
  const timers = new Set();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    if (req.method === 'OPTIONS') {
      preflights += 1;
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
      });
      res.end();
      return;
    }
    if (url.pathname === '/__stats') {
      const q = url.searchParams.get('q');
      const requests = q === null ? log : log.filter((r) => r.q === q);
      sendJson(res, 200, { total: log.length, preflights, requests });
      return;
    }
    // any prefix is accepted ("/proxy/search") so tests can stand in for a partner's proxy
    if (!url.pathname.endsWith('/search') || req.method !== 'GET') {
      sendJson(res, 404, { erreur: 'Not found' });
      return;
    }

    log.push({
      q: url.searchParams.get('q'),
      redirected: url.searchParams.has('redirected'),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      at: Date.now(),
      cookie: req.headers.cookie !== undefined,
      origin: req.headers.origin ?? null,
      // anything beyond what a browser sends on its own would hint at a preflight-forcing header
      headerNames: Object.keys(req.headers).sort(),
    });

    const plan = planFor(url.searchParams, { altBase: `http://localhost:${actualPort}`, path: url.pathname });
    // "hang": keep the socket open; server.close() below destroys it
    if (plan.type === 'hang') return;
    const reply = () => {
      // no-store: a cache hit in the tests must come from the client's cache, not the HTTP cache
      const headers = { 'cache-control': 'no-store', ...plan.headers };
      const hidden = headers['x-no-expose'] !== undefined;
      delete headers['x-no-expose'];
      if (plan.cors) headers['access-control-allow-origin'] = '*';
      if (hidden) delete headers['access-control-expose-headers'];
      res.writeHead(plan.status, headers);
      if (plan.type === 'stream') {
        // written as the client reads: a client that stops reading stops the stream
        const chunks = plan.chunks()[Symbol.iterator]();
        const pump = () => {
          for (let next = chunks.next(); !next.done; next = chunks.next()) {
            if (!res.write(next.value)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => chunks.return?.());
        pump();
        return;
      }
      res.end(plan.body);
    };
    if (plan.delayMs > 0) {
      const t = setTimeout(() => {
        timers.delete(t);
        reply();
      }, plan.delayMs);
      timers.add(t);
    } else {
      reply();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  actualPort = actual;

  return {
    base: `http://${host}:${actual}`,
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sendJson(res, status, value) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(value));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fake = await startFakeApi({ port: Number(process.argv[2] ?? 0) });
  console.log(`fake API Recherche d'entreprises on ${fake.base} (Ctrl-C to stop)`);
}
