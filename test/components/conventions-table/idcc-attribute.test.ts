// `idcc="1979"` on a finder whose table is not in yet: the AKTO answer at its first render, from the
// untitled rows in the finder's file, its title said to be loading; the title once the table arrives.
import { expect, fixture, html } from '@open-wc/testing';
import { answer, holdTable, input, loadingStatus, releaseTable, settle, tableGate, tableRequested, text, waitFor } from './helpers.js';

describe('finder: an idcc attribute before the convention table arrives', function () {
  this.timeout(20000);
  before(holdTable);
  after(releaseTable);

  it('idcc="1979": the AKTO answer at first render, the title when the table is in', async () => {
    const { requests } = await tableGate();
    const el = await fixture<HTMLElement>(html`<opco-finder idcc="1979" company-lookup="off"></opco-finder>`);
    // asked for at once (not when idle)
    await tableRequested(requests);
    await settle(el);
    expect(answer(el), 'the answer, before the table').to.exist;
    expect(text(el)).to.contain('AKTO');
    expect(text(el)).to.contain('intitulé en cours de chargement…');
    expect(loadingStatus(el)).to.equal(null);
    expect(input(el).labels?.length ?? 0).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    await releaseTable();
    await waitFor(() => !text(el).includes('intitulé en cours de chargement…'), 'the title once the table is in');
    await settle(el);
    expect(text(el)).to.contain('AKTO');
    expect(text(el)).to.match(/hôtels, cafés,? restaurants/i);
    expect(loadingStatus(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
