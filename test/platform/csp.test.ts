import { expect } from '@open-wc/testing';

interface CspWindow extends Window {
  __violations?: string[];
}

/** Loads the CSP page (served with a strict policy) in an iframe and waits for its widgets. */
async function loadCspPage(): Promise<{ frame: HTMLIFrameElement; win: CspWindow }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/csp/page.html';
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as CspWindow;
  await win.customElements.whenDefined('opco-card');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { frame, win };
}

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
