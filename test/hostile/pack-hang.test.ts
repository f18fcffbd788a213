// F3: an English pack that never comes. The element speaks French after 3 s, and after
// FETCH_TIMEOUT_MS the pack is given up (one warning that says the server is too slow): later
// renders do not wait for it again. On the page's fake clock.
import { expect } from '@open-wc/testing';
import { serverGate } from '../helpers/server-gate.js';
import '../../src/index.js';
import { waitFor } from '../integration/helpers.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { setPageClock } from '../../src/services/clock.js';
import { FETCH_TIMEOUT_MS } from '../../src/platform/fetch-verified.js';
import { languageSettled } from '../../src/platform/i18n.js';
import { captureWarnings } from '../helpers/warnings.js';
import { Uncaught } from './helpers.js';

const gate = serverGate('language-pack-gate');

describe('hostile network: a language pack that never answers', function () {
  this.timeout(20000);
  const clock = new FakeClock();
  before(() => setPageClock(clock));
  after(async () => {
    setPageClock(undefined);
    await gate(false);
  });

  it('French after 3 s; the pack given up after the timeout with one warning; no uncaught error', async () => {
    const uncaught = new Uncaught();
    await gate(true);
    const card = document.createElement('opco-card');
    card.setAttribute('opco', 'akto');
    card.setAttribute('lang', 'en');
    const text = () => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const warnings = await captureWarnings(async () => {
      document.body.append(card);
      // the element's wait has begun (its timer is on the clock)
      await waitFor(() => clock.pending > 0, 'the wait for the pack');
      await clock.advance(3050);
      await waitFor(() => text().includes('Secteurs'), 'French after the wait', 2000);
      expect(languageSettled('en')).to.equal(false);
      await clock.advance(FETCH_TIMEOUT_MS);
      await waitFor(() => languageSettled('en'), 'the pack given up', 2000);
    });
    expect(
      warnings.filter((w) => w.includes('language pack')),
      warnings.join('\n'),
    ).to.have.length(1);
    expect(warnings.find((w) => w.includes('language pack'))).to.contain('too slow');
    expect(text()).to.contain('Secteurs');
    expect(uncaught.stop()).to.deep.equal([]);
    card.remove();
  });
});
