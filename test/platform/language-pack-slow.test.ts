// A slow English pack (held back by the test server: command `language-pack-gate`, test/server/routes.mjs):
// an English element waits for it 3 s at most, then shows French rather than nothing, and switches to
// English when the pack arrives. In its own file: its page has loaded no pack before.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { waitFor } from '../integration/helpers.js';

const gate = (hold: boolean) => executeServerCommand('language-pack-gate', { hold });

describe('a slow English pack', function () {
  this.timeout(20000);
  after(() => gate(false));

  it('the element shows French after 3 s rather than nothing, then English when the pack arrives', async () => {
    await gate(true);
    const start = performance.now();
    const card = document.createElement('opco-card');
    card.setAttribute('opco', 'akto');
    card.setAttribute('lang', 'en');
    document.body.append(card);
    const text = () => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    await waitFor(() => text().includes('Secteurs'), 'French after the wait', 8000);
    expect(performance.now() - start).to.be.greaterThan(2900);
    await expect(card).to.be.accessible();
    await gate(false);
    await waitFor(() => text().includes('Sectors'), 'English once the pack is in');
    expect(text()).not.to.contain('Secteurs');
    card.remove();
  });
});
