// <opco-card>'s next step: one sentence for the audience and one link to the OPCO's own page for it,
// from the OPCO data (opcos.json, links); the home page, said so, where no page was read.
import { expect, fixture, html } from '@open-wc/testing';
import type { OpcoCard } from '../../../src/components/card/opco-card.js';
import { OPCOS } from '../../../src/data/generated/tables.js';
import '../../../src/index.js';
import { captureWarnings } from '../../helpers/warnings.js';

const mount = async (template: ReturnType<typeof html>) => {
  const el = await fixture<OpcoCard>(template);
  await el.updateComplete;
  return el;
};
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const step = (el: OpcoCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="next-step"]');
const action = (el: OpcoCard) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="action"]')!;
const opco = (id: string) => OPCOS.find((o) => o.id === id)!;

describe('<opco-card> next step', () => {
  it('an employer (the default) is sent to the OPCO’s page for filing the contract, in a new window', async () => {
    const el = await mount(html`<opco-card opco="akto"></opco-card>`);
    expect(text(step(el))).to.contain('Vous embauchez un apprenti ? Envoyez le contrat à AKTO dans les 5 jours ouvrables');
    expect(action(el).href).to.equal(opco('akto').links.employer.url);
    expect(text(action(el))).to.equal('Déposer le contrat chez AKTO (nouvelle fenêtre)');
    expect(action(el).target).to.equal('_blank');
    expect(action(el).rel).to.contain('noopener');
    // the step comes before the sectors: the answer, then what to do, then the details
    const details = el.shadowRoot!.querySelector('[part="details"]')!;
    expect(step(el)!.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  for (const audience of ['training-centre', 'apprentice'] as const) {
    it(`audience="${audience}": that audience's sentence and page`, async () => {
      const el = await mount(html`<opco-card opco="atlas" audience=${audience}></opco-card>`);
      expect(step(el)!.dataset.audience).to.equal(audience);
      expect(action(el).href).to.equal(opco('atlas').links[audience].url);
      expect(text(step(el))).to.match(audience === 'apprentice' ? /^Vous êtes apprenti \?/ : /^Vous êtes un CFA \?/);
      await expect(el).to.be.accessible();
    });
  }

  it('where no page was read, the OPCO’s home page, and it says so', async () => {
    const el = await mount(html`<opco-card opco="opco-sante" audience="apprentice" theme="dark"></opco-card>`);
    expect(action(el).href.replace(/\/$/, '')).to.equal(opco('opco-sante').website);
    expect(text(action(el))).to.match(/^Site de l’OPCO OPCO Santé/);
    expect(text(step(el))).to.contain('Page d’apprentissage non vérifiée');
    // one link to the home page, not a second "Site de…" under the sectors
    const home = [...el.shadowRoot!.querySelectorAll('a')].filter((a) => a.href.replace(/\/$/, '') === opco('opco-sante').website);
    expect(home).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('in English: English sentence, OPCO/SMIC/CFA explained, the link says its page is French', async () => {
    const el = await mount(html`<opco-card opco="akto" audience="apprentice" lang="en"></opco-card>`);
    const said = text(step(el));
    expect(said).to.contain('Are you an apprentice?');
    expect(said).to.contain('the SMIC (the French minimum wage)');
    expect(said).to.contain('CFA (your training centre)');
    expect(text(action(el))).to.equal('The apprenticeship contract explained by AKTO (new window, in French)');
  });

  it('no SIREN line for a visitor; `detail` shows it', async () => {
    const plain = await mount(html`<opco-card opco="akto"></opco-card>`);
    expect(text(plain.shadowRoot!)).not.to.contain('853000982');
    const detail = await mount(html`<opco-card opco="akto" detail></opco-card>`);
    expect(text(detail.shadowRoot!.querySelector('[part="identity"]'))).to.equal('SIREN de l’OPCO AKTO : 853000982');
  });

  it('compact: the name and links, no next step', async () => {
    const el = await mount(html`<opco-card opco="akto" compact></opco-card>`);
    expect(step(el)).to.equal(null);
  });

  it('a bad audience: said in the widget and once in the console, the employer’s step shown', async () => {
    let el!: OpcoCard;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<opco-card opco="akto" audience="boss"></opco-card>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('audience="boss"'))).to.have.length(1);
    expect(text(el.shadowRoot!)).to.contain('audience="boss" n’est pas un public connu.');
    expect(step(el)!.dataset.audience).to.equal('employer');
    await expect(el).to.be.accessible();
  });
});
