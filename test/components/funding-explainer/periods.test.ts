// The simulator at each boundary of the hiring-aid periods, and the answers that are not amounts.
import { expect, html } from '@open-wc/testing';
import { $, mount, result, text, type Explainer } from './helpers.js';

const eur = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
const AMOUNT = /\d\s?€/u;

async function simulator(signedOn: string, headcount: string | number, level: string | number, rqth = false) {
  return mount<Explainer>(html`<opco-funding-explainer
    scheme="apprentissage"
    signed-on=${signedOn}
    headcount=${String(headcount)}
    level=${String(level)}
    ?rqth=${rqth}
  ></opco-funding-explainer>`);
}

describe('<opco-funding-explainer> simulator — period boundaries', () => {
  const cases: Array<[string, number, number, number | null, string]> = [
    // signed on, headcount, level, amount (null = no aid), rule
    ['2025-02-23', 30, 5, null, 'Contrats conclus du 1er janvier au 23 février 2025'],
    ['2025-02-24', 30, 5, 5000, 'Contrats conclus du 24 février au 31 décembre 2025'],
    ['2025-12-31', 30, 5, 5000, 'Contrats conclus du 24 février au 31 décembre 2025'],
    ['2026-01-01', 30, 5, null, 'Contrats conclus du 1er janvier au 7 mars 2026'],
    ['2026-01-01', 30, 4, 5000, 'Contrats conclus du 1er janvier au 7 mars 2026'],
    ['2026-03-07', 30, 5, null, 'Contrats conclus du 1er janvier au 7 mars 2026'],
    ['2026-03-08', 30, 5, 4500, 'Contrats conclus à partir du 8 mars 2026'],
    ['2026-04-01', 249, 5, 4500, 'Contrats conclus à partir du 8 mars 2026'],
    ['2026-04-01', 250, 5, 1500, 'Contrats conclus à partir du 8 mars 2026'],
    ['2026-04-01', 250, 7, 750, 'Contrats conclus à partir du 8 mars 2026'],
  ];
  for (const [signedOn, headcount, level, amount, rule] of cases) {
    it(`${signedOn}, ${headcount} employees, level ${level} → ${amount === null ? 'no aid' : eur(amount)}`, async () => {
      const el = await simulator(signedOn, headcount, level);
      const live = result(el);
      expect(live.dataset.status).to.equal(amount === null ? 'not-eligible' : 'eligible');
      if (amount === null) {
        expect(text(live)).to.contain('Pas d’aide de l’État');
        expect(live.querySelector('.result__headline')!.textContent).not.to.match(AMOUNT);
      } else {
        expect(live.querySelector('.result__headline')!.textContent).to.contain(eur(amount));
      }
      expect(text($(el, '[part="rule"]'))).to.contain(rule);
    });
  }

  it('a rule whose decree number is unconfirmed (2023): the amount is marked "à confirmer" in words', async () => {
    const el = await simulator('2023-06-01', 30, 5);
    const headline = result(el).querySelector('.result__headline')!;
    expect(headline.textContent).to.contain(eur(6000));
    expect(text(headline.querySelector('[part="unconfirmed"]'))).to.equal('à confirmer');
    const confirmed = await simulator('2026-04-01', 30, 5);
    expect(result(confirmed).querySelector('[part="unconfirmed"]')).to.equal(null);
  });

  it('RQTH: 6 000 € where the rule gives it', async () => {
    const el = await simulator('2026-04-01', 250, 7, true);
    expect(result(el).textContent).to.contain(eur(6000));
    expect(text(result(el))).to.contain('RQTH');
  });

  it('level 8 (doctorat): no aid, with the reason', async () => {
    const el = await simulator('2026-04-01', 30, 8);
    expect(result(el).dataset.status).to.equal('not-eligible');
    expect(text(result(el))).to.contain('niveau 8');
  });

  it('a contract signed in 2027: unknown rule, explained, never an amount', async () => {
    const el = await simulator('2027-01-15', 30, 5);
    const live = result(el);
    expect(live.dataset.status).to.equal('unknown-rule');
    expect(text(live)).to.contain('Montant inconnu');
    expect(text(live)).to.contain('Aucune règle connue');
    expect(live.textContent).not.to.match(AMOUNT);
    expect($(el, '[part="rule"]')).to.equal(null);
    // the caveat says it is to be confirmed, in words
    expect(text($(el, '[part="conditions"]'))).to.contain('à confirmer');
  });

  it('a contract signed before 2023: unknown rule too', async () => {
    const el = await simulator('2022-12-31', 30, 5);
    expect(result(el).dataset.status).to.equal('unknown-rule');
    expect(result(el).textContent).not.to.match(AMOUNT);
  });

  it('employer participation: 750 € for level 6-7 from contracts concluded on 1 July 2025, not before', async () => {
    const before = await simulator('2025-06-30', 30, 6);
    expect(before.shadowRoot!.querySelector('[part="participation"]')).to.equal(null);
    expect(text($(before, '.participation'))).to.contain('Aucune participation');
    const from = await simulator('2025-07-01', 30, 6);
    expect(text($(from, '[part="participation"]'))).to.contain(eur(750));
    // the participation is announced with the aid (inside the live region)
    expect(result(from).contains($(from, '[part="participation"]'))).to.equal(true);
    const level5 = await simulator('2026-04-01', 30, 5);
    expect(text($(level5, '.participation'))).to.contain('seuls les niveaux 6 et 7');
  });
});
