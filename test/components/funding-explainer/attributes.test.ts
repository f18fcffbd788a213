// Attributes a CMS editor types: good ones, bad ones (a message and a warning, never a wrong amount), English.
import { expect, html } from '@open-wc/testing';
import { SCHEMES, SCHEME_ORDER } from '../../../src/data/funding/index.js';
import { $, $$, captureWarnings, field, mount, result, text, type Explainer } from './helpers.js';

const AMOUNT = /\d\s?€/u;

async function withWarnings(template: ReturnType<typeof html>) {
  let el!: Explainer;
  const warnings = await captureWarnings(async () => {
    el = await mount<Explainer>(template);
  });
  return { el, warnings };
}

describe('<opco-funding-explainer> attributes', () => {
  const bad: Array<[string, ReturnType<typeof html>, string]> = [
    ['signed-on="2026-13-45"', html`<opco-funding-explainer signed-on="2026-13-45" headcount="30" level="5"></opco-funding-explainer>`, 'signed-on'],
    ['headcount="-3"', html`<opco-funding-explainer signed-on="2026-04-01" headcount="-3" level="5"></opco-funding-explainer>`, 'headcount'],
    ['level="12"', html`<opco-funding-explainer signed-on="2026-04-01" headcount="30" level="12"></opco-funding-explainer>`, 'level'],
    ['rqth="peut-être"', html`<opco-funding-explainer signed-on="2026-04-01" headcount="30" level="5" rqth="peut-être"></opco-funding-explainer>`, 'rqth'],
  ];
  for (const [label, template, attr] of bad) {
    it(`${label}: a visible error, one console warning, and no amount`, async () => {
      const { el, warnings } = await withWarnings(template);
      const status = $(el, '[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(text(status)).to.contain(`${attr}=`);
      expect(warnings.filter((w) => w.includes(`<opco-funding-explainer> ${attr}=`))).to.have.length(1);
      expect(result(el).dataset.status).to.equal('invalid');
      expect(text(result(el))).to.contain('Calcul impossible');
      expect(result(el).textContent).not.to.match(AMOUNT);
    });
  }

  it('an unknown scheme, audience, OPCO or heading level: messages and warnings, sensible defaults', async () => {
    const { el, warnings } = await withWarnings(
      html`<opco-funding-explainer scheme="alternance" audience="patron" opco="opca-bidon" heading-level="9"></opco-funding-explainer>`,
    );
    const messages = $$(el, '[part="status"]').map(text);
    expect(messages).to.have.length(4);
    expect(messages.join(' ')).to.contain('scheme="alternance"').and.contain('apprentissage, professionnalisation');
    expect(messages.join(' ')).to.contain('« opca-bidon » n’est pas un OPCO connu');
    expect(warnings).to.have.length(4);
    // all schemes with tabs, in the employer's order, heading at the default level 2, no OPCO card
    expect($$(el, '[role="tab"]')).to.have.length(5);
    expect($(el, '[part="heading"]')!.localName).to.equal('h2');
    expect($(el, 'opco-card')).to.equal(null);
  });

  it('hostile values are shown as text and shortened', async () => {
    const long = '1'.repeat(10_000);
    const { el } = await withWarnings(html`<opco-funding-explainer headcount=${long} level=${'<b>5</b>'} signed-on="2026-04-01 🎉"></opco-funding-explainer>`);
    const all = $$(el, '[part="status"]').map(text).join(' ');
    expect(all).to.contain('level="<b>5</b>"');
    expect(all).to.contain('🎉');
    expect(all.length).to.be.lessThan(1000);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(result(el).textContent).not.to.match(AMOUNT);
  });

  it('scheme="cpf" shows that card alone, without tabs or simulator', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer scheme="cpf"></opco-funding-explainer>`);
    expect($(el, '[role="tablist"]')).to.equal(null);
    expect($$(el, '[part="scheme"]').map((s) => s.dataset.scheme)).to.deep.equal(['cpf']);
    expect($(el, '[part="simulator"]')).to.equal(null);
  });

  for (const audience of ['employer', 'apprentice', 'training-centre'] as const) {
    it(`audience="${audience}": scheme order, wording and the steps that concern this audience`, async () => {
      const el = await mount<Explainer>(html`<opco-funding-explainer audience=${audience}></opco-funding-explainer>`);
      expect($$(el, '[role="tab"]').map((t) => t.id.replace('tab-', ''))).to.deep.equal([...SCHEME_ORDER[audience]]);
      // "vous concerne" marks the reader's steps only where it tells them apart from the others
      const scheme = SCHEMES[SCHEME_ORDER[audience][0]!];
      const mine = scheme.steps.filter((s) => s.audiences.includes(audience)).length;
      const expected = mine < scheme.steps.length ? mine : 0;
      expect($$(el, '.for-you')).to.have.length(expected);
      if (audience !== 'employer') expect(expected).to.be.greaterThan(0);
    });
  }

  it('heading-level sets the outline: widget h2, card h3, sections h4', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer heading-level="2"></opco-funding-explainer>`);
    expect($(el, '[part="heading"]')!.localName).to.equal('h2');
    expect($(el, '.scheme__title')!.localName).to.equal('h3');
    expect($(el, '#sim-title')!.localName).to.equal('h4');
  });

  it('compact leaves out the introduction and the money flow', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer compact></opco-funding-explainer>`);
    expect($(el, '.intro')).to.equal(null);
    expect($(el, '[part="money-flow"]')).to.equal(null);
  });

  it('blank attributes (as CMS templates write them) mean "not set": no message', async () => {
    const { el, warnings } = await withWarnings(
      html`<opco-funding-explainer scheme="" audience=" " headcount="" level="" signed-on="" opco="" rqth="false"></opco-funding-explainer>`,
    );
    expect($(el, '[part="status"]')).to.equal(null);
    expect(warnings).to.deep.equal([]);
    expect(result(el).dataset.status).to.equal('incomplete');
  });

  it('signed-on defaults to today', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer></opco-funding-explainer>`);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(field(el, 'signed-on').value).to.equal(today);
  });

  it('lang="en": English labels, amounts and dates', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer lang="en" headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>`);
    expect(text($(el, '[part="heading"]'))).to.equal('Who pays for what? Funding training');
    expect(text(result(el))).to.contain('State hiring aid: €4,500');
    expect(text(result(el))).to.contain('1 April 2026');
    expect(text($(el, '[part="provenance"]'))).to.contain('Up to date as of 26 November 2026');
    expect(field(el, 'level').labels![0]!.textContent).to.contain('Level of the diploma');
    // the French official term is marked as French
    expect($(el, '[part="scheme"] [lang="fr"]')!.textContent).to.contain('contrat d’apprentissage');
  });
});
