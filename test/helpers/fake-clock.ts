// A clock the test moves by hand: timers run when `advance` passes their time, never by
// themselves, so a test sees what happens after 10 s without waiting 10 s.
import { setPageClock, type Clock, type TimerId } from '../../src/services/clock.js';

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly fn: () => void;
}

/** Lets promises (and a real macrotask: a fetch's reply, a Lit update) run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FakeClock implements Clock {
  private time: number;
  private next = 1;
  private timers: Timer[] = [];

  constructor(start = Date.now()) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): TimerId {
    const id = this.next++;
    this.timers.push({ id, at: this.time + Math.max(0, Number.isFinite(ms) ? ms : 0), fn });
    return id as unknown as TimerId;
  }

  clearTimeout(id: TimerId | undefined): void {
    this.timers = this.timers.filter((t) => t.id !== (id as unknown as number));
  }

  /** Timers waiting. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time on by `ms`, running each timer due on the way (in order), letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.fn();
      await flush();
    }
    this.time = end;
    await flush();
  }
}

/** Installs a fake clock as the page's for the duration of `fn`. */
export async function withFakeClock<T>(fn: (clock: FakeClock) => Promise<T>): Promise<T> {
  const clock = new FakeClock();
  setPageClock(clock);
  try {
    return await fn(clock);
  } finally {
    setPageClock(undefined);
  }
}

const PAGE_STATE = Symbol.for('opco-widgets.company-search.page-state');

/**
 * For a mocha `describe`: every test runs on a fresh fake clock (the page's) and a fresh page-wide
 * look-up state (cache, rate limiter, Retry-After blocks), so that fake times never mix with real
 * ones. Returns a getter of the current test's clock.
 */
export function useFakeClock(): () => FakeClock {
  let clock = new FakeClock();
  const holder = globalThis as unknown as Record<symbol, unknown>;
  beforeEach(() => {
    clock = new FakeClock();
    setPageClock(clock);
    delete holder[PAGE_STATE];
  });
  afterEach(() => {
    setPageClock(undefined);
    delete holder[PAGE_STATE];
  });
  return () => clock;
}
