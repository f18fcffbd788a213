// An explainer-only French page (dist/opco-funding-explainer.js alone) renders its first tab from its
// script: no request before it. Its other cards, sources and money flows come after, in one file
// (opco-funding-explainer-data.fr.<hash>.json) asked for when the page is idle; an English page reads
// the English side too. The explainer's file no longer carries the other cards.
import { expect } from '@open-wc/testing';
import { closeAll, idle, loadPage, requests, requireBuild, waitFor } from './helpers.js';

const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Qui paie quoi</title>
  <script type="module" src="/dist/opco-funding-explainer.js"></script></head><body><main><opco-funding-explainer></opco-funding-explainer></main></body></html>`;

type Explainer = HTMLElement & { updateComplete: Promise<unknown> };
const isData = (path: string) => /\/dist\/opco-funding-explainer-data\.(fr|en)\.[0-9a-f]{12}\.json$/.test(path);

describe('an explainer-only page (dist/opco-funding-explainer.js alone)', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  it('French: no request before its first tab; then, idle, one file for the other tabs, the sources and the diagram', async () => {
    const loaded = await loadPage({ srcdoc: page('fr') });
    await loaded.win.customElements.whenDefined('opco-funding-explainer');
    const el = loaded.doc.querySelector<Explainer>('opco-funding-explainer')!;
    await el.updateComplete;
    const rendered = loaded.win.performance.now();
    expect(el.shadowRoot!.querySelector('[role="tabpanel"]')!.textContent).to.contain('Contrat d’apprentissage');
    const early = loaded.win.performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= rendered)
      .map((e) => new URL(e.name).pathname);
    expect(early, 'requests before the first tab').to.deep.equal(['/dist/opco-funding-explainer.js']);
    await idle(loaded.win);
    await waitFor(() => requests(loaded.win).some(isData), 'the data, once idle', 8000);
    const data = requests(loaded.win).filter(isData);
    expect(data, 'one file, French').to.have.length(1);
    expect(data[0]).to.contain('-data.fr.');
    // a tab chosen now shows its card at once
    await waitFor(() => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-cpf')!.click();
      return el.shadowRoot!.querySelector('[role="tabpanel"]')!.textContent!.includes('Compte personnel de formation');
    }, 'the CPF card');
  });

  it('English: the French file and its English side, and the cards in English', async () => {
    const loaded = await loadPage({ srcdoc: page('en') });
    await loaded.win.customElements.whenDefined('opco-funding-explainer');
    const el = loaded.doc.querySelector<Explainer>('opco-funding-explainer')!;
    await waitFor(() => el.shadowRoot?.querySelector('[role="tabpanel"]')?.textContent?.includes('Apprenticeship contract'), 'the first tab in English', 8000);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-reconversion')!.click();
    await waitFor(
      () => el.shadowRoot!.querySelector('[role="tabpanel"]')!.textContent!.includes('Retraining period'),
      'the reconversion card in English',
      8000,
    );
    const data = requests(loaded.win).filter(isData);
    expect(data.map((d) => /-data\.(\w+)\./.exec(d)![1]).sort()).to.deep.equal(['en', 'fr']);
    // the sources list, in the card's fold, is in English too
    const sources = el.shadowRoot!.querySelector('[part="sources"]')!;
    expect(sources.querySelectorAll('li').length).to.be.greaterThan(0);
  });

  it("the explainer's file carries its first card, not the others", async () => {
    const script = await (await fetch('/dist/opco-funding-explainer.js', { cache: 'no-store' })).text();
    expect(script).to.contain('Contrat d’apprentissage');
    expect(script).not.to.contain('Compte personnel de formation');
  });
});
