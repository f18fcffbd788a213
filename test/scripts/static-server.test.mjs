// The demo's static server (sirv underneath): what the demo, the benchmarks and the CSP pages rely on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STRICT_CSP, startStaticServer } from '../../scripts/lib/static-server.mjs';

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

  it('the strict CSP allows no inline script, no eval, and requires Trusted Types', () => {
    assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);
    assert.match(STRICT_CSP, /require-trusted-types-for 'script'/);
  });
});
