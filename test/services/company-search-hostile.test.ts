// A client no reply can hurt: oversized, hostile, redirecting, mislabelled and rate-limited replies
// from the loopback fake (real fetch, real CORS, real streams).
import { expect } from '@open-wc/testing';
import { CACHE_MAX_BYTES, MAX_RETRY_AFTER_MS, ResponseCache, createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import type { CompanySearchError, CompanySearchOptions, CompanySearchResult, CompanySearchSuccess } from '../../src/services/company-search/index.js';
import { parseLargeReply } from '../../src/services/company-search/large-reply.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';

function ok(result: CompanySearchResult): CompanySearchSuccess {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result;
}
function error(result: CompanySearchResult): CompanySearchError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}
async function makeClient(options: CompanySearchOptions = {}) {
  return createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState(), ...options });
}

describe('createCompanySearch: replies that must not hurt the page', () => {
  it('an oversized reply (6 MB, streamed): reading stops at the cap, "service unavailable" (bad-response too-large), nothing cached', async () => {
    const state = createPageState();
    const client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: state });
    const e = error(await client.search(`oversize6 ${uniq()}`));
    expect(e).to.deep.include({ kind: 'bad-response', reason: 'too-large' });
    expect((state.cache as ResponseCache).size).to.equal(0);
  });

  it('10 000 companies in one reply: at most per_page are kept', async () => {
    const client = await makeClient({ perPage: 10 });
    const r = ok(await client.search(`huge10000 ${uniq()}`));
    expect(r.companies).to.have.length(10);
    expect(new Set(r.companies.map((c) => c.siren)).size).to.equal(10);
  });

  it('one company with 200 establishments: a bounded number of establishments and IDCCs, without repeats', async () => {
    const client = await makeClient();
    const [c] = ok(await client.search(`manyetab200 ${uniq()}`)).companies;
    expect(c!.establishments.length).to.be.at.most(11);
    const sirets = c!.establishments.map((e) => e.siret);
    expect(new Set(sirets).size).to.equal(sirets.length);
    for (const e of c!.establishments) {
      expect(e.idccs.length).to.be.at.most(20);
      expect(new Set(e.idccs.map((i) => i.idcc)).size).to.equal(e.idccs.length);
    }
  });

  it('one company record of over 1 MB (2 000 establishments) is not parsed: "service unavailable"', async () => {
    const client = await makeClient();
    expect(error(await client.search(`manyetab2000 ${uniq()}`))).to.deep.include({ kind: 'bad-response', reason: 'shape' });
  });

  it('a redirect to another origin is refused: the typed text never reaches it', async () => {
    const client = await makeClient();
    const q = `redirect ${uniq()}`;
    const e = error(await client.search(q));
    expect(e.kind).to.equal('network');
    const stats = await fakeStats(q);
    expect(stats.requests.map((r) => r.redirected)).to.deep.equal([false]);
  });

  it('JSON labelled as HTML → bad-response (content-type)', async () => {
    const client = await makeClient();
    expect(error(await client.search(`wrongtype ${uniq()}`))).to.deep.include({ kind: 'bad-response', reason: 'content-type' });
  });

  it('an nginx 502/503 HTML page → http, no message read from it', async () => {
    const client = await makeClient();
    expect(error(await client.search(`nginx502 ${uniq()}`))).to.deep.equal({ kind: 'http', status: 502, message: null });
    expect(error(await client.search(`nginx503 ${uniq()}`))).to.deep.equal({ kind: 'http', status: 503, message: null });
  });

  it('a Retry-After of an hour is cut to what a visitor can wait for, and says so', async () => {
    const client = await makeClient();
    const e = error(await client.search(`ratelimit3600 ${uniq()}`));
    expect(e.kind).to.equal('rate-limited');
    if (e.kind === 'rate-limited') {
      expect(e.retryAfter).to.equal(MAX_RETRY_AFTER_MS / 1000);
      expect(e.capped).to.equal(true);
    }
  });

  it('a 429 without CORS headers right after a burst: treated as a likely 429, and the client backs off', async () => {
    const base = await fakeApiBase();
    const state = createPageState({ maxRequests: 10 });
    const client = createCompanySearch({ apiBase: base, pageState: state });
    const other = createCompanySearch({ apiBase: base, pageState: state });
    ok(await other.search(`boulangerie ${uniq()}`));
    ok(await other.search(`boucherie ${uniq()}`));
    const e = error(await client.search(`ratelimitnocors ${uniq()}`));
    expect(e).to.deep.include({ kind: 'rate-limited', status: null, likely: true });
    const after = `fromagerie ${uniq()}`;
    expect(error(await other.search(after)).kind).to.equal('rate-limited');
    expect((await fakeStats(after)).requests).to.have.length(0);
  });

  it('the same reply alone (no burst before it) stays a network error', async () => {
    const client = await makeClient();
    expect(error(await client.search(`ratelimitnocors ${uniq()}`)).kind).to.equal('network');
  });

  it('builds the URL from an api-base with a path, a query and a hash', async () => {
    const client = createCompanySearch({ apiBase: `${await fakeApiBase()}/proxy/?key=abc#section`, pageState: createPageState() });
    const q = `multi ${uniq()}`;
    ok(await client.search(q));
    const [req] = (await fakeStats(q)).requests;
    expect(req!.path).to.equal('/proxy/search');
    expect(req!.query['key']).to.equal('abc');
    expect(req!.query['q']).to.equal(q);
  });
});

describe('parseLargeReply: a large reply read in slices', () => {
  it('keeps the first items and the envelope, and refuses what is not one JSON object', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ siren: String(800000000 + i), nom_complet: `A "quoted" \\ name ] } ${i}` }));
    const text = JSON.stringify({ results: items, total_results: 5000, page: 1, per_page: 10, other: { nested: [1, 2] } });
    const r = await parseLargeReply(text, 3);
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.value.results).to.deep.equal(items.slice(0, 3));
      expect(r.value['total_results']).to.equal(5000);
    }
    expect(await parseLargeReply(text.slice(0, -1), 3)).to.deep.equal({ ok: false, reason: 'json' });
    expect(await parseLargeReply(`${text} x`, 3)).to.deep.equal({ ok: false, reason: 'json' });
    expect(await parseLargeReply(JSON.stringify(items), 3)).to.deep.equal({ ok: false, reason: 'shape' });
  });
});

describe('ResponseCache: bounded by count and by size', () => {
  const payload = { results: [] };
  it('evicts the least recently used entries when the byte budget is passed', () => {
    const cache = new ResponseCache(100, 1000);
    cache.set('a', payload, 400);
    cache.set('b', payload, 400);
    cache.get('a');
    cache.set('c', payload, 400);
    expect(cache.get('b')).to.equal(undefined);
    expect(cache.get('a')).to.equal(payload);
    expect(cache.bytes).to.equal(800);
  });

  it('evicts by count, and never keeps an answer larger than the whole budget', () => {
    const cache = new ResponseCache(2, CACHE_MAX_BYTES);
    cache.set('a', payload, 1);
    cache.set('b', payload, 1);
    cache.set('c', payload, 1);
    expect(cache.size).to.equal(2);
    cache.set('huge', payload, CACHE_MAX_BYTES + 1);
    expect(cache.get('huge')).to.equal(undefined);
  });
});
