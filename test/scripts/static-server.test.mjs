// The demo's static server (sirv underneath): what the demo, the benchmarks and the CSP pages rely on.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { STRICT_CSP, negotiateEncoding, startStaticServer } from '../../scripts/lib/static-server.mjs';

const repoFile = (path) => readFileSync(new URL(`../../${path}`, import.meta.url));

/** GET with exactly these headers (fetch would add its own Accept-Encoding and decompress): status, headers, raw body. */
function rawGet(url, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('scripts/lib/static-server.mjs', () => {
  let server;
  before(async () => {
    server = await startStaticServer();
  });
  after(() => server.close());

  const get = (path) => fetch(`${server.url}${path}`);

  it('serves a folder as its index.html, with the strict CSP, CORS and no caching', async () => {
    const response = await get('/demo/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/html/);
    assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(await response.text(), /<opco-/);
  });

  it('serves scripts as UTF-8 JavaScript, without a CSP header', async () => {
    const response = await get('/scripts/lib/static-server.mjs');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('content-security-policy'), null);
  });

  it('never lists a folder, refuses dot-files and answers 404 for what does not exist', async () => {
    assert.equal((await get('/.git')).status, 403);
    assert.equal((await get('/.gitignore')).status, 403);
    assert.equal((await get('/scripts/')).status, 404);
    assert.equal((await get('/no-such-file.js')).status, 404);
    assert.equal((await get('/%2e%2e/%2e%2e/etc/passwd')).status, 404);
  });

  describe('compression', () => {
    const script = 'scripts/lib/static-server.mjs';

    it('answers brotli when Accept-Encoding allows it, bytes that decompress to the file', async () => {
      const response = await rawGet(`${server.url}/${script}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], 'br');
      assert.equal(response.headers.vary, 'Accept-Encoding');
      assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8');
      assert.equal(response.headers['access-control-allow-origin'], '*');
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.equal(Number(response.headers['content-length']), response.body.length);
      assert.ok(response.body.length < repoFile(script).length);
      assert.deepEqual(brotliDecompressSync(response.body), repoFile(script));
    });

    it('answers gzip when brotli is not accepted (absent or q=0)', async () => {
      for (const accept of ['gzip, deflate', 'br;q=0, gzip;q=0.8', 'x-gzip']) {
        const response = await rawGet(`${server.url}/${script}`, { 'accept-encoding': accept });
        assert.equal(response.headers['content-encoding'], 'gzip', accept);
        assert.equal(response.headers.vary, 'Accept-Encoding');
        assert.deepEqual(gunzipSync(response.body), repoFile(script), accept);
      }
    });

    it('answers the file as it is when neither is accepted', async () => {
      for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0, deflate' }]) {
        const response = await rawGet(`${server.url}/${script}`, headers);
        assert.equal(response.status, 200);
        assert.equal(response.headers['content-encoding'], undefined, JSON.stringify(headers));
        assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8');
        assert.deepEqual(response.body, repoFile(script));
      }
    });

    it('serves JSON as application/json with CORS, compressed', async () => {
      const response = await rawGet(`${server.url}/package.json`, { 'accept-encoding': 'br' });
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(response.headers['access-control-allow-origin'], '*');
      assert.equal(response.headers['content-encoding'], 'br');
      assert.deepEqual(brotliDecompressSync(response.body), repoFile('package.json'));
    });

    it('keeps the CSP on a compressed page, and answers HEAD with the headers only', async () => {
      const page = await rawGet(`${server.url}/demo/`, { 'accept-encoding': 'gzip' });
      assert.equal(page.headers['content-encoding'], 'gzip');
      assert.equal(page.headers['content-security-policy'], STRICT_CSP);
      assert.match(page.headers['content-type'], /^text\/html/);
      assert.deepEqual(gunzipSync(page.body), repoFile('demo/index.html'));
      const head = await rawGet(`${server.url}/demo/`, { 'accept-encoding': 'gzip' }, 'HEAD');
      assert.equal(head.headers['content-length'], page.headers['content-length']);
      assert.equal(head.body.length, 0);
    });

    it('leaves other types alone (an image, a file without extension)', async () => {
      for (const path of ['test/visual/baselines/branch-list-320-dark.png', 'LICENSE']) {
        const response = await rawGet(`${server.url}/${path}`, { 'accept-encoding': 'br, gzip' });
        assert.equal(response.status, 200, path);
        assert.equal(response.headers['content-encoding'], undefined, path);
        assert.deepEqual(response.body, repoFile(path), path);
      }
    });

    it('compresses a file again once it changed on disk', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
      const own = await startStaticServer({ root: dir });
      try {
        const file = join(dir, 'a.js');
        writeFileSync(file, 'export const a = 1;\n'.repeat(50));
        const first = await rawGet(`${own.url}/a.js`, { 'accept-encoding': 'br' });
        assert.equal(brotliDecompressSync(first.body).toString(), 'export const a = 1;\n'.repeat(50));
        writeFileSync(file, 'export const b = 2;\n'.repeat(60));
        utimesSync(file, new Date(), new Date(Date.now() + 5000)); // a later mtime, whatever the clock's resolution
        const second = await rawGet(`${own.url}/a.js`, { 'accept-encoding': 'br' });
        assert.equal(brotliDecompressSync(second.body).toString(), 'export const b = 2;\n'.repeat(60));
      } finally {
        await own.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('reads Accept-Encoding weights', () => {
      assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
      assert.equal(negotiateEncoding('gzip, br;q=0'), 'gzip');
      assert.equal(negotiateEncoding('*'), 'br');
      assert.equal(negotiateEncoding('*, br;q=0'), 'gzip');
      assert.equal(negotiateEncoding('identity'), undefined);
      assert.equal(negotiateEncoding(''), undefined);
      assert.equal(negotiateEncoding(undefined), undefined);
    });
  });

  it('the strict CSP allows no inline script, no eval, and requires Trusted Types', () => {
    assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);
    assert.match(STRICT_CSP, /require-trusted-types-for 'script'/);
  });
});
