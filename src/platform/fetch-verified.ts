/**
 * JSON the widgets fetch after their script (the convention table, the language packs): from next to
 * the script, checked against the Subresource Integrity built into it, so the chain of integrity
 * that starts at the page's `<script integrity>` holds for every byte the widgets read.
 *
 * The checks do not rely on the page's `fetch`: a host script may wrap it (analytics, polyfills) and
 * drop the options. The bytes are hashed here (SubtleCrypto) and compared with the built-in hash, an
 * answer from another address than the one asked (a redirect followed) is refused, a `fetch` that is
 * missing, throws or gives no Response is a network failure, and no request waits longer than
 * `FETCH_TIMEOUT_MS`, whether the page's `fetch` honours the abort signal or not.
 */
import { pageClock, type Clock } from '../services/clock.js';

/** `unavailable`: network, HTTP, CORS, CSP or no answer in time; `refused`: the bytes are not the published ones; `unreadable`: not JSON. */
export type FetchFailure = 'unavailable' | 'refused' | 'unreadable';

/**
 * What failed, for the message: `network` (no answer: offline, CORS, CSP, a `fetch` that throws),
 * `http` (the server answered an error status), `timeout`, `integrity` (other bytes), `redirected`
 * (another address answered), `json` (not JSON).
 */
export type FetchCause = 'network' | 'http' | 'timeout' | 'integrity' | 'redirected' | 'json';

export type Fetched =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly reason: FetchFailure; readonly cause: FetchCause; readonly detail: string; readonly status?: number };

/** The longest a file may take: past it the widget says the file could not be loaded (or speaks French, for a pack). */
export const FETCH_TIMEOUT_MS = 10_000;

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly clock?: Clock;
  /**
   * `omit` by default. `same-origin` is what a page's `<link rel="preload" as="fetch" crossorigin="anonymous">`
   * asks with: a fetch reuses the preloaded response only when it asks alike (the language packs, a
   * branch list's slice; README). Across origins (a CDN) neither sends cookies.
   */
  readonly credentials?: RequestCredentials;
}

const failure = (reason: FetchFailure, cause: FetchCause, detail = '', status?: number): Fetched => ({
  ok: false,
  reason,
  cause,
  detail,
  ...(status === undefined ? {} : { status }),
});

function base64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * True when `bytes` match one of the hashes of `integrity` (`sha384-…`, space-separated), false when
 * none does, undefined when this page cannot hash (no SubtleCrypto: a page served over plain http).
 */
export async function matchesIntegrity(bytes: ArrayBuffer, integrity: string): Promise<boolean | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const hashes = integrity
    .trim()
    .split(/\s+/)
    .map((h) => /^(sha256|sha384|sha512)-([A-Za-z0-9+/=_-]+)/.exec(h))
    .filter((m) => m !== null);
  if (hashes.length === 0) return false;
  for (const [, algo, expected] of hashes) {
    const digest = base64(await subtle.digest(`SHA-${algo!.slice(3)}`, bytes));
    if (digest === expected!.replace(/-/g, '+').replace(/_/g, '/')) return true;
  }
  return false;
}

class NetworkError extends Error {}

/**
 * Fetches `url` as JSON, checked against `integrity` when one is given (the built files always give
 * one). Never throws. `fetch` with an integrity fails alike when the network fails and when the bytes
 * do not match: on that error path only, it asks once more without it (one diagnostic request),
 * checks those bytes itself, and so tells which one it was (or uses them, when they are the right ones).
 */
export async function fetchVerified(url: URL, integrity: string | undefined, options: FetchOptions = {}): Promise<Fetched> {
  const clock = options.clock ?? pageClock();
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const ctl = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timer: ReturnType<Clock['setTimeout']> | undefined;
  const expired = new Promise<Fetched>((resolve) => {
    timer = clock.setTimeout(() => {
      ctl?.abort();
      resolve(failure('unavailable', 'timeout', `no answer in ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([fetchBoth(url, integrity, ctl?.signal, options.credentials ?? 'omit'), expired]);
  } finally {
    clock.clearTimeout(timer);
  }
}

async function fetchBoth(url: URL, integrity: string | undefined, signal: AbortSignal | undefined, credentials: RequestCredentials): Promise<Fetched> {
  try {
    return await fetchOnce(url, integrity, true, signal, credentials);
  } catch {
    if (integrity === undefined) return failure('unavailable', 'network');
    // the network, or the browser's integrity check? Ask once more without it, and check here
    try {
      const again = await fetchOnce(url, integrity, false, signal, credentials);
      return again;
    } catch {
      return failure('unavailable', 'network');
    }
  }
}

/** One request and its checks; throws NetworkError when no answer came (so that the caller may ask once more). */
async function fetchOnce(
  url: URL,
  integrity: string | undefined,
  checked: boolean,
  signal: AbortSignal | undefined,
  credentials: RequestCredentials = 'omit',
): Promise<Fetched> {
  let response: unknown;
  try {
    const f = globalThis.fetch;
    response = await f.call(globalThis, url.href, {
      credentials,
      ...(checked ? { integrity } : { cache: 'no-store' }),
      ...(signal ? { signal } : {}),
    } as RequestInit);
  } catch {
    throw new NetworkError();
  }
  if (typeof Response === 'undefined' || !(response instanceof Response)) throw new NetworkError();
  // a page's fetch may follow redirects whatever it was asked: an answer from elsewhere is not ours
  if (response.redirected || (response.url !== '' && response.url !== url.href)) {
    void response.body?.cancel().catch(() => undefined);
    return failure('refused', 'redirected', `answered from ${response.url.slice(0, 200)}`);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return failure('unavailable', 'http', `HTTP ${response.status}`, response.status);
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    throw new NetworkError();
  }
  if (integrity !== undefined) {
    const match = await matchesIntegrity(bytes, integrity).catch(() => undefined);
    // no SubtleCrypto here (plain http): the browser's check of the first request stands, and a
    // diagnostic answer that came whole where the checked one failed is not the published file
    if (match === false || (match === undefined && !checked)) return failure('refused', 'integrity');
  }
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return failure('unreadable', 'json');
  }
}

/** What the integrator reads in the console after "the <what> <url>". */
export const failureAdvice = (reason: FetchFailure, detail: string, integrity: string | undefined, cause?: FetchCause): string =>
  reason === 'unavailable'
    ? `could not be loaded${detail && ` (${detail})`}: ${
        cause === 'timeout'
          ? 'the server is too slow.'
          : `serve it next to the script${cause === 'http' ? '' : ", with CORS for other origins, and allow its origin in the CSP's connect-src"} (README, Integrate §1 and §4).`
      }`
    : reason === 'refused'
      ? `was refused: ${cause === 'redirected' ? `it was ${detail} (a redirect); serve it at the address asked.` : `it is not the file published with this version (integrity ${integrity}).`}`
      : 'is not a file of opco-widgets.';
