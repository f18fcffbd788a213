// The React 19 and Vue 3 snippet pages: the framework passes values to our elements (as DOM
// properties once the elements are defined), hears our events in its own state, and re-renders
// them when its state changes; under the strict CSP, with no error; with the all-in-one file and
// with one file per element shown.
import { expect } from '@open-wc/testing';
import {
  ALL_IN_ONE,
  closeAll,
  distScripts,
  defines,
  hostEvents,
  hostProblems,
  loadPage,
  perElement,
  requireBuild,
  shownText,
  waitFor,
  withFiles,
  type Loaded,
  type Loading,
} from './helpers.js';

async function frameworkPage(src: string, appReady: string, loading: Loading): Promise<Loaded> {
  const response = await fetch(src.replace(/\/$/, '/app.js'));
  if (!response.ok) throw new Error(`${src}app.js is missing: run npm run build first (it bundles the app).`);
  const page = await loadPage({ src: withFiles(src, loading) });
  expect(distScripts(page.doc)).to.deep.equal(loading.files.map((f) => `/dist/${f}.js`));
  await page.win.customElements.whenDefined('opco-card');
  await waitFor(() => page.doc.querySelector(appReady), `the app to render ${appReady}`);
  return page;
}

/** Picks an option of a select in the page as a user does (the framework hears `change`). */
function choose(page: Loaded, select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new page.win.Event('change', { bubbles: true }));
}

// both apps show a provider, a finder and a card: the all-in-one file, or those three files
const LOADINGS = [ALL_IN_ONE, perElement('opco-provider', 'opco-finder', 'opco-card')];

for (const [[name, src, stateId], loading] of [
  ['React 19', '/integrate/react/', '#react-found'],
  ['Vue 3', '/integrate/vue/', '#vue-found'],
].flatMap((page) => LOADINGS.map((l) => [page, l] as const))) {
  describe(`integrate/ ${name} page (built, ${loading.name})`, function () {
    this.timeout(20000);
    before(requireBuild);
    afterEach(closeAll);

    it('renders the card from the app state and updates it as the state changes', async () => {
      const page = await frameworkPage(src, 'opco-card', loading);
      const card = page.doc.querySelector('opco-card') as HTMLElement & { opco?: string };
      expect(await shownText(card)).to.contain('AKTO');
      const [langSelect, opcoSelect] = page.doc.querySelectorAll('fieldset select') as NodeListOf<HTMLSelectElement>;

      choose(page, opcoSelect, 'atlas');
      await waitFor(async () => (await shownText(card)).includes('Atlas'), 'the card to show Atlas');
      // set as a DOM property, not only as an attribute: rich values would pass as they are
      expect(card.opco).to.equal('atlas');

      choose(page, langSelect, 'en');
      await waitFor(async () => (await shownText(card)).includes('website'), 'the card in English');
      expect(hostProblems(page.doc)).to.deep.equal([]);
      expect(await page.cspReports()).to.deep.equal([]);
    });

    it("hears opco-found in the app's own state and in the host page", async function () {
      const page = await frameworkPage(src, 'opco-card', loading);
      expect(defines(page.win, 'opco-finder'), 'the bundle defines opco-finder').to.equal(true);
      const state = await waitFor(() => {
        const text = page.doc.querySelector(stateId)?.textContent ?? '';
        return text.includes('akto') && text;
      }, `${name} state to hold the OPCO found`);
      expect(state).to.contain('IDCC 1979');
      expect(hostEvents(page.doc, 'opco-found')).to.have.length(1);
      expect(hostProblems(page.doc)).to.deep.equal([]);
      expect(await page.cspReports()).to.deep.equal([]);
    });
  });
}
