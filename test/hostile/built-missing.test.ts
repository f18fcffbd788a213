// F4: a convention table that answers 404. The widget says what failed (the server's error, for the
// site to fix), not "check your connection"; and a visitor typing 33 characters does not send two
// requests per keystroke: one request, then a back-off. Built files.
import { expect, fixture, html } from '@open-wc/testing';
import { requireBuild, shownText, waitFor } from '../integration/helpers.js';
import { hostFetch, isTable, loadBuilt, typeIn, type BuiltPage } from './helpers.js';

describe('a convention table that answers 404 (built files)', function () {
  this.timeout(20000);
  let page: BuiltPage;
  let host: ReturnType<typeof hostFetch>;
  before(async () => {
    await requireBuild();
    // a pass-through wrapper that only counts (it keeps every option)
    host = hostFetch((f0) => (u: RequestInfo | URL, init?: RequestInit) => f0(u, init));
    page = await loadBuilt('missing');
  });
  after(() => host.restore());

  it('says the server answered an error (404), with the fallback link; one warning; 33 keystrokes do not send two requests each', async () => {
    const finder = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<opco-finder company-lookup="off"></opco-finder>`);
    finder.shadowRoot!.querySelector('input')!.focus();
    await waitFor(async () => (await shownText(finder)).includes('n’a pas pu être chargée'), 'the failure', 8000);
    const said = await shownText(finder);
    expect(said).to.contain('erreur (404)');
    expect(said).not.to.contain('Vérifiez votre connexion');
    expect(finder.shadowRoot!.querySelector('a[href*="francecompetences"]')).to.exist;
    // one request and, as the integrity-checked one failed, one diagnostic request without it
    const before = host.calls.filter(isTable).length;
    expect(before, host.calls.join('\n')).to.be.within(1, 2);
    await typeIn(finder, 'boulangerie artisanale et pâtisserie');
    // within the back-off (5 s): none again (a slow machine may pass it once)
    expect(host.calls.filter(isTable).length - before).to.be.at.most(2);
    const warned = page.warnings.filter((w) => w.includes('convention table'));
    expect(warned, warned.join('\n')).to.have.length(1);
    expect(warned[0]).to.contain('HTTP 404');
    expect(page.errors).to.deep.equal([]);
  });
});
