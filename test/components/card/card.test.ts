// <opco-card>: what a visitor reads (names, sectors, links), its languages and themes, bad values.
import { expect, fixture, html } from '@open-wc/testing';
import type { OpcoCard } from '../../../src/components/card/opco-card.js';
import '../../../src/index.js';

const mount = async (template: ReturnType<typeof html>) => {
  const el = await fixture<OpcoCard>(template);
  await el.updateComplete;
  return el;
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const links = (el: OpcoCard) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')];

describe('<opco-card>', () => {
  it('shows the short name as a heading of the level asked, the official name and the facts', async () => {
    const el = await mount(html`<opco-card opco="akto" heading-level="2" detail></opco-card>`);
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(text(heading)).to.equal('AKTO');
    expect(text(el.shadowRoot!.querySelector('.official'))).to.contain('main-d');
    // the OPCO's own SIREN is no prominent fact (a visitor could take it for theirs): a quiet line that says whose it is
    expect(text(el.shadowRoot!.querySelector('[part="details"]'))).not.to.contain('853000982');
    expect(text(el.shadowRoot!.querySelector('[part="identity"]'))).to.equal('SIREN de l’OPCO AKTO : 853000982');
  });

  it('elides "de" before a vowel in French ("Site d’AKTO", "Site de Constructys")', async () => {
    const akto = await mount(html`<opco-card opco="akto"></opco-card>`);
    expect(text(links(akto)[0])).to.match(/^Site d’AKTO/);
    const constructys = await mount(html`<opco-card opco="constructys" compact></opco-card>`);
    expect(text(links(constructys)[0])).to.match(/^Site de Constructys/);
  });

  it('in English, the official name stays French and says so to screen readers (lang="fr")', async () => {
    const el = await mount(html`<opco-card opco="akto" lang="en"></opco-card>`);
    expect(text(el.shadowRoot!.querySelector('dt'))).to.equal('Sectors');
    expect(text(links(el)[0])).to.match(/^AKTO website/);
    expect(el.shadowRoot!.querySelector('.official [lang]')!.getAttribute('lang')).to.equal('fr');
    // and it says it is French, once, and what an OPCO is
    expect(text(el.shadowRoot!.querySelector('.official'))).to.match(/^Official name \(French\): AKTO – Opco/);
    expect(text(el.shadowRoot!.querySelector('.about'))).to.contain('An OPCO (opérateur de compétences, skills operator) funds apprenticeships');
  });

  it('links open a new window and say so', async () => {
    const el = await mount(html`<opco-card opco="atlas"></opco-card>`);
    for (const a of links(el)) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.contain('noopener');
      expect(text(a)).to.contain('(nouvelle fenêtre)');
    }
  });

  it('an unknown OPCO: an error in the card with the valid ids', async () => {
    const original = console.warn;
    console.warn = () => {};
    try {
      const el = await mount(html`<opco-card opco="nope"></opco-card>`);
      const status = el.shadowRoot!.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(text(status)).to.contain('akto');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of ['fr', 'en']) {
      it(`is accessible (${theme}, ${lang}, full and compact)`, async () => {
        const el = await mount(html`<opco-card opco="opco-ep" theme=${theme} lang=${lang}></opco-card>`);
        await expect(el).to.be.accessible();
        el.compact = true;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="details"]')!.checkVisibility()).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }
  }
});
