// `npm test` starts here: one clear line instead of a stack trace when no browser is installed.
import { findBrowser } from './find-browser.mjs';

if (!findBrowser()) {
  console.error('No Chrome or Chromium found for the browser tests: install one with `sudo apt-get install -y chromium` (or set CHROME_PATH).');
  process.exit(1);
}
