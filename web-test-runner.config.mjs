// Web Test Runner: every test runs in real headless Chromium (Debian's, as root).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fakeApiPlugin } from './test/fake-api/plugin.mjs';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';
import { SEVERAL_FILES_CSP, STRICT_CSP } from './scripts/lib/static-server.mjs';

const executablePath = findBrowser() ?? '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as in the bundle partners load: no "Lit is in dev mode" notice per test file
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    // dist/ byte for byte: the esbuild plugin would rewrite built files and break their integrity hash
    async (ctx, next) => {
      if (ctx.path.startsWith('/dist/') && ctx.path.endsWith('.js')) {
        try {
          ctx.body = await readFile(new URL(`.${ctx.path}`, import.meta.url));
          ctx.type = 'text/javascript';
          return;
        } catch {
          /* not built: let the 404 through */
        }
      }
      await next();
    },
    // the CSP test page is served with the strict policy partners may use
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
        ctx.set('Content-Security-Policy', ctx.path.endsWith('two-files.html') ? SEVERAL_FILES_CSP : STRICT_CSP);
      }
    },
  ],
  plugins: [
    // legacy decorators need the tsconfig (useDefineForClassFields: false); esnext keeps the data
    // module's `import … with { type: 'json' }` (an older target drops the attribute, and the import fails)
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // starts a fake of the "Recherche d'entreprises" API on loopback for the company look-up tests
    fakeApiPlugin(),
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
      launchOptions: {
        executablePath,
        headless: true,
        args: browserArgs,
      },
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 15000 } },
};
