// Web Test Runner: every test runs in real headless Chromium (Debian's, as root).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fakeApiPlugin } from './test/fake-api/plugin.mjs';
import { findBrowser, testBrowserArgs } from './scripts/find-browser.mjs';
import { SEVERAL_FILES_CSP, STRICT_CSP } from './scripts/lib/static-server.mjs';
import { distVariants, scriptSwap, tableGate } from './test/server/routes.mjs';
import { cdnPlugin } from './test/server/cdn.mjs';
import { testBundlesPlugin } from './test/server/test-bundles.mjs';

const executablePath = findBrowser() ?? '/usr/bin/chromium';

// test/components/conventions-table holds the convention table of the sources back, then lets it go
// (server command `conventions-table-gate`, { hold: true | false }): see test/server/routes.mjs
const gate = tableGate();
// the card's English pack, held back the same way (server command `language-pack-gate`)
const packGate = tableGate({ path: '/src/components/card/opco-card.en.json', command: 'language-pack-gate' });
// the built OPCO slices a branch list fetches, held back the same way (server command `conventions-slice-gate`)
const sliceGate = tableGate({ path: /^\/dist\/opco-conventions-[a-z0-9-]+\.[0-9a-f]+\.json$/, command: 'conventions-slice-gate' });

/** The strict policy with a connect-src that leaves the page's own origin out: the table cannot be fetched. */
const WITHOUT_CONNECT_SELF = STRICT_CSP.replace("connect-src 'self' ", 'connect-src ');

/** The policy of a /test/csp/ page: ?csp=several-files adds 'allow-duplicates' (two of our files), ?csp=without-connect-self. */
function cspOf(ctx) {
  if (ctx.query.csp === 'several-files' || ctx.path.endsWith('two-files.html')) return SEVERAL_FILES_CSP;
  if (ctx.query.csp === 'without-connect-self') return WITHOUT_CONNECT_SELF;
  return STRICT_CSP;
}

export default {
  // the browser layer; test/data (the data module, no DOM) runs under node:test (npm run test:unit)
  files: ['test/**/*.test.ts', '!test/data/**'],
  // Lit's production build, as in the bundle partners load: no "Lit is in dev mode" notice per test file
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    // before dist/ is served below: it holds the built slices while a test asks
    sliceGate.middleware,
    // dist/ byte for byte: the esbuild plugin would rewrite built files and break their integrity hash
    // (the scripts' and the convention table's, opco-conventions.<hash>.json)
    async (ctx, next) => {
      const type = ctx.path.endsWith('.js') ? 'text/javascript' : ctx.path.endsWith('.json') ? 'application/json' : undefined;
      if (ctx.path.startsWith('/dist/') && type) {
        try {
          ctx.body = await readFile(new URL(`.${ctx.path}`, import.meta.url));
          ctx.type = type;
          return;
        } catch {
          /* not built: let the 404 through */
        }
      }
      await next();
    },
    // the CSP test pages are served with the strict policy partners may use
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', cspOf(ctx));
    },
    // ?files=opco-card,opco-finder on an integrate/ page or a /test/csp/ page: the per-element script tags
    scriptSwap,
    // /test/variants/{tampered,missing,other-version}/dist/*: dist/ as a careless server would serve it
    distVariants,
    gate.middleware,
    packGate.middleware,
  ],
  plugins: [
    // each test file as one bundle and chunks shared with the others, not ~190 modules (test/server/test-bundles.mjs)
    testBundlesPlugin({ tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // legacy decorators need the tsconfig (useDefineForClassFields: false); esnext keeps the data
    // module's `import … with { type: 'json' }` (an older target drops the attribute, and the import fails)
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // starts a fake of the "Recherche d'entreprises" API on loopback for the company look-up tests
    fakeApiPlugin(),
    gate.plugin,
    packGate.plugin,
    sliceGate.plugin,
    // dist/ on another origin (loopback port), as a CDN serves it: GET /__cdn gives its base
    cdnPlugin(),
    // test/visual: screenshots compared with committed baselines; `npm run test:visual:update` rewrites them
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline') || process.env.UPDATE_VISUAL_BASELINE === '1',
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}.png`,
      getFailedName: ({ name }) => `failed/${name}.png`,
      getDiffName: ({ name }) => `failed/${name}-diff.png`,
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.3,
      failureThresholdType: 'percent',
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"></head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      // each test file's page in a window of its own: two files run side by side, and a page that is
      // a background tab of another would be hidden (no animation frames, throttled timers, no focus)
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath,
        headless: true,
        args: testBrowserArgs,
      },
    }),
  ],
  // three files at a time, each in its own window (above) with its own gates and fake API (test/server,
  // keyed by the file's session). A file waits on timers, idle callbacks and loopback servers about a
  // quarter of its time: on 2 cores a third file fills those gaps. WTR_CONCURRENCY=1 for one at a time
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 3),
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 15000 } },
};
