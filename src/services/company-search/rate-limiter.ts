// Client-side rate limiting: at most `max` requests in any sliding window of `windowMs`.
// The public API allows 7 req/s per IP and bans IPs after repeated 429s, and a page's visitors
// may share one egress IP, so a page stays well below that. Requests wait in FIFO order; none is
// dropped, except one whose signal fires while it waits (its caller no longer wants it).
import type { RateLimiterLike } from './types.js';

interface Waiter {
  resolve: (granted: boolean) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

export class RateLimiter implements RateLimiterLike {
  private readonly sent: number[] = [];
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly max = 3,
    readonly windowMs = 1000,
  ) {}

  acquire(signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return Promise.resolve(false);
    if (this.queue.length === 0 && this.freeSlot()) {
      this.sent.push(Date.now());
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

  /** Requests waiting for a slot (for diagnostics and tests). */
  get pending(): number {
    return this.queue.length;
  }

  private freeSlot(): boolean {
    const cutoff = Date.now() - this.windowMs;
    while (this.sent.length > 0 && (this.sent[0] as number) <= cutoff) this.sent.shift();
    return this.sent.length < this.max;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.queue.length === 0) return;
    const oldest = this.sent[0] ?? Date.now();
    const wait = Math.max(0, oldest + this.windowMs - Date.now()) + 1;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, wait);
  }

  private drain(): void {
    while (this.queue.length > 0 && this.freeSlot()) {
      const waiter = this.queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.sent.push(Date.now());
      waiter.resolve(true);
    }
    this.schedule();
  }
}
