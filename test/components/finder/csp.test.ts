import { expect } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';

interface CspWindow extends Window {
  __violations?: string[];
}

/**
 * The finder on the page served with the strict policy partners may use (no inline script or
 * style, Trusted Types required): its prefilled answer, then typing, suggestions and a new answer.
 */
describe('<opco-finder> under a strict Content-Security-Policy', () => {
  it('renders, suggests and answers with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/page.html';
    frame.width = '900';
    frame.height = '900';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as CspWindow;
      await win.customElements.whenDefined('opco-finder');
      const finder = win.document.querySelector('opco-finder') as OpcoFinder;
      await finder.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(finder.shadowRoot!.querySelector('opco-card')!.shadowRoot!.textContent).to.contain('AKTO');

      const input = finder.shadowRoot!.querySelector('input')!;
      input.value = 'coiffure';
      input.dispatchEvent(new Event('input'));
      await finder.updateComplete;
      expect(finder.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await finder.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(finder.shadowRoot!.querySelector('opco-card')!.getAttribute('opco')).to.equal('opco-ep');
      expect(win.__violations ?? []).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
