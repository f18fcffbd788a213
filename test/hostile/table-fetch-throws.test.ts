// F3/F4: a page whose fetch throws synchronously (or is missing) for the table: the finder says the
// list could not be loaded (with the fallback link), nothing escapes to the page, and a visitor typing
// does not send two requests per keystroke: one diagnostic per failure, then a back-off.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { setPageClock } from '../../src/services/clock.js';
import { RETRY_MIN_MS } from '../../src/platform/conventions-table.js';
import { hostFetch, isTable, shown, typeIn, Uncaught } from './helpers.js';
import { captureWarnings } from '../helpers/warnings.js';
import { waitFor } from '../integration/helpers.js';

const UNAVAILABLE = 'La liste des conventions collectives n’a pas pu être chargée.';

describe('hostile host: a fetch that throws or is missing, for the convention table', function () {
  this.timeout(20000);
  const clock = new FakeClock();
  before(() => setPageClock(clock));
  after(() => setPageClock(undefined));

  it('a fetch that throws synchronously: "could not be loaded", the fallback link, no uncaught error, 2 requests for 33 keystrokes', async () => {
    const uncaught = new Uncaught();
    const host = hostFetch((f0) => (input: RequestInfo | URL, init?: RequestInit) => {
      if (isTable(String(input instanceof Request ? input.url : input))) throw new TypeError('host says no');
      return f0(input, init);
    });
    let el!: HTMLElement & { updateComplete: Promise<unknown> };
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<opco-finder company-lookup="off"></opco-finder>`);
      await typeIn(el, 'boulangerie artisanale et pâtisserie');
      await waitFor(async () => shown(el).includes(UNAVAILABLE), 'the failure');
    });
    host.restore();
    expect(shown(el)).to.contain('Vérifiez votre connexion');
    expect(el.shadowRoot!.querySelector('a[href*="francecompetences"]'), 'the fallback link').to.exist;
    expect(host.calls.filter(isTable).length, host.calls.join('\n')).to.equal(2);
    expect(warnings.filter((w) => w.includes('convention table'))).to.have.length(1);
    expect(uncaught.stop()).to.deep.equal([]);
  });

  it('after the back-off, a page whose fetch is gone: the same answer, still no uncaught error; no request before the back-off', async () => {
    const uncaught = new Uncaught();
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<opco-finder company-lookup="off"></opco-finder>`);
    const original = window.fetch;
    let calls = 0;
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      if (isTable(String(args[0]))) calls += 1;
      return original(...args);
    }) as typeof fetch;
    await typeIn(el, 'coiffure');
    expect(calls, 'no request within the back-off').to.equal(0);
    window.fetch = original;
    await clock.advance(RETRY_MIN_MS + 10);
    (window as unknown as { fetch: unknown }).fetch = undefined;
    try {
      await typeIn(el, ' mixte');
      await waitFor(async () => shown(el).includes(UNAVAILABLE), 'the failure again');
    } finally {
      window.fetch = original;
    }
    expect(uncaught.stop()).to.deep.equal([]);
  });
});
