// The explainer's data slow to come (a host's fetch holds it back): a tab chosen meanwhile says it is
// loading, in the panel, then shows its card when the file comes; one that never comes is given up
// after FETCH_TIMEOUT_MS (page clock) with "too slow". Built files.
import { expect, fixture, html } from '@open-wc/testing';
import { requireBuild, waitFor } from '../integration/helpers.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { setPageClock } from '../../src/services/clock.js';
import { hostFetch, urlOf } from './helpers.js';
import { loadExplainer, panel, panelText, tab, type ExplainerPage } from './explainer-failure.js';

type Explainer = HTMLElement & { updateComplete: Promise<unknown> };
const isData = (url: string) => url.includes('opco-funding-explainer-data.');

describe("an explainer's data that is slow to come (built files)", function () {
  this.timeout(20000);
  let page: ExplainerPage;
  let host: ReturnType<typeof hostFetch>;
  const held: (() => void)[] = [];
  before(async () => {
    await requireBuild();
    // a host script that holds the explainer's data until the test lets it go
    host = hostFetch((f0) => (u: RequestInfo | URL, init?: RequestInit) => {
      if (!isData(urlOf(u))) return f0(u, init);
      return new Promise<void>((go) => held.push(go)).then(() => f0(u, init));
    });
    page = await loadExplainer('as-built');
  });
  after(() => host.restore());

  it('a tab chosen before the file comes says it is loading (in the panel: the tabs stay put), then shows its card', async () => {
    const el = await fixture<Explainer>(html`<opco-funding-explainer></opco-funding-explainer>`);
    await el.updateComplete;
    const tabsTop = el.shadowRoot!.querySelector('[role="tablist"]')!.getBoundingClientRect().top;
    tab(el, 'cpf').click();
    await el.updateComplete;
    await waitFor(() => held.length > 0, 'the request for the data');
    expect(panelText(el)).to.contain('Chargement de la fiche');
    expect(panel(el).querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    for (const go of held.splice(0)) go();
    await waitFor(() => panelText(el).includes('Compte personnel de formation'), 'the CPF card', 8000);
    expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getBoundingClientRect().top).to.equal(tabsTop);
    // the sources of every card are in with it
    expect(panel(el).querySelectorAll('[part="sources"] li').length).to.be.greaterThan(0);
    expect(page.errors).to.deep.equal([]);
  });
});

describe("an explainer's data that never comes (built files)", function () {
  it('is given up after the timeout: the tab says the server is too slow', async function () {
    this.timeout(20000);
    // an English explainer asks for the English side too: a file this page has not asked for yet
    const clock = new FakeClock();
    setPageClock(clock);
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = ((u: RequestInfo | URL, init?: RequestInit) => {
      calls.push(urlOf(u));
      return urlOf(u).includes('-data.en.') ? new Promise<Response>(() => undefined) : original(u, init);
    }) as typeof fetch;
    try {
      const el = await fixture<Explainer>(html`<opco-funding-explainer lang="en"></opco-funding-explainer>`);
      await waitFor(() => calls.some((c) => c.includes('.en.') && !c.includes('-data.')), 'the English pack');
      await waitFor(() => panelText(el).includes('Apprenticeship contract'), 'the first tab in English', 8000);
      tab(el, 'cpf').click();
      await el.updateComplete;
      await waitFor(() => calls.some((c) => c.includes('-data.en.')), 'the request for the English side');
      expect(panelText(el)).to.contain('Loading this scheme');
      await clock.advance(10_000);
      await waitFor(() => panelText(el).includes('takes too long'), 'the timeout', 8000);
      expect(panelText(el)).to.contain('could not be loaded');
    } finally {
      window.fetch = original;
      setPageClock(undefined);
    }
  });
});
