// `npm run bench:load [filter…]`: what a visitor's browser downloads and how soon it shows our
// widgets, one file per element (this design) against the previous release's all-in-one file.
//
// Pages (each in French and in English, `<html lang>`): one finder, one card, one branch list
// (opco="akto"), one explainer, and every element inside an <opco-provider>. This design loads the
// element's own file (dist/opco-<element>.js), or dist/opco-widgets.js on the all-elements page; the
// baseline loads the opco-widgets.js of BENCH_BASELINE_REF (default 7791d8a), built once into
// node_modules/.cache/opco-bench/<commit>/. Headless Chromium, CPU slowed 4×, cache disabled, a fresh
// browser context per load, each network profile in turn, this design and the baseline alternating
// load by load; medians of BENCH_RUNS (default 7) loads. Served by scripts/lib/static-server.mjs
// (brotli, as Chromium asks for it), so transfer sizes are real.
//
// What is measured, in the page (times from navigation start, performance.now()):
//   first render: a tiny inline script wraps attachShadow and watches each widget's shadow root with a
//     MutationObserver; a widget has rendered when its shadow root holds an element other than <style>;
//     the time taken is the next frame after that (requestAnimationFrame, then a task). The page's
//     first render is when its last widget has rendered.
//   all content: the last change in any widget's shadow DOM once the network is idle (the branch list
//     fills in when the table arrives; the finder does not change).
//   kB before first render: our JS + JSON whose response ended before the last widget had rendered
//     (Resource Timing), summed as gzip -9 and brotli -11 bodies (the bytes this server sends);
//     kB total: the same once the table is in and the network has been idle for 300 ms.
//   script ms: CDP Performance.getMetrics ScriptDuration at that point (main thread, CPU slowed 4×).
//   The sizes, all content and script ms come from the first profile's loads; the loads in the other
//   profiles stop at the first render (shorter runs). A full run: 280 loads, about 20 minutes on 2 busy
//   cores; BENCH_PROFILES="Slow 4G" or a filter shortens it.
//
// BENCH_RUNS=n, BENCH_PROFILES="Slow 4G,Fast 4G" (puppeteer's DevTools presets), BENCH_BASELINE_REF=ref,
// BENCH_JSON=file (every load's figures). Arguments filter the pages: `npm run bench:load -- finder en`
// runs the pages whose name contains any of them (finder-fr, finder-en, card-fr, …, all-en).
import { createHash } from 'node:crypto';
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
import { ALL_IN_ONE, ELEMENT_FILES } from '../scripts/lib/files.mjs';
import { STRICT_CSP, createStaticHandler } from '../scripts/lib/static-server.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PROFILES = (process.env.BENCH_PROFILES ?? 'Slow 4G,Fast 4G').split(',').map((p) => p.trim());
const BASELINE_REF = process.env.BENCH_BASELINE_REF ?? '7791d8a';
const CPU_SLOWDOWN = 4;
const QUIET_MS = 300;
const filters = process.argv.slice(2);

const log = (...args) => console.error(...args);

for (const name of PROFILES) {
  if (!PredefinedNetworkConditions[name]) {
    throw new Error(`Unknown network profile "${name}": one of ${Object.keys(PredefinedNetworkConditions).join(', ')}`);
  }
}

// ---- the pages ------------------------------------------------------------------------------------

const fileOf = (tag) => ELEMENT_FILES.find((f) => f.tag === tag).file;

const MARKUP = {
  'opco-finder': '<opco-finder></opco-finder>',
  'opco-card': '<opco-card opco="akto"></opco-card>',
  'opco-branch-list': '<opco-branch-list opco="akto"></opco-branch-list>',
  'opco-funding-explainer': '<opco-funding-explainer audience="employer"></opco-funding-explainer>',
  'opco-apprentice-pay':
    '<opco-apprentice-pay audience="training-centre" birth-date="2007-03-10" contract-start="2026-09-01"></opco-apprentice-pay>',
};
const ALL_TAGS = ['opco-finder', 'opco-card', 'opco-branch-list', 'opco-funding-explainer', 'opco-apprentice-pay'];
const NEEDS_TABLE = new Set(ELEMENT_FILES.filter((f) => f.table).map((f) => f.tag));

/** The page kinds: which widgets, which file for this design. The baseline always loads its opco-widgets.js. */
const KINDS = [
  { kind: 'finder', tags: ['opco-finder'], file: fileOf('opco-finder') },
  { kind: 'card', tags: ['opco-card'], file: fileOf('opco-card') },
  { kind: 'branch-list', tags: ['opco-branch-list'], file: fileOf('opco-branch-list') },
  { kind: 'explainer', tags: ['opco-funding-explainer'], file: fileOf('opco-funding-explainer') },
  { kind: 'all', tags: ALL_TAGS, file: ALL_IN_ONE, provider: true },
];

/** Runs in the page before our script: records when each widget's shadow root gets content, and resolves `__load.ready`. */
function probe(watched) {
  const marks = { elements: {}, lastChange: 0, lastPainted: 0 };
  const frame = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
  let pending = false;
  const changed = () => {
    marks.lastChange = performance.now();
    if (pending) return;
    pending = true;
    frame(() => {
      pending = false;
      marks.lastPainted = performance.now();
    });
  };
  let ready;
  marks.ready = new Promise((resolve) => (ready = resolve));
  const check = () => {
    const all = watched.map((tag) => marks.elements[tag]);
    if (all.every((m) => m && m.painted !== undefined)) ready();
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const tag = this.localName;
    if (watched.includes(tag) && !marks.elements[tag]) {
      const m = (marks.elements[tag] = { attached: performance.now() });
      new MutationObserver(() => {
        const now = performance.now();
        changed();
        if (m.content === undefined && [...root.children].some((c) => c.localName !== 'style')) {
          m.content = now;
          frame(() => {
            m.painted = performance.now();
            check();
          });
        }
      }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    return root;
  };
  window.__load = marks;
}

function pageHtml({ lang, tags, provider, script, watched }) {
  const inline = `(${probe})(${JSON.stringify(watched)});`;
  const hash = createHash('sha256').update(inline).digest('base64');
  const body = tags.map((t) => MARKUP[t]).join('\n      ');
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench:load</title>
    <script>${inline}</script>
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <main>
      ${provider ? `<opco-provider>\n      ${body}\n      </opco-provider>` : body}
    </main>
  </body>
</html>
`;
  // the strict policy of the demo, plus the hash of the one inline script (the probe)
  const csp = STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
  return { html, csp };
}

// ---- the baseline ---------------------------------------------------------------------------------

/** The baseline's opco-widgets.js, built once per commit. Resolves to `{ commit, dir }` (dir holds dist/opco-widgets.js). */
function baseline(ref) {
  const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = join(repoRoot, 'node_modules', '.cache', 'opco-bench', commit);
  const target = join(dir, ALL_IN_ONE);
  if (existsSync(target)) return { commit, dir };
  log(`Building the baseline ${ALL_IN_ONE} of ${ref} (${commit.slice(0, 7)}), once (about 2 minutes)…`);
  const work = mkdtempSync(join(tmpdir(), 'opco-bench-baseline-'));
  try {
    execSync(`git archive ${commit} | tar -x -C "${work}"`, { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    // that commit's sources, this checkout's packages (a link: rollup resolves them to their real paths)
    symlinkSync(join(repoRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
    writeFileSync(
      join(work, 'bench-baseline.config.mjs'),
      "import configs from './rollup.config.mjs';\n" +
        'const all = [configs].flat();\n' +
        `const only = all.filter((c) => String(c.output?.file ?? '').endsWith('${ALL_IN_ONE}'));\n` +
        'export default only.length ? only : all;\n',
    );
    execFileSync('npx', ['rollup', '-c', 'bench-baseline.config.mjs', '--silent'], { cwd: work, stdio: ['ignore', 2, 2] });
    mkdirSync(join(dir, 'dist'), { recursive: true });
    copyFileSync(join(work, ALL_IN_ONE), `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { commit, dir };
}

// ---- the server -----------------------------------------------------------------------------------

/** One origin: /pages/<name>.html (generated), /new/… (this checkout), /old/… (the baseline build). */
async function startBenchServer(baselineDir, pages) {
  const mounts = {
    '/new/': createStaticHandler({ root: repoRoot }),
    '/old/': createStaticHandler({ root: baselineDir }),
  };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const page = pages.get(url.split('?')[0]);
    if (page) {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': page.csp,
        'Cache-Control': 'no-store',
      });
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

/** Body bytes the server sends for `path` with this Accept-Encoding (also fills its compression cache). */
function bodyBytes(url, encoding) {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (c) => (n += c.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(n) : reject(new Error(`${url}: HTTP ${res.statusCode}`))));
    })
      .on('error', reject)
      .end();
  });
}

// ---- one load -------------------------------------------------------------------------------------

async function load(browser, url, profile, { expectTable, full }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`  page error: ${e.message}`));
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && log(`  page ${m.type()}: ${m.text()}`));
    await page.setCacheEnabled(false); // Network.setCacheDisabled
    await page.emulateCPUThrottling(CPU_SLOWDOWN); // Emulation.setCPUThrottlingRate
    await page.emulateNetworkConditions(PredefinedNetworkConditions[profile]); // Network.emulateNetworkConditions
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const rendered = await page.evaluate(() =>
      Promise.race([window.__load.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 60_000))]),
    );
    if (!rendered) throw new Error(`${url}: a widget never rendered (${profile})`);
    // the whole load (the table, then a quiet network) in the first profile; the first render only in the others
    if (full && expectTable) {
      await page.waitForFunction(
        () => performance.getEntriesByType('resource').some((e) => e.name.includes('/opco-conventions.') && e.responseEnd > 0),
        { timeout: 60_000, polling: 100 },
      );
    }
    if (full) await page.waitForNetworkIdle({ idleTime: QUIET_MS, timeout: 60_000 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const inPage = await page.evaluate(() => {
      const { elements, lastChange, lastPainted } = window.__load;
      const resources = performance
        .getEntriesByType('resource')
        .filter((e) => /\/(new|old)\//.test(new URL(e.name).pathname))
        .map((e) => ({ path: new URL(e.name).pathname, responseEnd: e.responseEnd, encodedBodySize: e.encodedBodySize }));
      return { elements, lastChange, lastPainted, resources };
    });
    const painted = Object.values(inPage.elements).map((m) => m.painted);
    const content = Object.values(inPage.elements).map((m) => m.content);
    return {
      firstRender: Math.max(...painted),
      contentAt: Math.max(...content),
      allContent: full ? Math.max(inPage.lastPainted, ...painted) : undefined,
      lastChange: inPage.lastChange,
      scriptMs: full ? scriptMs : undefined,
      elements: inPage.elements,
      resources: inPage.resources,
    };
  } finally {
    await context.close();
  }
}

// ---- figures --------------------------------------------------------------------------------------

function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)}` : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '–');

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  for (const { file } of [...ELEMENT_FILES, { file: ALL_IN_ONE }]) {
    if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` (or npx rollup -c) first.`);
  }
  const { commit, dir: baselineDir } = baseline(BASELINE_REF);
  const pages = new Map();
  const server = await startBenchServer(baselineDir, pages);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
  try {
    await bench({ browser, server, pages, commit });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The elements a file defines, asked of the browser (7791d8a's opco-widgets.js has no pay element). */
async function definedBy(browser, server, pages, script) {
  const path = `/pages/defines-${pages.size}.html`;
  pages.set(path, pageHtml({ lang: 'fr', tags: [], script, watched: [] }));
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), ALL_TAGS);
  } finally {
    await context.close();
    pages.delete(path);
  }
}

async function bench({ browser, server, pages, commit }) {
  const baselineTags = await definedBy(browser, server, pages, `/old/${ALL_IN_ONE}`);
  log(`The baseline defines ${baselineTags.join(', ')}.`);

  // page × language × design
  const cases = [];
  for (const k of KINDS) {
    for (const lang of ['fr', 'en']) {
      const name = `${k.kind}-${lang}`;
      if (filters.length && !filters.some((f) => name.includes(f))) continue;
      for (const design of ['new', 'old']) {
        const script = design === 'new' ? `/new/${k.file}` : `/old/${ALL_IN_ONE}`;
        const watched = design === 'new' ? k.tags : k.tags.filter((t) => baselineTags.includes(t));
        const path = `/pages/${name}-${design}.html`;
        pages.set(path, pageHtml({ lang, tags: k.tags, provider: k.provider, script, watched }));
        cases.push({
          name,
          kind: k.kind,
          lang,
          design,
          path,
          missing: k.tags.filter((t) => !watched.includes(t)),
          expectTable: design === 'new' && k.tags.some((t) => NEEDS_TABLE.has(t)),
          loads: Object.fromEntries(PROFILES.map((p) => [p, []])),
        });
      }
    }
  }
  if (!cases.length) throw new Error(`No page matches ${filters.join(' ')}`);

  // what the server sends for each of our files, brotli and gzip (this also compresses them ahead of the loads)
  const sizes = new Map();
  const sizeOf = async (path) => {
    if (!sizes.has(path)) {
      sizes.set(path, { br: await bodyBytes(`${server.url}${path}`, 'br'), gzip: await bodyBytes(`${server.url}${path}`, 'gzip') });
    }
    return sizes.get(path);
  };
  const table = readdirSync(join(repoRoot, 'dist')).find((f) => /^opco-conventions\..*\.json$/.test(f));
  for (const path of [...new Set(KINDS.map((k) => `/new/${k.file}`)), `/new/dist/${table}`, `/old/${ALL_IN_ONE}`]) await sizeOf(path);

  const started = Date.now();
  // one discarded load: the browser's first page is slower
  await load(browser, `${server.url}${cases[0].path}`, PROFILES.at(-1), { expectTable: cases[0].expectTable, full: false });
  const total = RUNS * PROFILES.length * cases.length;
  let done = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const profile of PROFILES) {
      for (let i = 0; i < cases.length; i += 2) {
        // this design and the baseline of one page, one after the other, the order swapped every run
        const pair = run % 2 ? [cases[i + 1], cases[i]] : [cases[i], cases[i + 1]];
        for (const c of pair) {
          const t0 = Date.now();
          const full = profile === PROFILES[0];
          const result = await load(browser, `${server.url}${c.path}`, profile, { expectTable: c.expectTable, full });
          c.loads[profile].push(result);
          done++;
          const eta = ((Date.now() - started) / done) * (total - done);
          log(
            `[${done}/${total}] run ${run + 1} ${profile.padEnd(7)} ${c.name.padEnd(14)} ${c.design}: ` +
              `first render ${ms(result.firstRender)} ms${full ? `, script ${ms(result.scriptMs)} ms` : ''}, load ${Date.now() - t0} ms (about ${Math.ceil(eta / 60_000)} min left)`,
          );
        }
      }
    }
  }

  // sizes: per load, our files whose response had ended before the first render, and all of them
  for (const c of cases) {
    for (const loads of Object.values(c.loads)) {
      for (const l of loads) {
        l.bytes = { before: { br: 0, gzip: 0 }, total: { br: 0, gzip: 0 } };
        for (const r of l.resources) {
          const s = await sizeOf(r.path);
          for (const enc of ['br', 'gzip']) {
            l.bytes.total[enc] += s[enc];
            if (r.responseEnd <= l.contentAt) l.bytes.before[enc] += s[enc];
          }
          if (r.encodedBodySize && r.encodedBodySize !== s.br && r.encodedBodySize !== s.gzip) {
            log(`  note: ${r.path} arrived as ${r.encodedBodySize} B, neither the brotli nor the gzip size`);
          }
        }
      }
    }
  }

  const summary = (c) => {
    const all = c.loads[PROFILES[0]]; // the whole loads
    return {
      before: { gzip: median(all.map((l) => l.bytes.before.gzip)), br: median(all.map((l) => l.bytes.before.br)) },
      total: { gzip: median(all.map((l) => l.bytes.total.gzip)), br: median(all.map((l) => l.bytes.total.br)) },
      firstRender: Object.fromEntries(PROFILES.map((p) => [p, median(c.loads[p].map((l) => l.firstRender))])),
      allContent: median(c.loads[PROFILES[0]].map((l) => l.allContent)),
      scriptMs: median(all.map((l) => l.scriptMs)),
    };
  };

  const conditions = PROFILES.map((p) => {
    const n = PredefinedNetworkConditions[p];
    return `${p}: latency ${n.latency} ms, down ${Math.round(n.download)} B/s (${((n.download * 8) / 1e6).toFixed(2)} Mbit/s), up ${Math.round(n.upload)} B/s (${((n.upload * 8) / 1e6).toFixed(2)} Mbit/s)`;
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const out = [];
  out.push(`## bench:load — ${new Date().toISOString().slice(0, 10)}, ${RUNS} loads per page, design and profile (${minutes} min)`);
  out.push('');
  out.push(`Headless Chromium ${(await browser.version()).replace(/^\D+/, '')}, CPU slowed ${CPU_SLOWDOWN}× (Emulation.setCPUThrottlingRate), cache disabled, a fresh context per load.`);
  out.push(`Network (Network.emulateNetworkConditions, DevTools presets as in puppeteer-core): ${conditions.join('; ')}.`);
  if (PROFILES.includes('Slow 4G') && !PROFILES.includes('Fast 3G')) {
    out.push('DevTools\' "Fast 3G" is now the same preset as "Slow 4G" (crbug.com/342406608), so the second profile is "Fast 4G".');
  }
  out.push(`Baseline: ${ALL_IN_ONE} of ${BASELINE_REF} (${commit.slice(0, 7)}), every element in one file, the table inside.`);
  out.push('kB = 1000 bytes of our JS + JSON bodies (gzip -9 / brotli -11, what the server sends); the loads themselves were served brotli.');
  out.push('first render = navigation start → the frame after the last widget on the page got content in its shadow root (median);');
  out.push("all content = navigation start → the frame after the last change in a widget's shadow DOM (e.g. the branch list's rows once the table is in);");
  out.push('script ms = CDP ScriptDuration until the table is in and the network is idle; ratio = first render, this design / baseline;');
  out.push(`kB, all content and script ms come from the ${PROFILES[0]} loads (the other profiles' loads stop at the first render).`);
  out.push('');
  const profileCols = PROFILES.map((p) => `first render ${p} (ms)`);
  out.push(
    `| page | lang | file | kB gzip before first render | kB brotli before first render | kB total gzip / brotli | ${profileCols.join(' | ')} | all content ${PROFILES[0]} (ms) | script ms | ratio vs baseline (${PROFILES.join(' / ')}) |`,
  );
  out.push(`|---|---|---|---:|---:|---:|${PROFILES.map(() => '---:|').join('')}---:|---:|---:|`);
  const byName = (design) => cases.filter((c) => c.design === design);
  const rows = (design) =>
    byName(design).map((c) => {
      const s = summary(c);
      const other = summary(cases.find((o) => o.name === c.name && o.design !== design));
      const file = design === 'new' ? KINDS.find((k) => k.kind === c.kind).file.replace('dist/', '') : `${ALL_IN_ONE.replace('dist/', '')} @${commit.slice(0, 7)}`;
      const note = c.missing.length ? ` (no ${c.missing.join(', ')})` : '';
      const r = design === 'new' ? PROFILES.map((p) => ratio(s.firstRender[p], other.firstRender[p])).join(' / ') : '';
      return `| ${c.kind}${design === 'old' ? ' (baseline)' : ''}${note} | ${c.lang} | ${file} | ${kB(s.before.gzip)} | ${kB(s.before.br)} | ${kB(s.total.gzip)} / ${kB(s.total.br)} | ${PROFILES.map((p) => ms(s.firstRender[p])).join(' | ')} | ${ms(s.allContent)} | ${ms(s.scriptMs)} | ${r} |`;
    });
  out.push(...rows('new'), ...rows('old'));
  if (cases.some((c) => c.missing.length)) {
    out.push('');
    out.push(`The baseline's ${ALL_IN_ONE} has no ${[...new Set(cases.flatMap((c) => c.missing))].join(', ')}: on its all-elements page that element stays an unknown tag and is not waited for.`);
  }
  console.log(out.join('\n'));

  if (process.env.BENCH_JSON) {
    writeFileSync(process.env.BENCH_JSON, JSON.stringify({ profiles: PROFILES, runs: RUNS, baseline: commit, cases }, null, 2));
    log(`Every load's figures: ${process.env.BENCH_JSON}`);
  }
}

await main();
