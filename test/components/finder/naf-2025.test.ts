// NAF 2025 codes (the APE codes from 1 January 2027), the company look-up's activite_principale_naf25, and the public
// statutory codes typed in the field: driven as a visitor does, on the real tables and the recorded API answers.
import { expect, html, oneEvent } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { realClock, setPageClock } from '../../../src/services/clock.js';
import { $, answer, companyFinder, companyOptions, mount, press, settleCards, text, typeInto, until } from './helpers.js';

const candidates = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part="candidates"] li')];
const answered = (el: OpcoFinder) => until(() => answer(el), 'an answer');

describe('<opco-finder> NAF 2025 and public statutory codes', function () {
  this.timeout(20000);

  it('"56.11G" (NAF 2025) + Enter: its label, its nomenclature, the rév. 2 code it comes from, HCR first', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '56.11G');
    await press(el, 'Enter');
    const a = answer(el)!;
    expect(a.dataset.kind).to.equal('naf');
    // the answer leads with the OPCO the code points to (issue 25), then the activity's label
    expect($(el, '[part="answer-heading"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Code APE 56.11G, OPCO probable : AKTO');
    expect(text(a)).to.contain('Restauration traditionnelle');
    const line = text($(el, '[part="nomenclature"]')!);
    expect(line).to.contain('NAF 2025');
    expect(line).to.contain('56.10A (Restauration traditionnelle)');
    expect(candidates(el)[0]!.textContent).to.contain('(IDCC 1979)');
    expect(candidates(el)[0]!.textContent).to.contain('via le code NAF rév. 2 56.10A');
    await expect(el).to.be.accessible();
  });

  it('a rév. 2 code names its nomenclature; in English too', async () => {
    const el = await mount(html`<opco-finder lang="en"></opco-finder>`);
    await typeInto(el, '5610A');
    await press(el, 'Enter');
    expect(text($(el, '[part="nomenclature"]')!)).to.contain('NAF rev. 2 (APE codes until 31 December 2026)');
    await expect(el).to.be.accessible();
  });

  it('a public administration code: the public-employer answer instead of candidates', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '84.11Z');
    await press(el, 'Enter');
    expect(candidates(el)).to.have.length(0);
    const shown = text(answer(el)!);
    expect(shown).to.contain('Administration publique : les agents publics relèvent d’un statut');
    expect(shown).to.contain('ne détermine pas la convention collective');
    await expect(el).to.be.accessible();
  });

  for (const [code, name] of [
    ['5021', 'Fonction publique territoriale'],
    ['5003', 'Fonction publique de l’État'],
    ['5022', 'Fonction publique hospitalière'],
  ] as const) {
    it(`"${code}" typed: the public-employer answer, not "not in our table"`, async () => {
      const el = await mount(html`<opco-finder></opco-finder>`);
      const notFound = oneEvent(el, 'opco-not-found');
      await typeInto(el, code);
      await press(el, 'Enter');
      expect((await notFound).detail).to.deep.equal({ query: code, reason: 'public-employer' });
      const a = answer(el)!;
      expect(a.dataset.kind).to.equal('public');
      const shown = text(a);
      expect(shown).to.contain('Employeur public : pas d’OPCO pour les agents publics');
      expect(shown).to.contain(`Code ${code} — ${name}`);
      expect(shown).not.to.contain('pas dans notre table');
      await expect(el).to.be.accessible();
    });
  }

  it('"5021" on an English page', async () => {
    const el = await mount(html`<opco-finder lang="en"></opco-finder>`);
    await typeInto(el, '5021');
    await press(el, 'Enter');
    expect(text(answer(el)!)).to.contain('Territorial civil service');
    await expect(el).to.be.accessible();
  });

  describe('a company with no IDCC and both APE codes (recorded GANYMEDE, 68.20B / NAF 2025 68.20H)', () => {
    afterEach(() => {
      setPageClock(undefined);
      // the look-up's page state (cache, rate limiter) was stamped with that day: a fresh one for the next test
      delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('opco-widgets.company-search.page-state')];
    });
    const activity = async (today: string) => {
      // the page's clock says it is `today` (its timers are the real ones: the look-up runs as on a page)
      setPageClock({ ...realClock, now: () => Date.parse(today) });
      const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
      await typeInto(el, '423208180');
      await until(() => companyOptions(el).length >= 1, 'company suggestions');
      await press(el, 'Enter');
      await answered(el);
      await settleCards(el);
      return { el, note: $(el, '[data-note="activity"]') };
    };

    it('in 2026 the NAF rév. 2 code comes first, the NAF 2025 one beside it', async () => {
      const { el, note } = await activity('2026-12-31T12:00:00Z');
      expect(note, 'activity suggestions').to.exist;
      expect(text(note!)).to.contain('D’après son code APE (68.20B ; 68.20H');
      expect(text(note!)).to.contain('NAF rév. 2');
      await expect(el).to.be.accessible();
    });

    it('from 1 January 2027 the NAF 2025 code comes first, with the rév. 2 code it comes from', async () => {
      const { el, note } = await activity('2027-01-01T08:00:00Z');
      expect(note, 'activity suggestions').to.exist;
      expect(text(note!)).to.contain('D’après son code APE (68.20H ; 68.20B');
      expect(text(note!)).to.contain('NAF 2025');
      expect(text(note!)).to.contain('68.20B');
      await expect(el).to.be.accessible();
    });
  });
});
