import { expect } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { waitFor } from '../../integration/helpers.js';

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
      // the answer comes once the convention table is in (fetched and checked after the first render)
      await waitFor(() => finder.shadowRoot!.querySelector('opco-card')?.shadowRoot?.textContent?.includes('AKTO'), 'the prefilled answer');

      const input = finder.shadowRoot!.querySelector('input')!;
      input.value = 'coiffure';
      input.dispatchEvent(new Event('input'));
      // the IDCC answer comes from the finder's own script, before the table: words are searched once
      // the table is in (the suggestions then follow the text typed)
      await waitFor(() => finder.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'suggestions for "coiffure"');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await finder.updateComplete;
      await waitFor(() => finder.shadowRoot!.querySelector('opco-card')?.getAttribute('opco') === 'opco-ep', 'the new answer');
      expect(win.__violations ?? []).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
