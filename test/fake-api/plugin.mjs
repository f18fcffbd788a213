// Web Test Runner plugin: runs the fake "API Recherche d'entreprises" (./server.mjs) on a random
// loopback port for the whole test run.
//
// Browser tests find it through a route on the wtr dev server:
//   GET /__fake-api  →  { "base": "http://127.0.0.1:<port>" }
// (test/fake-api/fake-api.ts wraps this as `fakeApiBase()` / `fakeStats()`.)
// The fake runs on another origin than the test page, so CORS is exercised as with the real API.
import { startFakeApi } from './server.mjs';

/** @param {{ route?: string, port?: number }} [options] */
export function fakeApiPlugin({ route = '/__fake-api', port = 0 } = {}) {
  /** @type {Awaited<ReturnType<typeof startFakeApi>> | undefined} */
  let fake;
  return {
    name: 'fake-api',
    async serverStart() {
      fake = await startFakeApi({ port });
    },
    async serverStop() {
      await fake?.close();
      fake = undefined;
    },
    serve(context) {
      if (context.path !== route) return undefined;
      return { body: JSON.stringify({ base: fake?.base ?? null }), type: 'json', headers: { 'cache-control': 'no-store' } };
    },
  };
}
