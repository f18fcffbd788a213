// Following what a finder found on the page: the OPCO at the steps, the company's headcount band.
import { expect, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OpcoProvider } from '../../../src/components/provider/opco-provider.js';
import { $, change, field, found, mount, result, text, type Explainer } from './helpers.js';

async function page(attrs: { headcount?: string; link?: string } = {}) {
  const provider = await mount<OpcoProvider>(html`<opco-provider>
    <div id="finder"></div>
    <opco-funding-explainer level="5" signed-on="2026-04-01" headcount=${ifDefined(attrs.headcount)} link=${ifDefined(attrs.link)}></opco-funding-explainer>
  </opco-provider>`);
  const el = provider.querySelector<Explainer>('opco-funding-explainer')!;
  return { provider, el, finder: provider.querySelector('#finder')! };
}

describe('<opco-funding-explainer> inside an <opco-provider>', () => {
  it('uses the headcount band of the company found while the visitor has typed none, and says so', async () => {
    const { el, finder } = await page();
    expect(result(el).dataset.status).to.equal('incomplete');
    expect(text(result(el))).to.equal('Indiquez l’effectif pour calculer l’aide.');
    found(finder, 'akto', '1979', { min: 20, max: 49 });
    await el.updateComplete;
    expect(result(el).dataset.status).to.equal('eligible');
    expect(text(result(el))).to.contain('4\u202f500');
    expect(text($(el, '.from-selection'))).to.contain('Effectif de l’entreprise trouvée : 20 à 49 salariés');
    expect(field(el, 'headcount').value).to.equal('');
    // typed wins
    await change(el, 'headcount', '300');
    expect(text(result(el))).to.contain('1\u202f500');
    expect($(el, '.from-selection')).to.equal(null);
    // emptied: back to the company's band
    await change(el, 'headcount', '');
    expect(text(result(el))).to.contain('4\u202f500');
    expect($(el, '.from-selection')).not.to.equal(null);
  });

  it('a band of 250 or more employees counts as a large company', async () => {
    const { el, finder } = await page();
    found(finder, 'opco-2i', '3248', { min: 250, max: 499 });
    await el.updateComplete;
    expect(text(result(el))).to.contain('1\u202f500');
  });

  it('the headcount attribute wins over the page selection', async () => {
    const { el, finder } = await page({ headcount: '300' });
    found(finder, 'akto', '1979', { min: 20, max: 49 });
    await el.updateComplete;
    expect(text(result(el))).to.contain('1\u202f500');
    expect($(el, '.from-selection')).to.equal(null);
  });

  it('link="off": neither the OPCO nor the headcount of the page', async () => {
    const { el, finder } = await page({ link: 'off' });
    found(finder, 'akto', '1979', { min: 20, max: 49 });
    await el.updateComplete;
    expect($(el, 'opco-card')).to.equal(null);
    expect(result(el).dataset.status).to.equal('incomplete');
  });

  it('a new answer replaces the OPCO shown; a reset removes it', async () => {
    const { el, finder } = await page();
    found(finder, 'akto', '1979');
    await el.updateComplete;
    expect($(el, 'opco-card')!.getAttribute('opco')).to.equal('akto');
    found(finder, 'constructys', '1597');
    await el.updateComplete;
    expect($(el, 'opco-card')!.getAttribute('opco')).to.equal('constructys');
    finder.dispatchEvent(new CustomEvent('opco-reset', { detail: {}, bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, 'opco-card')).to.equal(null);
    expect(text($(el, '.opco-hint'))).to.contain('convention collective');
  });
});
