// An element's own file must define every element it renders inside its shadow root: the finder's
// answer and the explainer's scheme cards show an <opco-card>. A page that loads only the finder's (or
// only the explainer's) file gets a card that renders, not an unknown empty tag.
import { expect } from '@open-wc/testing';
import { closeAll, loadPage, requireBuild, shownText, waitFor } from './helpers.js';

for (const { file, markup, holder } of [
  { file: 'opco-finder.js', markup: '<opco-finder idcc="1979" company-lookup="off"></opco-finder>', holder: 'opco-finder' },
  { file: 'opco-funding-explainer.js', markup: '<opco-funding-explainer opco="akto"></opco-funding-explainer>', holder: 'opco-funding-explainer' },
]) {
  describe(`dist/${file} alone: the <opco-card> inside its answer`, function () {
    this.timeout(20000);
    before(requireBuild);
    afterEach(closeAll);

    it('is defined by the same file and renders the OPCO', async () => {
      const { win, doc } = await loadPage({
        srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8">
          <script type="module" src="/dist/${file}"></script></head><body>${markup}</body></html>`,
      });
      const el = doc.querySelector(holder)!;
      const card = await waitFor(() => el.shadowRoot?.querySelector('opco-card'), `an <opco-card> in the ${holder}`);
      expect(win.customElements.get('opco-card'), 'opco-card defined by the one file').to.be.a('function');
      const text = await waitFor(async () => {
        const shown = await shownText(card);
        return shown.includes('akto.fr') || shown.includes('Site d’AKTO') ? shown : undefined;
      }, 'the card to render AKTO');
      expect(text).to.contain('AKTO');
    });
  });
}
