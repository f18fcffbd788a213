// Three elements, three files, three script tags (dist/opco-provider.js, dist/opco-finder.js,
// dist/opco-branch-list.js), each with its own Lit: the provider of one file links the finder of
// another to the branch list of a third (context keys shared by Symbol.for). What the visitor
// types and chooses in the finder, the branch list shows: that OPCO, the convention marked current.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closeAll, distScripts, hostEvents, hostProblems, loadPage, requireBuild, shownText, tableRequests, waitFor, type Loaded } from './helpers.js';

const SCRIPTS = ['/dist/opco-provider.js', '/dist/opco-finder.js', '/dist/opco-branch-list.js'];

async function openPage(): Promise<Loaded> {
  // the host page of integrate/ (its log lists our events and any error), one tag per file
  const page = await loadPage({
    srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Trois fichiers</title>
      <script type="module" src="/integrate/shared/host-log.js"></script>
      ${SCRIPTS.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}</head>
      <body><main><h1>Votre OPCO</h1>
        <opco-provider>
          <opco-finder company-lookup="off"></opco-finder>
          <opco-branch-list></opco-branch-list>
        </opco-provider></main>
        <ol id="host-log"></ol></body></html>`,
  });
  for (const tag of ['opco-provider', 'opco-finder', 'opco-branch-list']) await page.win.customElements.whenDefined(tag);
  expect(distScripts(page.doc)).to.deep.equal(SCRIPTS);
  return page;
}

const finderInput = (page: Loaded) => page.doc.querySelector('opco-finder')!.shadowRoot!.querySelector('input')!;
const list = (page: Loaded) => page.doc.querySelector('opco-branch-list')!;

/** The row the branch list marks as the current convention, once it is `idcc`. */
const currentRow = (page: Loaded, idcc: string) =>
  waitFor(
    () => {
      const row = list(page).shadowRoot!.querySelector<HTMLElement>('[aria-current="true"]');
      return row?.dataset.idcc === idcc && row;
    },
    `the branch list to mark IDCC ${idcc} as current`,
    8000,
  );

describe('opco-provider.js links opco-finder.js and opco-branch-list.js (three script tags)', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  it('choosing a convention typed in the finder makes the branch list show its OPCO, the convention marked current', async () => {
    const page = await openPage();
    // before anything is found, the list asks which OPCO
    await waitFor(async () => (await shownText(list(page))).includes('Choisissez un OPCO'), 'the OPCO picker of the list');

    // the visitor types an IDCC and picks the suggestion (real key presses)
    finderInput(page).focus();
    await sendKeys({ type: '2216' });
    const finder = page.doc.querySelector('opco-finder')!;
    const option = await waitFor(
      () => [...finder.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.includes('2216')),
      'the suggestion of IDCC 2216',
    );
    option.click();
    await waitFor(async () => (await shownText(finder)).includes('Opcommerce'), 'the finder to answer Opcommerce');

    const row = await currentRow(page, '2216');
    expect(row.textContent).to.match(/commerce de détail et de gros à prédominance alimentaire/i);
    expect(await shownText(list(page))).to.contain('Opcommerce : branches et conventions collectives');
    expect(hostEvents(page.doc, 'opco-found')).to.deep.equal(['opco-found opcommerce · 2216']);

    // another IDCC, answered with Enter: the list follows
    finderInput(page).select();
    await sendKeys({ type: '0016' });
    await sendKeys({ press: 'Enter' });
    await waitFor(async () => (await shownText(finder)).includes('OPCO Mobilités'), 'the finder to answer OPCO Mobilités');
    await currentRow(page, '0016');
    expect(await shownText(list(page))).to.contain('OPCO Mobilités : branches et conventions collectives');

    // one table for the two elements of two files
    expect(tableRequests(page.win)).to.have.length(1);
    expect(hostProblems(page.doc)).to.deep.equal([]);
  });

  it('the finder given an idcc attribute (1979) sets the list on AKTO, HCR marked current', async () => {
    const page = await openPage();
    page.doc.querySelector('opco-finder')!.setAttribute('idcc', '1979');
    const row = await currentRow(page, '1979');
    expect(row.textContent).to.match(/hôtels, cafés,? restaurants/i);
    expect(await shownText(list(page))).to.contain('AKTO : branches et conventions collectives');
    expect(hostProblems(page.doc)).to.deep.equal([]);
  });
});
