// Words typed over an answer the finder gave before the table arrived (its `idcc` attribute, answered
// from the untitled rows in its own file): the words cannot be searched yet, and when the table is in
// they get their suggestions, while the answer is made whole below them.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { answer, holdTable, input, options, releaseTable, settle, text, waitFor } from './helpers.js';

describe('finder: words typed over an answer given before the table', function () {
  this.timeout(20000);
  before(holdTable);
  after(releaseTable);

  it('idcc="1979" answered at once; "coiffure" typed meanwhile is suggested when the table is in', async () => {
    const el = await fixture<HTMLElement>(html`<opco-finder idcc="1979" company-lookup="off"></opco-finder>`);
    await waitFor(() => answer(el), 'the early answer');
    expect(text(el)).to.contain('AKTO');

    input(el).focus();
    input(el).select();
    await sendKeys({ type: 'coiffure' });
    await settle(el);
    expect(input(el).value).to.equal('coiffure');
    expect(options(el), 'no suggestion before the table').to.have.length(0);

    await releaseTable();
    await waitFor(() => options(el).length > 0, 'the suggestions for "coiffure"');
    expect(options(el)[0]!.textContent).to.contain('IDCC 2596');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    // the answer below is whole now: its title is in
    expect(answer(el)!.textContent!.replace(/\s+/g, ' ')).to.match(/hôtels, cafés,? restaurants/i);
    await expect(el).to.be.accessible();
  });
});
