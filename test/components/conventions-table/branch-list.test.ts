// The branch list fetches the table as soon as it is on the page and says it is loading meanwhile
// (its heading already there), then shows its rows.
import { expect, fixture, html } from '@open-wc/testing';
import { holdTable, loadingStatus, releaseTable, settle, tableGate, tableRequested, text, waitFor } from './helpers.js';

describe('branch list: before the convention table arrives', function () {
  this.timeout(20000);
  before(holdTable);
  after(releaseTable);

  it('opco="akto": its heading and the loading status (accessible), then the rows, HCR among them', async () => {
    const { requests } = await tableGate();
    // page-size: all of the national section at once (the compact first view shows three rows)
    const el = await fixture<HTMLElement>(html`<opco-branch-list opco="akto" page-size="50"></opco-branch-list>`);
    await tableRequested(requests);
    await settle(el);
    expect(loadingStatus(el), 'the loading status').to.exist;
    expect(text(el)).to.contain('AKTO : branches et conventions collectives');
    expect(el.shadowRoot!.querySelectorAll('[data-idcc]')).to.have.length(0);
    await expect(el).to.be.accessible();

    await releaseTable();
    await waitFor(() => el.shadowRoot!.querySelector('[data-idcc="1979"]'), 'the rows once the table is in');
    await settle(el);
    expect(loadingStatus(el)).to.equal(null);
    expect(text(el)).to.match(/hôtels, cafés,? restaurants/i);
    await expect(el).to.be.accessible();
  });
});
