// F6, F7: what a host page does to our objects and properties. A forged opco-found inside a provider
// is ignored (no throw); finder.result, finder.company and provider.selection cannot be changed in
// place; finder.timeout = 2**31 (or 1e12) is brought down to 60 s instead of failing every look-up.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';
import type { OpcoFinder } from '../../src/components/finder/opco-finder.js';
import type { OpcoProvider } from '../../src/components/provider/opco-provider.js';
import type { OpcoCard } from '../../src/components/card/opco-card.js';
import { fakeApiBase, uniq } from '../fake-api/fake-api.js';
import { companyStatus, text, typeInto, until } from '../components/finder/helpers.js';
import { shown, Uncaught } from './helpers.js';

await conventionsLoaded();

describe('hostile host: forged events, objects changed in place, huge numbers', function () {
  this.timeout(20000);

  it('a forged opco-found (detail null, a number, a Proxy that throws, no opcoId) inside a provider: ignored, nothing thrown', async () => {
    const uncaught = new Uncaught();
    const provider = await fixture<OpcoProvider>(
      html`<opco-provider
        ><div id="src"></div>
        <opco-card></opco-card
      ></opco-provider>`,
    );
    const src = provider.querySelector('#src')!;
    const card = provider.querySelector<OpcoCard>('opco-card')!;
    const forged = [
      null,
      42,
      'akto',
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
        },
      ),
      {},
      { opcoId: 7 },
      { opcoId: '' },
    ];
    for (const [i, detail] of forged.entries()) {
      const event = new CustomEvent('opco-found', { detail, bubbles: true, composed: true });
      let threw: unknown;
      try {
        src.dispatchEvent(event);
      } catch (error) {
        threw = error;
      }
      expect(threw, `forged detail #${i}`).to.equal(undefined);
    }
    await card.updateComplete;
    expect(provider.selection).to.deep.equal({});
    expect(shown(card)).not.to.contain('AKTO');
    // a well-formed one still works
    src.dispatchEvent(new CustomEvent('opco-found', { detail: { opcoId: 'akto' }, bubbles: true, composed: true }));
    await card.updateComplete;
    expect(shown(card)).to.contain('AKTO');
    expect(uncaught.stop()).to.deep.equal([]);
  });

  it('provider.selection is frozen at the top level; one set by the host is replaced by a frozen copy', async () => {
    const provider = await fixture<OpcoProvider>(
      html`<opco-provider
        ><div id="src"></div>
        <opco-card></opco-card
      ></opco-provider>`,
    );
    provider
      .querySelector('#src')!
      .dispatchEvent(new CustomEvent('opco-found', { detail: { opcoId: 'akto', convention: { idcc: '1979' } }, bubbles: true, composed: true }));
    await provider.updateComplete;
    expect(Object.isFrozen(provider.selection)).to.equal(true);
    expect(Reflect.set(provider.selection, 'opcoId', 'atlas')).to.equal(false);
    const mine = { opcoId: 'atlas' as const };
    provider.selection = mine;
    await provider.updateComplete;
    expect(Object.isFrozen(provider.selection)).to.equal(true);
    expect(provider.selection.opcoId).to.equal('atlas');
    const card = provider.querySelector<OpcoCard>('opco-card')!;
    await card.updateComplete;
    expect(shown(card)).to.contain('Atlas');
  });

  it('finder.result is frozen: a host setting result.kind = "unknown" changes nothing shown', async () => {
    const finder = await fixture<OpcoFinder>(html`<opco-finder idcc="1979" company-lookup="off"></opco-finder>`);
    await until(() => finder.result, 'the answer');
    const result = finder.result!;
    expect(Object.isFrozen(result)).to.equal(true);
    expect(Reflect.set(result, 'kind', 'unknown')).to.equal(false);
    finder.requestUpdate();
    await finder.updateComplete;
    expect(text(finder)).not.to.contain('Convention introuvable');
    expect(finder.result!.kind).to.equal('found');
  });

  it('a finder showing an answer: each property set to a revoked Proxy or a Symbol leaves the answer, nothing escapes', async () => {
    const uncaught = new Uncaught();
    const finder = await fixture<OpcoFinder>(html`<opco-finder idcc="1979" company-lookup="off"></opco-finder>`);
    await until(() => finder.result, 'the answer');
    for (const prop of ['compact', 'transparent', 'theme', 'link', 'heading', 'headingLevel', 'label', 'placeholder', 'limit', 'opco']) {
      for (const make of [
        () => {
          const r = Proxy.revocable({}, {});
          r.revoke();
          return r.proxy;
        },
        () => Symbol('s'),
      ]) {
        (finder as unknown as Record<string, unknown>)[prop] = make();
        await finder.updateComplete;
        expect(text(finder), prop).to.contain('AKTO');
      }
      (finder as unknown as Record<string, unknown>)[prop] = undefined;
      await finder.updateComplete;
    }
    expect(uncaught.stop()).to.deep.equal([]);
  });

  it('finder.timeout = 2**31 or 1e12: kept within 60 s, so a look-up is answered rather than failing at once', async () => {
    for (const timeout of [2 ** 31, 1e12, Infinity]) {
      const finder = await fixture<OpcoFinder>(html`<opco-finder api-base=${`${await fakeApiBase()}/${uniq()}`} .timeout=${timeout}></opco-finder>`);
      await typeInto(finder, `multi delay200 ${uniq()}`);
      await until(() => text(finder).includes('GROUPE MULTI SERVICES') || text(companyStatus(finder)).includes('ne répond pas'), 'an answer');
      expect(text(companyStatus(finder)), `timeout ${timeout}`).not.to.contain('ne répond pas');
      finder.remove();
    }
  });
});
