// A query typed before the table arrives: every keystroke stays in the field, the finder says it is
// loading (not a blank, not "nothing found"), and answers (suggestions) when the table is in.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { tableState } from '../../../src/platform/conventions-table.js';
import { holdTable, input, loadingStatus, options, releaseTable, settle, tableGate, tableRequested, text, waitFor } from './helpers.js';

describe('finder: typing before the convention table arrives', function () {
  this.timeout(20000);
  before(holdTable);
  after(releaseTable);

  it('keeps every keystroke, shows the loading status (accessible), then the suggestions for the whole query', async () => {
    const { requests } = await tableGate();
    const el = await fixture<HTMLElement>(html`<opco-finder company-lookup="off"></opco-finder>`);
    expect(loadingStatus(el), 'no loading status before anything is asked').to.equal(null);

    // the visitor clicks into the field (the table is asked for at once) and types, key by key
    input(el).focus();
    await tableRequested(requests);
    await sendKeys({ type: 'boulan' });
    await settle(el);
    expect(input(el).value).to.equal('boulan');
    expect(tableState().status).to.equal('loading');
    expect(loadingStatus(el), 'the loading status').to.exist;
    expect(text(el)).to.contain('Chargement de la liste des conventions collectives…');
    // neither suggestions nor "nothing found" from a table that is not there
    expect(options(el)).to.have.length(0);
    expect(text(el)).not.to.match(/aucun|introuvable/i);
    await expect(el).to.be.accessible();

    // more keys while it is still on its way
    await sendKeys({ type: 'gerie' });
    await settle(el);
    expect(input(el).value).to.equal('boulangerie');
    expect(options(el)).to.have.length(0);

    await releaseTable();
    const shown = await waitFor(() => options(el).length > 0 && options(el), 'the suggestions once the table is in');
    // answered for the whole query, and the field untouched
    expect(input(el).value).to.equal('boulangerie');
    expect(shown.map((o) => o.textContent).join(' ')).to.match(/boulangerie/i);
    expect(loadingStatus(el), 'the loading status once the table is in').to.equal(null);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();

    // and typing goes on as usual
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(input(el).value).to.equal('boulangeri');
    expect(options(el).length).to.be.greaterThan(0);
  });
});
