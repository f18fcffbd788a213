// `link` is a yes/no like every other: "OFF", "false", "non", false as a property all unlink.
import { expect, fixture, html } from '@open-wc/testing';
import type { OpcoProvider } from '../../src/components/provider/opco-provider.js';
import type { OpcoCard } from '../../src/components/card/opco-card.js';
import type { OpcoFinder } from '../../src/components/finder/opco-finder.js';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

// the finder and the branch list answer from the convention table: it is in before the tests
await conventionsLoaded();
import { captureWarnings } from '../helpers/warnings.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

async function findIn(provider: OpcoProvider, finder: OpcoFinder): Promise<void> {
  finder.idcc = '3248';
  await finder.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await provider.updateComplete;
  for (const card of provider.querySelectorAll<OpcoCard>('opco-card')) await card.updateComplete;
}

describe('link', () => {
  for (const value of ['OFF', 'off', 'false', 'False', 'non', 'no', '0']) {
    it(`link="${value}" on a widget: it does not follow the page's selection`, async () => {
      const provider = await fixture<OpcoProvider>(html`<opco-provider>
        <opco-finder></opco-finder>
        <opco-card id="alone" link=${value}></opco-card>
        <opco-card id="follows"></opco-card>
      </opco-provider>`);
      await findIn(provider, provider.querySelector('opco-finder')!);
      expect(text(provider.querySelector('#follows')!)).to.contain('OPCO 2i');
      expect(text(provider.querySelector('#alone')!)).to.contain('Aucun OPCO');
    });
  }

  it('link=false set as a property (React, Vue), on a widget, on a finder and on the provider', async () => {
    for (const where of ['card', 'finder', 'provider'] as const) {
      const provider = await fixture<OpcoProvider>(html`<opco-provider><opco-finder></opco-finder><opco-card></opco-card></opco-provider>`);
      const target = where === 'card' ? provider.querySelector('opco-card')! : where === 'finder' ? provider.querySelector('opco-finder')! : provider;
      (target as unknown as { link: unknown }).link = false;
      await (target as OpcoCard).updateComplete;
      await findIn(provider, provider.querySelector('opco-finder')!);
      expect(text(provider.querySelector('opco-card')!), where).to.contain('Aucun OPCO');
    }
  });

  it('link="OFF" on the finder keeps its answer to itself', async () => {
    const provider = await fixture<OpcoProvider>(html`<opco-provider><opco-finder link="OFF"></opco-finder><opco-card></opco-card></opco-provider>`);
    await findIn(provider, provider.querySelector('opco-finder')!);
    expect(text(provider.querySelector('opco-card')!)).to.contain('Aucun OPCO');
  });

  it('an unclear link value keeps the widget linked and says so once', async () => {
    let provider!: OpcoProvider;
    const warnings = await captureWarnings(async () => {
      provider = await fixture<OpcoProvider>(html`<opco-provider><opco-finder></opco-finder><opco-card link="peut-être"></opco-card></opco-provider>`);
      await findIn(provider, provider.querySelector('opco-finder')!);
    });
    expect(text(provider.querySelector('opco-card')!)).to.contain('OPCO 2i');
    expect(warnings.filter((w) => w.includes('link="peut-être"'))).to.have.length(1);
  });
});
