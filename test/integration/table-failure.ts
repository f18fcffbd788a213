// Shared by the tests of a convention table that fails (table-missing, table-refused): each runs in its
// own page, because the table's state is page-wide. The built files come from /test/variants/<variant>/dist/
// (test/server/routes.mjs: dist/ as built, the table answering 404, with one byte changed, or through a redirect).
import { expect, fixture, html } from '@open-wc/testing';
import { shownText, waitFor } from './helpers.js';

export interface FailingPage {
  /** The console warnings and the uncaught errors of the page since the files were loaded. */
  readonly warnings: string[];
  readonly errors: string[];
}

/** The ways test/server/routes.mjs serves dist/ badly: the table answering 404, changed, or through a redirect. */
export type Variant = 'missing' | 'tampered' | 'redirected';

/** From now on, the page's console warnings and uncaught errors (kept for the rest of the test file). */
export function recordFailures(): FailingPage {
  const page: FailingPage = { warnings: [], errors: [] };
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    page.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  window.addEventListener('error', (event) => page.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => page.errors.push(String(event.reason)));
  return page;
}

/** Records warnings and errors, then loads the finder's and the branch list's files of that variant. */
export async function loadVariant(variant: Variant): Promise<FailingPage> {
  const page = recordFailures();
  await import(`/test/variants/${variant}/dist/opco-finder.js` as string);
  await import(`/test/variants/${variant}/dist/opco-branch-list.js` as string);
  return page;
}

/**
 * An English finder of that variant: its language packs fail too, so it speaks French (the failure
 * included), one console warning names the pack, nothing throws, the page stays accessible.
 */
export async function englishFinderInFrench(failing: FailingPage, message: string, warning: RegExp): Promise<void> {
  const finder = await fixture<HTMLElement>(html`<opco-finder lang="en" idcc="1979" company-lookup="off"></opco-finder>`);
  await waitFor(async () => (await shownText(finder)).includes(message), `the English finder to say, in French: ${message}`, 8000);
  const text = await shownText(finder);
  expect(text).to.contain('Votre convention collective');
  expect(text).not.to.contain('Your collective agreement');
  // one warning for all the packs that failed alike
  const packs = failing.warnings.filter((w) => w.includes('language pack'));
  expect(packs, packs.join('\n')).to.have.length(1);
  expect(packs[0]).to.match(warning);
  expect(failing.errors).to.deep.equal([]);
  await expect(finder).to.be.accessible();
}

/** A page with a finder (idcc="1979") and a branch list (AKTO), each showing `message` as an alert. */
export async function finderAndListShow(message: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<main>
    <h1>Votre OPCO</h1>
    <opco-finder idcc="1979" company-lookup="off"></opco-finder>
    <opco-branch-list opco="akto"></opco-branch-list>
  </main>`);
  for (const tag of ['opco-finder', 'opco-branch-list']) {
    const el = page.querySelector(tag)!;
    await waitFor(async () => (await shownText(el)).includes(message), `<${tag}> to say: ${message}`, 8000);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, `<${tag}>: role=alert`).to.exist;
    expect(alert!.textContent!.replace(/\s+/g, ' ')).to.contain(message);
  }
  return page;
}
