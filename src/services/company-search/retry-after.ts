// Parses an HTTP Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).

/** Milliseconds to wait from `now`, or null when the header is missing or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // an HTTP-date has a weekday and month name; Date.parse alone accepts things like "-5"
  if (!/^[a-z]{3}, /i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
