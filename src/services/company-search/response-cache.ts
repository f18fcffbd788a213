// In-memory cache of successful answers for the page's life. Errors are never cached.
// Bounded so a long-lived page (an SPA) does not grow without limit; oldest entry goes first.
import type { RawPayload } from './api-shape.js';
import type { ResponseCacheLike } from './types.js';

export class ResponseCache implements ResponseCacheLike {
  private readonly map = new Map<string, RawPayload>();

  constructor(readonly maxEntries = 200) {}

  get(key: string): RawPayload | undefined {
    const hit = this.map.get(key);
    if (hit) {
      // refresh recency
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: RawPayload): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
