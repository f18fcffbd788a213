// <opco-apprentice-pay> has its own file (and is in the all-in-one file too). A page loading
// opco-widgets.js (finder, provider) and opco-apprentice-pay.js (with its own copy of Lit) gets one linked
// page: the provider of the first file serves the element of the second (registered context keys), both
// define guards and the version registry agree, nothing is logged as an error.
import { expect } from '@open-wc/testing';
import { fakeApiBase, uniq } from '../../fake-api/fake-api.js';
import { closeAll, loadPage, shownText, waitFor } from '../../integration/helpers.js';

describe('opco-apprentice-pay.js next to opco-widgets.js', function () {
  this.timeout(30000);
  afterEach(closeAll);

  it('its own file holds the pay element alone; the all-in-one file holds it with the others', async () => {
    const main = await (await fetch('/dist/opco-widgets.js', { cache: 'no-store' })).text();
    const pay = await fetch('/dist/opco-apprentice-pay.js', { cache: 'no-store' });
    expect(pay.ok, 'dist/opco-apprentice-pay.js: run npm run build').to.equal(true);
    const own = await pay.text();
    expect(own).to.contain('"opco-apprentice-pay"');
    for (const other of ['"opco-finder"', '"opco-card"', '"opco-branch-list"', '"opco-funding-explainer"']) expect(own).not.to.contain(other);
    expect(main).to.contain('"opco-apprentice-pay"');
  });

  it('a provider from opco-widgets.js links the finder to the element of the other file', async () => {
    const base = `${await fakeApiBase()}/${uniq()}`;
    const { win, doc } = await loadPage({
      srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8">
        <script>window.__errors = []; const e = console.error; console.error = (...a) => { window.__errors.push(a.join(' ')); e(...a); };
        window.__warnings = []; const w = console.warn; console.warn = (...a) => { window.__warnings.push(a.join(' ')); w(...a); };
        window.addEventListener('error', (ev) => window.__errors.push(String(ev.message)));</script>
        <script type="module" src="/dist/opco-apprentice-pay.js"></script>
        <script type="module" src="/dist/opco-widgets.js"></script></head>
        <body><opco-provider lang="en" theme="dark">
          <opco-finder api-base="${base}" siret="90500000600015"></opco-finder>
          <opco-apprentice-pay age="19" contract-start="2026-09-01" on-date="2026-11-27" level="5"></opco-apprentice-pay>
        </opco-provider></body></html>`,
    });
    const w = win as typeof win & { __errors: string[]; __warnings: string[] };
    await waitFor(() => win.customElements.get('opco-apprentice-pay') && win.customElements.get('opco-finder'), 'both files defined');
    const pay = doc.querySelector('opco-apprentice-pay')!;
    // the provider's language and theme reach the element of the other file
    await waitFor(async () => (await shownText(pay)).includes('What an apprentice costs'), 'English from the provider');
    expect(pay.getAttribute('data-theme')).to.equal('dark');
    // the company the finder found (10 to 19 employees) fills the headcount
    const headcount = await waitFor(
      () => {
        const v = pay.shadowRoot!.querySelector<HTMLInputElement>('#headcount')?.value;
        return v === '10' ? v : undefined;
      },
      'the headcount of the company found',
      15000,
    );
    expect(headcount).to.equal('10');
    expect(await shownText(pay)).to.contain('from the company found on the page');
    expect(w.__errors).to.deep.equal([]);
    expect(w.__warnings.filter((m) => m.includes('two versions'))).to.deep.equal([]);
    expect((win as unknown as { __opcoWidgets?: { version: string } }).__opcoWidgets?.version).to.be.a('string');
  });

  it('loaded twice, or after the main bundle: one definition, no error', async () => {
    const { win, doc } = await loadPage({
      srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8">
        <script>window.__errors = []; window.addEventListener('error', (ev) => window.__errors.push(String(ev.message)));</script>
        <script type="module" src="/dist/opco-widgets.js"></script>
        <script type="module" src="/dist/opco-apprentice-pay.js"></script>
        <script type="module" src="/dist/opco-apprentice-pay.js?again"></script></head>
        <body><opco-apprentice-pay age="27" contract-start="2026-09-01" on-date="2026-11-27" audience="apprentice"></opco-apprentice-pay></body></html>`,
    });
    await waitFor(() => win.customElements.get('opco-apprentice-pay'), 'defined');
    const pay = doc.querySelector('opco-apprentice-pay')!;
    await waitFor(async () => (await shownText(pay)).replace(/[\u202f\u00a0]/g, ' ').includes('1 867,02'), 'the minimum at 26+');
    expect((win as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
  });
});
