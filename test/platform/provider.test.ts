import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { OpcoProvider } from '../../src/components/provider/opco-provider.js';
import type { OpcoCard } from '../../src/components/card/opco-card.js';
import { emit } from '../../src/platform/events.js';
import { getOpco } from '../../src/data/index.js';
import '../../src/index.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<opco-provider> and context', () => {
  it('works with no provider: bundled data, French, light', async () => {
    const card = await fixture<OpcoCard>(html`<opco-card opco="akto"></opco-card>`);
    expect(text(card)).to.contain('AKTO');
    expect(text(card)).to.contain('Secteurs');
    expect(card.getAttribute('data-theme')).to.equal('light');
  });

  it('gives its language and theme to the widgets inside', async () => {
    const provider = await fixture<OpcoProvider>(html`<opco-provider lang="en" theme="dark"><opco-card opco="atlas"></opco-card></opco-provider>`);
    const card = provider.querySelector('opco-card')!;
    await card.updateComplete;
    expect(text(card)).to.contain('Sectors');
    expect(card.getAttribute('data-theme')).to.equal('dark');
    provider.theme = 'light';
    await provider.updateComplete;
    await card.updateComplete;
    expect(card.getAttribute('data-theme')).to.equal('light');
  });

  it("shares a finder's answer with the widgets inside, unless they opt out", async () => {
    const provider = await fixture<OpcoProvider>(html`<opco-provider>
      <div id="finder"></div>
      <opco-card id="follows"></opco-card>
      <opco-card id="alone" link="off"></opco-card>
    </opco-provider>`);
    const follows = provider.querySelector<OpcoCard>('#follows')!;
    const alone = provider.querySelector<OpcoCard>('#alone')!;
    expect(text(follows)).to.contain('Aucun OPCO');
    const opco = getOpco('opco-2i')!;
    emit(provider.querySelector('#finder')!, 'opco-found', {
      opcoId: opco.id,
      opco,
      path: ['3248'],
      source: 'test',
      asOf: '2026-08-11',
      query: '3248',
    });
    await follows.updateComplete;
    await alone.updateComplete;
    expect(text(follows)).to.contain('OPCO 2i');
    expect(text(alone)).to.contain('Aucun OPCO');
    emit(provider.querySelector('#finder')!, 'opco-reset', {});
    await follows.updateComplete;
    expect(text(follows)).to.contain('Aucun OPCO');
  });

  it('serves widgets that were upgraded before their provider', async () => {
    // the provider's tag is defined only after the card is in the page and has asked for context
    const wrapper = await fixture<HTMLElement>(html`<test-late-provider lang="en"><opco-card opco="akto"></opco-card></test-late-provider>`);
    const card = wrapper.querySelector<OpcoCard>('opco-card')!;
    await card.updateComplete;
    customElements.define('test-late-provider', class extends OpcoProvider {});
    await nextFrame();
    await card.updateComplete;
    (wrapper as OpcoProvider).theme = 'dark';
    await (wrapper as OpcoProvider).updateComplete;
    await card.updateComplete;
    expect(card.getAttribute('data-theme')).to.equal('dark');
  });
});
