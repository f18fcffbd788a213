// The company look-up's attributes: siret, api-base, company-lookup (and the timeout property).
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { OpcoFinder } from '../../../../src/components/finder/opco-finder.js';
import { withFakeClock } from '../../../helpers/fake-clock.js';
import { fakeApiBase, fakeStats, uniq } from '../../../fake-api/fake-api.js';
import { captureWarnings } from '../../../helpers/warnings.js';
import { answer, input, mount, text, typeInto, until } from '../helpers.js';

const errors = (el: OpcoFinder) => [...el.shadowRoot!.querySelectorAll('[part="status"][role="alert"]')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());

describe('<opco-finder> company look-up attributes', function () {
  this.timeout(15000);

  it('a bad siret: shown in the widget, warned once in the console, nothing sent', async () => {
    const base = `${await fakeApiBase()}/${uniq()}`;
    const before = (await fakeStats()).total;
    let el!: OpcoFinder;
    const warned = await captureWarnings(async () => {
      el = await fixture<OpcoFinder>(html`<opco-finder api-base=${base} siret="901 000 000 00018"></opco-finder>`);
    });
    expect(errors(el).join(' ')).to.contain('siret="901 000 000 00018" n’est pas un numéro SIRET valide');
    expect(errors(el).join(' ')).to.contain('Écrivez les 14 chiffres du SIRET');
    expect(warned.filter((w) => w.includes('siret='))).to.have.length(1);
    expect(warned[0]).to.contain('write the 14 digits');
    expect(answer(el)).to.equal(null);
    await aTimeout(100);
    expect((await fakeStats()).total).to.equal(before);
  });

  it('a SIREN in siret is not a SIRET: the same message', async () => {
    const el = await fixture<OpcoFinder>(html`<opco-finder company-lookup="off" siret="901000000"></opco-finder>`);
    expect(errors(el).join(' ')).to.contain('n’est pas un numéro SIRET valide');
  });

  it('siret with company-lookup="off": ignored, and says why', async () => {
    const warned = await captureWarnings(async () => {
      const el = await fixture<OpcoFinder>(html`<opco-finder company-lookup="off" siret="90100000000017"></opco-finder>`);
      expect(errors(el).join(' ')).to.contain('est ignoré : la recherche d’entreprises est désactivée');
      expect(answer(el)).to.equal(null);
    });
    expect(warned.join(' ')).to.contain('company look-up is off');
  });

  it('a bad company-lookup value turns the look-up off (nothing leaves the page) and says what to write', async () => {
    const base = `${await fakeApiBase()}/${uniq()}`;
    const before = (await fakeStats()).total;
    let el!: OpcoFinder;
    const warned = await captureWarnings(async () => {
      el = await fixture<OpcoFinder>(html`<opco-finder api-base=${base} company-lookup="peut-être"></opco-finder>`);
    });
    expect(errors(el).join(' ')).to.contain('company-lookup="peut-être" n’est pas une valeur valide');
    expect(warned.join(' ')).to.contain('company-lookup="peut-être" is not valid');
    await withFakeClock(async (clock) => {
      await typeInto(el, `multi ${uniq()}`);
      await clock.advance(1000); // the debounce would have fired long ago
      await aTimeout(50);
    });
    expect((await fakeStats()).total).to.equal(before);
  });

  it('company-lookup says no the way every yes/no attribute does ("off", "false", "non", false as a property)', async () => {
    for (const value of ['off', 'OFF', 'false', 'non', '0', false]) {
      const el = await fixture<OpcoFinder>(html`<opco-finder .companyLookup=${value}></opco-finder>`);
      expect(errors(el), String(value)).to.deep.equal([]);
      expect(text(el), String(value)).not.to.contain('votre entreprise');
    }
  });

  it('a bad api-base: shown, warned, look-up off; the IDCC search works', async () => {
    let el!: OpcoFinder;
    const warned = await captureWarnings(async () => {
      el = await fixture<OpcoFinder>(html`<opco-finder api-base="ftp://exemple.fr/api"></opco-finder>`);
    });
    expect(errors(el).join(' ')).to.contain('api-base="ftp://exemple.fr/api" n’est pas une adresse web valide');
    expect(warned.join(' ')).to.contain('api-base="ftp://exemple.fr/api" is not an http(s) address');
    expect(text(el)).not.to.contain('votre entreprise');
    await typeInto(el, '1979');
    input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await until(() => answer(el), 'the IDCC answer');
  });

  it('api-base: a partner relay under any path gets the requests (simple CORS GET, no cookie)', async () => {
    const relay = `${await fakeApiBase()}/relais-${uniq()}/recherche`;
    const el = await mount(html`<opco-finder api-base=${relay}></opco-finder>`);
    const q = `multi ${uniq()}`;
    await typeInto(el, q);
    let requests = (await fakeStats(q)).requests;
    for (let i = 0; i < 100 && requests.length === 0; i++) {
      await aTimeout(50);
      requests = (await fakeStats(q)).requests;
    }
    expect(requests[0]!.path).to.equal(`${new URL(relay).pathname}/search`);
    expect(requests[0]!.cookie).to.equal(false);
    expect(requests[0]!.headerNames).not.to.include('x-requested-with');
    expect(requests[0]!.query['q']).to.equal(q);
  });

  it('blank attributes mean unset', async () => {
    const el = await fixture<OpcoFinder>(html`<opco-finder company-lookup="" api-base="" siret=""></opco-finder>`);
    // the look-up is on (default label), no problem reported; the default API is not called by a label
    expect(errors(el)).to.deep.equal([]);
    expect(text(el)).to.contain('Votre convention collective ou votre entreprise');
  });
});
