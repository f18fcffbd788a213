// Shared by the browser benchmarks: the static server plus headless Chromium (puppeteer-core,
// Debian's Chromium), closed together.
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';

export async function withPage(path, fn) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  const server = await startStaticServer();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] };
}

/** Every value a field holds while each query is typed one key at a time, then erased. */
export function typedThenErased(queries) {
  const values = [];
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) values.push(q.slice(0, i));
    for (let i = q.length - 1; i >= 0; i--) values.push(q.slice(0, i));
  }
  return values;
}
