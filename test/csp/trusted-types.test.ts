// Trusted Types: every element runs under `require-trusted-types-for 'script'; trusted-types lit-html`
// (the policy the README gives), with no violation, and the bundle creates that one policy only.
import { expect } from '@open-wc/testing';
import { waitFor } from '../integration/helpers.js';
import { loadCspPage } from './load-page.js';

const text = (el: Element | null) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('Trusted Types', () => {
  it('every element renders and works under trusted-types lit-html, with no violation', async () => {
    const { frame, win } = await loadCspPage();
    try {
      const doc = win.document;
      // (the English explainer waits for its pack, the branch list for its table: on a busy machine, later)
      const shows = (selector: string, what: string) => waitFor(() => text(doc.querySelector(selector)).includes(what), `${selector} to show ${what}`);
      await shows('opco-card', 'AKTO');
      await shows('opco-finder', 'AKTO');
      await shows('opco-branch-list', 'AKTO : branches');
      await shows('opco-funding-explainer', 'Apprentissage');
      await shows('opco-funding-explainer[lang="en"]', 'CPF');
      // typing renders the suggestion list (new templates after load)
      const typed = doc.querySelector('#typed')!;
      const input = typed.shadowRoot!.querySelector('input')!;
      input.value = 'boulangerie';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitFor(() => typed.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'suggestions for "boulangerie"');
      // a select in the branch list
      const select = doc.querySelector('#picker')!.shadowRoot!.querySelector('select')!;
      select.value = 'atlas';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(win.__violations, (win.__violations ?? []).join('\n')).to.deep.equal([]);
      expect(win.__policies).to.deep.equal(['lit-html']);
      // the directive is really there: any other policy name is refused
      expect(() => win.trustedTypes!.createPolicy('another', {})).to.throw();
    } finally {
      frame.remove();
    }
  });

  it("two files on one page (opco-widgets.js + opco-apprentice-pay.js) work under trusted-types lit-html 'allow-duplicates'", async () => {
    const { frame, win } = await loadCspPage('/test/csp/two-files.html', ['opco-provider', 'opco-finder', 'opco-apprentice-pay']);
    try {
      const doc = win.document;
      await waitFor(() => text(doc.querySelector('opco-finder')).includes('AKTO'), 'the finder to answer');
      await waitFor(() => text(doc.querySelector('opco-apprentice-pay')).length > 100, 'the pay simulator to render');
      expect(win.__violations, (win.__violations ?? []).join('\n')).to.deep.equal([]);
      // each file's Lit made its own policy: the reason for 'allow-duplicates'
      expect(win.__policies).to.deep.equal(['lit-html', 'lit-html']);
    } finally {
      frame.remove();
    }
  });
});
