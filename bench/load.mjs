// `npm run bench:load [filter…]`: how soon a first visit shows each element's first useful render, one
// file per element (dist/opco-<element>.js, as the README tells partners), against a *lower bound* built
// in the same run: a plain Lit element with the same tag, CSS and markup as ours once rendered, and no
// data but what that render shows (bench/bound.mjs). Same page, same server, same throttling.
//
// Pages, each in French and in English (`<html lang>`; the English page has the README's
// `<link rel="preload">` of the file's English pack, the branch list's page the one of its OPCO's
// slice), and what "first useful render" means on each:
//   finder        the field is painted (its shadow root holds the <input>);
//   finder-1979   "1979" typed and Enter pressed as soon as the field is there; the answer naming AKTO painted;
//   card          the card is painted (<opco-card opco="akto">);
//   branch-list   AKTO's rows are painted (a row button; <opco-branch-list opco="akto">);
//   explainer     the first tab's panel is painted;
//   pay           the simulator's form is painted.
// Times from navigation start to the frame after that content appeared (requestAnimationFrame, then a
// task), read in the page (performance.now()).
//
// Headless Chromium, CPU slowed 4× (Emulation.setCPUThrottlingRate), network "Slow": 400 ms RTT,
// 400 kbit/s down and up (Network.emulateNetworkConditions), cache disabled, a fresh browser context
// per load; brotli from scripts/lib/static-server.mjs with the strict CSP (Trusted Types included).
// Loads interleaved: for each run, each page, ours then the bound (order swapped every run). Medians
// and spreads (p25–p75, min–max) of BENCH_RUNS loads (default 5). "en − fr" is the English page's
// extra time over the French one (medians).
//
// BENCH_RUNS=n, BENCH_JSON=file (every load's figures). Arguments filter the pages by name
// (`npm run bench:load -- finder` runs finder-fr, finder-en, finder-1979-fr, finder-1979-en).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
import { ELEMENT_FILES } from '../scripts/lib/files.mjs';
import { sri } from '../scripts/lib/integrity.mjs';
import { STRICT_CSP, createStaticHandler } from '../scripts/lib/static-server.mjs';
import { packsOf } from '../scripts/rollup/language-packs.mjs';
import { buildBound, captureShadow } from './bound.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
/** "Slow": 400 ms round trip, 400 kbit/s each way (bytes per second). */
const SLOW = { offline: false, latency: 400, download: 400_000 / 8, upload: 400_000 / 8 };
const filters = process.argv.slice(2);
const log = (...args) => console.error(...args);

const fileOf = (tag) => ELEMENT_FILES.find((f) => f.tag === tag).file;

const KINDS = [
  { kind: 'finder', tag: 'opco-finder', markup: '<opco-finder company-lookup="off"></opco-finder>', ready: 'input' },
  {
    kind: 'finder-1979',
    tag: 'opco-finder',
    markup: '<opco-finder company-lookup="off"></opco-finder>',
    ready: 'input',
    answer: { type: '1979', selector: '[part="answer"]', text: 'AKTO' },
  },
  { kind: 'card', tag: 'opco-card', markup: '<opco-card opco="akto"></opco-card>', ready: '*' },
  {
    kind: 'branch-list',
    tag: 'opco-branch-list',
    markup: '<opco-branch-list opco="akto"></opco-branch-list>',
    ready: 'button.choose',
    // the README's branch-list snippet preloads the OPCO's slice beside the script
    preload: (script) => /opco-conventions-akto\.[0-9a-f]{12}\.json/.exec(script)?.[0],
  },
  {
    kind: 'explainer',
    tag: 'opco-funding-explainer',
    markup: '<opco-funding-explainer audience="employer"></opco-funding-explainer>',
    ready: '[role="tabpanel"] *',
  },
  {
    kind: 'pay',
    tag: 'opco-apprentice-pay',
    markup: '<opco-apprentice-pay audience="training-centre" birth-date="2007-03-10" contract-start="2026-09-01"></opco-apprentice-pay>',
    ready: 'form',
  },
];

/**
 * Runs in the page before any script: watches the element's shadow root; once `ready` matches, the
 * frame after is the first useful render; with `answer`, types it in the field and presses Enter,
 * then waits for the answer's text the same way. Resolves `__load.ready`.
 */
function probe({ tag, ready, answer }) {
  const marks = {};
  const frame = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
  let done;
  marks.ready = new Promise((resolve) => (done = resolve));
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName !== tag || marks.attached !== undefined) return root;
    marks.attached = performance.now();
    let phase = 'render';
    const has = () => (ready === '*' ? [...root.children].some((c) => c.localName !== 'style') : root.querySelector(ready));
    const type = () => {
      const input = root.querySelector('input');
      input.focus();
      input.value = answer.type;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: answer.type }));
      marks.typed = performance.now();
      phase = 'answer';
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true }));
      check();
    };
    const check = () => {
      if (phase === 'render' && has()) {
        phase = 'painting';
        marks.content = performance.now();
        frame(() => {
          marks.painted = performance.now();
          if (answer) type();
          else done();
        });
      } else if (phase === 'answer') {
        const shown = root.querySelector(answer.selector);
        if (shown && shown.textContent.includes(answer.text)) {
          phase = 'done';
          marks.answerContent = performance.now();
          frame(() => {
            marks.answered = performance.now();
            done();
          });
        }
      }
    };
    new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    return root;
  };
  window.__load = marks;
}

/** The page: the probe (its hash allowed by the CSP), the English pack's preload on an English page, the script, the element. */
function pageHtml({ lang, kind, script, preload }) {
  const inline = `(${probe})(${JSON.stringify({ tag: kind.tag, ready: kind.ready, answer: kind.answer })});`;
  const hash = createHash('sha256').update(inline).digest('base64');
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench:load</title>
    <script>${inline}</script>
    ${(preload ?? []).map((p) => `<link rel="preload" href="${p.href}" as="fetch" crossorigin="anonymous" />`).join('\n    ')}
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <main>
      ${kind.markup}
    </main>
  </body>
</html>
`;
  return { html, csp: STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`) };
}

/** One origin: /pages/<name>.html (generated), /new/… (this checkout), /bound/<kind>-<lang>.js. */
async function startBenchServer(pages, boundDir) {
  const mounts = { '/new/': createStaticHandler({ root: repoRoot }), '/bound/': createStaticHandler({ root: boundDir }) };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const page = pages.get(url.split('?')[0]);
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp, 'Cache-Control': 'no-store' });
      res.end(page.html);
      return;
    }
    for (const [prefix, handle] of Object.entries(mounts)) {
      if (url.startsWith(prefix)) {
        req.url = url.slice(prefix.length - 1);
        handle(req, res);
        return;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** One load: the first useful render (and the answer), the long tasks and the requests. */
async function load(browser, url, { throttled = true } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`  page error: ${e.message}`));
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && log(`  page ${m.type()}: ${m.text()}`));
    await page.setCacheEnabled(false);
    if (throttled) {
      await page.emulateCPUThrottling(CPU_SLOWDOWN);
      await page.emulateNetworkConditions(SLOW);
    }
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const ok = await page.evaluate(() => Promise.race([window.__load.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 60_000))]));
    if (!ok) throw new Error(`${url}: no first useful render within 60 s`);
    const marks = await page.evaluate(() => {
      const { ready: _ready, ...m } = window.__load;
      const resources = performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd }));
      return { ...m, resources };
    });
    return { page, context, marks };
  } catch (error) {
    await context.close();
    throw error;
  }
}

// ---- figures ----

const quantile = (values, q) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
};
const median = (v) => quantile(v, 0.5);
const ms = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : '–');
const spread = (v) => `${ms(quantile(v, 0.25))}–${ms(quantile(v, 0.75))} (${ms(quantile(v, 0))}–${ms(quantile(v, 1))})`;

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  for (const { tag } of KINDS)
    if (!existsSync(join(repoRoot, fileOf(tag)))) throw new Error(`${fileOf(tag)} is missing: run \`npm run build\` (or npx rollup -c) first.`);
  const boundDir = join(repoRoot, 'node_modules', '.cache', 'opco-bench', 'bound');
  mkdirSync(boundDir, { recursive: true });
  const pages = new Map();
  const server = await startBenchServer(pages, boundDir);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
  try {
    await bench({ browser, server, pages, boundDir });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function bench({ browser, server, pages, boundDir }) {
  const cases = [];
  for (const kind of KINDS) {
    for (const lang of ['fr', 'en']) {
      const name = `${kind.kind}-${lang}`;
      if (filters.length && !filters.some((f) => name.includes(f))) continue;
      const file = fileOf(kind.tag);
      // the README's English snippet: the file's pack preloaded beside the script
      const script = readFileSync(join(repoRoot, file));
      const pack = lang === 'en' ? packsOf(script)[0] : undefined;
      const preload = [pack, kind.preload?.(script.toString('utf8'))]
        .filter(Boolean)
        .map((f) => ({ href: `/new/dist/${f}`, integrity: sri(readFileSync(join(repoRoot, 'dist', f))) }));
      const ours = `/pages/${name}-new.html`;
      pages.set(ours, pageHtml({ lang, kind, script: `/new/${file}`, preload }));

      // the bound: our element's markup once rendered (unthrottled load of our page), in a plain Lit element
      const { context, page, marks } = await load(browser, `${server.url}${ours}`, { throttled: false });
      let first;
      let answer;
      try {
        if (kind.answer) {
          // the field as first painted: the same page, stopped before typing
          const still = `/pages/${name}-capture.html`;
          pages.set(still, pageHtml({ lang, kind: { ...kind, answer: undefined }, script: `/new/${file}`, preload }));
          const field = await load(browser, `${server.url}${still}`, { throttled: false });
          first = await captureShadow(field.page, kind.tag);
          await field.context.close();
          answer = await captureShadow(page, kind.tag);
        } else first = await captureShadow(page, kind.tag);
      } finally {
        await context.close();
      }
      void marks;
      const boundFile = `${name}.js`;
      const bytes = await buildBound({ tag: kind.tag, first, answer }, join(boundDir, boundFile));
      const bound = `/pages/${name}-bound.html`;
      pages.set(bound, pageHtml({ lang, kind, script: `/bound/${boundFile}` }));
      log(`bound ${name}: ${bytes} B`);
      for (const design of ['new', 'bound']) cases.push({ name, kind: kind.kind, lang, design, path: design === 'new' ? ours : bound, loads: [] });
    }
  }
  if (!cases.length) throw new Error(`No page matches ${filters.join(' ')}`);

  const started = Date.now();
  await load(browser, `${server.url}${cases[0].path}`).then(({ context }) => context.close()); // warm-up, discarded
  const total = RUNS * cases.length;
  let n = 0;
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < cases.length; i += 2) {
      const pair = run % 2 ? [cases[i + 1], cases[i]] : [cases[i], cases[i + 1]];
      for (const c of pair) {
        const { context, marks } = await load(browser, `${server.url}${c.path}`);
        await context.close();
        const at = marks.answered ?? marks.painted;
        c.loads.push({ at, painted: marks.painted, answered: marks.answered, typed: marks.typed, resources: marks.resources });
        n++;
        log(
          `[${n}/${total}] run ${run + 1} ${c.name.padEnd(16)} ${c.design.padEnd(5)} ${ms(at)} ms (about ${Math.ceil((((Date.now() - started) / n) * (total - n)) / 60_000)} min left)`,
        );
      }
    }
  }

  const find = (name, design) => cases.find((c) => c.name === name && c.design === design);
  const times = (c) => (c ? c.loads.map((l) => l.at) : []);
  const out = [];
  out.push(
    `## bench:load — ${new Date().toISOString().slice(0, 16)}Z, ${RUNS} loads per page and design, interleaved (${((Date.now() - started) / 60_000).toFixed(1)} min)`,
  );
  out.push('');
  out.push(
    `Headless Chromium ${(await browser.version()).replace(/^\D+/, '')}, CPU slowed ${CPU_SLOWDOWN}×, network "Slow" (400 ms RTT, 400 kbit/s down and up), cache disabled, a fresh context per load.`,
  );
  out.push(
    'ms from navigation start to the first useful render painted: median, p25–p75 (min–max). bound = a plain Lit element, same tag, CSS and markup, no data beyond that render (bench/bound.mjs).',
  );
  out.push(
    'English pages preload the file\'s English pack, the branch list\'s page its OPCO\'s slice (`<link rel="preload" as="fetch" crossorigin="anonymous">`, README).',
  );
  out.push('');
  out.push('| page | lang | today (ms) | today spread | bound (ms) | bound spread | today / bound | requests (today) |');
  out.push('|---|---|---:|---|---:|---|---:|---|');
  for (const c of cases.filter((x) => x.design === 'new')) {
    const b = find(c.name, 'bound');
    const m = median(times(c));
    const mb = median(times(b));
    const first = c.loads[0]?.resources ?? [];
    const requests = first.filter((r) => r.path.startsWith('/new/')).map((r) => r.path.replace(/^\/new\/dist\//, ''));
    out.push(`| ${c.kind} | ${c.lang} | ${ms(m)} | ${spread(times(c))} | ${ms(mb)} | ${spread(times(b))} | ${(m / mb).toFixed(2)} | ${requests.join(', ')} |`);
  }
  out.push('');
  out.push('English extra (median en − median fr), ms:');
  out.push('');
  out.push('| page | today | bound |');
  out.push('|---|---:|---:|');
  for (const kind of [...new Set(cases.map((c) => c.kind))]) {
    const extra = (design) => median(times(find(`${kind}-en`, design))) - median(times(find(`${kind}-fr`, design)));
    out.push(`| ${kind} | ${ms(extra('new'))} | ${ms(extra('bound'))} |`);
  }
  console.log(out.join('\n'));
  if (process.env.BENCH_JSON) {
    writeFileSync(process.env.BENCH_JSON, JSON.stringify({ runs: RUNS, cases }, null, 2));
    log(`Every load's figures: ${process.env.BENCH_JSON}`);
  }
}

await main();
