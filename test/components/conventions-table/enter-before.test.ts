// Enter pressed before the table arrives: the finder says it is loading, and gives the answer to what
// was asked as soon as the table is in (nothing to press again).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { answer, holdTable, input, loadingStatus, releaseTable, settle, tableGate, tableRequested, text, waitFor } from './helpers.js';

describe('finder: Enter before the convention table arrives', function () {
  this.timeout(20000);
  before(holdTable);
  after(releaseTable);

  it('"1979" + Enter while loading: the loading status, then the AKTO answer when the table is in', async () => {
    const { requests } = await tableGate();
    const el = await fixture<HTMLElement>(html`<opco-finder company-lookup="off"></opco-finder>`);
    const found: CustomEvent[] = [];
    el.addEventListener('opco-found', (event) => found.push(event as CustomEvent));

    input(el).focus();
    await tableRequested(requests);
    await sendKeys({ type: '1979' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(input(el).value).to.equal('1979');
    expect(loadingStatus(el), 'the loading status').to.exist;
    expect(answer(el), 'no answer yet').to.equal(null);
    expect(found).to.have.length(0);
    await expect(el).to.be.accessible();

    await releaseTable();
    const shown = await waitFor(() => answer(el), 'the answer once the table is in');
    await settle(el);
    expect(text(el)).to.contain('AKTO');
    expect(shown.textContent!.replace(/\s+/g, ' ')).to.match(/hôtels, cafés,? restaurants/i);
    expect(loadingStatus(el)).to.equal(null);
    // the page hears it once, with the convention asked for
    await waitFor(() => found.length > 0, 'opco-found');
    expect(found).to.have.length(1);
    expect(found[0]!.detail.opcoId).to.equal('akto');
    expect(found[0]!.detail.convention.idcc).to.equal('1979');
    await expect(el).to.be.accessible();
  });
});
