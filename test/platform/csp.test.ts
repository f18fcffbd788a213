import { expect } from '@open-wc/testing';
import { loadCspPage } from '../csp/load-page.js';

describe('strict Content-Security-Policy', () => {
  it('renders every widget with no violation', async () => {
    const { frame, win } = await loadCspPage();
    try {
      const card = win.document.querySelector('opco-card')!;
      expect(card.shadowRoot?.textContent).to.contain('AKTO');
      // the header really is there: an inline style is refused, and reported
      const probe = win.document.createElement('div');
      probe.setAttribute('style', 'color: red');
      win.document.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const ours = (win.__violations ?? []).filter((v) => !v.startsWith('style-src-attr'));
      expect(ours, ours.join('\n')).to.deep.equal([]);
      expect(win.__violations?.some((v) => v.startsWith('style-src'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
