// Scheme cards, sources, legal references and money flow of the funding explainer data.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  FUNDING_SOURCES,
  HIRING_AID_RULES,
  LEGAL,
  MONEY_FLOW_EDGES,
  MONEY_FLOW_NODES,
  SCHEMES,
  SCHEME_IDS,
  SCHEME_ORDER,
  getScheme,
  moneyFlowText,
  type Bilingual,
  type Scheme,
  type SourceKey,
  type Sourced,
} from '../../src/data/funding/index.js';

const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' && v !== null && Object.keys(v).sort().join() === 'en,fr';

/** Every {fr, en} object anywhere under `value`, with its path. */
function bilinguals(value: unknown, path = '$'): Array<[string, Bilingual]> {
  if (isBilingual(value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => bilinguals(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => bilinguals(v, `${path}.${k}`));
  }
  return [];
}

/** Every object carrying `sources` + `confirmed` under `value`. */
function sourcedItems(value: unknown): Sourced[] {
  const out: Sourced[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    if ('sources' in v && 'confirmed' in v) out.push(v as Sourced);
    Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

function allText(s: Scheme, lang: 'fr' | 'en'): string {
  return bilinguals(s).map(([, b]) => b[lang]).join(' ');
}

function findByText(value: unknown, needle: string): Sourced | undefined {
  return sourcedItems(value).find((i) => bilinguals(i).some(([, b]) => b.fr.includes(needle)));
}

describe('funding schemes — shape of every card', () => {
  it('has the five schemes', () => {
    expect(SCHEME_IDS).to.have.members(['apprentissage', 'professionnalisation', 'reconversion', 'plan-moins-50', 'cpf']);
    for (const id of SCHEME_IDS) expect(SCHEMES[id].id).to.equal(id);
  });

  for (const id of SCHEME_IDS) {
    describe(id, () => {
      const s = SCHEMES[id];

      it('every user-facing text has non-empty French and English', () => {
        const texts = bilinguals(s);
        expect(texts.length).to.be.greaterThan(10);
        for (const [path, b] of texts) {
          expect(b.fr.trim(), `${path}.fr`).not.to.equal('');
          expect(b.en.trim(), `${path}.en`).not.to.equal('');
        }
      });

      it('has a summary for each audience, eligibility, payments and ordered steps', () => {
        for (const a of ['employer', 'apprentice', 'training-centre'] as const) {
          expect(s.audienceSummary[a].fr.length, a).to.be.greaterThan(20);
          expect(s.audienceSummary[a].en.length, a).to.be.greaterThan(20);
        }
        expect(s.eligibility.length).to.be.greaterThan(0);
        expect(s.payments.length).to.be.greaterThan(0);
        expect(s.steps.map((st) => st.order)).to.deep.equal(s.steps.map((_, i) => i + 1));
        expect(s.steps.some((st) => st.involvesOpco), 'a step involves the OPCO').to.equal(true);
      });

      it('has at least one legal reference; Légifrance links only where given', () => {
        expect(s.legalReferences.length).to.be.greaterThan(0);
        for (const l of s.legalReferences) {
          expect(l.label.fr).to.match(/Code|Décret|Loi|Communiqué|Plafond/);
          if (l.url) expect(new URL(l.url).hostname).to.equal('www.legifrance.gouv.fr');
        }
      });

      it('has sources that exist in the source table, and an as-of date equal to the newest one', () => {
        expect(s.sources.length).to.be.greaterThan(0);
        for (const k of s.sources) expect(FUNDING_SOURCES, k).to.have.property(k);
        expect(s.asOf).to.match(/^\d{4}(-\d{2}){0,2}$/);
        const newest = s.sources.map((k) => FUNDING_SOURCES[k].date ?? '').sort().at(-1);
        expect(s.asOf).to.equal(newest);
      });

      it('every confirmed item has a source; every unconfirmed item says what is unconfirmed', () => {
        for (const item of sourcedItems(s)) {
          if (item.confirmed) expect(item.sources.length, JSON.stringify(item).slice(0, 120)).to.be.greaterThan(0);
          else {
            // legal references say it in their label ("à confirmer"); other items carry a note
            const label = (item as { label?: Bilingual }).label;
            const what = item.unconfirmedNote ?? label;
            expect(what?.fr, JSON.stringify(item).slice(0, 120)).to.be.a('string').and.not.equal('');
            if (!item.unconfirmedNote) expect(label?.fr).to.include('confirmer');
          }
        }
      });
    });
  }

  it('keeps official French terms in the English text', () => {
    expect(allText(SCHEMES.apprentissage, 'en')).to.include('OPCO').and.include('CFA').and.include('NPEC')
      .and.include('ASP').and.include('Sylaé').and.include('RQTH');
    expect(allText(SCHEMES.reconversion, 'en')).to.include('Pro-A');
    expect(allText(SCHEMES.cpf, 'en')).to.include('EDEF').and.include('CPF');
  });

  it('apprenticeship steps: 5 working days to send to the OPCO, 20 days for the OPCO, ASP/Sylaé for the aid', () => {
    const steps = SCHEMES.apprentissage.steps;
    const send = steps.find((st) => st.deadline?.fr.includes('5 jours ouvrables'));
    expect(send?.involvesOpco).to.equal(true);
    const decide = steps.find((st) => st.deadline?.fr.includes('20 jours'));
    expect(decide?.actor).to.equal('opco');
    const aid = steps.find((st) => st.actor === 'asp');
    expect(aid?.text.fr).to.include('Sylaé');
    expect(steps.indexOf(send!)).to.be.lessThan(steps.indexOf(decide!));
    expect(steps.indexOf(decide!)).to.be.lessThan(steps.indexOf(aid!));
  });

  it('the 750 € and the hiring aid rows point to their calculators', () => {
    const rows = SCHEMES.apprentissage.payments;
    const part = rows.find((r) => r.amountEur === 750);
    expect(part?.calculator).to.equal('employer-participation');
    expect(part?.validity?.from).to.equal('2025-07-01');
    expect(rows.find((r) => r.calculator === 'apprentice-hiring-aid')?.payer).to.equal('asp');
  });

  it('Pro-A is described as closed since 1 Jan 2026', () => {
    const r = SCHEMES.reconversion;
    expect(r.summary.text.fr).to.include('Pro-A').and.include('1er janvier 2026');
    expect(r.payments.some((p) => p.item.fr.includes('Pro-A') && p.validity?.to === '2025-12-31')).to.equal(true);
  });

  it('per-audience order lists every scheme once', () => {
    for (const order of Object.values(SCHEME_ORDER)) expect([...order].sort()).to.deep.equal([...SCHEME_IDS].sort());
  });

  it('getScheme accepts attribute strings and rejects anything else', () => {
    expect(getScheme('cpf')?.id).to.equal('cpf');
    for (const bad of ['', 'CPF', 'pro-a', null, undefined, 3, {}]) expect(getScheme(bad)).to.equal(undefined);
  });
});

describe('funding data — UNCONFIRMED items carry the flag', () => {
  const cases: Array<[string, unknown, string]> = [
    ['apprenticeship age derogations', SCHEMES.apprentissage, 'Autres dérogations d’âge'],
    ['driving-licence aid 2026', SCHEMES.apprentissage, 'permis de conduire'],
    ['distance-learning 4 000 € floor', SCHEMES.apprentissage, 'plancher de 4 000 €'],
    ['NPEC 2026 campaign', SCHEMES.apprentissage, 'campagne NPEC 2026'],
    ['apprentice pay and CFP base scope', SCHEMES.apprentissage, 'assiette de la contribution'],
    ['2027 hiring aid', SCHEMES.apprentissage, 'contrats conclus en 2027'],
    ['professionalisation silence rule', SCHEMES.professionnalisation, 'silence'],
    ['reconversion 30 days before/after', SCHEMES.reconversion, '30 jours avant'],
    ['Qualiopi for the < 50 plan', SCHEMES['plan-moins-50'], 'Qualiopi'],
    ['per-OPCO ceilings', SCHEMES['plan-moins-50'], 'plafonds annuels'],
    ['CPF 150 €', SCHEMES.cpf, '150 €'],
    ['bilan 13 h / 5 years', SCHEMES.cpf, '13 h'],
    ['Transitions Pro detail', MONEY_FLOW_EDGES, 'Transitions Pro'],
  ];
  for (const [name, where, needle] of cases) {
    it(name, () => {
      const item = findByText(where, needle);
      expect(item, `no item containing "${needle}"`).to.not.equal(undefined);
      expect(item?.confirmed).to.equal(false);
    });
  }

  it('legal references with UNCONFIRMED numbers', () => {
    for (const l of [LEGAL.decret2022_12_29, LEGAL.decret2023_12_jo30, LEGAL.lf2026, LEGAL.planPayCap]) {
      expect(l.confirmed, l.id).to.equal(false);
      expect(l.label.fr, l.id).to.include('confirmer');
    }
    expect(LEGAL.decret2026_168.confirmed).to.equal(true);
  });

  it('the schemes with unconfirmed items say so', () => {
    for (const id of SCHEME_IDS) expect(SCHEMES[id].hasUnconfirmed, id).to.equal(true);
  });
});

describe('funding data — sources and rules tables', () => {
  it('every source has a date as given and a valid URL when it has one', () => {
    const keys = Object.keys(FUNDING_SOURCES) as SourceKey[];
    expect(keys.length).to.be.greaterThan(100);
    for (const k of keys) {
      const s = FUNDING_SOURCES[k];
      expect(s.dateAsGiven, k).to.be.a('string');
      if (s.url) expect(() => new URL(s.url!), k).not.to.throw();
      if (s.date) expect(s.date, k).to.match(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/);
    }
  });

  it('hiring-aid periods are contiguous, ordered and each has a legal basis and sources', () => {
    for (let i = 0; i < HIRING_AID_RULES.length; i++) {
      const r = HIRING_AID_RULES[i]!;
      expect(r.legalBasis.length, r.id).to.be.greaterThan(0);
      expect(r.sources.length, r.id).to.be.greaterThan(0);
      expect(r.concludedFrom <= r.concludedTo, r.id).to.equal(true);
      const next = HIRING_AID_RULES[i + 1];
      if (next) {
        const dayAfter = new Date(`${r.concludedTo}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(next.concludedFrom, r.id).to.equal(dayAfter.toISOString().slice(0, 10));
      }
    }
  });
});

describe('funding data — money flow', () => {
  const ids = MONEY_FLOW_NODES.map((n) => n.id);
  const has = (from: string, to: string) => MONEY_FLOW_EDGES.some((e) => e.from === from && e.to === to);

  it('nodes are unique and every edge joins two nodes', () => {
    expect(new Set(ids).size).to.equal(ids.length);
    for (const e of MONEY_FLOW_EDGES) {
      expect(ids, e.id).to.include(e.from);
      expect(ids, e.id).to.include(e.to);
      expect(e.label.fr && e.label.en && e.description.fr && e.description.en, e.id).to.be.a('string');
    }
    expect(new Set(MONEY_FLOW_EDGES.map((e) => e.id)).size).to.equal(MONEY_FLOW_EDGES.length);
  });

  it('employer → URSSAF → France Compétences → OPCOs → CFA / providers; State → ASP → employer', () => {
    expect(has('employer', 'urssaf')).to.equal(true);
    expect(has('urssaf', 'france-competences')).to.equal(true);
    expect(has('france-competences', 'opco')).to.equal(true);
    expect(has('opco', 'cfa')).to.equal(true);
    expect(has('opco', 'training-provider')).to.equal(true);
    expect(has('state', 'asp')).to.equal(true);
    expect(has('asp', 'employer')).to.equal(true);
  });

  it('gives a text alternative in both languages, one sentence per edge', () => {
    expect(moneyFlowText('fr')).to.have.length(MONEY_FLOW_EDGES.length);
    expect(moneyFlowText('en')).to.have.length(MONEY_FLOW_EDGES.length);
    expect(moneyFlowText('fr')[0]).to.include('URSSAF');
  });
});
