// The built files under the strict Content-Security-Policy with Trusted Types (scripts/lib/static-server.mjs,
// STRICT_CSP: `require-trusted-types-for 'script'; trusted-types lit-html` and `connect-src 'self' …`):
//  - each element file alone renders its element, creates the one lit-html policy, and the finder and the
//    branch list fetch their convention table (opco-conventions.<hash>.json, connect-src 'self');
//  - several of our files on one page need 'allow-duplicates' (each file's Lit creates lit-html): with it
//    they work and link; without it the second file is refused, and the test shows how;
//  - a connect-src without the page's origin blocks the table: the widgets say it could not be loaded.
// The page is test/csp/one-file.html; ?files= swaps its script tag for the files named (test/server/routes.mjs).
import { expect } from '@open-wc/testing';
import { ELEMENT_FILES } from '../../scripts/lib/files.mjs';
import { closeAll, loadPage, requireBuild, shownText, tableRequests, waitFor, type Loaded } from '../integration/helpers.js';
import type { CspWindow } from './load-page.js';

type Page = Loaded & { win: Loaded['win'] & CspWindow };

async function open(files: readonly string[], csp?: 'several-files' | 'without-connect-self'): Promise<Page> {
  const query = `files=${files.join(',')}${csp ? `&csp=${csp}` : ''}`;
  return (await loadPage({ src: `/test/csp/one-file.html?${query}` })) as Page;
}

const violations = (page: Page) => page.win.__violations ?? [];

/** Waits until the element shows `what` (its shadow-root text). */
async function shows(page: Page, selector: string, what: string): Promise<void> {
  await waitFor(async () => (await shownText(page.doc.querySelector(selector))).includes(what), `${selector} to show "${what}"`, 8000);
}

/** What each element shows on the page once its file is in, and that it works (typing, choosing). */
const CHECKS: Record<string, (page: Page) => Promise<void>> = {
  'opco-finder': async (page) => {
    await shows(page, 'opco-finder[idcc="1979"]', 'AKTO');
    // typing renders the suggestion list (new templates after load), from the fetched table
    const typed = page.doc.querySelector('#typed')!;
    // the answer above comes before the table (and before this second finder's turn to render)
    const input = await waitFor(() => typed.shadowRoot!.querySelector('input'), "the second finder's field");
    input.value = 'boulangerie';
    input.dispatchEvent(new page.win.Event('input', { bubbles: true, composed: true }));
    await waitFor(() => typed.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'suggestions for "boulangerie"');
  },
  'opco-card': (page) => shows(page, 'opco-card', 'AKTO'),
  'opco-branch-list': async (page) => {
    await shows(page, 'opco-branch-list[opco="akto"]', 'AKTO : branches');
    await shows(page, 'opco-branch-list[opco="akto"]', '1979');
    // a select of the list with no OPCO of its own (nothing linked on this page)
    const linked = page.doc.querySelector('#linked')!;
    const select = await waitFor(() => linked.shadowRoot!.querySelector('select'), 'the OPCO picker');
    select.value = 'atlas';
    select.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    await shows(page, '#linked', 'Atlas : branches');
  },
  'opco-funding-explainer': (page) => shows(page, 'opco-funding-explainer', 'Apprentissage'),
  'opco-apprentice-pay': async (page) => {
    await page.win.customElements.whenDefined('opco-apprentice-pay');
    await waitFor(async () => (await shownText(page.doc.querySelector('opco-apprentice-pay'))).length > 100, 'the pay simulator');
  },
  'opco-provider': async (page) => {
    await page.win.customElements.whenDefined('opco-provider');
    // it shows nothing itself: its children stay in place, visible
    expect(page.doc.querySelector('opco-provider')!.shadowRoot!.querySelector('slot')).to.exist;
  },
};

describe('built files under the strict CSP with Trusted Types', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  for (const { tag, file, table } of ELEMENT_FILES) {
    const name = file.replace(/^dist\//, '').replace(/\.js$/, '');
    it(`${name}.js alone: <${tag}> works, one lit-html policy, no violation${table ? ', its table fetched under connect-src' : ''}`, async () => {
      const page = await open([name]);
      await page.win.customElements.whenDefined(tag);
      await CHECKS[tag]!(page);
      expect(violations(page), violations(page).join('\n')).to.deep.equal([]);
      expect(page.win.__policies).to.deep.equal(['lit-html']);
      // the directive is really there: any other policy name is refused
      expect(() => page.win.trustedTypes!.createPolicy('another', {})).to.throw();
      // the finder and the branch list fetch the table (once), the others never
      if (table) expect(tableRequests(page.win)).to.have.length(1);
      else expect(tableRequests(page.win)).to.deep.equal([]);
    });
  }

  it("opco-provider.js + opco-finder.js + opco-branch-list.js under 'allow-duplicates': three policies, linked widgets, no violation", async () => {
    const page = await open(['opco-provider', 'opco-finder', 'opco-branch-list'], 'several-files');
    await CHECKS['opco-finder']!(page);
    // the provider of one file links the finder of another to the branch list of a third
    await shows(page, '#linked', 'AKTO : branches');
    const current = await waitFor(() => page.doc.querySelector('#linked')!.shadowRoot!.querySelector('[aria-current="true"]'), 'the IDCC found, marked');
    expect(current.textContent).to.contain('1979');
    expect(violations(page), violations(page).join('\n')).to.deep.equal([]);
    expect(page.win.__policies).to.deep.equal(['lit-html', 'lit-html', 'lit-html']);
    expect(tableRequests(page.win)).to.have.length(1);
  });

  it("two files without 'allow-duplicates': the second file's lit-html policy is refused and its element never defined", async () => {
    const page = await open(['opco-card', 'opco-finder']);
    await shows(page, 'opco-card', 'AKTO');
    await waitFor(() => violations(page).some((v) => v.startsWith('trusted-types')), 'the trusted-types violation');
    expect(page.win.customElements.get('opco-finder'), 'opco-finder defined').to.equal(undefined);
    expect(page.win.__policies).to.deep.equal(['lit-html', 'lit-html']);
  });

  it("connect-src without the page's origin: the table is blocked, the finder and the branch list say it could not be loaded", async () => {
    const blocked = await open(['opco-widgets'], 'without-connect-self');
    const unavailable = 'La liste des conventions collectives n’a pas pu être chargée.';
    for (const selector of ['opco-finder[idcc="1979"]', 'opco-branch-list[opco="akto"]']) {
      await shows(blocked, selector, unavailable);
      const alert = blocked.doc.querySelector(selector)!.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent, `${selector}: role=alert`).to.contain(unavailable);
    }
    await waitFor(
      () => violations(blocked).some((v) => v.startsWith('connect-src') && /opco-conventions\.[0-9a-f]+\.json/.test(v)),
      'the connect-src violation',
    );
  });
});
