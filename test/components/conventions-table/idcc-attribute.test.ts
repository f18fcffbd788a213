// `idcc="1979"` on a finder whose table is not in yet: the loading status first (not a blank widget),
// then the AKTO answer when the table arrives.
import { expect, fixture, html } from '@open-wc/testing';
import { answer, holdTable, input, loadingStatus, releaseTable, settle, tableGate, tableRequested, text, waitFor } from './helpers.js';

describe('finder: an idcc attribute before the convention table arrives', function () {
  this.timeout(20000);
  before(holdTable);
  after(releaseTable);

  it('idcc="1979": the loading status at first render, then the AKTO answer', async () => {
    const { requests } = await tableGate();
    const el = await fixture<HTMLElement>(html`<opco-finder idcc="1979" company-lookup="off"></opco-finder>`);
    // asked for at once (not when idle)
    await tableRequested(requests);
    await settle(el);
    const status = loadingStatus(el);
    expect(status, 'the loading status').to.exist;
    expect(status!.getAttribute('role')).to.equal('status');
    expect(text(el)).to.contain('Chargement de la liste des conventions collectives…');
    expect(answer(el)).to.equal(null);
    // the field and its label are there meanwhile: not a blank widget
    expect(input(el).labels?.length ?? 0).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    await releaseTable();
    await waitFor(() => answer(el), 'the answer once the table is in');
    await settle(el);
    expect(text(el)).to.contain('AKTO');
    expect(text(el)).to.match(/hôtels, cafés,? restaurants/i);
    expect(loadingStatus(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
