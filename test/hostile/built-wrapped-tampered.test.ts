// F2: a host script wraps fetch before the widgets load and drops its options (a common analytics or
// polyfill pattern): the browser's integrity check is gone, yet a tampered convention table is still
// refused, because the widgets hash the bytes themselves. Built files (integrity built in). The finder
// answers its IDCC from its own script (never from the refused table); a branch list with no OPCO
// needs the whole table and says it was refused.
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
        <opco-finder idcc="1979" company-lookup="off"></opco-finder><opco-branch-list></opco-branch-list>
      </main>`,
    );
    const list = el.querySelector('opco-branch-list')!;
    await waitFor(async () => (await shownText(list)).includes(REFUSED), '<opco-branch-list> to refuse the table', 8000);
    expect(list.shadowRoot!.querySelectorAll('[data-idcc]')).to.have.length(0);
    // the finder's answer comes from its own script: AKTO, without the refused table's title
    const finder = el.querySelector('opco-finder')!;
    await waitFor(async () => (await shownText(finder)).includes('AKTO'), 'the finder to answer from its script', 8000);
    expect(await shownText(finder)).not.to.contain('hôtels, cafés, restaurants');
    // the widgets did ask with an integrity: it is the host's wrapper that dropped it
    expect(seen.some((s) => isTable(s.url) && s.integrity)).to.equal(true);
    expect(page.warnings.filter((w) => w.includes('convention table') && w.includes('was refused'))).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
