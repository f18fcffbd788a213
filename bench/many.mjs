// `node bench/many.mjs [10,50,200]`: long tasks on a page with many widgets of one kind, from navigation
// until everything has arrived and rendered (network idle, then 1 s): N <opco-branch-list opco="akto">
// (dist/opco-branch-list.js; the work when their rows arrive) and N <opco-funding-explainer>
// (dist/opco-funding-explainer.js), French and English. Headless Chromium, CPU slowed 4×, network
// unthrottled (the tasks, not the transfer, are measured), strict CSP. Prints, per page, the longest
// task, the number of tasks over 50 ms and their total (PerformanceObserver 'longtask', buffered), and
// when the last widget had content. BENCH_RUNS=n loads per page (default 3): medians. "after the script": the
// longest task that starts once the widgets' module has been evaluated (a module script right after it sets
// a mark), i.e. the work when the packs, slices or the table arrive and the updates that follow; the module's
// own evaluation (compiling and running the file, upgrading the N elements) is the task before it.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
import { STRICT_CSP, createStaticHandler } from '../scripts/lib/static-server.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COUNTS = (process.argv[2] ?? '10,50,200').split(',').map(Number);
const KINDS = [
  { kind: 'branch-list', file: 'dist/opco-branch-list.js', markup: '<opco-branch-list opco="akto"></opco-branch-list>', ready: 'button.choose' },
  {
    kind: 'explainer',
    file: 'dist/opco-funding-explainer.js',
    markup: '<opco-funding-explainer audience="employer"></opco-funding-explainer>',
    ready: '[role="tabpanel"] *',
  },
];

function probe(ready) {
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__lastContent = () => {
    let last = 0;
    for (const el of document.querySelectorAll('main > *')) if (el.shadowRoot?.querySelector(ready)) last++;
    return last;
  };
}

function pageHtml({ kind, n, lang }) {
  const inline = `(${probe})(${JSON.stringify(kind.ready)});`;
  const mark = `window.__evaluated = performance.now();`;
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>many</title>
<script>${inline}</script><script type="module" src="/${kind.file}"></script><script type="module">${mark}</script></head>
<body><main>${Array.from({ length: n }, () => kind.markup).join('\n')}</main></body></html>`;
  return { html, csp: STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${hash(inline)} ${hash(mark)}`) };
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const pages = new Map();
const files = createStaticHandler({ root: repoRoot });
const server = createServer((req, res) => {
  const page = pages.get(req.url);
  if (page) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp, 'Cache-Control': 'no-store' });
    res.end(page.html);
  } else files(req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: browserArgs });
const rows = [];
try {
  for (const kind of KINDS) {
    for (const lang of ['fr', 'en']) {
      for (const n of COUNTS) {
        const path = `/many/${kind.kind}-${lang}-${n}.html`;
        pages.set(path, pageHtml({ kind, n, lang }));
        const runs = [];
        for (let r = 0; r < RUNS; r++) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
          await page.setCacheEnabled(false);
          await page.emulateCPUThrottling(4);
          await page.goto(`${base}${path}`, { waitUntil: 'load' });
          await page.waitForFunction((count) => window.__lastContent() === count, { timeout: 120_000, polling: 50 }, n);
          await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const { tasks, evaluated } = await page.evaluate(() => ({ tasks: window.__tasks, evaluated: window.__evaluated }));
          const all = tasks.map((t) => t.duration);
          const after = tasks.filter((t) => t.start >= evaluated).map((t) => t.duration);
          runs.push({
            max: Math.max(0, ...all),
            after: Math.max(0, ...after),
            over50: all.filter((t) => t > 50).length,
            total: all.reduce((a, b) => a + b, 0),
          });
          await context.close();
        }
        const row = {
          page: `${kind.kind} ×${n}`,
          lang,
          max: median(runs.map((x) => x.max)),
          after: median(runs.map((x) => x.after)),
          over50: median(runs.map((x) => x.over50)),
          total: median(runs.map((x) => x.total)),
          maxes: runs.map((x) => Math.round(x.max)),
        };
        rows.push(row);
        console.error(
          `${row.page} ${lang}: longest ${Math.round(row.max)} ms (${row.maxes.join(', ')}), after the script ${Math.round(row.after)} ms, ${row.over50} tasks > 50 ms`,
        );
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`## Long tasks with many widgets — CPU 4×, ${RUNS} loads each (medians)\n`);
console.log('| page | lang | longest task (ms) | each load | longest after the script (ms) | tasks > 50 ms | their total (ms) |');
console.log('|---|---|---:|---|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.page} | ${r.lang} | ${Math.round(r.max)} | ${r.maxes.join(', ')} | ${Math.round(r.after)} | ${r.over50} | ${Math.round(r.total)} |`);
