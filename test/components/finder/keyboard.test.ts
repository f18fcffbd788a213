import { expect, html } from '@open-wc/testing';
import { withFakeClock } from '../../helpers/fake-clock.js';
import { sendKeys } from '@web/test-runner-commands';
import { answer, cardText, input, listbox, liveRegion, mount, options, press, settle, settleCards, text, typeInto } from './helpers.js';

const activeOption = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) => {
  const id = input(el as never).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};

describe('<opco-finder> with the keyboard only', () => {
  it('is an ARIA 1.2 combobox whose listbox lives in the same shadow root', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    const controls = field.getAttribute('aria-controls')!;
    expect(el.shadowRoot!.getElementById(controls)).to.equal(listbox(el));
    expect(listbox(el).getAttribute('role')).to.equal('listbox');
    expect(listbox(el).hidden).to.equal(true);
    // labelled by a visible <label> and described by the help text
    expect(field.labels?.[0]?.textContent).to.contain('Votre convention collective');
    expect(el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)?.textContent).to.contain('bulletin de paie');
  });

  it('suggests as the user types, each with title, IDCC and OPCO', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'hôtels cafés restaurants');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(listbox(el).hidden).to.equal(false);
    const first = options(el)[0]!;
    expect(first.textContent).to.contain('Hôtels, cafés, restaurants');
    expect(first.textContent).to.contain('IDCC 1979');
    expect(first.textContent).to.contain('AKTO');
    expect(first.getAttribute('aria-selected')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('finds everyday words, short names and IDCC prefixes', async () => {
    const cases: [string, string][] = [
      ['coiffure', 'IDCC 2596'],
      ['syntec', 'IDCC 1486'],
      ['boulangerie', 'IDCC 0843'],
      ['HCR', 'IDCC 1979'],
      ['IDCC 16', 'IDCC 0016'],
      ['197', 'IDCC 1979'],
    ];
    for (const [query, expected] of cases) {
      const el = await mount(html`<opco-finder></opco-finder>`);
      await typeInto(el, query);
      expect(options(el)[0]?.textContent, query).to.contain(expected);
    }
  });

  it('ArrowDown, Enter: shows the answer with the OPCO card, the convention and the source', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'coiffure');
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[0]);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'Enter');
    await settleCards(el);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('Coiffure et professions connexes');
    const a = answer(el)!;
    expect(a.dataset.kind).to.equal('found');
    expect(text(a)).to.contain('Votre OPCO');
    expect(text(a)).to.contain('IDCC 2596');
    expect(text(a)).to.match(/Source : France compétences, table SIRET-OPCO \(SIRO\), données d’août 2026/);
    expect(a.querySelector('opco-card')!.getAttribute('opco')).to.equal('opco-ep');
    expect(cardText(el)).to.contain('OPCO EP');
    // the focus never left the field
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('ArrowUp/ArrowDown wrap; Home and End jump while in the list, and move the caret otherwise', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'métallurgie');
    const n = options(el).length;
    expect(n).to.be.greaterThan(3);
    await press(el, 'ArrowUp');
    expect(activeOption(el)).to.equal(options(el)[n - 1]);
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[0]);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[2]);
    await press(el, 'End');
    expect(activeOption(el)).to.equal(options(el)[n - 1]);
    await press(el, 'Home');
    expect(activeOption(el)).to.equal(options(el)[0]);
    // one more letter: the list is new, nothing active, and Home goes back to editing the text
    await sendKeys({ type: 's' });
    await settle(el);
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    await press(el, 'Home');
    expect(input(el).selectionStart).to.equal(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('Escape closes the list, then clears the field', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'boulangerie');
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input(el).value).to.equal('boulangerie');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(answer(el)).to.equal(null);
    // ArrowDown on an empty field does nothing
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('ArrowDown reopens a list closed by Escape; Tab closes it without choosing', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'transport');
    await press(el, 'Escape');
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeOption(el)).to.equal(options(el)[0]);
    await press(el, 'Tab');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(answer(el)).to.equal(null);
  });

  it('a complete IDCC confirmed with Enter is answered directly ("1979", "IDCC 16")', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '1979');
    await press(el, 'Enter');
    await settleCards(el);
    expect(answer(el)!.dataset.kind).to.equal('found');
    expect(cardText(el)).to.contain('AKTO');
    expect(input(el).value).to.equal('1979');
    await press(el, 'Escape');
    await press(el, 'Escape');
    await typeInto(el, 'IDCC 16');
    await press(el, 'Enter');
    await settleCards(el);
    expect(text(answer(el)!)).to.contain('IDCC 0016');
    expect(cardText(el)).to.contain('OPCO Mobilités');
  });

  it('Enter on words: one match is chosen, several ask to choose, none says how to find the IDCC', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'syntec');
    expect(options(el)).to.have.length(1);
    await press(el, 'Enter');
    await settleCards(el);
    expect(cardText(el)).to.contain('Atlas');

    const several = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(several, 'bâtiment');
    await press(several, 'Enter');
    expect(answer(several)).to.equal(null);
    expect(input(several).getAttribute('aria-expanded')).to.equal('true');
    expect(liveRegion(several).textContent).to.contain('choisissez-en une');

    const none = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(none, 'zzzqqq');
    expect(input(none).getAttribute('aria-expanded')).to.equal('false');
    await press(none, 'Enter');
    expect(answer(none)!.dataset.kind).to.equal('no-result');
    expect(text(answer(none)!)).to.contain('Aucune convention ne correspond à « zzzqqq »');
    expect(text(answer(none)!)).to.contain('bulletin de paie');
  });

  it('announces the number of suggestions politely, once typing pauses', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    const region = liveRegion(el);
    expect(region.getAttribute('role')).to.equal('status');
    // the pause is on the page's clock: the test moves past it instead of sleeping through it
    await withFakeClock(async (clock) => {
      await typeInto(el, 'coiffure');
      expect(region.textContent!.trim()).to.equal('');
      await clock.advance(700);
      await settle(el);
      expect(region.textContent).to.contain('1 convention suggérée');
      await sendKeys({ type: 'zz' });
      await clock.advance(700);
      await settle(el);
      expect(region.textContent).to.contain('Aucune convention ne correspond');
      await press(el, 'Escape');
      await press(el, 'Escape');
      await typeInto(el, '1979');
      await press(el, 'Enter');
      expect(region.textContent).to.contain('votre OPCO est AKTO');
    });
  });

  it('"Nouvelle recherche" clears everything and puts the focus back in the field', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '1979');
    await press(el, 'Enter');
    const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!;
    expect(reset.textContent).to.contain('Nouvelle recherche');
    reset.focus();
    await press(el, 'Enter');
    expect(answer(el)).to.equal(null);
    expect(input(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('el.focus() puts the caret in the field', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });
});
