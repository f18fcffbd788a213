// Client-side rate limiting: at most `max` requests *sent* in any sliding window of `windowMs`.
// The public API allows 7 req/s per IP and bans IPs after repeated 429s, and a page's visitors
// may share one egress IP, so a page stays well below that. Requests wait in FIFO order; none is
// dropped, except one whose signal fires while it waits (its caller no longer wants it).
//
// Counted when the request leaves, not when its turn comes: a granted turn holds a slot until the
// caller says it sent (`sent()`) or gave up (`release()`), and only then starts its window. A page
// busy rendering ten finders may run a caller long after its turn came; counted at the turn, its
// request and the next turn's could leave less than a window apart.
import { pageClock, type Clock, type TimerId } from '../clock.js';
import type { RateLimiterLike } from './types.js';

interface Waiter {
  resolve: (granted: boolean) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** A turn granted and neither sent nor released is given back after this long (a caller that forgot). */
const HOLD_MAX_MS = 10_000;

export class RateLimiter implements RateLimiterLike {
  /** When the requests in the window left. */
  private readonly sentAt: number[] = [];
  /** When each granted turn not yet sent was granted. */
  private readonly held: number[] = [];
  private readonly queue: Waiter[] = [];
  private timer: TimerId | undefined;

  constructor(
    readonly max = 3,
    readonly windowMs = 1000,
    private readonly clock: () => Clock = pageClock,
  ) {}

  acquire(signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return Promise.resolve(false);
    if (this.queue.length === 0 && this.freeSlot()) {
      this.held.push(this.clock().now());
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        resolve,
        signal,
        onAbort: () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          resolve(false);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.schedule();
    });
  }

  /** The caller of a granted turn sends its request now: the window starts here. */
  sent(): void {
    this.held.shift();
    this.sentAt.push(this.clock().now());
    // a timer set while only held turns were known waits too long: set it again
    this.drainSoon();
  }

  /** The caller of a granted turn does not send after all: the slot is free again. */
  release(): void {
    this.held.shift();
    this.drainSoon();
  }

  /** Requests waiting for a slot (for diagnostics and tests). */
  get pending(): number {
    return this.queue.length;
  }

  private freeSlot(): boolean {
    const now = this.clock().now();
    while (this.sentAt.length > 0 && (this.sentAt[0] as number) <= now - this.windowMs) this.sentAt.shift();
    while (this.held.length > 0 && (this.held[0] as number) <= now - HOLD_MAX_MS) this.held.shift();
    return this.sentAt.length + this.held.length < this.max;
  }

  private drainSoon(): void {
    if (this.timer !== undefined) this.clock().clearTimeout(this.timer);
    this.timer = undefined;
    this.drain();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.queue.length === 0) return;
    const clock = this.clock();
    const now = clock.now();
    // the next slot frees when the oldest request sent leaves the window (or a held turn is sent or released)
    const oldest = this.sentAt[0];
    const wait = oldest === undefined ? HOLD_MAX_MS : Math.max(0, oldest + this.windowMs - now) + 1;
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, wait);
  }

  private drain(): void {
    while (this.queue.length > 0 && this.freeSlot()) {
      const waiter = this.queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.held.push(this.clock().now());
      waiter.resolve(true);
    }
    this.schedule();
  }
}
