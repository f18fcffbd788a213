// Browser-side helpers for the loopback fake API (see plugin.mjs and fixtures/scenarios.mjs; the
// recorded responses it is built from are in ./recorded/).

export interface FakeRequest {
  q: string | null;
  /** Reached through a redirect the client should have refused. */
  redirected: boolean;
  path: string;
  query: Record<string, string>;
  at: number;
  cookie: boolean;
  origin: string | null;
  headerNames: string[];
}

export interface FakeStats {
  total: number;
  preflights: number;
  requests: FakeRequest[];
}

let base: Promise<string> | undefined;

/** Base URL of the fake, e.g. "http://127.0.0.1:40123". */
export function fakeApiBase(): Promise<string> {
  base ??= fetch('/__fake-api')
    .then((r) => r.json() as Promise<{ base: string | null }>)
    .then(({ base: b }) => {
      if (!b) throw new Error('fake API not started (is fakeApiPlugin() in web-test-runner.config.mjs?)');
      return b;
    });
  return base;
}

/** What reached the fake; with `q`, only the requests for that exact query. */
export async function fakeStats(q?: string): Promise<FakeStats> {
  const url = new URL('/__stats', await fakeApiBase());
  if (q !== undefined) url.searchParams.set('q', q);
  const r = await fetch(url, { credentials: 'omit' });
  return (await r.json()) as FakeStats;
}

/** A suffix that keeps queries unique across tests (the cache is page-wide). */
let n = 0;
export function uniq(): string {
  n += 1;
  return `t${Date.now().toString(36)}${n}`;
}
