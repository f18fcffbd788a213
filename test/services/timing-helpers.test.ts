import { expect } from '@open-wc/testing';
import { createDebounce } from '../../src/services/company-search/debounce.js';
import { RateLimiter } from '../../src/services/company-search/rate-limiter.js';
import { parseRetryAfter } from '../../src/services/company-search/retry-after.js';

import { FakeClock, flush } from '../helpers/fake-clock.js';

describe('createDebounce', () => {
  it('runs once, with the last arguments, after the quiet delay (fake clock)', async () => {
    const clock = new FakeClock();
    const calls: { arg: string; at: number }[] = [];
    const d = createDebounce(
      (arg: string) => calls.push({ arg, at: clock.now() }),
      40,
      () => clock,
    );
    const t0 = clock.now();
    d.call('a');
    await clock.advance(10);
    d.call('ab');
    await clock.advance(10);
    d.call('abc');
    expect(d.pending).to.equal(true);
    await clock.advance(39);
    expect(calls).to.deep.equal([]);
    await clock.advance(1);
    expect(calls).to.deep.equal([{ arg: 'abc', at: t0 + 60 }]);
    expect(d.pending).to.equal(false);
    await clock.advance(1000);
    expect(calls).to.have.length(1);
  });

  it('flush runs now and drops the pending call (Enter)', async () => {
    const clock = new FakeClock();
    const calls: string[] = [];
    const d = createDebounce(
      (s: string) => calls.push(s),
      40,
      () => clock,
    );
    d.call('typed');
    d.flush('entered');
    await clock.advance(100);
    expect(calls).to.deep.equal(['entered']);
  });

  it('cancel drops the pending call', async () => {
    const clock = new FakeClock();
    const calls: string[] = [];
    const d = createDebounce(
      (s: string) => calls.push(s),
      20,
      () => clock,
    );
    d.call('x');
    d.cancel();
    await clock.advance(100);
    expect(calls).to.deep.equal([]);
  });
});

describe('RateLimiter', () => {
  it('lets `max` through at once, queues the rest in order, and keeps any window under `max` (counted when sent)', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(3, 200, () => clock);
    const t0 = clock.now();
    const times: number[] = [];
    const order: number[] = [];
    const all = Promise.all(
      [0, 1, 2, 3, 4, 5, 6].map((i) =>
        limiter.acquire().then((ok) => {
          expect(ok).to.equal(true);
          limiter.sent();
          times.push(clock.now() - t0);
          order.push(i);
        }),
      ),
    );
    await flush();
    for (let step = 0; step < 10; step++) await clock.advance(100);
    await all;
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(times.slice(0, 3)).to.deep.equal([0, 0, 0]);
    for (let i = 3; i < times.length; i++) expect(times[i]! - times[i - 3]!).to.be.at.least(200);
  });

  it('drops a waiter whose signal fires, without blocking the others', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(1, 100, () => clock);
    await limiter.acquire();
    limiter.sent();
    const ctl = new AbortController();
    const gone = limiter.acquire(ctl.signal);
    const next = limiter.acquire();
    expect(limiter.pending).to.equal(2);
    ctl.abort();
    expect(await gone).to.equal(false);
    expect(limiter.pending).to.equal(1);
    await clock.advance(101);
    expect(await next).to.equal(true);
  });

  it('a turn given back (release) frees its slot at once', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(1, 1000, () => clock);
    await limiter.acquire();
    let second = false;
    void limiter.acquire().then((ok) => (second = ok));
    await clock.advance(10);
    expect(second).to.equal(false);
    limiter.release();
    await clock.advance(0);
    expect(second).to.equal(true);
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
