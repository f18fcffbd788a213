#!/usr/bin/env node
// node scripts/screenshots.mjs [--out docs/screenshots] [--only finder] [--combos 320:light:fr,1280:dark:en] [--all]
// Screenshots of each element's main states at 320 and 1280 px, light and dark, French and English (--all:
// every combination; by default four per state, to keep the committed set small), on a
// partner-like page (scripts/screenshots/stage.html), from dist/opco-widgets.js (build first). Prints each
// element's height, and the content wider than its box if any (it should print none).
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './lib/static-server.mjs';
import { findBrowser } from './find-browser.mjs';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    only: { type: 'string' },
    combos: { type: 'string', default: '320:light:fr,320:dark:en,1280:light:fr,1280:dark:en' },
    all: { type: 'boolean', default: false },
  },
});

/** name → element and attributes; `type` is typed in the finder, `click` clicks that selector in the element, before the shot. */
export const STATES = [
  { name: 'finder-empty', tag: 'opco-finder', attrs: { 'company-lookup': 'off' } },
  { name: 'finder-1979', tag: 'opco-finder', attrs: { 'company-lookup': 'off', idcc: '1979' } },
  { name: 'finder-1979-cfa', tag: 'opco-finder', attrs: { 'company-lookup': 'off', idcc: '1979', audience: 'training-centre' } },
  { name: 'finder-shared', tag: 'opco-finder', attrs: { 'company-lookup': 'off', idcc: '3203' } },
  { name: 'finder-ape', tag: 'opco-finder', attrs: { 'company-lookup': 'off' }, type: '56.10A' },
  { name: 'card', tag: 'opco-card', attrs: { opco: 'akto' } },
  { name: 'card-home', tag: 'opco-card', attrs: { opco: 'constructys', audience: 'apprentice' } },
  { name: 'pay', tag: 'opco-apprentice-pay', attrs: { 'birth-date': '2007-05-01', 'contract-start': '2026-09-01' } },
  { name: 'branch-list', tag: 'opco-branch-list', attrs: { opco: 'akto' } },
  { name: 'branch-list-row', tag: 'opco-branch-list', attrs: { opco: 'akto' }, click: '#group-national .choose' },
  { name: 'explainer', tag: 'opco-funding-explainer', attrs: { audience: 'employer', 'signed-on': '2026-04-01' } },
  { name: 'explainer-akto', tag: 'opco-funding-explainer', attrs: { audience: 'employer', 'signed-on': '2026-04-01', opco: 'akto' } },
];

const browser = await puppeteer.launch({
  executablePath: findBrowser() ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const server = await startStaticServer({ port: 0 });
await mkdir(args.out, { recursive: true });
const combos = args.all
  ? [320, 1280].flatMap((w) => ['light', 'dark'].flatMap((t) => ['fr', 'en'].map((l) => [w, t, l])))
  : args.combos
      .split(',')
      .map((c) => c.split(':'))
      .map(([w, t, l]) => [Number(w), t, l]);
try {
  const page = await browser.newPage();
  for (const state of STATES.filter((s) => !args.only || s.name.startsWith(args.only))) {
    for (const [width, theme, lang] of combos) {
      {
        {
          await page.setViewport({ width, height: 900 });
          const q = new URLSearchParams({ tag: state.tag, theme, lang });
          for (const [k, v] of Object.entries(state.attrs)) q.append('a', `${k}:${v}`);
          await page.goto(`${server.url}/scripts/screenshots/stage.html?${q}`, { waitUntil: 'networkidle0' });
          await page.waitForFunction((tag) => customElements.get(tag), {}, state.tag);
          if (state.type) {
            await page.evaluate(() => document.querySelector('opco-finder').shadowRoot.querySelector('input').focus());
            await page.keyboard.type(state.type);
            await new Promise((r) => setTimeout(r, 300));
            await page.evaluate(() => document.querySelector('opco-finder').shadowRoot.querySelector('[part="search"]').click());
          }
          if (state.click) {
            await new Promise((r) => setTimeout(r, 300));
            await page.evaluate((selector) => document.querySelector('#stage > *').shadowRoot.querySelector(selector).click(), state.click);
          }
          await new Promise((r) => setTimeout(r, 600));
          const report = await page.evaluate(() => {
            const host = document.querySelector('#stage > *');
            const wide = [];
            const walk = (root) => {
              for (const e of root.querySelectorAll('*')) {
                if (
                  e.tagName !== 'INPUT' &&
                  !e.classList.contains('visually-hidden') &&
                  e.getBoundingClientRect().width > 1 &&
                  e.scrollWidth > e.clientWidth + 1 &&
                  getComputedStyle(e).overflowX !== 'visible'
                )
                  wide.push(`${e.tagName.toLowerCase()}.${e.className}`);
                const r = e.getBoundingClientRect();
                if (r.width > 1 && r.right > host.getBoundingClientRect().right + 1) wide.push(`${e.tagName.toLowerCase()}.${e.className} past the right edge`);
                if (e.shadowRoot) walk(e.shadowRoot);
              }
            };
            walk(host.shadowRoot);
            return { height: Math.round(host.getBoundingClientRect().height), wide: [...new Set(wide)].slice(0, 5) };
          });
          const name = `${state.name}-${width}-${theme}-${lang}`;
          const stage = await page.$('#stage');
          await stage.screenshot({ path: `${args.out}/${name}.png` });
          console.log(`${name}: ${report.height} px${report.wide.length ? `; WIDER: ${report.wide.join(', ')}` : ''}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close?.();
}
