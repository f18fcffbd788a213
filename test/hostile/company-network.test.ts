// F2, F3, rate limit: the company look-up whatever `fetch` the page provides. A host wrapper that
// drops `redirect: 'error'` gets a redirected answer refused; a fetch that throws, is missing, or
// never settles (ignoring the abort signal) gives a typed failure; the page-wide limit holds at send
// time (a turn granted counts from the moment its request leaves). Waits run on a fake clock.
import { expect, html } from '@open-wc/testing';
import { createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import { RateLimiter } from '../../src/services/company-search/rate-limiter.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';
import { companyOptions, companyStatus, mount, press, text, typeInto, until } from '../components/finder/helpers.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { hostFetch, Uncaught } from './helpers.js';
import { captureWarnings } from '../helpers/warnings.js';

const base = async () => `${await fakeApiBase()}/${uniq()}`;

describe('hostile host: the company look-up through the page’s fetch', function () {
  this.timeout(20000);

  it('a wrapper that drops the options (so a redirect is followed): the answer is refused, nothing from it is shown', async () => {
    const host = hostFetch((f0) => (u: RequestInfo | URL) => f0(String(u)));
    try {
      const client = createCompanySearch({ apiBase: await base(), pageState: createPageState() });
      const q = `multi redirect ${uniq()}`;
      let result!: Awaited<ReturnType<typeof client.search>>;
      const warnings = await captureWarnings(async () => void (result = await client.search(q)));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.deep.include({ kind: 'bad-response', reason: 'redirected' });
      expect(warnings.some((w) => w.includes('redirect'))).to.equal(true);
      // it did reach the other origin (the host's fetch followed it): the widget only refuses to use it
      expect((await fakeStats(q)).requests.some((r) => r.redirected)).to.equal(true);

      const el = await mount(html`<opco-finder api-base=${await base()}></opco-finder>`);
      await typeInto(el, `zzmulti redirect ${uniq()}`);
      await press(el, 'Enter');
      await until(() => text(companyStatus(el)).includes('ne répond pas'), 'the service-down notice');
      expect(companyOptions(el)).to.have.length(0);
      expect(text(el)).not.to.contain('GROUPE MULTI SERVICES');
    } finally {
      host.restore();
    }
  });

  it('a fetch that throws synchronously, or none at all: a network failure, nothing escapes', async () => {
    const uncaught = new Uncaught();
    for (const fetch of [
      () => {
        throw new TypeError('host says no');
      },
      () => 'not a response',
      () => Promise.resolve({ ok: true, status: 200 }),
    ]) {
      const client = createCompanySearch({ apiBase: await base(), pageState: createPageState(), fetch: fetch as unknown as typeof globalThis.fetch });
      const r = await client.search(`boulangerie ${uniq()}`);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.error.kind).to.equal('network');
    }
    const host = hostFetch(() => undefined);
    try {
      const client = createCompanySearch({ apiBase: await base(), pageState: createPageState() });
      const r = await client.search(`boulangerie ${uniq()}`);
      expect(!r.ok && r.error.kind).to.equal('network');
    } finally {
      host.restore();
    }
    expect(uncaught.stop()).to.deep.equal([]);
  });

  it('a fetch that never settles and ignores the abort signal: a timeout all the same (fake clock)', async () => {
    const clock = new FakeClock();
    const client = createCompanySearch({
      apiBase: await base(),
      pageState: createPageState(),
      clock,
      timeoutMs: 8000,
      fetch: (() => new Promise(() => undefined)) as typeof fetch,
    });
    let done: Awaited<ReturnType<typeof client.search>> | undefined;
    void client.search(`boulangerie ${uniq()}`).then((r) => (done = r));
    await until(() => clock.pending > 0, 'the request to be sent');
    await clock.advance(7999);
    expect(done).to.equal(undefined);
    await clock.advance(2);
    await flush();
    expect(done).to.deep.include({ ok: false });
    expect(done && !done.ok && done.error).to.deep.equal({ kind: 'timeout', timeoutMs: 8000 });
  });

  it('timeoutMs of 2**31 is kept to 60 s', async () => {
    const clock = new FakeClock();
    const client = createCompanySearch({
      apiBase: await base(),
      pageState: createPageState(),
      clock,
      timeoutMs: 2 ** 31,
      fetch: (() => new Promise(() => undefined)) as typeof fetch,
    });
    let done: unknown;
    void client.search(`boulangerie ${uniq()}`).then((r) => (done = r));
    await until(() => clock.pending > 0, 'the request to be sent');
    await clock.advance(59_999);
    expect(done).to.equal(undefined);
    await clock.advance(2);
    await flush();
    expect(done).to.deep.include({ ok: false, error: { kind: 'timeout', timeoutMs: 60_000 } });
  });
});

describe('the rate limit holds at send time', () => {
  it('turns granted but sent later start their window when they leave, not when they were granted', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(3, 1000, () => clock);
    for (let i = 0; i < 3; i++) expect(await limiter.acquire()).to.equal(true);
    // the page is busy: the three requests leave half a second after their turn came
    await clock.advance(500);
    for (let i = 0; i < 3; i++) limiter.sent();
    let fourth = false;
    void limiter.acquire().then((ok) => (fourth = ok));
    await clock.advance(600); // 1100 ms after the turns, 600 ms after the requests
    expect(fourth, 'no fourth request within a second of the first three').to.equal(false);
    await clock.advance(401);
    expect(fourth).to.equal(true);
  });

  it('10 look-ups at once on one page: never more than 3 requests in any second (fake clock)', async () => {
    const clock = new FakeClock();
    const pageState = createPageState({ clock });
    const sentAt: number[] = [];
    const apiBase = await base();
    const clients = Array.from({ length: 10 }, () =>
      createCompanySearch({
        apiBase,
        pageState,
        clock,
        fetch: ((u: RequestInfo | URL, init?: RequestInit) => {
          sentAt.push(clock.now());
          return fetch(u, init);
        }) as typeof fetch,
      }),
    );
    const all = Promise.all(clients.map((c, i) => c.search(`multi n${i} ${uniq()}`)));
    for (let t = 0; t < 5000 && sentAt.length < 10; t += 250) {
      await clock.advance(250);
      await new Promise((r) => setTimeout(r, 20));
    }
    const results = await all;
    expect(results.every((r) => r.ok)).to.equal(true);
    expect(sentAt).to.have.length(10);
    for (let i = 3; i < sentAt.length; i++) expect(sentAt[i]! - sentAt[i - 3]!, `request ${i}`).to.be.at.least(1000);
  });
});
