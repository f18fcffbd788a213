import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createOpcoData, opcoData, type Convention } from '../../../src/data/index.js';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { answer, input, listbox, mount, options, press, settle, settleCards, text, typeInto } from './helpers.js';
import { withFakeClock } from '../../helpers/fake-clock.js';

const setValue = async (el: OpcoFinder, value: string) => {
  input(el).value = value;
  input(el).dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
};

/** No element of the widget (nor of the cards inside) was made from typed or data text. */
function noInjectedElements(el: OpcoFinder): void {
  const roots: ParentNode[] = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('opco-card')].map((c) => c.shadowRoot!)];
  for (const root of roots) {
    expect(root.querySelectorAll('img, script, b, iframe')).to.have.length(0);
  }
}

describe('<opco-finder> with hostile or odd input', () => {
  let alerts = 0;
  const originalAlert = window.alert;
  before(() => {
    window.alert = () => {
      alerts++;
    };
  });
  after(() => {
    window.alert = originalAlert;
  });

  it('10 000 characters: cut to 200, no freeze, a plain "nothing found" on Enter', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    const started = performance.now();
    await setValue(el, 'a'.repeat(10_000));
    expect(performance.now() - started).to.be.below(1000);
    expect(input(el).value.length).to.equal(200);
    input(el).focus();
    await press(el, 'Enter');
    expect(answer(el)!.dataset.kind).to.equal('no-result');
    await setValue(el, '1'.repeat(10_000));
    await press(el, 'Enter');
    expect(answer(el)!.dataset.kind).to.equal('invalid');
  });

  it('HTML and script typed in the field show as text, never as elements', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    const evil = '<img src=x onerror=alert(1)>';
    await typeInto(el, evil);
    await press(el, 'Enter');
    await settleCards(el);
    await aTimeout(50);
    expect(text(answer(el)!)).to.contain(`« ${evil} »`);
    noInjectedElements(el);
    expect(alerts).to.equal(0);
  });

  it('HTML inside the data (titles from a custom dataset) shows as text too', async () => {
    const base = opcoData.conventions.find((c) => c.idcc === '1979')!;
    const evil: Convention = {
      ...base,
      idcc: '0042',
      title: '<img src=x onerror=alert(2)> hôtellerie piégée',
      shortTitle: '<b>gras</b> hôtellerie piégée',
    };
    const data = createOpcoData({ dataset: opcoData.dataset, opcos: opcoData.opcos, conventions: [evil, base] });
    const provider = await fixture<HTMLElement>(html`<opco-provider .data=${data}><opco-finder></opco-finder></opco-provider>`);
    const el = provider.querySelector<OpcoFinder>('opco-finder')!;
    await typeInto(el, 'piégée');
    expect(options(el)[0]!.textContent).to.contain('<b>gras</b> hôtellerie piégée');
    noInjectedElements(el);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await settleCards(el);
    await aTimeout(50);
    expect(text(answer(el)!)).to.contain('<img src=x onerror=alert(2)> hôtellerie piégée');
    noInjectedElements(el);
    expect(alerts).to.equal(0);
  });

  it('emoji and other scripts: no error, no suggestion, a plain "nothing found"', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '😀👩‍🍳 مطعم 餐厅');
    expect(listbox(el).hidden).to.equal(true);
    await press(el, 'Enter');
    expect(answer(el)!.dataset.kind).to.equal('no-result');
    expect(text(answer(el)!)).to.contain('😀👩‍🍳');
  });

  it('emoji around real words still find them', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '✂️ coiffure');
    expect(options(el)[0]?.textContent).to.contain('IDCC 2596');
  });

  it('pasted newlines and tabs count as spaces', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await setValue(el, 'hôtels\ncafés\r\n\trestaurants');
    expect(options(el)[0]?.textContent).to.contain('IDCC 1979');
    input(el).focus();
    await setValue(el, '\n1979\n');
    await press(el, 'Enter');
    expect(answer(el)!.dataset.kind).to.equal('found');
  });

  it('rapid typing and deleting ends on the last text, with a consistent list', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    input(el).focus();
    await sendKeys({ type: 'boulangerie' });
    for (let i = 0; i < 11; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'coif' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'syntec' });
    await settle(el);
    expect(input(el).value).to.equal('syntec');
    expect(options(el).map((o) => /IDCC (\d{4})/.exec(o.textContent!)![1])).to.deep.equal(['1486']);
    // all deleted: list closed, nothing active, nothing announced
    // past the live region's pause, on the page's clock (no real sleep)
    await withFakeClock(async (clock) => {
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Backspace' });
      await clock.advance(700);
      await settle(el);
    });
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim()).to.equal('');
  });

  it('Enter held down on an empty field does nothing', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    input(el).focus();
    await press(el, 'Enter');
    await press(el, 'Enter');
    expect(answer(el)).to.equal(null);
  });
});

describe('<opco-finder> without JavaScript', () => {
  it('its fallback link is visible before the element is defined and hidden once it renders', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <opco-finder-later><a href="https://www.francecompetences.fr/">Trouver son OPCO</a></opco-finder-later>
    </div>`);
    const link = wrapper.querySelector('a')!;
    // an undefined custom element is an inline box: its link shows, as with JS off
    expect(link.getClientRects().length).to.be.greaterThan(0);
    const el = await fixture<OpcoFinder>(html`<opco-finder><a href="https://www.francecompetences.fr/">Trouver son OPCO</a></opco-finder>`);
    const fallback = el.querySelector('a')!;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(fallback.offsetParent).to.equal(null);
    expect(input(el).getClientRects().length).to.be.greaterThan(0);
  });
});
