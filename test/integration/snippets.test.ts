// The snippet pages of integrate/ (what the README's "Integrate" section tells partners to
// paste), each loaded with the BUILT files under the strict CSP the page declares: as committed
// (the all-in-one dist/opco-widgets.js), and with one script tag per element it shows
// (dist/opco-finder.js, dist/opco-card.js…; the test server swaps the tag, see test/server/routes.mjs).
import { expect } from '@open-wc/testing';
import {
  ALL_IN_ONE,
  closeAll,
  distScripts,
  hostEvents,
  hostProblems,
  loadPage,
  perElement,
  requireBuild,
  shownText,
  tableRequests,
  waitFor,
  withFiles,
  type Loaded,
} from './helpers.js';

/** Nothing went wrong on the page: no CSP violation, uncaught error or console error. */
async function expectClean(page: Loaded): Promise<void> {
  expect(hostProblems(page.doc), 'problems shown by the host page').to.deep.equal([]);
  expect(await page.cspReports(), 'CSP reports').to.deep.equal([]);
}

/** The finder answers its idcc="1979" and the host page's listener logs it. */
async function expectFinderAnswers(page: Loaded, count = 1): Promise<void> {
  const found = await waitFor(() => {
    const lines = hostEvents(page.doc, 'opco-found');
    return lines.length >= count && lines;
  }, `${count} opco-found event(s) in the host log`);
  expect(found).to.have.length(count);
  for (const line of found) expect(line).to.contain('akto');
}

/** The elements each page shows, as the per-element files a partner would load for them (provider first). */
const FILES_OF = {
  head: perElement('opco-provider', 'opco-finder', 'opco-card', 'opco-branch-list'),
  'body-end': perElement('opco-card', 'opco-finder', 'opco-funding-explainer'),
  'cms-block': perElement('opco-provider', 'opco-finder', 'opco-card'),
  spa: perElement('opco-provider', 'opco-finder', 'opco-card'),
} as const;
type PageName = keyof typeof FILES_OF;

/** The page loaded the `perElement` way, or as committed (the all-in-one file). */
for (const [how, loading] of [
  ['the all-in-one file', () => ALL_IN_ONE],
  ['one file per element', (page: PageName) => FILES_OF[page]],
] as const) {
  const open = async (page: PageName): Promise<Loaded> => {
    const loaded = await loadPage({ src: withFiles(`/integrate/${page}/`, loading(page)) });
    // the page loads what it was asked to, and nothing else of dist/ but the convention table
    expect(distScripts(loaded.doc)).to.deep.equal(loading(page).files.map((f) => `/dist/${f}.js`));
    return loaded;
  };
  /** One table request per page, whatever the number of files and widgets. */
  const expectOneTable = async (page: Loaded) => {
    await waitFor(() => tableRequests(page.win).length > 0, 'the convention table request');
    expect(tableRequests(page.win), 'requests of the convention table').to.have.length(1);
  };

  describe(`integrate/ snippet pages (built, ${how})`, function () {
    this.timeout(20000);
    before(requireBuild);
    afterEach(closeAll);

    it('plain HTML, script in <head>: renders, answers, reports to the host, links the widgets', async () => {
      const page = await open('head');
      await page.win.customElements.whenDefined('opco-card');
      expect(await shownText(page.doc.querySelector('opco-card'))).to.contain('AKTO');
      await expectFinderAnswers(page);
      // the provider passes the finder's answer to the branch list: AKTO's conventions, HCR among them
      const list = page.doc.querySelector('opco-branch-list');
      await waitFor(async () => (await shownText(list)).includes('1979'), "the branch list to show AKTO's IDCC 1979");
      await expectOneTable(page);
      await expectClean(page);
    });

    it('plain HTML, script at the end of <body>: the fallback link until upgrade, then English and dark', async () => {
      const page = await open('body-end');
      await page.win.customElements.whenDefined('opco-card');
      const card = page.doc.querySelector('opco-card')!;
      const text = await shownText(card);
      expect(text).to.contain('AKTO');
      expect(text).to.contain('Sectors');
      expect(card.getAttribute('data-theme')).to.equal('dark');
      // the light-DOM fallback link is no longer displayed once the widget renders
      expect(card.querySelector('a')!.getClientRects().length).to.equal(0);
      await expectFinderAnswers(page);
      await page.win.customElements.whenDefined('opco-funding-explainer');
      expect(await shownText(page.doc.querySelector('opco-funding-explainer'))).to.match(/apprentice/i);
      await expectOneTable(page);
      await expectClean(page);
    });

    it('CMS HTML block pasted twice (script included), plus a second copy of the files: no error, every widget works', async () => {
      const page = await open('cms-block');
      await page.win.customElements.whenDefined('opco-card');
      const cards = [...page.doc.querySelectorAll('opco-card')];
      expect(cards).to.have.length(3);
      for (const card of cards) expect(await shownText(card)).to.contain('AKTO');
      await expectFinderAnswers(page, 2);
      await expectOneTable(page);
      await expectClean(page);
    });

    it('single-page app: elements added after load, removed, re-added; the page language switch', async () => {
      const page = await open('spa');
      const { doc } = page;
      const go = (route: string) => doc.querySelector<HTMLButtonElement>(`[data-route="${route}"]`)!.click();
      await page.win.customElements.whenDefined('opco-card');

      go('card');
      const first = await waitFor(() => doc.querySelector('#view opco-card'), 'the card view');
      expect(await shownText(first)).to.contain('Secteurs');
      go('home');
      await waitFor(() => !doc.querySelector('#view opco-card'), 'the card to be removed');
      go('card');
      const again = await waitFor(() => doc.querySelector('#view opco-card'), 'the card view, again');
      expect(again).not.to.equal(first);
      expect(await shownText(again)).to.contain('AKTO');

      doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
      await waitFor(async () => (await shownText(again)).includes('Sectors'), 'the card in English');
      expect(await shownText(again)).to.contain('Sectors');
      // a card alone never needs the convention table
      expect(tableRequests(page.win), 'table requests before the finder view').to.deep.equal([]);

      go('finder');
      await expectFinderAnswers(page);
      // the card in the same provider follows what the finder found
      const linked = doc.querySelector('#view opco-card')!;
      await waitFor(async () => (await shownText(linked)).includes('AKTO'), 'the linked card');
      await expectOneTable(page);
      await expectClean(page);
    });
  });
}
