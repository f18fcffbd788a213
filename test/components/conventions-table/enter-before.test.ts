// Enter pressed before the table arrives: an IDCC is answered at once, from the untitled rows in the
// finder's file (src/platform/answer-rows.ts), the answer saying its title is on its way; the title
// fills in when the table is in, and the page hears of the answer once, then.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { answer, holdTable, input, loadingStatus, releaseTable, settle, tableGate, tableRequested, text, waitFor } from './helpers.js';

const PENDING = 'intitulé en cours de chargement…';

describe('finder: Enter before the convention table arrives', function () {
  this.timeout(20000);
  before(holdTable);
  after(releaseTable);

  it('"1979" + Enter while the table is held: AKTO at once, the title said to be loading; the title when the table is in', async () => {
    const { requests } = await tableGate();
    const el = await fixture<HTMLElement>(html`<opco-finder company-lookup="off"></opco-finder>`);
    const found: CustomEvent[] = [];
    el.addEventListener('opco-found', (event) => found.push(event as CustomEvent));
    // asked for as the finder starts, before any focus or keystroke
    await tableRequested(requests);

    input(el).focus();
    await sendKeys({ type: '1979' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(input(el).value).to.equal('1979');
    const early = answer(el);
    expect(early, 'the answer, before the table').to.exist;
    expect(early!.querySelector('[part="answer-heading"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('AKTO');
    expect(text(el)).to.contain(PENDING);
    // the answer says what is missing: no second, page-wide loading status
    expect(loadingStatus(el)).to.equal(null);
    expect((await tableGate()).held, 'the table still held').to.equal(true);
    expect(found, 'no event before the answer is whole').to.have.length(0);
    await expect(el).to.be.accessible();

    await releaseTable();
    await waitFor(() => !text(el).includes(PENDING), 'the title once the table is in');
    await settle(el);
    const shown = answer(el)!;
    expect(shown.textContent!.replace(/\s+/g, ' ')).to.match(/hôtels, cafés,? restaurants/i);
    expect(text(el)).to.contain('AKTO');
    expect(loadingStatus(el)).to.equal(null);
    // the page hears it once, with the convention asked for, titled
    await waitFor(() => found.length > 0, 'opco-found');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(found).to.have.length(1);
    expect(found[0]!.detail.opcoId).to.equal('akto');
    expect(found[0]!.detail.convention.idcc).to.equal('1979');
    expect(found[0]!.detail.convention.title).to.match(/hôtels, cafés,? restaurants/i);
    await expect(el).to.be.accessible();
  });
});
