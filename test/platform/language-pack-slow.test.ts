// A slow English pack (held back by the test server: command `language-pack-gate`, test/server/routes.mjs):
// an English element waits for it 3 s at most, then shows French rather than nothing, and switches to
// English when the pack arrives. In its own file: its page has loaded no pack before. The 3 s pass on
// the page's fake clock (test/helpers/fake-clock.ts), not for real.
import { expect } from '@open-wc/testing';
import { serverGate } from '../helpers/server-gate.js';
import '../../src/index.js';
import { waitFor } from '../integration/helpers.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { setPageClock } from '../../src/services/clock.js';

const gate = serverGate('language-pack-gate');

describe('a slow English pack', function () {
  this.timeout(20000);
  const clock = new FakeClock();
  before(() => setPageClock(clock));
  after(async () => {
    setPageClock(undefined);
    await gate(false);
  });

  it('the element shows French after 3 s rather than nothing, then English when the pack arrives', async () => {
    await gate(true);
    const card = document.createElement('opco-card');
    card.setAttribute('opco', 'akto');
    card.setAttribute('lang', 'en');
    document.body.append(card);
    const text = () => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // the element's wait has begun (its timer is on the clock)
    await waitFor(() => clock.pending > 0, 'the wait for the pack');
    await clock.advance(2900);
    expect(text()).not.to.contain('Secteurs');
    await clock.advance(150);
    await waitFor(() => text().includes('Secteurs'), 'French after the wait', 2000);
    await expect(card).to.be.accessible();
    await gate(false);
    await waitFor(() => text().includes('Sectors'), 'English once the pack is in');
    expect(text()).not.to.contain('Secteurs');
    card.remove();
  });
});
