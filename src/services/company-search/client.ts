// The company look-up client: validate → cache → Retry-After gate → rate limiter → fetch with
// timeout → typed result. Every failure becomes `{ ok: false, error }`; `search()` never rejects.
import { resolveOpco as bundledResolveOpco } from '../../data/index.js';
import { isPayload, type RawPayload } from './api-shape.js';
import { mapPayload } from './map-response.js';
import { pageState } from './page-state.js';
import { cacheKey, prepareQuery } from './prepare-query.js';
import { parseRetryAfter } from './retry-after.js';
import type {
  CompanySearch,
  CompanySearchError,
  CompanySearchOptions,
  CompanySearchResult,
  PreparedQuery,
  SearchCallOptions,
} from './types.js';

export const DEFAULT_API_BASE = 'https://recherche-entreprises.api.gouv.fr';
export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_DEBOUNCE_MS = 250;
/**
 * Used after a 429 whose Retry-After we cannot read. The real API is cross-origin and a browser
 * only exposes Retry-After if the server lists it in access-control-expose-headers.
 */
export const FALLBACK_RETRY_AFTER_MS = 10_000;
/** A Retry-After beyond this is treated as this (a broken header must not silence the widget for days). */
const MAX_RETRY_AFTER_MS = 3_600_000;

function usableBase(apiBase: string | undefined): string | null {
  const raw = apiBase ?? DEFAULT_API_BASE;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function requestUrl(base: string, query: PreparedQuery, perPage: number): string {
  const url = new URL(`${base}/search`);
  const p = url.searchParams;
  p.set('q', query.q);
  if (query.kind === 'name' && query.postcode) p.set('code_postal', query.postcode);
  p.set('page', '1');
  p.set('per_page', String(perPage));
  // only the blocks we read; drops dirigeants/finances (smaller answers)
  p.set('minimal', 'true');
  p.set('include', 'siege,complements,matching_etablissements');
  p.set('limite_matching_etablissements', '10');
  return url.href;
}

function fail(query: PreparedQuery | null, error: CompanySearchError): CompanySearchResult {
  return { ok: false, query, error };
}

function rateLimited(retryAt: number, status: 429 | null): CompanySearchError {
  return {
    kind: 'rate-limited',
    retryAfter: Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)),
    retryAt,
    status,
  };
}

async function errorMessage(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'erreur' in body && typeof body.erreur === 'string') {
      return body.erreur;
    }
  } catch {
    // not JSON: the status says enough
  }
  return null;
}

export function createCompanySearch(options: CompanySearchOptions = {}): CompanySearch {
  const base = usableBase(options.apiBase);
  const disabled = options.disabled === true || base === null;
  const apiBase = base ?? '';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const perPage = Math.min(25, Math.max(1, Math.trunc(options.perPage ?? 10)));
  const state = options.pageState ?? pageState();
  const resolve = options.resolveOpco ?? bundledResolveOpco;
  let current: AbortController | null = null;

  function toResult(query: PreparedQuery, payload: RawPayload, fromCache: boolean): CompanySearchResult {
    const mapped = mapPayload(payload, query, resolve);
    // results present but none usable: the API changed shape under us
    if (mapped.companies.length === 0 && mapped.skipped > 0) {
      return fail(query, { kind: 'bad-response', status: 200, reason: 'shape' });
    }
    return { ok: true, query, fromCache, ...mapped };
  }

  async function run(input: string, call: SearchCallOptions, ctl: AbortController): Promise<CompanySearchResult> {
    if (disabled) return fail(null, { kind: 'disabled' });
    const prepared = prepareQuery(input, call.postcode);
    if (!prepared.ok) return fail(null, prepared.error);
    const query = prepared.query;

    const key = cacheKey(apiBase, query, perPage);
    const hit = call.refresh ? undefined : state.cache.get(key);
    if (hit) return toResult(query, hit, true);

    const blocked = state.blockedUntil.get(apiBase) ?? 0;
    if (blocked > Date.now()) return fail(query, rateLimited(blocked, null));

    if (!(await state.limiter.acquire(ctl.signal))) return fail(query, { kind: 'aborted' });
    // a 429 may have come back while this one waited in the queue
    const blockedNow = state.blockedUntil.get(apiBase) ?? 0;
    if (blockedNow > Date.now()) return fail(query, rateLimited(blockedNow, null));

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, timeoutMs);
    try {
      const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
      // a "simple" CORS GET: no custom header (no preflight), no cookie, nothing but the query
      const response = await fetchFn(requestUrl(apiBase, query, perPage), {
        method: 'GET',
        credentials: 'omit',
        mode: 'cors',
        signal: ctl.signal,
      });

      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('retry-after')) ?? FALLBACK_RETRY_AFTER_MS;
        const retryAt = Date.now() + Math.min(wait, MAX_RETRY_AFTER_MS);
        state.blockedUntil.set(apiBase, Math.max(retryAt, state.blockedUntil.get(apiBase) ?? 0));
        return fail(query, rateLimited(retryAt, 429));
      }
      if (!response.ok) {
        return fail(query, { kind: 'http', status: response.status, message: await errorMessage(response) });
      }

      const body = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return fail(query, { kind: 'bad-response', status: response.status, reason: 'json' });
      }
      if (!isPayload(json)) return fail(query, { kind: 'bad-response', status: response.status, reason: 'shape' });
      const result = toResult(query, json, false);
      if (result.ok) state.cache.set(key, json);
      return result;
    } catch (err) {
      if (timedOut) return fail(query, { kind: 'timeout', timeoutMs });
      if (ctl.signal.aborted) return fail(query, { kind: 'aborted' });
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      return fail(query, { kind: 'network', offline, message: err instanceof Error ? err.message : String(err) });
    } finally {
      clearTimeout(timer);
    }
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
