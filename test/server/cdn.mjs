// Web Test Runner plugin: dist/ on another origin (a loopback port), as a CDN would serve it, for the
// tests of a page that loads our scripts from elsewhere (test/integration/cross-origin.test.ts):
//   /dist/<file>                       with Access-Control-Allow-Origin: * (what jsDelivr and unpkg send)
//   /without-cors-on-json/dist/<file>  the same, except the .json files, sent without that header
// Browser tests find it through GET /__cdn → { "base": "http://127.0.0.1:<port>" }.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const dist = new URL('../../dist/', import.meta.url);
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8' };
const ROUTE = /^\/(without-cors-on-json\/)?dist\/([\w.-]+\.(js|json|map))$/;

export function cdnPlugin({ route = '/__cdn' } = {}) {
  let server;
  let base;
  return {
    name: 'cdn',
    async serverStart() {
      server = createServer(async (req, res) => {
        const match = ROUTE.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
        if (!match) return res.writeHead(404).end();
        const [, withoutCorsOnJson, file, ext] = match;
        try {
          const body = await readFile(new URL(file, dist));
          const headers = { 'content-type': TYPES[`.${ext}`], 'cache-control': 'no-store' };
          if (!(withoutCorsOnJson && ext === 'json')) headers['access-control-allow-origin'] = '*';
          res.writeHead(200, headers).end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
    serve(context) {
      if (context.path !== route) return undefined;
      return { body: JSON.stringify({ base }), type: 'json', headers: { 'cache-control': 'no-store' } };
    },
  };
}
