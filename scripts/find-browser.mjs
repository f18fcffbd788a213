// Finds the Chrome/Chromium the tests and benchmarks drive: $CHROME_PATH, else the usual places.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findBrowser() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    ...(process.env.PATH ?? '').split(delimiter).flatMap((dir) => names.map((n) => join(dir, n))),
  ].filter(Boolean);
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      /* try the next one */
    }
  }
  return undefined;
}

export const browserArgs = [
  '--no-sandbox', // required when running as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser layer's Chromium (web-test-runner.config.mjs): the above, without the features a test
 * page never needs (field trials, translation, media routing, the back/forward cache, paint holding),
 * as test runners usually launch it. Not the benchmarks': they measure the browser partners' visitors have.
 */
export const testBrowserArgs = [
  ...browserArgs,
  '--disable-field-trial-config',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,PaintHolding,BackForwardCache',
];
