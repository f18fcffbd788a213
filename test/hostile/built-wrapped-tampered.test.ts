// F2: a host script wraps fetch before the widgets load and drops its options (a common analytics or
// polyfill pattern): the browser's integrity check is gone, yet a tampered convention table is still
// refused, because the widgets hash the bytes themselves. Built files (integrity built in).
import { expect, fixture, html } from '@open-wc/testing';
import { requireBuild, shownText, waitFor } from '../integration/helpers.js';
import { hostFetch, isTable, loadBuilt, urlOf, type BuiltPage } from './helpers.js';

const REFUSED = 'La liste des conventions collectives reçue a été refusée : ce n’est pas celle publiée avec ce widget.';

describe('hostile host: fetch wrapped without its options, and a tampered table', function () {
  this.timeout(20000);
  let page: BuiltPage;
  let host: ReturnType<typeof hostFetch>;
  const seen: { url: string; integrity: boolean }[] = [];
  before(async () => {
    await requireBuild();
    host = hostFetch((f0) => (u: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: urlOf(u), integrity: init?.integrity !== undefined });
      return f0(String(u));
    });
    page = await loadBuilt('tampered');
  });
  after(() => host.restore());

  it('the table is refused all the same; no answer is made from it; the console says why; nothing escapes', async () => {
    const el = await fixture<HTMLElement>(
      html`<main>
        <h1>OPCO</h1>
        <opco-finder idcc="1979" company-lookup="off"></opco-finder><opco-branch-list opco="akto"></opco-branch-list>
      </main>`,
    );
    for (const tag of ['opco-finder', 'opco-branch-list']) {
      const w = el.querySelector(tag)!;
      await waitFor(async () => (await shownText(w)).includes(REFUSED), `<${tag}> to refuse the table`, 8000);
    }
    expect(el.querySelector('opco-finder')!.shadowRoot!.querySelector('[part="answer"]')).to.equal(null);
    expect(el.querySelector('opco-branch-list')!.shadowRoot!.querySelectorAll('[data-idcc]')).to.have.length(0);
    // the widgets did ask with an integrity: it is the host's wrapper that dropped it
    expect(seen.some((s) => isTable(s.url) && s.integrity)).to.equal(true);
    expect(page.warnings.filter((w) => w.includes('convention table') && w.includes('was refused'))).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
