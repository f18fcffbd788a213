// Shared by the integration tests: each one opens a real page (a snippet page, the configurator,
// a "blank page" with a pasted snippet) in an iframe of the test page, as a partner's visitor
// would, and reads what the page itself shows (its event log) and what went wrong (its
// problems: CSP violations, uncaught errors, console errors).

export type FrameWindow = Window & typeof globalThis;

export interface Loaded {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** CSP violations reported by the browser for this document (buffered, so from the start). */
  cspReports(): Promise<string[]>;
}

const BUNDLE = '/dist/opco-widgets.js';

/** Fails with the one useful sentence when the bundle has not been built. */
export async function requireBuild(): Promise<void> {
  const response = await fetch(BUNDLE, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`${BUNDLE} is missing (HTTP ${response.status}): run npm run build first.`);
  }
}

/** sha384 of bytes, as an `integrity` attribute value. */
export async function sri(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * True when the test server sends dist/*.js byte for byte. Web Test Runner's esbuild plugin
 * rewrites every .js it serves unless web-test-runner.config.mjs serves /dist/ itself; then no
 * integrity hash can match, and the Subresource Integrity checks cannot run.
 */
export async function servesBuiltBytes(): Promise<boolean> {
  const release = (await (await fetch('/dist/release.json', { cache: 'no-store' })).json()) as {
    files: { file: string; integrity: string }[];
  };
  const bundle = release.files.find((f) => f.file === 'opco-widgets.js')!;
  const served = await (await fetch('/dist/opco-widgets.js', { cache: 'no-store' })).arrayBuffer();
  const raw = (await sri(served)) === bundle.integrity;
  if (!raw) {
    console.warn(
      'The test server rewrites /dist/*.js (esbuild plugin): Subresource Integrity checks skipped. ' +
        'Serve /dist/ as built in web-test-runner.config.mjs (its first middleware).',
    );
  }
  return raw;
}

/** Opens `src` (or a `srcdoc` page) in a fresh iframe and waits for its load event. */
export async function loadPage(page: { src: string } | { srcdoc: string }): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  // ReportingObserver with `buffered` also returns the reports made before it was created
  const reports: string[] = [];
  const observer = new win.ReportingObserver(
    (list) => {
      for (const report of list) {
        const body = report.body as unknown as { effectiveDirective?: string; blockedURL?: string };
        reports.push(`${body.effectiveDirective} ${body.blockedURL ?? ''}`);
      }
    },
    { types: ['csp-violation'], buffered: true },
  );
  observer.observe();
  return {
    frame,
    win,
    doc,
    async cspReports() {
      await nextFrame(win);
      for (const report of observer.takeRecords()) {
        const body = report.body as unknown as { effectiveDirective?: string; blockedURL?: string };
        reports.push(`${body.effectiveDirective} ${body.blockedURL ?? ''}`);
      }
      return reports;
    },
  };
}

export const nextFrame = (win: Window = window) => new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));

/** Polls `check` until it returns a truthy value; fails with `what` after `timeout` ms. */
export async function waitFor<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Updatable extends HTMLElement {
  updateComplete?: Promise<unknown>;
}

/** The text a widget shows (its shadow root), once it has rendered. */
export async function shownText(element: Element | null): Promise<string> {
  if (!element) throw new Error('widget not found in the page');
  await (element as Updatable).updateComplete;
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The opco-* events the host page logged, as "type summary" lines. */
export function hostEvents(doc: Document, type?: string): string[] {
  const selector = type ? `#host-log [data-event="${type}"]` : '#host-log [data-event]';
  return [...doc.querySelectorAll(selector)].map((li) => li.textContent ?? '');
}

/** What the host page's log shows as problems (CSP, uncaught errors, console errors). */
export function hostProblems(doc: Document): string[] {
  return [...doc.querySelectorAll('#host-log [data-problem]')].map((li) => li.textContent ?? '');
}

/** True when the bundle defines `tag` (some elements are still being written by others). */
export function defines(win: FrameWindow, tag: string): boolean {
  return win.customElements.get(tag) !== undefined;
}

/**
 * The ways a page can load our widgets: the all-in-one file as committed, or one file per element
 * it shows (`?files=`: the test server swaps the page's script tag for one plain tag per file;
 * test/server/routes.mjs). `files` are names in dist/ without `.js`.
 */
export interface Loading {
  readonly name: string;
  readonly files: readonly string[];
}

export const ALL_IN_ONE: Loading = { name: 'opco-widgets.js', files: ['opco-widgets'] };

/** One file per element: the page's script tag becomes one tag per file. */
export const perElement = (...files: string[]): Loading => ({ name: files.map((f) => `${f}.js`).join(' + '), files });

/** The address of `page` loaded the `loading` way. */
export const withFiles = (page: string, loading: Loading): string =>
  loading === ALL_IN_ONE ? page : `${page}${page.includes('?') ? '&' : '?'}files=${loading.files.join(',')}`;

/** The dist/ scripts the page's script tags load (each once), as paths. */
export const distScripts = (doc: Document): string[] => [
  ...new Set([...doc.querySelectorAll<HTMLScriptElement>('script[src*="/dist/"]')].map((s) => new URL(s.src).pathname)),
];

/** The path (and query) of every resource the page requested, in order (Resource Timing of its window). */
export function requests(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return url.pathname + url.search;
  });
}

/** The convention tables the page requested (opco-conventions.<hash>.json). */
export const tableRequests = (win: Window): string[] => requests(win).filter((path) => /opco-conventions\.[0-9a-f]+\.json/.test(path));

/** Resolves once the page's browser has been idle (requestIdleCallback), or after `timeout` ms at most. */
export const idle = (win: Window, timeout = 3000): Promise<void> => new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout }));

/** Removes the iframes a test opened. */
export function closeAll(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}
