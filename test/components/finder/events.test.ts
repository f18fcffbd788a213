import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import type { OpcoCard } from '../../../src/components/card/opco-card.js';
import type { OpcoFoundDetail } from '../../../src/platform/events.js';
import { answer, input, mount, press, settle, settleCards, text, typeInto } from './helpers.js';

describe('<opco-finder> events', () => {
  it('opco-found: OPCO, convention in force, IDCC path, source and date, what was typed', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '0054');
    const found = oneEvent(el, 'opco-found');
    await press(el, 'Enter');
    const event = await found;
    const detail: OpcoFoundDetail = event.detail;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(detail.opcoId).to.equal('opco-2i');
    expect(detail.opco.shortName).to.equal('OPCO 2i');
    expect(detail.convention?.idcc).to.equal('3248');
    expect(detail.path).to.deep.equal(['0054', '3248']);
    expect(detail.source).to.equal('France compétences, table SIRET-OPCO (SIRO)');
    expect(detail.asOf).to.equal('2026-08-11');
    expect(detail.query).to.equal('0054');
  });

  it('opco-found when a suggestion is chosen carries what the user typed', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'coiffure');
    const found = oneEvent(el, 'opco-found');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    const { detail } = await found;
    expect(detail.query).to.equal('coiffure');
    expect(detail.path).to.deep.equal(['2596']);
  });

  it('opco-found for a prefilled idcc reaches a listener on the page', async () => {
    const el = document.createElement('opco-finder');
    el.setAttribute('idcc', '1979');
    const found = oneEvent(document.body, 'opco-found');
    document.body.append(el);
    try {
      const { detail } = await found;
      expect(detail.opcoId).to.equal('akto');
      expect(detail.query).to.equal('1979');
    } finally {
      el.remove();
    }
  });

  it('opco-not-found with a stable reason for each kind of dead end', async () => {
    const cases: [string, string][] = [
      ['3203', 'shared'],
      ['9999', 'special'],
      ['0001', 'unknown'],
      ['0', 'invalid'],
      ['zzzqqq', 'no-result'],
      ['55210055400013', 'invalid'],
    ];
    for (const [query, reason] of cases) {
      const el = await mount(html`<opco-finder></opco-finder>`);
      await typeInto(el, query);
      const notFound = oneEvent(el, 'opco-not-found');
      await press(el, 'Enter');
      const { detail } = await notFound;
      expect(detail, query).to.deep.equal({ query, reason });
    }
  });

  it('opco-reset when the user starts a new search', async () => {
    const el = await mount(html`<opco-finder idcc="1979"></opco-finder>`);
    const reset = oneEvent(el, 'opco-reset');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    const event = await reset;
    expect(event.detail).to.deep.equal({});
    await settle(el);
    expect(answer(el)).to.equal(null);
    expect(el.result).to.equal(undefined);
  });

  it('inside an <opco-provider>, a card elsewhere on the page follows the answer', async () => {
    const provider = await fixture<HTMLElement>(html`<opco-provider>
      <opco-finder></opco-finder>
      <opco-card id="follows"></opco-card>
    </opco-provider>`);
    const el = provider.querySelector<OpcoFinder>('opco-finder')!;
    const card = provider.querySelector<OpcoCard>('#follows')!;
    await card.updateComplete;
    expect(text(card)).to.contain('Aucun OPCO');
    await typeInto(el, 'syntec');
    await press(el, 'Enter');
    await card.updateComplete;
    expect(text(card)).to.contain('Atlas');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    await settle(el);
    await card.updateComplete;
    expect(text(card)).to.contain('Aucun OPCO');
  });

  it('link="off" keeps the answer to the finder itself', async () => {
    const provider = await fixture<HTMLElement>(html`<opco-provider>
      <opco-finder link="off" idcc="1979"></opco-finder>
      <opco-card></opco-card>
    </opco-provider>`);
    const el = provider.querySelector<OpcoFinder>('opco-finder')!;
    const card = provider.querySelector<OpcoCard>('opco-card')!;
    await settleCards(el);
    await card.updateComplete;
    expect(answer(el)!.dataset.kind).to.equal('found');
    expect(text(card)).to.contain('Aucun OPCO');
  });

  it('takes language and theme from its provider, and hands the theme to its cards', async () => {
    const provider = await fixture<HTMLElement>(html`<opco-provider lang="en" theme="dark">
      <opco-finder idcc="1979"></opco-finder>
    </opco-provider>`);
    const el = provider.querySelector<OpcoFinder>('opco-finder')!;
    await settleCards(el);
    expect(el.getAttribute('data-theme')).to.equal('dark');
    expect(text(el)).to.contain('Your OPCO');
    expect(el.shadowRoot!.querySelector('opco-card')!.getAttribute('data-theme')).to.equal('dark');
    const own = await mount(html`<opco-finder theme="dark" idcc="1979"></opco-finder>`);
    await settleCards(own);
    expect(own.shadowRoot!.querySelector('opco-card')!.getAttribute('data-theme')).to.equal('dark');
    expect(input(own)).to.exist;
  });
});
