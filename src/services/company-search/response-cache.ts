// In-memory cache of successful answers for the page's life. Errors are never cached.
// Bounded by count AND by size, so a long-lived page (an SPA) does not grow without limit even if
// the answers are large; the least recently used entry goes first. It holds trimmed payloads
// (see trimPayload), never raw replies.
import type { RawPayload } from './api-shape.js';
import type { ResponseCacheLike } from './types.js';

/** Default budget: 100 answers, 2 MB of JSON in all. */
export const CACHE_MAX_ENTRIES = 100;
export const CACHE_MAX_BYTES = 2_000_000;

export class ResponseCache implements ResponseCacheLike {
  private readonly map = new Map<string, { value: RawPayload; size: number }>();
  private total = 0;

  constructor(
    readonly maxEntries = CACHE_MAX_ENTRIES,
    readonly maxBytes = CACHE_MAX_BYTES,
  ) {}

  get(key: string): RawPayload | undefined {
    const hit = this.map.get(key);
    if (hit) {
      // refresh recency
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit?.value;
  }

  set(key: string, value: RawPayload, size = 0): void {
    this.delete(key);
    // one answer larger than the whole budget is not kept at all
    if (size > this.maxBytes) return;
    this.map.set(key, { value, size });
    this.total += size;
    while (this.map.size > this.maxEntries || this.total > this.maxBytes) {
      const oldest = this.map.keys().next().value as string;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** Sum of the sizes given to `set` for the entries kept. */
  get bytes(): number {
    return this.total;
  }

  private delete(key: string): void {
    const old = this.map.get(key);
    if (!old) return;
    this.total -= old.size;
    this.map.delete(key);
  }
}
