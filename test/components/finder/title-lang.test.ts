import { expect, html } from '@open-wc/testing';
import { answer, mount, options, settle, typeInto } from './helpers.js';

// Official convention titles are French: on an English page they are marked lang="fr" so that a
// screen reader switches voice; the widget's own (English) words are not.
describe('<opco-finder> marks French titles on English pages', () => {
  it('in the suggestions and in the answer', async () => {
    const el = await mount(html`<opco-finder lang="en"></opco-finder>`);
    await typeInto(el, 'coiffure');
    const title = options(el)[0]!.querySelector('.option__title')!;
    expect(title.getAttribute('lang')).to.equal('fr');

    el.idcc = '1979';
    await settle(el);
    const convention = answer(el)!.querySelector('[part="convention"] span[lang="fr"]');
    expect(convention?.textContent).to.match(/hôtels/i);
  });
});
