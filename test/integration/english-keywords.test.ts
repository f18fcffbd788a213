// The built finder on an English page understands English trade words (their English side travels in the file's
// English pack, loaded before the first English render) and still the French ones; a French page does not download
// them. Real key presses into the built file, as a visitor types.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closeAll, loadPage, requests, requireBuild, waitFor, type Loaded } from './helpers.js';

const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>p</title>
  <script type="module" src="/dist/opco-finder.js"></script></head><body><main><opco-finder company-lookup="off"></opco-finder></main></body></html>`;

const options = (p: Loaded) => [...p.doc.querySelector('opco-finder')!.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];

async function typeWord(p: Loaded, word: string): Promise<void> {
  await p.win.customElements.whenDefined('opco-finder');
  const input = await waitFor(() => p.doc.querySelector('opco-finder')!.shadowRoot?.querySelector('input'), 'the field');
  input.focus();
  input.select();
  await sendKeys({ type: word });
}

describe('English trade words in the built finder', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  for (const [word, idcc] of [
    ['hairdressing', '2596'],
    ['security guard', '1351'],
    ['coiffeur', '2596'],
  ] as const) {
    it(`an English page: "${word}" suggests IDCC ${idcc}`, async () => {
      const p = await loadPage({ srcdoc: page('en') });
      await typeWord(p, word);
      const hit = await waitFor(
        () =>
          options(p)
            .slice(0, 3)
            .find((o) => o.textContent!.includes(idcc)),
        `IDCC ${idcc} among the first suggestions`,
      );
      expect(hit.textContent).to.contain(idcc);
      expect(requests(p.win).some((r) => /\/dist\/opco-finder\.en\.[0-9a-f]{12}\.json$/.test(r))).to.equal(true);
    });
  }

  it('a French page requests no English pack', async () => {
    const p = await loadPage({ srcdoc: page('fr') });
    await typeWord(p, 'coiffeur');
    await waitFor(() => options(p).find((o) => o.textContent!.includes('2596')), 'IDCC 2596');
    expect(requests(p.win).filter((r) => r.includes('.en.'))).to.deep.equal([]);
  });
});
