// Trusted Types: every element runs under `require-trusted-types-for 'script'; trusted-types lit-html`
// (the policy the README gives), with no violation, and the bundle creates that one policy only.
import { expect } from '@open-wc/testing';
import { loadCspPage } from './load-page.js';

const text = (el: Element | null) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('Trusted Types', () => {
  it('every element renders and works under trusted-types lit-html, with no violation', async () => {
    const { frame, win } = await loadCspPage();
    try {
      const doc = win.document;
      const shows = (selector: string, what: string) => expect(text(doc.querySelector(selector)).includes(what), `${selector} shows ${what}`).to.equal(true);
      shows('opco-card', 'AKTO');
      shows('opco-finder', 'AKTO');
      shows('opco-branch-list', 'AKTO : branches');
      shows('opco-funding-explainer', 'Apprentissage');
      shows('opco-funding-explainer[lang="en"]', 'CPF');
      // typing renders the suggestion list (new templates after load)
      const typed = doc.querySelector('#typed')!;
      const input = typed.shadowRoot!.querySelector('input')!;
      input.value = 'boulangerie';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(typed.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
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
      expect(text(doc.querySelector('opco-finder')).includes('AKTO'), 'the finder answers').to.equal(true);
      expect(text(doc.querySelector('opco-apprentice-pay')).length, 'the pay simulator renders').to.be.greaterThan(100);
      expect(win.__violations, (win.__violations ?? []).join('\n')).to.deep.equal([]);
      // each file's Lit made its own policy: the reason for 'allow-duplicates'
      expect(win.__policies).to.deep.equal(['lit-html', 'lit-html']);
    } finally {
      frame.remove();
    }
  });
});
