// Issue 25: the explainer opens with one plain line per payer, and, when it knows the visitor's OPCO,
// ends the apprenticeship card's next step with that OPCO's page for the audience.
import { expect, html } from '@open-wc/testing';
import { OPCOS } from '../../../src/data/generated/tables.js';
import { $, $$, mount, text, type Explainer } from './helpers.js';

describe('<opco-funding-explainer> plain lines and the OPCO’s next step (#25)', () => {
  it('the summary is one line per payer, each a sentence', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer scheme="apprentissage"></opco-funding-explainer>`);
    const lines = $$(el, '[part="lead"] li').map((li) => text(li));
    expect(lines.length).to.be.at.least(3);
    expect(lines[1]).to.match(/^L’OPCO/);
    for (const line of lines) expect(line).to.match(/^\p{Lu}.*\.$/u);
  });

  for (const audience of ['employer', 'apprentice', 'training-centre'] as const) {
    it(`opco="akto" audience="${audience}": the OPCO's page for that audience`, async () => {
      const el = await mount<Explainer>(
        html`<opco-funding-explainer scheme="apprentissage" opco="akto" audience=${audience} lang="en"></opco-funding-explainer>`,
      );
      const step = $(el, '[part="opco-step"]')!;
      expect(step.querySelector('a')!.href).to.equal(OPCOS.find((o) => o.id === 'akto')!.links[audience].url);
      expect(text(step.querySelector('a'))).to.contain('(new window, in French)');
      await expect(el).to.be.accessible();
    });
  }

  it('no OPCO known: no OPCO link is made up', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer scheme="apprentissage"></opco-funding-explainer>`);
    expect($(el, '[part="opco-step"]')).to.equal(null);
  });
});
