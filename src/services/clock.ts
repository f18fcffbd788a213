// Time, for everything that waits (timeouts, debounce, rate limit, Retry-After, back-off): the
// real one by default, a fake one in tests (test/helpers/fake-clock.ts), so that no test has to
// sleep for real to see what happens after ten seconds. "Today" reads it too (pageToday, pageNow).
import { today } from '../data/pay/dates.js';

export type TimerId = ReturnType<typeof setTimeout>;

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId | undefined): void;
}

/** setTimeout's longest delay (2^31 − 1 ms); past it the browser fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, Math.min(MAX_TIMER_MS, Math.max(0, ms))),
  clearTimeout: (id) => clearTimeout(id),
};

const KEY = Symbol.for('opco-widgets.clock');

/**
 * The page's clock: the real one unless a test installed another (`setPageClock`). Shared by every
 * copy of the widgets on the page, like the look-up's page state.
 */
export function pageClock(): Clock {
  return (globalThis as unknown as Record<symbol, Clock | undefined>)[KEY] ?? realClock;
}

/** For tests: every wait of the widgets follows `clock` (undefined: the real one again). */
export function setPageClock(clock: Clock | undefined): void {
  (globalThis as unknown as Record<symbol, Clock | undefined>)[KEY] = clock;
}

/** Now on the page's clock, as a Date (a test's fake clock moves it). */
export const pageNow = (): Date => new Date(pageClock().now());

/** Today on the page's clock: the visitor's calendar day (local time), 'YYYY-MM-DD'. The widgets' one "today". */
export const pageToday = (): string => today(pageNow());
