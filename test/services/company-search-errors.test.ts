// Every failure is a typed result, never a throw or a rejection into the page.
import { expect } from '@open-wc/testing';
import { createCompanySearch, createPageState, FALLBACK_RETRY_AFTER_MS } from '../../src/services/company-search/index.js';
import type { CompanySearchError, CompanySearchOptions, CompanySearchResult } from '../../src/services/company-search/index.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';

import { FakeClock } from '../helpers/fake-clock.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function error(result: CompanySearchResult): CompanySearchError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

async function makeClient(options: CompanySearchOptions = {}) {
  return createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState(), ...options });
}

describe('createCompanySearch: failures', () => {
  it('network error (nothing listening) → network', async () => {
    // port 1 on loopback: refused (and on Chrome's unsafe-port list): fetch rejects with a TypeError
    const client = createCompanySearch({ apiBase: 'http://127.0.0.1:1', pageState: createPageState() });
    const e = error(await client.search('boulangerie'));
    expect(e.kind).to.equal('network');
    if (e.kind === 'network') expect(e.offline).to.equal(false);
  });

  it('a reply without CORS headers (as a misconfigured proxy gives) → network', async () => {
    const client = await makeClient();
    expect(error(await client.search(`nocors ${uniq()}`)).kind).to.equal('network');
  });

  it('no reply at all → timeout after timeoutMs', async () => {
    const client = await makeClient({ timeoutMs: 300 });
    const t0 = Date.now();
    const e = error(await client.search(`hang ${uniq()}`));
    expect(e).to.deep.equal({ kind: 'timeout', timeoutMs: 300 });
    expect(Date.now() - t0).to.be.at.least(290);
  });

  it('a reply slower than timeoutMs → timeout', async () => {
    const client = await makeClient({ timeoutMs: 200 });
    expect(error(await client.search(`multi delay1500 ${uniq()}`)).kind).to.equal('timeout');
  });

  it('500 → http with status', async () => {
    const client = await makeClient();
    expect(error(await client.search(`error500 ${uniq()}`))).to.deep.equal({ kind: 'http', status: 500, message: null });
  });

  it('400 → http with the API message', async () => {
    const client = await makeClient();
    expect(error(await client.search(`status400 ${uniq()}`))).to.deep.equal({
      kind: 'http',
      status: 400,
      message: 'Veuillez indiquer au moins un paramètre de recherche.',
    });
  });

  it('malformed JSON → bad-response (json)', async () => {
    const client = await makeClient();
    expect(error(await client.search(`badjson ${uniq()}`))).to.deep.equal({ kind: 'bad-response', status: 200, reason: 'json' });
  });

  it('valid JSON of another shape → bad-response (shape)', async () => {
    const client = await makeClient();
    expect(error(await client.search(`badshape ${uniq()}`))).to.deep.equal({ kind: 'bad-response', status: 200, reason: 'shape' });
  });

  it('the caller aborting → aborted', async () => {
    const client = await makeClient();
    const ctl = new AbortController();
    const pending = client.search(`multi delay500 ${uniq()}`, { signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    expect(error(await pending).kind).to.equal('aborted');
  });

  it('429 → rate-limited with Retry-After; nothing is sent before that time, then it works again (fake clock)', async () => {
    const clock = new FakeClock();
    const client = await makeClient({ clock, pageState: createPageState({ clock }) });
    const e = error(await client.search(`ratelimit1 ${uniq()}`));
    expect(e.kind).to.equal('rate-limited');
    if (e.kind === 'rate-limited') {
      expect(e.retryAfter).to.equal(1);
      expect(e.status).to.equal(429);
    }

    const blockedQ = `boulangerie ${uniq()}`;
    const blocked = error(await client.search(blockedQ));
    expect(blocked.kind).to.equal('rate-limited');
    if (blocked.kind === 'rate-limited') expect(blocked.status).to.equal(null);
    expect((await fakeStats(blockedQ)).requests).to.have.length(0);

    await clock.advance(999);
    expect(error(await client.search(blockedQ)).kind).to.equal('rate-limited');
    await clock.advance(51);
    expect((await client.search(blockedQ)).ok).to.equal(true);
    expect((await fakeStats(blockedQ)).requests).to.have.length(1);
  });

  it('429 whose Retry-After is not exposed to CORS → falls back to a safe delay', async () => {
    const client = await makeClient();
    const e = error(await client.search(`ratelimithidden ${uniq()}`));
    expect(e.kind).to.equal('rate-limited');
    if (e.kind === 'rate-limited') expect(e.retryAfter).to.equal(FALLBACK_RETRY_AFTER_MS / 1000);
  });

  it('the Retry-After block is page-wide: another client on the same page waits too', async () => {
    const base = await fakeApiBase();
    const pageState = createPageState();
    const a = createCompanySearch({ apiBase: base, pageState });
    const b = createCompanySearch({ apiBase: base, pageState });
    expect(error(await a.search(`ratelimit5 ${uniq()}`)).kind).to.equal('rate-limited');
    const e = error(await b.search(`boulangerie ${uniq()}`));
    expect(e.kind).to.equal('rate-limited');
    if (e.kind === 'rate-limited') expect(e.retryAfter).to.be.within(4, 5);
  });

  it('no case ever rejects or throws', async () => {
    const rejections: unknown[] = [];
    const onRejection = (ev: PromiseRejectionEvent) => rejections.push(ev.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const base = await fakeApiBase();
      const queries = [
        'multi',
        'closed',
        'noidcc',
        'idcc9999',
        'nondiff',
        'outremer',
        'empty',
        'error500',
        'status400',
        'badjson',
        'badshape',
        'nocors',
        'ratelimit1',
        'ratelimithidden',
        'hang',
        '901000000',
        '90100000000018',
        'ab',
        '',
      ];
      const settled = await Promise.allSettled(
        queries.map((q) =>
          createCompanySearch({ apiBase: base, pageState: createPageState({ maxRequests: 100 }), timeoutMs: 300 }).search(
            /^(\d+|ab|)$/.test(q) ? q : `${q} ${uniq()}`,
          ),
        ),
      );
      expect(settled.every((s) => s.status === 'fulfilled')).to.equal(true);
      const broken = createCompanySearch({ apiBase: 'http://127.0.0.1:1', pageState: createPageState() });
      expect((await Promise.allSettled([broken.search('boulangerie')]))[0]!.status).to.equal('fulfilled');
      await sleep(20);
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
