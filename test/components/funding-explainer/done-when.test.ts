// Issue #7 "done when": an employer with 30 employees, level 5, signed 1 April 2026 sees 4 500 €,
// why (décret 2026-168), what to do next (the steps) and whom to call (its OPCO's card).
import { expect, html, oneEvent } from '@open-wc/testing';
import type { OpcoProvider } from '../../../src/components/provider/opco-provider.js';
import { $, $$, FR_4500, found, mount, result, text, type Explainer } from './helpers.js';

describe('<opco-funding-explainer> — done when', () => {
  it('shows 4 500 € for 30 employees, level 5, signed on 1 April 2026, with the rule, the steps and the OPCO', async () => {
    const provider = await mount<OpcoProvider>(html`<opco-provider>
      <div id="finder"></div>
      <opco-funding-explainer audience="employer" headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>
    </opco-provider>`);
    const el = provider.querySelector<Explainer>('opco-funding-explainer')!;
    // the amount, formatted as French writes it ("4 500 €" with a narrow no-break space)
    expect(FR_4500).to.equal('4\u202f500\u00a0€');
    const live = result(el);
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.dataset.status).to.equal('eligible');
    expect(live.textContent).to.contain(FR_4500);
    // why: the rule, its period and its legal basis (a Légifrance link)
    const rule = $(el, '[part="rule"]')!;
    expect(text(rule)).to.contain('Contrats conclus à partir du 8 mars 2026');
    const decree = [...rule.querySelectorAll('a')].find((a) => a.textContent!.includes('2026-168'))!;
    expect(decree.href).to.match(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(text(live)).to.contain('1er avril 2026');
    // what next: the steps, in order
    const steps = $$(el, '[part="step"]');
    expect(steps.length).to.be.greaterThan(3);
    expect($(el, '[part="steps"]')!.localName).to.equal('ol');
    // whom to call: nobody known yet, then the OPCO a finder found
    expect($(el, 'opco-card')).to.equal(null);
    found(provider.querySelector('#finder')!, 'opco-ep', '1000');
    await el.updateComplete;
    const card = $<HTMLElementTagNameMap['opco-card']>(el, 'opco-card')!;
    expect(card.getAttribute('opco')).to.equal('opco-ep');
    expect(card.hasAttribute('compact')).to.equal(true);
    expect(card.closest('[part="step"]')!.getAttribute('data-opco')).to.equal('true');
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('OPCO EP');
    // later OPCO steps name it
    expect(text($(el, '.opco-ref'))).to.contain('OPCO EP');
  });

  it('the opco attribute shows that OPCO without a provider', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer opco="akto" headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>`);
    expect($(el, 'opco-card')!.getAttribute('opco')).to.equal('akto');
  });

  it('fires opco-simulate when the visitor changes a field', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>`);
    const input = $<HTMLInputElement>(el, '#sim-level')!;
    setTimeout(() => {
      input.value = '7';
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    const { detail } = await oneEvent(el, 'opco-simulate');
    expect(detail).to.deep.include({
      signedOn: '2026-04-01',
      headcount: 30,
      headcountSource: 'attribute',
      level: 7,
      rqth: false,
      status: 'eligible',
      amount: 2000,
      ruleId: 'aid.apprentice.2026-03-08',
    });
    expect(detail.participation).to.deep.equal({ status: 'due', amount: 750 });
  });
});
