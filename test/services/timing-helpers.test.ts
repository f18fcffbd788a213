import { expect } from '@open-wc/testing';
import { createDebounce } from '../../src/services/company-search/debounce.js';
import { RateLimiter } from '../../src/services/company-search/rate-limiter.js';
import { parseRetryAfter } from '../../src/services/company-search/retry-after.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createDebounce', () => {
  it('runs once, with the last arguments, after the quiet delay', async () => {
    // when it ran, not whether it ran by a given sleep: a busy machine may wake a sleep late
    const calls: { arg: string; after: number }[] = [];
    let last = 0;
    const d = createDebounce((arg: string) => calls.push({ arg, after: performance.now() - last }), 40);
    d.call('a');
    d.call('ab');
    last = performance.now();
    d.call('abc');
    expect(d.pending).to.equal(true);
    expect(calls).to.deep.equal([]);
    for (let waited = 0; calls.length === 0 && waited < 2000; waited += 10) await sleep(10);
    expect(calls.map((c) => c.arg)).to.deep.equal(['abc']);
    expect(calls[0]!.after).to.be.at.least(39);
    expect(d.pending).to.equal(false);
    await sleep(60);
    expect(calls).to.have.length(1);
  });

  it('flush runs now and drops the pending call (Enter)', async () => {
    const calls: string[] = [];
    const d = createDebounce((s: string) => calls.push(s), 40);
    d.call('typed');
    d.flush('entered');
    await sleep(60);
    expect(calls).to.deep.equal(['entered']);
  });

  it('cancel drops the pending call', async () => {
    const calls: string[] = [];
    const d = createDebounce((s: string) => calls.push(s), 20);
    d.call('x');
    d.cancel();
    await sleep(40);
    expect(calls).to.deep.equal([]);
  });
});

describe('RateLimiter', () => {
  it('lets `max` through at once, queues the rest in order, and keeps any window under `max`', async () => {
    const limiter = new RateLimiter(3, 200);
    const t0 = Date.now();
    const times: number[] = [];
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4, 5, 6].map((i) =>
        limiter.acquire().then((ok) => {
          expect(ok).to.equal(true);
          times.push(Date.now() - t0);
          order.push(i);
        }),
      ),
    );
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    // lower bounds only: a slow machine may be late, never early
    expect(times[3]! - times[0]!).to.be.at.least(195);
    expect(times[6]! - times[0]!).to.be.at.least(395);
    for (let i = 3; i < times.length; i++) expect(times[i]! - times[i - 3]!).to.be.at.least(195);
  });

  it('drops a waiter whose signal fires, without blocking the others', async () => {
    const limiter = new RateLimiter(1, 100);
    await limiter.acquire();
    const ctl = new AbortController();
    const gone = limiter.acquire(ctl.signal);
    const next = limiter.acquire();
    expect(limiter.pending).to.equal(2);
    ctl.abort();
    expect(await gone).to.equal(false);
    expect(limiter.pending).to.equal(1);
    expect(await next).to.equal(true);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(' 0 ')).to.equal(0);
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).to.equal(30000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).to.equal(0);
  });

  it('returns null for a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).to.equal(null);
    expect(parseRetryAfter('soon')).to.equal(null);
    expect(parseRetryAfter('-5')).to.equal(null);
  });
});
