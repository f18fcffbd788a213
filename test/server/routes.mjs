// Test-only routes of the Web Test Runner server (web-test-runner.config.mjs lists them). Each one
// serves files of the repo as a partner's server would, or in a way a partner's server might get
// wrong, without copying anything to disk:
//
//  scriptSwap       /integrate/<page>/?files=opco-card,opco-finder  and  /test/csp/<page>.html?files=…
//                   The page as committed, its `<script type="module" src="…/dist/opco-widgets.js">` tag(s)
//                   replaced by one plain tag per file named (dist/opco-card.js…): the same page with the
//                   per-element files, each tag still the one a partner pastes.
//  distVariants     /test/variants/<variant>/dist/<file>: dist/ as built, except
//                     tampered       the convention table, its OPCO slices and the language packs with one
//                                    byte changed (integrity must refuse them);
//                     missing        the convention table, its OPCO slices and the language packs answer 404;
//                     other-version  the scripts with another version number (the "two versions" warning);
//                     redirected     the convention table and the language packs answer 302 to dist/ (same
//                                    bytes, another address: the widgets refuse it).
//  tableGate        the widgets' fetch of /src/data/generated/conventions.json held back while a test asks
//                   (server command `conventions-table-gate` { hold: true | false }; served no-store): the table
//                   in src mode arrives when the test says, to test what the widgets show and keep meanwhile
//                   (test/components/conventions-table). The same gate holds the card's English pack of the
//                   sources (server command `language-pack-gate`; test/platform/language-pack-slow.test.ts),
//                   and the built OPCO slices, dist/opco-conventions-<opco>.<hash>.json (server command
//                   `conventions-slice-gate`; test/integration/branch-list-slice.test.ts).
import { readFile } from 'node:fs/promises';
import { ALL_IN_ONE, ELEMENT_FILES } from '../../scripts/lib/files.mjs';

const root = new URL('../../', import.meta.url);
const version = JSON.parse(await readFile(new URL('package.json', root), 'utf8')).version;

/** The file names a page may ask for, without `.js`: opco-widgets, opco-card… */
const KNOWN = new Set([ALL_IN_ONE, ...ELEMENT_FILES.map((f) => f.file)].map((f) => f.replace(/^dist\//, '').replace(/\.js$/, '')));

const BUNDLE_TAG = /^([ \t]*)<script type="module" src="([^"]*?)dist\/opco-widgets\.js(\?[^"]*)?"><\/script>/gm;

/** The page with each all-in-one script tag replaced by one tag per file of `files` (same prefix, same query). */
export function swapScripts(html, files) {
  return html.replace(BUNDLE_TAG, (_, indent, prefix, query = '') =>
    files.map((name) => `${indent}<script type="module" src="${prefix}dist/${name}.js${query}"></script>`).join('\n'),
  );
}

export async function scriptSwap(ctx, next) {
  const files = typeof ctx.query.files === 'string' ? ctx.query.files.split(',').filter(Boolean) : [];
  const page = /^\/integrate\/[a-z-]+\/(index\.html)?$/.test(ctx.path) || /^\/test\/csp\/[a-z-]+\.html$/.test(ctx.path);
  if (!page || files.length === 0) return next();
  const unknown = files.filter((name) => !KNOWN.has(name));
  if (unknown.length) {
    ctx.status = 400;
    ctx.body = `unknown file(s): ${unknown.join(', ')}; one of ${[...KNOWN].join(', ')}`;
    return;
  }
  const path = ctx.path.endsWith('/') ? `${ctx.path}index.html` : ctx.path;
  try {
    ctx.body = swapScripts(await readFile(new URL(`.${path}`, root), 'utf8'), files);
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
  } catch {
    return next();
  }
}

const VARIANT = /^\/test\/variants\/(tampered|missing|other-version|redirected)\/dist\/([\w.-]+\.(?:js|json))$/;
/** The convention table (opco-conventions.<hash>.json) or one OPCO's slice of it (opco-conventions-<opco>.<hash>.json). */
const TABLE_FILE = /^opco-conventions(-[a-z0-9-]+)?\.[0-9a-f]+\.json$/;

export async function distVariants(ctx, next) {
  const match = VARIANT.exec(ctx.path);
  if (!match) return next();
  const [, variant, file] = match;
  const table = TABLE_FILE.test(file);
  const pack = /^[\w-]+\.[a-z]{2}\.[0-9a-f]{12}\.json$/.test(file);
  if (variant === 'redirected' && (table || pack)) {
    // the same bytes, but through a redirect (to dist/ itself): the widgets refuse an answer from elsewhere
    ctx.status = 302;
    ctx.set('Location', `/dist/${file}`);
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  if (variant === 'missing' && (table || pack)) {
    ctx.status = 404;
    ctx.body = 'Not found';
    return;
  }
  let bytes;
  try {
    bytes = await readFile(new URL(`dist/${file}`, root));
  } catch {
    return next();
  }
  if (variant === 'tampered' && table) {
    // one byte: the date of the data, 2026-08-11 → 2026-08-12 (still a well-formed table)
    const at = bytes.indexOf('"asOf":"') + '"asOf":"'.length + 9;
    bytes = Buffer.from(bytes);
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
  }
  if (variant === 'tampered' && pack) {
    // one byte of the first text: its first letter's case (still a well-formed pack)
    const at = bytes.indexOf('":"') + 3;
    bytes = Buffer.from(bytes);
    bytes[at] ^= 0x20;
  }
  if (variant === 'other-version' && file.endsWith('.js')) {
    bytes = Buffer.from(bytes.toString('utf8').replaceAll(`"${version}"`, '"0.0.1-other"'));
  }
  ctx.body = bytes;
  ctx.type = file.endsWith('.json') ? 'application/json' : 'text/javascript';
  ctx.set('Cache-Control', 'no-store');
}

/**
 * The test file a request comes from: the id of its Web Test Runner session, read from the Referer (a
 * test page is /?wtr-session-id=<id>, and its same-origin fetches send that full address). '' when the
 * request names none (a page in an iframe, a no-referrer page). Two test files that run at the same
 * time thus never see each other's gates or counts.
 */
export function sessionOf(referer) {
  if (!referer) return '';
  try {
    return new URL(referer).searchParams.get('wtr-session-id') ?? '';
  } catch {
    return '';
  }
}

/**
 * A file of the sources (the table by default) held back while a test asks, and never more than `maxHoldMs`.
 * `path`: a path, or a RegExp of paths (the built OPCO slices: server command `conventions-slice-gate`).
 * Each test file (each session) has its own gate and its own count of requests.
 */
export function tableGate({ path = '/src/data/generated/conventions.json', command = 'conventions-table-gate', maxHoldMs = 30000 } = {}) {
  const matches = (p) => (path instanceof RegExp ? path.test(p) : p === path);
  /** session id → { promise, open, timer } while held */
  const gates = new Map();
  /** session id → the fetches of the file seen so far */
  const requests = new Map();
  const open = (id) => {
    const gate = gates.get(id);
    if (!gate) return;
    clearTimeout(gate.timer);
    gate.open();
    gates.delete(id);
  };
  return {
    async middleware(ctx, next) {
      if (!matches(ctx.path)) return next();
      // only the widgets' fetch() of the table (Sec-Fetch-Dest: empty), never a module import of it
      // (in src mode the finder's module graph imports it too, through data/bundled.ts: holding that
      // would hold the test file itself)
      if (ctx.get('sec-fetch-dest') === 'empty') {
        const id = sessionOf(ctx.get('referer'));
        requests.set(id, (requests.get(id) ?? 0) + 1);
        const gate = gates.get(id);
        if (gate) await gate.promise;
      }
      await next();
      // never from the browser's cache, so that each fetch reaches this gate (the test runner's own
      // middleware, outside this one, marks every file cacheable for a year; Vary: * overrides that)
      ctx.set('Vary', '*');
    },
    plugin: {
      name: command,
      executeCommand({ command: name, payload, session }) {
        if (name !== command) return undefined;
        const id = session?.id ?? '';
        if (payload?.hold) {
          if (!gates.has(id)) {
            let release;
            const promise = new Promise((resolve) => (release = resolve));
            // a test that fails before it lets go must not hold the table for ever
            gates.set(id, { promise, open: release, timer: setTimeout(() => open(id), maxHoldMs) });
          }
        } else if (payload?.hold === false) open(id);
        // the fetches of the table seen so far by this test file (a test compares before and after)
        return { held: gates.has(id), requests: requests.get(id) ?? 0 };
      },
    },
  };
}
