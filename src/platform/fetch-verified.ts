/**
 * JSON the widgets fetch after their script (the convention table, the language packs): from next to
 * the script, checked against the Subresource Integrity built into it, so the chain of integrity
 * that starts at the page's `<script integrity>` holds for every byte the widgets read.
 */

/** `unavailable`: network, HTTP, CORS or CSP; `refused`: the bytes are not the published ones; `unreadable`: not JSON. */
export type FetchFailure = 'unavailable' | 'refused' | 'unreadable';

export type Fetched = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly reason: FetchFailure; readonly detail: string };

export interface FetchOptions {
  /**
   * `omit` by default. `same-origin` is what a page's `<link rel="preload" as="fetch" crossorigin="anonymous">`
   * asks with: a fetch reuses the preloaded response only when it asks alike (the language packs; README).
   * Across origins (a CDN) neither sends cookies.
   */
  readonly credentials?: RequestCredentials;
}

/**
 * Fetches `url` as JSON, checked against `integrity` when one is given (the built files always give
 * one). Never throws. `fetch` with an integrity fails alike when the network fails and when the bytes
 * do not match: on that error path only, it asks once more without it to tell which one it is.
 */
export async function fetchVerified(url: URL, integrity: string | undefined, options: FetchOptions = {}): Promise<Fetched> {
  const credentials = options.credentials ?? 'omit';
  const get = (checked: boolean) => fetch(url, { credentials, ...(checked ? { integrity } : { cache: 'no-store' }) });
  let response: Response;
  try {
    response = await get(true);
  } catch {
    const again = integrity === undefined ? undefined : await get(false).catch(() => undefined);
    return again?.ok ? { ok: false, reason: 'refused', detail: '' } : { ok: false, reason: 'unavailable', detail: again ? `HTTP ${again.status}` : '' };
  }
  if (!response.ok) return { ok: false, reason: 'unavailable', detail: `HTTP ${response.status}` };
  try {
    return { ok: true, json: (await response.json()) as unknown };
  } catch {
    return { ok: false, reason: 'unreadable', detail: '' };
  }
}

/** What the integrator reads in the console after "the <what> <url>". */
export const failureAdvice = (reason: FetchFailure, detail: string, integrity: string | undefined): string =>
  reason === 'unavailable'
    ? `could not be loaded${detail && ` (${detail})`}: serve it next to the script, with CORS for other origins, and allow its origin in the CSP's connect-src (README, Integrate §1 and §4).`
    : reason === 'refused'
      ? `was refused: it is not the file published with this version (integrity ${integrity}).`
      : 'is not a file of opco-widgets.';
