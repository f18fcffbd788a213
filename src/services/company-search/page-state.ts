// The state every client on a page shares: response cache, rate limiter, Retry-After blocks.
// Kept on globalThis under a registry symbol so that two copies of the bundle on one page (a CMS
// block plus an SPA, say) still share one budget against the API's per-IP limit.
import type { Clock } from '../clock.js';
import { RateLimiter } from './rate-limiter.js';
import { ResponseCache } from './response-cache.js';
import type { PageState } from './types.js';

const KEY = Symbol.for('opco-widgets.company-search.page-state');

export interface PageStateOptions {
  /** Requests allowed per window. Default 3. */
  maxRequests?: number;
  /** Window length. Default 1000 ms. */
  windowMs?: number;
  /** Cached answers kept. Default 100. */
  cacheSize?: number;
  /** Total JSON size of the cached answers. Default 2 MB. */
  cacheBytes?: number;
  /** The rate limiter's time (tests pass a fake one). Default: the page's clock. */
  clock?: Clock;
}

/** A fresh, unshared state (tests, or a host that wants isolation). */
export function createPageState(options: PageStateOptions = {}): PageState {
  return {
    cache: new ResponseCache(options.cacheSize, options.cacheBytes),
    limiter: new RateLimiter(options.maxRequests, options.windowMs, options.clock ? () => options.clock as Clock : undefined),
    blockedUntil: new Map(),
    recent: new Map(),
  };
}

/** The page-wide state, created on first use (no side effect at import time). */
export function pageState(): PageState {
  const holder = globalThis as unknown as Record<symbol, PageState | undefined>;
  return (holder[KEY] ??= createPageState());
}

/** Forget every cached answer on the page (e.g. after the user asks to refresh). */
export function clearCompanySearchCache(): void {
  pageState().cache.clear();
}
