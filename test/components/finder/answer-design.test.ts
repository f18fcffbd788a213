// The finder's answer as a visitor reads it: the OPCO's name first and largest, the convention once,
// the next step, the card folded beneath it, no OPCO SIREN, a real button for "Nouvelle recherche", and
// suggestion lines that read the same way and say what replaced a text.
import { expect, html } from '@open-wc/testing';
import { shortName } from '../../../src/components/finder/convention-name.js';
import { answer, mount, options, typeInto } from './helpers.js';

const px = (value: string) => Number.parseFloat(value);

describe('<opco-finder> answer design', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: the OPCO's name is the headline, larger than any other text of the answer`, async () => {
      const el = await mount(html`<opco-finder idcc="1979" theme=${theme}></opco-finder>`);
      const name = el.shadowRoot!.querySelector<HTMLElement>('.answer__name')!;
      expect(name.textContent!.trim()).to.equal('AKTO');
      const convention = el.shadowRoot!.querySelector<HTMLElement>('[part="convention"]')!;
      expect(px(getComputedStyle(name).fontSize)).to.be.greaterThan(px(getComputedStyle(convention).fontSize) * 1.5);
      // then the convention, named once (no summary sentence repeating it), then the next step, then the card folded
      expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
      expect((convention.textContent!.match(/hôtels, cafés, restaurants/gi) ?? []).length).to.equal(1);
      const step = el.shadowRoot!.querySelector<HTMLElement>('[part="next-step"]')!;
      expect(convention.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      const card = el.shadowRoot!.querySelector('opco-card')!;
      expect(step.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(card.closest('details')!.open).to.equal(false);
      await card.updateComplete;
      // the card does not repeat the name as a title, nor the next step, nor draw a frame inside the finder's
      expect(card.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('[part="next-step"]')).to.equal(null);
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part="base"]')!).borderTopStyle).to.equal('none');
      // no SIREN line for a visitor
      expect(el.shadowRoot!.textContent + card.shadowRoot!.textContent!).not.to.contain('853000982');
      await expect(el).to.be.accessible();
    });

    it(`${theme}: "Nouvelle recherche" is a styled secondary button (accent outline, 44 px, no browser bevel)`, async () => {
      const el = await mount(html`<opco-finder idcc="1979" theme=${theme}></opco-finder>`);
      const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!;
      const link = el.shadowRoot!.querySelector<HTMLElement>('opco-card')!;
      const style = getComputedStyle(reset);
      expect(style.borderTopStyle).to.equal('solid');
      expect(px(style.paddingLeft)).to.be.at.least(10);
      expect(reset.getBoundingClientRect().height).to.be.at.least(44);
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      // the accent colour: the same as the links of the answer's card
      const accent = getComputedStyle(link.shadowRoot!.querySelector('a')!).color;
      expect(style.color).to.equal(accent);
      expect(style.borderTopColor).to.equal(accent);
      await expect(el).to.be.accessible();
    });
  }

  it('suggestions: one title style, "remplacée par l’IDCC 3255", and names without stray commas', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'boulangerie');
    const titles = options(el).map((o) => o.querySelector('.option__title')!.textContent!.trim());
    for (const title of titles) expect(title, title).not.to.match(/^Convention collective/i);
    const replaced = options(el).find((o) => o.textContent!.includes('IDCC 1747'))!;
    expect(replaced.querySelector('.option__replaced')!.textContent).to.equal('remplacée par l’IDCC 3255');
    for (const o of options(el)) {
      const spoken = o.textContent!.replace(/\s+/g, ' ').trim();
      expect(spoken, spoken).not.to.match(/ ,/);
      expect(spoken, spoken).to.match(/, IDCC \d{4}, /);
    }
    await expect(el).to.be.accessible();
  });

  it('shortName: the official title without its opening and its signing date', () => {
    expect(shortName('Convention collective nationale des industries textiles du 1er mai 1950')).to.equal('Industries textiles');
    expect(shortName('Convention collective départementale des maîtres et artisans tailleurs de la Loire-Atlantique')).to.equal(
      'Maîtres et artisans tailleurs de la Loire-Atlantique',
    );
    expect(shortName("Convention collective nationale de l'Import-export")).to.equal('Import-export');
    // nothing to shorten, or nothing left: the title as it is
    expect(shortName('Accords-convention d’entreprise Cité')).to.equal('Accords-convention d’entreprise Cité');
    expect(shortName('Convention collective nationale')).to.equal('Convention collective nationale');
  });

  it('in English: "replaced by IDCC 3255"', async () => {
    const el = await mount(html`<opco-finder lang="en"></opco-finder>`);
    await typeInto(el, '1747');
    const replaced = options(el).find((o) => o.textContent!.includes('IDCC 1747'));
    expect(replaced?.querySelector('.option__replaced')!.textContent).to.equal('replaced by IDCC 3255');
    expect(answer(el)).to.equal(null);
  });
});
