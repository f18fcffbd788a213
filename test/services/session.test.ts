// The state a Lit controller renders: idle | loading | results | error.
import { expect } from '@open-wc/testing';
import { CompanySearchSession, createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import type { CompanySearchState } from '../../src/services/company-search/index.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function makeSession(debounceMs = 40) {
  const client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState(), debounceMs });
  const session = new CompanySearchSession(client);
  const seen: CompanySearchState[] = [];
  session.subscribe((s) => seen.push(s));
  return { session, seen };
}

function until(session: CompanySearchSession, status: CompanySearchState['status']): Promise<CompanySearchState> {
  return new Promise((resolve) => {
    if (session.state.status === status) return resolve(session.state);
    const off = session.subscribe((s) => {
      if (s.status === status) {
        off();
        resolve(s);
      }
    });
  });
}

describe('CompanySearchSession', () => {
  it('debounces typing: one request for the final text, then idle → loading → results', async () => {
    const { session, seen } = await makeSession();
    const tag = uniq();
    const before = (await fakeStats()).total;
    for (const text of ['mul', 'mult', 'multi', `multi ${tag}`]) session.input(text);
    const done = (await until(session, 'results')) as Extract<CompanySearchState, { status: 'results' }>;
    expect(done.result.companies[0]!.name).to.equal('GROUPE MULTI SERVICES');
    expect(seen.map((s) => s.status)).to.deep.equal(['loading', 'results']);
    const stats = await fakeStats();
    expect(stats.requests.slice(before).map((r) => r.q)).to.deep.equal([`multi ${tag}`]);
    session.dispose();
  });

  it('submit (Enter) bypasses the debounce', async () => {
    const { session } = await makeSession(10_000);
    const t0 = Date.now();
    await session.submit(`closed ${uniq()}`);
    expect(session.state.status).to.equal('results');
    expect(Date.now() - t0).to.be.below(5000);
    session.dispose();
  });

  it('keeps quiet for IDCC-like, partial or too-short input, and sends nothing', async () => {
    const { session } = await makeSession(10);
    const before = (await fakeStats()).total;
    session.input('IDCC 1979');
    expect(session.state).to.deep.equal({ status: 'idle', input: 'IDCC 1979', kind: 'idcc-like' });
    session.input('901 000');
    expect(session.state.kind).to.equal('partial-id');
    session.input('ab');
    await sleep(40);
    expect(session.state.status).to.equal('idle');
    expect((await fakeStats()).total).to.equal(before);
    session.dispose();
  });

  it('shows an error for a Luhn-invalid SIRET, without a request', async () => {
    const { session } = await makeSession(10);
    const before = (await fakeStats()).total;
    await session.submit('901 000 000 00018');
    const s = session.state;
    expect(s.status).to.equal('error');
    if (s.status === 'error') expect(s.error).to.include({ kind: 'invalid-input', reason: 'invalid-id' });
    expect((await fakeStats()).total).to.equal(before);
    session.dispose();
  });

  it('latest wins: a slow earlier search never replaces a newer answer', async () => {
    const { session } = await makeSession(0);
    const slow = session.submit(`multi delay300 ${uniq()}`);
    const fast = session.submit(`closed ${uniq()}`);
    await Promise.all([slow, fast]);
    // the slow reply was aborted, not waited for: its late answer can no longer arrive
    await sleep(20);
    const s = session.state;
    expect(s.status).to.equal('results');
    if (s.status === 'results') expect(s.result.companies[0]!.name).to.equal('SALON FERME');
    session.dispose();
  });

  it('clear() during loading goes idle and ignores the late answer', async () => {
    const { session } = await makeSession(0);
    const pending = session.submit(`multi delay200 ${uniq()}`);
    expect(session.state.status).to.equal('loading');
    session.clear();
    await pending;
    await sleep(20);
    expect(session.state).to.deep.equal({ status: 'idle', input: '', kind: 'empty' });
    session.dispose();
  });

  it('reports a server failure as an error state', async () => {
    const { session } = await makeSession(0);
    await session.submit(`error500 ${uniq()}`);
    const s = session.state;
    expect(s.status).to.equal('error');
    if (s.status === 'error') expect(s.error).to.deep.equal({ kind: 'http', status: 500, message: null });
    session.dispose();
  });
});
