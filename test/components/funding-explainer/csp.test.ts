// The test page served with the strict CSP partners may use: the explainer computes and draws with no violation.
import { expect } from '@open-wc/testing';

interface CspWindow extends Window {
  __violations?: string[];
}

describe('<opco-funding-explainer> under a strict Content-Security-Policy', () => {
  it('shows 4 500 € and the money-flow diagram, with no violation at all', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/page.html';
    frame.width = '900';
    frame.height = '700';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as CspWindow;
      await win.customElements.whenDefined('opco-funding-explainer');
      const el = win.document.querySelector('opco-funding-explainer')!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="result"]')!.textContent).to.contain('4\u202f500\u00a0€');
      expect(root.querySelectorAll('svg .node').length).to.be.greaterThan(10);
      expect(win.__violations ?? []).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
