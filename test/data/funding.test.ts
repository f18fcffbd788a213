// apprenticeHiringAid() against the §6 table of the funding notes. The expected amounts are typed
// here again from the notes, independently of src/data/funding/hiring-aid-rules.ts.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { apprenticeHiringAid, type HiringAidInput, type HiringAidResult } from '../../src/data/funding/index.js';

type Row = {
  period: string;
  from: string;
  to: string;
  // [level ≤ 4, level 5, level 6-7] for < 250 and ≥ 250; rqth: amount for an RQTH apprentice per level band and size
  lt250: [number, number, number];
  ge250: [number, number, number];
  rqthLt250: [number, number, number];
  rqthGe250: [number, number, number];
  ruleId: string;
};

// §6 "Amounts by contract conclusion date"
const TABLE: Row[] = [
  // one row in §6 (1 Jan 2023 – 31 Dec 2024), one decree per year
  {
    period: '2023', from: '2023-01-01', to: '2023-12-31',
    lt250: [6000, 6000, 6000], ge250: [6000, 6000, 6000],
    rqthLt250: [6000, 6000, 6000], rqthGe250: [6000, 6000, 6000],
    ruleId: 'aid.apprentice.2023-01-01',
  },
  {
    period: '2024', from: '2024-01-01', to: '2024-12-31',
    lt250: [6000, 6000, 6000], ge250: [6000, 6000, 6000],
    rqthLt250: [6000, 6000, 6000], rqthGe250: [6000, 6000, 6000],
    ruleId: 'aid.apprentice.2024-01-01',
  },
  {
    period: '1 Jan – 23 Feb 2025', from: '2025-01-01', to: '2025-02-23',
    lt250: [6000, 0, 0], ge250: [0, 0, 0],
    rqthLt250: [6000, 0, 0], rqthGe250: [0, 0, 0], // "within aide unique scope"
    ruleId: 'aid.apprentice.2025-01-01',
  },
  {
    period: '24 Feb – 31 Dec 2025', from: '2025-02-24', to: '2025-12-31',
    lt250: [5000, 5000, 5000], ge250: [2000, 2000, 2000],
    rqthLt250: [6000, 6000, 6000], rqthGe250: [6000, 6000, 6000], // 6 000 € any size
    ruleId: 'aid.apprentice.2025-02-24',
  },
  {
    period: '1 Jan – 7 Mar 2026', from: '2026-01-01', to: '2026-03-07',
    lt250: [5000, 0, 0], ge250: [0, 0, 0],
    rqthLt250: [6000, 0, 0], rqthGe250: [0, 0, 0], // 6 000 € within aide unique scope
    ruleId: 'aid.apprentice.2026-01-01',
  },
  {
    period: 'from 8 Mar 2026', from: '2026-03-08', to: '2026-12-31',
    lt250: [5000, 4500, 2000], ge250: [2000, 1500, 750],
    rqthLt250: [6000, 6000, 6000], rqthGe250: [6000, 6000, 6000], // any size / level
    ruleId: 'aid.apprentice.2026-03-08',
  },
];

const LEVELS: Array<[number, 0 | 1 | 2]> = [[3, 0], [4, 0], [5, 1], [6, 2], [7, 2]];

function aid(input: HiringAidInput): HiringAidResult {
  return apprenticeHiringAid(input);
}

function expectAmount(r: HiringAidResult, amount: number, ruleId: string, label: string) {
  expect(r.ruleId, label).to.equal(ruleId);
  expect(r.amount, label).to.equal(amount);
  expect(r.status, label).to.equal(amount > 0 ? 'eligible' : 'not-eligible');
}

describe('apprenticeHiringAid — the "done when" case', () => {
  it('30 employees, level 5, signed 1 April 2026 → 4 500 €, décret 2026-168', () => {
    const r = aid({ signedOn: '2026-04-01', headcount: 30, level: 5, rqth: false });
    expect(r.status).to.equal('eligible');
    expect(r.amount).to.equal(4500);
    if (r.status !== 'eligible') return;
    expect(r.ruleId).to.equal('aid.apprentice.2026-03-08');
    expect(r.kind).to.equal('aide-exceptionnelle');
    expect(r.legalBasis[0]?.id).to.equal('decret-2026-168');
    expect(r.legalBasis[0]?.label.fr).to.contain('2026-168');
    expect(r.legalBasis[0]?.url).to.equal('https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053634608');
    expect(r.validity).to.deep.equal({ from: '2026-03-08', to: '2026-12-31' });
    expect(r.startsBefore).to.equal('2027-01-01');
    expect(r.explanation.fr).to.contain('4').and.to.contain('2026-168');
    expect(r.explanation.en).to.contain('2026-168');
    expect(r.confirmed).to.equal(true);
    expect(r.factKey).to.equal('aid.apprentice.2026-03-08.lt250.l5');
  });

  it('accepts the same case as HTML attribute strings and as a Date', () => {
    const fromStrings = aid({ signedOn: '2026-04-01', headcount: '30', level: '5', rqth: 'false' });
    expect(fromStrings.amount).to.equal(4500);
    const fromDate = aid({ signedOn: new Date('2026-04-01'), headcount: 30, level: 5 });
    expect(fromDate.amount).to.equal(4500);
    const fromLocalDate = aid({ signedOn: new Date(2026, 3, 1, 12, 0), headcount: 30, level: 5 });
    expect(fromLocalDate.amount).to.equal(4500);
  });
});

describe('apprenticeHiringAid — every cell of the §6 table', () => {
  for (const row of TABLE) {
    for (const date of [row.from, row.to]) {
      for (const [headcount, size] of [[0, 'lt250'], [30, 'lt250'], [249, 'lt250'], [250, 'ge250'], [5000, 'ge250']] as const) {
        for (const [level, band] of LEVELS) {
          for (const rqth of [false, true]) {
            const expected = rqth
              ? (size === 'lt250' ? row.rqthLt250 : row.rqthGe250)[band]
              : row[size][band];
            const label = `${row.period} ${date} headcount ${headcount} level ${level}${rqth ? ' RQTH' : ''}`;
            it(`${label} → ${expected} €`, () => {
              expectAmount(aid({ signedOn: date, headcount, level, rqth }), expected, row.ruleId, label);
            });
          }
        }
      }
    }
  }
});

describe('apprenticeHiringAid — boundaries', () => {
  const at = (signedOn: string, headcount: number, level: number, rqth = false) =>
    aid({ signedOn, headcount, level, rqth });

  it('1 Jan 2023 is the first covered day; 31 Dec 2022 is unknown, not 0', () => {
    expect(at('2023-01-01', 30, 5).amount).to.equal(6000);
    const before = at('2022-12-31', 30, 5);
    expect(before.status).to.equal('unknown-rule');
    expect(before.amount).to.equal(null);
    if (before.status === 'unknown-rule') expect(before.reason).to.equal('before-first-period');
  });

  it('24 Feb 2025: level 5 goes from nothing (23 Feb) to 5 000 €; level 3 from 6 000 € to 5 000 €', () => {
    expect(at('2025-02-23', 30, 5).amount).to.equal(0);
    expect(at('2025-02-24', 30, 5).amount).to.equal(5000);
    expect(at('2025-02-23', 30, 3).amount).to.equal(6000);
    expect(at('2025-02-24', 30, 3).amount).to.equal(5000);
    expect(at('2025-02-23', 300, 3).amount).to.equal(0);
    expect(at('2025-02-24', 300, 3).amount).to.equal(2000);
  });

  it('1 Jan 2026: the exceptional aid stops (level 5: 5 000 € → 0; ≥ 250: 2 000 € → 0)', () => {
    expect(at('2025-12-31', 30, 5).amount).to.equal(5000);
    expect(at('2026-01-01', 30, 5).amount).to.equal(0);
    expect(at('2025-12-31', 250, 4).amount).to.equal(2000);
    expect(at('2026-01-01', 250, 4).amount).to.equal(0);
    expect(at('2026-01-01', 30, 4).amount).to.equal(5000);
  });

  it('8 Mar 2026: the 2026 grid starts (7 Mar level 5 → 0, 8 Mar → 4 500 €)', () => {
    expect(at('2026-03-07', 30, 5).amount).to.equal(0);
    expect(at('2026-03-08', 30, 5).amount).to.equal(4500);
    expect(at('2026-03-07', 1000, 7).amount).to.equal(0);
    expect(at('2026-03-08', 1000, 7).amount).to.equal(750);
    expect(at('2026-03-07', 30, 6, true).amount).to.equal(0);
    expect(at('2026-03-08', 30, 6, true).amount).to.equal(6000);
  });

  it('31 Dec 2026 is covered; 1 Jan 2027 is unknown-rule (never a guess)', () => {
    expect(at('2026-12-31', 30, 5).amount).to.equal(4500);
    const r = at('2027-01-01', 30, 3);
    expect(r.status).to.equal('unknown-rule');
    expect(r.amount).to.equal(null);
    expect(r.ruleId).to.equal(null);
    expect(r.explanation.fr).to.contain('confirmer');
    expect(r.notes.some((n) => n.confirmed === false)).to.equal(true);
    expect(at('2031-06-01', 30, 3).status).to.equal('unknown-rule');
  });

  it('the 2026 decree needs a start before 1 Jan 2027 when a start date is given', () => {
    expect(aid({ signedOn: '2026-12-15', startOn: '2026-12-31', headcount: 30, level: 5 }).amount).to.equal(4500);
    const late = aid({ signedOn: '2026-12-15', startOn: '2027-01-01', headcount: 30, level: 5 });
    expect(late.status).to.equal('unknown-rule');
    if (late.status === 'unknown-rule') expect(late.reason).to.equal('starts-after-window');
    const noStart = aid({ signedOn: '2026-12-15', headcount: 30, level: 5 });
    expect(noStart.notes.map((n) => n.text.en).join(' ')).to.contain('starting before 1 January 2027');
  });

  it('249 vs 250 employees (and decimal average headcounts)', () => {
    expect(at('2026-04-01', 249, 5).amount).to.equal(4500);
    expect(at('2026-04-01', 250, 5).amount).to.equal(1500);
    expect(aid({ signedOn: '2026-04-01', headcount: '249,5', level: 5 }).amount).to.equal(4500);
    expect(aid({ signedOn: '2026-04-01', headcount: 249.99, level: 5 }).amount).to.equal(4500);
  });

  it('≥ 250 results carry the quota/commitment condition, < 250 do not', () => {
    const big = at('2026-04-01', 250, 5);
    const small = at('2026-04-01', 249, 5);
    if (big.status !== 'eligible' || small.status !== 'eligible') throw new Error('expected eligible');
    expect(big.conditions.map((c) => c.id)).to.include('ge250-commitment');
    expect(small.conditions.map((c) => c.id)).not.to.include('ge250-commitment');
    const big2024 = at('2024-06-01', 400, 6);
    if (big2024.status !== 'eligible') throw new Error('expected eligible');
    expect(big2024.conditions.map((c) => c.id)).to.include('ge250-quota');
  });
});

describe('apprenticeHiringAid — level 8, RQTH, reasons, pro rata', () => {
  it('level 8 is never eligible, in any covered period, even with RQTH', () => {
    for (const date of ['2023-01-01', '2024-12-31', '2025-02-10', '2025-06-01', '2026-02-01', '2026-04-01']) {
      for (const rqth of [false, true]) {
        const r = aid({ signedOn: date, headcount: 30, level: 8, rqth });
        expect(r.status, date).to.equal('not-eligible');
        expect(r.amount, date).to.equal(0);
        if (r.status === 'not-eligible') expect(r.reasons).to.deep.equal(['level-8']);
        expect(r.explanation.en).to.contain('level 8');
      }
    }
  });

  it('level 8 outside the covered dates is unknown-rule, not not-eligible', () => {
    expect(aid({ signedOn: '2027-02-01', headcount: 30, level: 8 }).status).to.equal('unknown-rule');
  });

  it('RQTH: 6 000 € for a big firm at level 7 in 2026, marked as RQTH', () => {
    const r = aid({ signedOn: '2026-05-01', headcount: 1200, level: 7, rqth: true });
    expect(r.amount).to.equal(6000);
    if (r.status === 'eligible') {
      expect(r.rqthApplied).to.equal(true);
      expect(r.factKey).to.equal('aid.apprentice.2026-03-08.rqth');
    }
  });

  it('not-eligible says why: level too high for the period, or big firm in a period without aid', () => {
    const level = aid({ signedOn: '2026-02-01', headcount: 30, level: 6 });
    expect(level.status).to.equal('not-eligible');
    if (level.status === 'not-eligible') expect(level.reasons).to.deep.equal(['level-not-covered']);
    const size = aid({ signedOn: '2026-02-01', headcount: 300, level: 4 });
    if (size.status !== 'not-eligible') throw new Error('expected not-eligible');
    expect(size.reasons).to.deep.equal(['headcount-250-or-more']);
    expect(size.explanation.en).to.contain('250 employees');
    const both = aid({ signedOn: '2025-01-15', headcount: 300, level: 5 });
    if (both.status !== 'not-eligible') throw new Error('expected not-eligible');
    expect(both.reasons).to.have.members(['headcount-250-or-more', 'level-not-covered']);
  });

  it('the 1 Nov 2025 pro-rata rule is attached as a condition from that date, amount unchanged', () => {
    const before = aid({ signedOn: '2025-10-31', headcount: 30, level: 5 });
    const after = aid({ signedOn: '2025-11-01', headcount: 30, level: 5 });
    if (before.status !== 'eligible' || after.status !== 'eligible') throw new Error('expected eligible');
    expect(before.amount).to.equal(after.amount);
    expect(before.conditions.map((c) => c.id)).not.to.include('pro-rata');
    expect(after.conditions.map((c) => c.id)).to.include('pro-rata');
  });

  it('2023–2024 results are flagged unconfirmed (decree numbers UNCONFIRMED), amounts still given', () => {
    const r = aid({ signedOn: '2024-03-01', headcount: 30, level: 5 });
    expect(r.amount).to.equal(6000);
    expect(r.confirmed).to.equal(false);
    if (r.status === 'eligible') expect(r.legalBasis.every((l) => l.confirmed === false)).to.equal(true);
  });

  it('every result has a French and an English explanation', () => {
    const results = [
      aid({ signedOn: '2026-04-01', headcount: 30, level: 5 }),
      aid({ signedOn: '2026-02-01', headcount: 30, level: 6 }),
      aid({ signedOn: '2027-04-01', headcount: 30, level: 5 }),
      aid({ signedOn: 'x', headcount: 30, level: 5 }),
    ];
    for (const r of results) {
      expect(r.explanation.fr.length, r.status).to.be.greaterThan(20);
      expect(r.explanation.en.length, r.status).to.be.greaterThan(20);
      expect(r.explanation.fr).not.to.equal(r.explanation.en);
    }
  });
});

describe('apprenticeHiringAid — bad inputs → invalid, never a throw, never an amount', () => {
  const good = { signedOn: '2026-04-01', headcount: 30, level: 5, rqth: false };
  const long = '2'.repeat(10_000);
  const exotic = {
    headcount: 30,
    level: 5,
    get signedOn(): string {
      throw new Error('boom');
    },
  };
  const nasty: Array<[string, unknown]> = [
    ['signedOn', '2026-13-45'],
    ['signedOn', '2026-02-30'],
    ['signedOn', '2025-02-29'],
    ['signedOn', ''],
    ['signedOn', '   '],
    ['signedOn', null],
    ['signedOn', undefined],
    ['signedOn', 'abc'],
    ['signedOn', '01/04/2026'],
    ['signedOn', '2026-4-1'],
    ['signedOn', '2026-04-01T00:00:00Z'],
    ['signedOn', long],
    ['signedOn', new Date('nope')],
    ['signedOn', 1775001600000],
    ['signedOn', {}],
    ['signedOn', ['2026-04-01']],
    ['headcount', -1],
    ['headcount', '-1'],
    ['headcount', NaN],
    ['headcount', Infinity],
    ['headcount', ''],
    ['headcount', null],
    ['headcount', undefined],
    ['headcount', 'abc'],
    ['headcount', '1e3'],
    ['headcount', '0x10'],
    ['headcount', long],
    ['headcount', 1e300],
    ['headcount', {}],
    ['headcount', true],
    ['headcount', { valueOf: () => 30 }],
    ['level', 12],
    ['level', 2],
    ['level', 0],
    ['level', 5.5],
    ['level', '5.0'],
    ['level', ''],
    ['level', null],
    ['level', undefined],
    ['level', 'abc'],
    ['level', NaN],
    ['level', -5],
    ['level', long],
    ['level', {}],
    ['level', [5]],
    ['rqth', ''],
    ['rqth', 'maybe'],
    ['rqth', 1],
    ['rqth', {}],
    ['rqth', long],
    ['startOn', '2027-02-31'],
    ['startOn', 'soon'],
  ];

  for (const [field, value] of nasty) {
    const shown = typeof value === 'string' && value.length > 30 ? `${value.length}-char string` : String(value);
    it(`${field} = ${shown} → invalid`, () => {
      let r: HiringAidResult | undefined;
      expect(() => {
        r = apprenticeHiringAid({ ...good, [field]: value });
      }).not.to.throw();
      expect(r?.status).to.equal('invalid');
      expect(r?.amount).to.equal(null);
      if (r?.status === 'invalid') {
        expect(r.errors.map((e) => e.field)).to.include(field);
        expect(r.explanation.fr).to.contain('Impossible');
      }
    });
  }

  it('whole input not an object (null, undefined, string, number, array) → invalid', () => {
    for (const value of [null, undefined, '2026-04-01', 42, [], () => 1]) {
      const r = apprenticeHiringAid(value as unknown as HiringAidInput);
      expect(r.status).to.equal('invalid');
      expect(r.amount).to.equal(null);
    }
  });

  it('a throwing getter is reported as invalid, not thrown', () => {
    const r = apprenticeHiringAid(exotic);
    expect(r.status).to.equal('invalid');
  });

  it('reports every bad field at once', () => {
    const r = apprenticeHiringAid({ signedOn: '2026-13-45', headcount: -1, level: 12, rqth: 'x' });
    if (r.status !== 'invalid') throw new Error('expected invalid');
    expect(r.errors.map((e) => e.field)).to.have.members(['signedOn', 'headcount', 'level', 'rqth']);
  });

  it('accepted spellings: trimmed strings, leap day, rqth words, empty startOn', () => {
    expect(aid({ signedOn: ' 2024-02-29 ', headcount: ' 12 ', level: ' 4 ', rqth: 'non' }).amount).to.equal(6000);
    expect(aid({ ...good, rqth: 'oui' }).amount).to.equal(6000);
    expect(aid({ ...good, rqth: 'TRUE' }).amount).to.equal(6000);
    expect(aid({ ...good, rqth: null }).amount).to.equal(4500);
    expect(aid({ ...good, startOn: '' }).amount).to.equal(4500);
    expect(aid({ signedOn: '2026-04-01', headcount: 0, level: 5 }).amount).to.equal(4500);
  });
});
