// Web Test Runner plugin: runs a fake "API Recherche d'entreprises" (./server.mjs) on a random
// loopback port for each test file (each test session), so that two files running at the same time
// never count each other's requests.
//
// Browser tests find theirs through a route on the wtr dev server:
//   GET /__fake-api  →  { "base": "http://127.0.0.1:<port>" }
// (test/fake-api/fake-api.ts wraps this as `fakeApiBase()` / `fakeStats()`.)
// The fake runs on another origin than the test page, so CORS is exercised as with the real API.
import { startFakeApi } from './server.mjs';
import { sessionOf } from '../server/routes.mjs';

/** @param {{ route?: string }} [options] */
export function fakeApiPlugin({ route = '/__fake-api' } = {}) {
  /** session id ('' for a request that names none) → its fake */
  /** @type {Map<string, ReturnType<typeof startFakeApi>>} */
  const fakes = new Map();
  return {
    name: 'fake-api',
    async serverStop() {
      const all = [...fakes.values()];
      fakes.clear();
      await Promise.all(all.map(async (fake) => (await fake).close()));
    },
    async serve(context) {
      if (context.path !== route) return undefined;
      const id = sessionOf(context.get('referer'));
      if (!fakes.has(id)) fakes.set(id, startFakeApi());
      const { base } = await fakes.get(id);
      return { body: JSON.stringify({ base }), type: 'json', headers: { 'cache-control': 'no-store' } };
    },
  };
}
