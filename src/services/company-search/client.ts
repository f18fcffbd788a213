// The company look-up client: validate → cache → Retry-After gate → rate limiter → fetch with
// timeout → typed result. Every failure becomes `{ ok: false, error }`; `search()` never rejects.
import { pageClock, type Clock } from '../clock.js';
import { isPayload, type RawPayload } from './api-shape.js';
import { LARGE_REPLY_CHARS, parseLargeReply } from './large-reply.js';
import { MAX_MATCHING, mapPayload, trimPayload } from './map-response.js';
import { pageState } from './page-state.js';
import { cacheKey, prepareQuery } from './prepare-query.js';
import { parseRetryAfter } from './retry-after.js';
import type { CompanySearch, CompanySearchError, CompanySearchOptions, CompanySearchResult, PreparedQuery, SearchCallOptions } from './types.js';

export const DEFAULT_API_BASE = 'https://recherche-entreprises.api.gouv.fr';
export const DEFAULT_TIMEOUT_MS = 8000;
/** The longest timeout a page may set: past a minute a visitor has left (and 2^31 ms would fire at once). */
export const MAX_TIMEOUT_MS = 60_000;
export const DEFAULT_DEBOUNCE_MS = 250;
/**
 * Used after a 429 whose Retry-After we cannot read, and after a network error right after a
 * burst (a 429 without CORS headers reaches the page as a network error). The real API is
 * cross-origin and a browser only exposes Retry-After if the server lists it in
 * access-control-expose-headers.
 */
export const FALLBACK_RETRY_AFTER_MS = 10_000;
/**
 * A Retry-After beyond this is cut to this: a visitor can wait a minute, not an hour (a broken or
 * hostile header must not silence the widget for days). The answer says the wait was cut.
 */
export const MAX_RETRY_AFTER_MS = 60_000;
/**
 * Most bytes read from one reply. A page of 25 companies with 10 establishments each, as the
 * client asks for it (minimal=true + include), is well under 300 kB; beyond this the reply is
 * not what we asked for: reading stops and the service counts as unavailable.
 */
export const MAX_REPLY_BYTES = 2_000_000;
/** A network error with at least this many requests to the same API in the window before it is treated as a likely 429. */
const BURST_REQUESTS = 3;
const BURST_WINDOW_MS = 2_000;

/** A timeout as given (a number of ms) kept within 1 ms … MAX_TIMEOUT_MS; the default for anything else. */
export function clampTimeout(ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return DEFAULT_TIMEOUT_MS;
  return Math.min(MAX_TIMEOUT_MS, Math.max(1, Math.round(ms)));
}

/** One console warning per page and key, for the integrator. */
const warned = new Set<string>();
function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[opco-widgets] ${message}`);
}

/** The API base as a URL, or null when unusable (not http/https, not absolute). Its hash is dropped. */
function usableBase(apiBase: string | undefined): URL | null {
  const raw = apiBase ?? DEFAULT_API_BASE;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/**
 * `<base path>/search?<base query>&q=…`: an api-base may carry a path (a proxy under
 * /api/entreprises), a query (a proxy's key) or a hash (dropped); each lands where it belongs.
 */
export function requestUrl(base: URL, query: PreparedQuery, perPage: number): string {
  const url = new URL(base.href);
  url.hash = '';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/search`;
  const p = url.searchParams;
  p.set('q', query.q);
  if (query.kind === 'name' && query.postcode) p.set('code_postal', query.postcode);
  p.set('page', '1');
  p.set('per_page', String(perPage));
  // only the blocks we read; drops dirigeants/finances (smaller answers)
  p.set('minimal', 'true');
  p.set('include', 'siege,complements,matching_etablissements');
  p.set('limite_matching_etablissements', String(MAX_MATCHING));
  return url.href;
}

function fail(query: PreparedQuery | null, error: CompanySearchError): CompanySearchResult {
  return { ok: false, query, error };
}

function rateLimited(now: number, retryAt: number, status: 429 | null, extra: { capped?: boolean; likely?: boolean } = {}): CompanySearchError {
  return {
    kind: 'rate-limited',
    retryAfter: Math.max(1, Math.ceil((retryAt - now) / 1000)),
    retryAt,
    status,
    ...(extra.capped ? { capped: true } : {}),
    ...(extra.likely ? { likely: true } : {}),
  };
}

type Read = { ok: true; text: string; bytes: number } | { ok: false; tooLarge: true };

/**
 * Reads a reply body up to `max` bytes, streaming: beyond that it stops reading (and cancels the
 * stream) instead of holding a hostile reply in memory.
 */
async function readCapped(response: Response, max: number): Promise<Read> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, tooLarge: true };
  }
  if (!response.body) {
    const text = await response.text();
    return text.length > max ? { ok: false, tooLarge: true } : { ok: true, text, bytes: text.length };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      void reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(all), bytes };
}

/** The API's `{"erreur": "…"}` message, read within a small cap (an error page may be anything). */
async function errorMessage(response: Response): Promise<string | null> {
  try {
    if (!/json/i.test(response.headers.get('content-type') ?? '')) {
      void response.body?.cancel().catch(() => undefined);
      return null;
    }
    const read = await readCapped(response, 16_000);
    if (!read.ok) return null;
    const body: unknown = JSON.parse(read.text);
    if (typeof body === 'object' && body !== null && 'erreur' in body && typeof body.erreur === 'string') {
      return body.erreur.slice(0, 300);
    }
  } catch {
    // not JSON: the status says enough
  }
  return null;
}

/**
 * The client, with the IDCC → OPCO resolver given (an element passes its dataset's). Without one,
 * `createCompanySearch` from ./index.js uses the data module's bundled table.
 */
export function createSearchClient(options: CompanySearchOptions & Required<Pick<CompanySearchOptions, 'resolveOpco'>>): CompanySearch {
  const base = usableBase(options.apiBase);
  const disabled = options.disabled === true || base === null;
  // the key of the page-wide cache and blocks: the base as given, without a trailing slash
  const apiBase = base ? base.href.replace(/\/+$/, '') : '';
  const timeoutMs = clampTimeout(options.timeoutMs);
  const clock = (): Clock => options.clock ?? pageClock();
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const perPage = Math.min(25, Math.max(1, Math.trunc(options.perPage ?? 10)));
  const state = options.pageState ?? pageState();
  const resolve = options.resolveOpco;
  let current: AbortController | null = null;

  function toResult(query: PreparedQuery, payload: RawPayload, fromCache: boolean): CompanySearchResult {
    const mapped = mapPayload(payload, query, resolve);
    // results present but none usable: the API changed shape under us
    if (mapped.companies.length === 0 && mapped.skipped > 0) {
      return fail(query, { kind: 'bad-response', status: 200, reason: 'shape' });
    }
    if (query.kind === 'name') return { ok: true, query, fromCache, ...mapped };
    // a SIREN or SIRET look-up shows the company asked, never another one the reply holds
    const asked = mapped.companies.filter((c) => c.siren === query.siren && (query.kind === 'siren' || c.establishments.some((e) => e.siret === query.q)));
    if (asked.length < mapped.companies.length) {
      const others = mapped.companies.filter((c) => !asked.includes(c)).map((c) => c.siren.slice(0, 14));
      warnOnce(
        `mismatch:${apiBase}:${query.q}`,
        `the company service answered the ${query.kind.toUpperCase()} ${query.q} with ${others.join(', ')}: ${asked.length ? 'only the company asked is shown' : 'nothing is shown'} (${apiBase}).`,
      );
      if (asked.length === 0) return fail(query, { kind: 'bad-response', status: 200, reason: 'mismatch' });
    }
    return { ok: true, query, fromCache, ...mapped, companies: asked, totalResults: Math.min(mapped.totalResults, asked.length) };
  }

  async function run(input: string, call: SearchCallOptions, ctl: AbortController): Promise<CompanySearchResult> {
    if (disabled) return fail(null, { kind: 'disabled' });
    const prepared = prepareQuery(input, call.postcode, call.town);
    if (!prepared.ok) return fail(null, prepared.error);
    const query = prepared.query;

    const key = cacheKey(apiBase, query, perPage);
    const hit = call.refresh ? undefined : state.cache.get(key);
    if (hit) return toResult(query, hit, true);

    const blocked = state.blockedUntil.get(apiBase) ?? 0;
    if (blocked > clock().now()) return fail(query, rateLimited(clock().now(), blocked, null));

    if (!(await state.limiter.acquire(ctl.signal))) return fail(query, { kind: 'aborted' });
    // a 429 may have come back while this one waited in the queue (or it was superseded meanwhile)
    const blockedNow = state.blockedUntil.get(apiBase) ?? 0;
    if (blockedNow > clock().now() || ctl.signal.aborted) {
      state.limiter.release();
      return ctl.signal.aborted ? fail(query, { kind: 'aborted' }) : fail(query, rateLimited(clock().now(), blockedNow, null));
    }
    const sentAt = clock().now();
    const recent = (state.recent.get(apiBase) ?? []).filter((t) => t > sentAt - BURST_WINDOW_MS);
    const burst = recent.length >= BURST_REQUESTS - 1;
    recent.push(sentAt);
    state.recent.set(apiBase, recent.slice(-BURST_REQUESTS * 4));

    let timedOut = false;
    let timer: ReturnType<Clock['setTimeout']> | undefined;
    // the page's fetch may ignore the signal (a host's wrapper): the wait ends all the same
    const expired = new Promise<never>((_, reject) => {
      timer = clock().setTimeout(() => {
        timedOut = true;
        ctl.abort();
        reject(new Error('timeout'));
      }, timeoutMs);
    });
    expired.catch(() => undefined);
    const url = requestUrl(base as URL, query, perPage);
    state.limiter.sent();
    try {
      return await Promise.race([send(url, query, ctl), expired]);
    } catch (err) {
      if (timedOut) return fail(query, { kind: 'timeout', timeoutMs });
      if (ctl.signal.aborted) return fail(query, { kind: 'aborted' });
      if (burst) {
        // a 429 without CORS headers looks exactly like this: back off as if it were one
        const retryAt = clock().now() + FALLBACK_RETRY_AFTER_MS;
        state.blockedUntil.set(apiBase, Math.max(retryAt, state.blockedUntil.get(apiBase) ?? 0));
        return fail(query, rateLimited(clock().now(), retryAt, null, { likely: true }));
      }
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      return fail(query, { kind: 'network', offline, message: err instanceof Error ? err.message : String(err) });
    } finally {
      clock().clearTimeout(timer);
    }
  }

  /** One request and its reply, read and checked; throws on a network error (or a fetch that is not one). */
  async function send(url: string, query: PreparedQuery, ctl: AbortController): Promise<CompanySearchResult> {
    const fetchFn = options.fetch ?? globalThis.fetch;
    // a "simple" CORS GET: no custom header (no preflight), no cookie, nothing but the query
    // redirect 'error': a redirect to another origin would hand it the typed text
    const response: unknown = await fetchFn.call(globalThis, url, {
      method: 'GET',
      credentials: 'omit',
      mode: 'cors',
      redirect: 'error',
      signal: ctl.signal,
    });
    if (!(response instanceof Response)) throw new TypeError('fetch gave no Response');
    // a host's fetch may have dropped `redirect: 'error'`: an answer from elsewhere is not the API's
    if (response.redirected || (response.url !== '' && response.url !== url)) {
      void response.body?.cancel().catch(() => undefined);
      warnOnce(
        `redirected:${apiBase}`,
        `the company service ${apiBase} answered through a redirect (to ${response.url.slice(0, 100)}): the answer is refused. Give api-base the final address.`,
      );
      return fail(query, { kind: 'bad-response', status: response.status, reason: 'redirected' });
    }

    if (response.status === 429) {
      void response.body?.cancel().catch(() => undefined);
      const wait = parseRetryAfter(response.headers.get('retry-after'), clock().now()) ?? FALLBACK_RETRY_AFTER_MS;
      const retryAt = clock().now() + Math.min(wait, MAX_RETRY_AFTER_MS);
      state.blockedUntil.set(apiBase, Math.max(retryAt, state.blockedUntil.get(apiBase) ?? 0));
      return fail(query, rateLimited(clock().now(), retryAt, 429, { capped: wait > MAX_RETRY_AFTER_MS }));
    }
    if (!response.ok) {
      return fail(query, { kind: 'http', status: response.status, message: await errorMessage(response) });
    }
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? '')) {
      void response.body?.cancel().catch(() => undefined);
      return fail(query, { kind: 'bad-response', status: response.status, reason: 'content-type' });
    }

    const read = await readCapped(response, MAX_REPLY_BYTES);
    if (!read.ok) return fail(query, { kind: 'bad-response', status: response.status, reason: 'too-large' });
    let json: unknown;
    if (read.text.length > LARGE_REPLY_CHARS) {
      // scanned in slices, only the first items parsed: no long task, however many companies
      const large = await parseLargeReply(read.text, perPage * 2);
      if (!large.ok) return fail(query, { kind: 'bad-response', status: response.status, reason: large.reason });
      json = large.value;
    } else {
      try {
        json = JSON.parse(read.text);
      } catch {
        return fail(query, { kind: 'bad-response', status: response.status, reason: 'json' });
      }
    }
    if (!isPayload(json)) return fail(query, { kind: 'bad-response', status: response.status, reason: 'shape' });
    // only what we asked for is kept (and cached): per_page companies, bounded lists in each
    const trimmed = trimPayload(json, perPage);
    const result = toResult(query, trimmed.payload, false);
    if (result.ok) state.cache.set(cacheKey(apiBase, query, perPage), trimmed.payload, trimmed.size);
    return result;
  }

  return {
    apiBase,
    debounceMs,
    abort() {
      current?.abort();
      current = null;
    },
    async search(input, call = {}) {
      // supersede the previous search of this client: its late reply must not win
      current?.abort();
      const ctl = new AbortController();
      current = ctl;
      const onCallerAbort = (): void => ctl.abort();
      if (call.signal?.aborted) ctl.abort();
      call.signal?.addEventListener('abort', onCallerAbort, { once: true });
      try {
        const result = await run(input, call, ctl);
        // superseded (or cancelled) after the answer arrived but before the caller saw it: stale
        const timedOut = !result.ok && result.error.kind === 'timeout';
        if (ctl.signal.aborted && !timedOut) return fail(result.query, { kind: 'aborted' });
        return result;
      } catch {
        // defensive: run() handles its own failures; nothing may reject into the page
        return fail(null, { kind: 'bad-response', status: 0, reason: 'shape' });
      } finally {
        call.signal?.removeEventListener('abort', onCallerAbort);
        if (current === ctl) current = null;
      }
    },
  };
}
