// Latest-wins, page-wide cache and page-wide rate limiting, against the loopback fake.
import { expect } from '@open-wc/testing';
import { createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import type { CompanySearchResult } from '../../src/services/company-search/index.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';
import { resolveOpco } from '../../src/data/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const names = (r: CompanySearchResult) => (r.ok ? r.companies.map((c) => c.name) : r.error.kind);

describe('createCompanySearch: stale requests', () => {
  it('a newer search aborts the older one, so its late reply never wins', async () => {
    const client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState() });
    const slowQ = `multi delay400 ${uniq()}`;
    const slow = client.search(slowQ);
    await sleep(50);
    const fast = client.search(`closed ${uniq()}`);
    const [slowResult, fastResult] = await Promise.all([slow, fast]);
    expect(names(slowResult)).to.equal('aborted');
    expect(names(fastResult)).to.deep.equal(['SALON FERME']);
    // the slow one really was on the wire: it is the abort, not luck, that kept it out
    expect((await fakeStats(slowQ)).requests).to.have.length(1);
  });

  it('out-of-order replies: the answer that arrives last is not the one kept', async () => {
    const client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState() });
    const results: CompanySearchResult[] = [];
    const first = client.search(`multi delay300 ${uniq()}`).then((r) => results.push(r));
    const second = client.search(`closed delay50 ${uniq()}`).then((r) => results.push(r));
    await Promise.all([first, second]);
    const kept = results.filter((r) => r.ok);
    expect(kept).to.have.length(1);
    expect(names(kept[0]!)).to.deep.equal(['SALON FERME']);
  });

  it('separate clients (two widgets) do not cancel each other', async () => {
    const base = await fakeApiBase();
    const pageState = createPageState();
    const a = createCompanySearch({ apiBase: base, pageState });
    const b = createCompanySearch({ apiBase: base, pageState });
    const [ra, rb] = await Promise.all([a.search(`multi delay200 ${uniq()}`), b.search(`closed ${uniq()}`)]);
    expect(names(ra)).to.deep.equal(['GROUPE MULTI SERVICES']);
    expect(names(rb)).to.deep.equal(['SALON FERME']);
  });
});

describe('createCompanySearch: cache', () => {
  it('a second identical search does not reach the server', async () => {
    const client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState() });
    const q = `multi ${uniq()}`;
    const first = await client.search(q);
    const second = await client.search(`  ${q.toUpperCase().replace(' ', '   ')} `);
    expect(first.ok && !first.fromCache).to.equal(true);
    expect(second.ok && second.fromCache).to.equal(true);
    expect(names(second)).to.deep.equal(names(first));
    expect((await fakeStats(q)).requests).to.have.length(1);
  });

  it('is shared by every client on the page (default page state)', async () => {
    const base = await fakeApiBase();
    const q = `closed ${uniq()}`;
    expect((await createCompanySearch({ apiBase: base }).search(q)).ok).to.equal(true);
    const again = await createCompanySearch({ apiBase: base }).search(q);
    expect(again.ok && again.fromCache).to.equal(true);
    expect((await fakeStats(q)).requests).to.have.length(1);
  });

  it('shares answers, not resolutions: each client maps a cached answer with its own resolver', async () => {
    const base = await fakeApiBase();
    const pageState = createPageState();
    const q = `closed ${uniq()}`;
    const plain = await createCompanySearch({ apiBase: base, pageState }).search(q);
    const custom = await createCompanySearch({ apiBase: base, pageState, resolveOpco: () => resolveOpco('9999') }).search(q);
    expect(custom.ok && custom.fromCache).to.equal(true);
    const kindOf = (r: CompanySearchResult) => (r.ok ? r.companies[0]!.idccs[0]!.resolution.kind : r.error.kind);
    expect(kindOf(plain)).to.equal('found');
    expect(kindOf(custom)).to.equal('special');
  });

  it('is keyed on apiBase and postcode too', async () => {
    const base = await fakeApiBase();
    const pageState = createPageState();
    const q = `multi ${uniq()}`;
    await createCompanySearch({ apiBase: base, pageState }).search(q);
    await createCompanySearch({ apiBase: `${base}/proxy`, pageState }).search(q);
    await createCompanySearch({ apiBase: base, pageState }).search(q, { postcode: '69007' });
    expect((await fakeStats(q)).requests).to.have.length(3);
  });

  it('never caches failures, and `refresh` bypasses the cache read', async () => {
    const client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState() });
    const failing = `error500 ${uniq()}`;
    await client.search(failing);
    await client.search(failing);
    expect((await fakeStats(failing)).requests).to.have.length(2);

    const q = `multi ${uniq()}`;
    await client.search(q);
    const fresh = await client.search(q, { refresh: true });
    expect(fresh.ok && !fresh.fromCache).to.equal(true);
    expect((await fakeStats(q)).requests).to.have.length(2);
  });
});

describe('createCompanySearch: rate limiting', () => {
  it('sends at most 3 requests per second page-wide, queuing (not dropping) the rest', async () => {
    const base = await fakeApiBase();
    const pageState = createPageState(); // default budget: 3 per 1000 ms
    const tag = uniq();
    const queries = [1, 2, 3, 4, 5].map((i) => `boulangerie ${tag} n${i}`);
    // five widgets searching at once
    const results = await Promise.all(queries.map((q) => createCompanySearch({ apiBase: base, pageState }).search(q)));
    expect(results.every((r) => r.ok)).to.equal(true);

    const times = (await fakeStats()).requests
      .filter((r) => r.q?.includes(tag))
      .map((r) => r.at)
      .sort((a, b) => a - b);
    expect(times).to.have.length(5);
    // any 4 consecutive requests span at least ~1 s (lower bound only; late is fine)
    for (let i = 3; i < times.length; i++) expect(times[i]! - times[i - 3]!).to.be.at.least(950);
  });
});
