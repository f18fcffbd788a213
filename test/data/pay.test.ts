// apprenticePay(), apprenticeSchedule(), professionalisationPay(): the rules of D6222-26 to -32, D6325-15 to -18,
// L6243-2 (the March 2025 switch), their boundaries and bad inputs. The figures against mon-entreprise's
// engine are in pay-differential-*.test.ts.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  EMPLOYER_RATES,
  FIRST_RATES_DAY,
  PAY_SOURCES,
  SMIC_TABLE,
  apprenticePay,
  apprenticeSchedule,
  professionalisationPay,
  professionalisationSchedule,
  smicOn,
  type ApprenticePayInput,
  type ApprenticePayOk,
  type ApprenticePayResult,
} from '../../src/data/index.js';

function ok(r: ApprenticePayResult): ApprenticePayOk {
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.reason}: ${r.message.en}`);
  return r;
}
const cents = (n: number) => Math.round(n * 100) / 100;

describe('apprenticePay — minimum pay', () => {
  it('19 years old, contract from 1 Sep 2026, 30 employees, level 5: 43 % of 1,867.02 €', () => {
    const r = ok(apprenticePay({ age: 19, contractStart: '2026-09-01', headcount: 30, level: 5, on: '2026-11-27' }));
    expect(r.contractYear).to.equal(1);
    expect(r.ageBand).to.equal('18-20');
    expect(r.rate).to.equal(43);
    expect(r.smic).to.include({ hourly: 12.31, monthly: 1867.02, from: '2026-06-01', latestKnown: true });
    expect(r.smic.source.label.fr).to.contain('22 mai 2026');
    expect(r.minimumMonthlyGross).to.equal(cents(0.43 * 1867.02));
    expect(r.monthlyGross).to.equal(r.minimumMonthlyGross);
    // below 50 % of the SMIC: no contribution, no CSG/CRDS
    expect(r.apprenticeNetMonthly).to.equal(r.monthlyGross);
    expect(r.employerContributionsMonthly).to.be.greaterThan(0).and.lessThan(60);
    expect(r.employerCostMonthly).to.equal(cents(r.monthlyGross + r.employerContributionsMonthly));
    expect(r.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.sources.map((s) => s.id)).to.include.members(['ct-d6222-26', 'ct-l6243-2', 'css-d241-7-2026']);
  });

  it('the D6222-26 table: every band and year', () => {
    const table: [number, number[]][] = [
      [16, [27, 39, 55]],
      [17, [27, 39, 55]],
      [18, [43, 51, 67]],
      [20, [43, 51, 67]],
      [21, [53, 61, 78]],
      [25, [53, 61, 78]],
      [26, [100, 100, 100]],
      [29, [100, 100, 100]],
    ];
    for (const [age, rates] of table) {
      rates.forEach((rate, i) => {
        const r = ok(apprenticePay({ age, contractStart: `${2026 - i}-01-10`, on: '2026-09-01' }));
        expect(r.contractYear, `age ${age}`).to.equal(i + 1);
        expect(r.rate, `age ${age} year ${i + 1}`).to.equal(rate);
      });
    }
  });

  it('under 16 is paid as 16–17 (D6222-27); a 4th year keeps the 3rd-year rate', () => {
    expect(ok(apprenticePay({ age: 15, contractStart: '2026-09-01', on: '2026-10-01' })).rate).to.equal(27);
    const r = ok(apprenticePay({ age: 20, contractStart: '2023-01-02', on: '2026-03-01', rqth: true }));
    expect(r.contractYear).to.equal(4);
    expect(r.rate).to.equal(67);
  });

  it('anniversary: the 2nd year starts on the day of the first anniversary', () => {
    const start = '2025-09-15';
    expect(ok(apprenticePay({ age: 19, contractStart: start, on: '2026-09-14' })).contractYear).to.equal(1);
    expect(ok(apprenticePay({ age: 19, contractStart: start, on: '2026-09-15' })).contractYear).to.equal(2);
    expect(ok(apprenticePay({ age: 19, contractStart: start, on: '2027-09-15' })).contractYear).to.equal(3);
    // a contract starting on 29 February has its anniversary on 28 February
    expect(ok(apprenticePay({ age: 19, contractStart: '2024-02-29', on: '2025-02-28' })).contractYear).to.equal(2);
  });

  it('birthday: the higher band starts on the 1st of the month after the 18th birthday (D6222-31)', () => {
    const base = { birthDate: '2008-06-10', contractStart: '2025-09-01' };
    expect(ok(apprenticePay({ ...base, on: '2026-06-10' })).ageBand).to.equal('under-18');
    expect(ok(apprenticePay({ ...base, on: '2026-06-30' })).ageBand).to.equal('under-18');
    const july = ok(apprenticePay({ ...base, on: '2026-07-01' }));
    expect(july.ageBand).to.equal('18-20');
    expect(july.rate).to.equal(43);
    // born on the 1st: the birthday month is not the month after
    expect(ok(apprenticePay({ birthDate: '2005-07-01', contractStart: '2025-09-01', on: '2026-07-01' })).ageBand).to.equal('18-20');
    expect(ok(apprenticePay({ birthDate: '2005-07-01', contractStart: '2025-09-01', on: '2026-08-01' })).ageBand).to.equal('21-25');
    // 26th birthday
    expect(ok(apprenticePay({ birthDate: '2000-12-31', contractStart: '2025-09-01', on: '2026-12-31' })).ageBand).to.equal('21-25');
    expect(ok(apprenticePay({ birthDate: '2000-12-31', contractStart: '2025-09-01', on: '2027-01-01' })).ageBand).to.equal('26+');
  });

  it('21 and over: the conventional minimum is the basis when higher than the SMIC; under 21 it is not', () => {
    const conv = 2100;
    const r21 = ok(apprenticePay({ age: 22, contractStart: '2026-09-01', on: '2026-10-01', conventionalMinimum: conv }));
    expect(r21.basis).to.equal('conventional-minimum');
    expect(r21.minimumMonthlyGross).to.equal(cents(0.53 * conv));
    const r26 = ok(apprenticePay({ age: 27, contractStart: '2026-09-01', on: '2026-10-01', conventionalMinimum: conv }));
    expect(r26.minimumMonthlyGross).to.equal(conv);
    const r19 = ok(apprenticePay({ age: 19, contractStart: '2026-09-01', on: '2026-10-01', conventionalMinimum: conv }));
    expect(r19.basis).to.equal('smic');
    expect(r19.minimumMonthlyGross).to.equal(cents(0.43 * 1867.02));
    // a conventional minimum below the SMIC changes nothing
    const low = ok(apprenticePay({ age: 27, contractStart: '2026-09-01', on: '2026-10-01', conventionalMinimum: 1500 }));
    expect(low.basis).to.equal('smic');
    expect(low.minimumMonthlyGross).to.equal(1867.02);
  });

  it('26 and over: 100 % of the SMIC every year', () => {
    for (const start of ['2026-09-01', '2025-09-01', '2024-09-01']) {
      const r = ok(apprenticePay({ age: 27, contractStart: start, on: '2026-10-01' }));
      expect(r.rate).to.equal(100);
      expect(r.minimumMonthlyGross).to.equal(1867.02);
    }
  });

  it('+15 points for a short contract at the same level (D6222-30), licence pro at the 2nd-year rate (D6222-32), previous rate kept (D6222-29)', () => {
    const base = { age: 19, contractStart: '2026-09-01', on: '2026-10-01' };
    expect(ok(apprenticePay({ ...base, sameLevelShortContract: true })).rate).to.equal(58);
    expect(ok(apprenticePay({ ...base, licencePro: true })).rate).to.equal(51);
    expect(ok(apprenticePay({ ...base, previousRate: 55 })).rate).to.equal(55);
    expect(ok(apprenticePay({ ...base, previousRate: 30 })).rate).to.equal(43);
    expect(ok(apprenticePay({ age: 27, contractStart: '2026-09-01', on: '2026-10-01', sameLevelShortContract: 'true' })).rate).to.equal(100);
  });

  it('SMIC changes: January and June 2026', () => {
    const base = { age: 19, contractStart: '2025-09-01' };
    expect(ok(apprenticePay({ ...base, on: '2025-12-31' })).smic.monthly).to.equal(1801.8);
    expect(ok(apprenticePay({ ...base, on: '2026-01-01' })).smic.monthly).to.equal(1823.03);
    expect(ok(apprenticePay({ ...base, on: '2026-05-31' })).smic.monthly).to.equal(1823.03);
    expect(ok(apprenticePay({ ...base, on: '2026-06-01' })).smic.monthly).to.equal(1867.02);
    expect(ok(apprenticePay({ ...base, on: '2026-05-31' })).smic.latestKnown).to.equal(false);
  });

  it('SMIC table: every row dated with its legal text; Mayotte has its own', () => {
    for (const rows of Object.values(SMIC_TABLE)) {
      for (const row of rows) {
        expect(PAY_SOURCES[row.source].label.fr).to.match(/Décret|Arrêté/);
        expect(Math.abs(row.monthly - (row.hourly * 35 * 52) / 12)).to.be.lessThan(0.006);
      }
    }
    expect(smicOn('2026-03-01', 'mayotte')?.hourly).to.equal(9.33);
    expect(smicOn('2026-07-01', 'mayotte')?.hourly).to.equal(9.56);
    expect(smicOn('2025-07-01', 'mayotte')).to.equal(undefined);
    expect(EMPLOYER_RATES[0]!.from).to.equal(FIRST_RATES_DAY);
  });
});

describe('apprenticePay — the March 2025 switch (L6243-2, D6243-5) by signing date', () => {
  const pay = 1500; // above 79 % of the SMIC: both rules give contributions
  const at = (signedOn: string) =>
    ok(apprenticePay({ age: 23, contractStart: '2025-04-01', signedOn, on: '2026-10-01', monthlyGross: pay }));

  it('signed 28 Feb 2025: exempt up to 79 % of the SMIC, no CSG/CRDS', () => {
    const r = at('2025-02-28');
    expect(r.exemptionRule).to.equal('before-2025-03');
    expect(r.csgCrdsMonthly).to.equal(0);
    expect(r.apprenticeContributionsMonthly).to.equal(cents((pay - 0.79 * 1867.02) * 0.1131));
  });

  it('signed 1 Mar 2025: exempt up to 50 % of the SMIC only, CSG/CRDS on the part above', () => {
    const r = at('2025-03-01');
    expect(r.exemptionRule).to.equal('from-2025-03');
    const above = pay - 0.5 * 1867.02;
    expect(r.apprenticeContributionsMonthly).to.equal(cents(above * 0.1131));
    expect(r.csgCrdsMonthly).to.equal(cents(above * 0.9825 * 0.097));
    expect(r.apprenticeNetMonthly).to.equal(cents(pay - r.apprenticeContributionsMonthly - r.csgCrdsMonthly));
    expect(r.apprenticeNetMonthly).to.be.lessThan(at('2025-02-28').apprenticeNetMonthly);
  });

  it('the signing date defaults to the contract start', () => {
    expect(ok(apprenticePay({ age: 23, contractStart: '2025-02-28', on: '2026-10-01', monthlyGross: pay })).exemptionRule).to.equal('before-2025-03');
  });

  it('an actual pay below the minimum is flagged', () => {
    expect(ok(apprenticePay({ age: 23, contractStart: '2026-09-01', on: '2026-10-01', monthlyGross: 500 })).belowMinimum).to.equal(true);
  });
});

describe('apprenticePay — bad inputs never throw', () => {
  const cases: [string, unknown, string][] = [
    ['no object', null, 'not-an-object'],
    ['an array', [], 'not-an-object'],
    ['no age', { contractStart: '2026-09-01' }, 'missing-age'],
    ['age as text', { age: 'vingt', contractStart: '2026-09-01' }, 'bad-age'],
    ['age 12', { age: 12, contractStart: '2026-09-01' }, 'bad-age'],
    ['age 19.5', { age: 19.5, contractStart: '2026-09-01' }, 'bad-age'],
    ['no start', { age: 19 }, 'missing-contract-start'],
    ['30 February', { age: 19, contractStart: '2026-02-30' }, 'bad-contract-start'],
    ['French date', { age: 19, contractStart: '01/09/2026' }, 'bad-contract-start'],
    ['bad birth date', { birthDate: '2008-13-01', contractStart: '2026-09-01' }, 'bad-birth-date'],
    ['born after the start', { birthDate: '2027-01-01', contractStart: '2026-09-01' }, 'birth-after-start'],
    ['level 8', { age: 19, contractStart: '2026-09-01', level: 8 }, 'bad-level'],
    ['level bac+5', { age: 19, contractStart: '2026-09-01', level: 'bac+5' }, 'bad-level'],
    ['negative headcount', { age: 19, contractStart: '2026-09-01', headcount: -3 }, 'bad-headcount'],
    ['pay NaN', { age: 19, contractStart: '2026-09-01', monthlyGross: Number.NaN }, 'bad-monthly-gross'],
    ['conventional minimum as words', { age: 23, contractStart: '2026-09-01', conventionalMinimum: 'beaucoup' }, 'bad-conventional-minimum'],
    ['rqth maybe', { age: 19, contractStart: '2026-09-01', rqth: 'maybe' }, 'bad-flag'],
    ['on 2024', { age: 19, contractStart: '2024-09-01', on: '2024-10-01' }, 'before-tables'],
    ['huge string', { age: 19, contractStart: '2'.repeat(10_000) }, 'bad-contract-start'],
  ];
  for (const [name, input, reason] of cases) {
    it(`${name} → invalid (${reason}) with a French and an English message`, () => {
      const r = apprenticePay(input as ApprenticePayInput);
      expect(r.kind).to.equal('invalid');
      if (r.kind === 'invalid') {
        expect(r.reason).to.equal(reason);
        expect(r.message.fr).to.be.a('string').and.not.equal('');
        expect(r.message.en).to.be.a('string').and.not.equal(r.message.fr);
      }
    });
  }

  it('attribute strings are accepted', () => {
    const r = ok(apprenticePay({ age: '19', contractStart: '2026-09-01', headcount: '30', level: '5', on: '2026-10-01', monthlyGross: '1000,50' }));
    expect(r.monthlyGross).to.equal(1000.5);
  });
});

describe('apprenticeSchedule — the whole contract', () => {
  it('two years from 1 Sep 2025, born 10 Mar 2007 (19 at the start), level 6, 30 employees', () => {
    const s = apprenticeSchedule({ birthDate: '2007-03-10', contractStart: '2025-09-01', contractMonths: 24, headcount: 30, level: 6 });
    if (s.kind !== 'ok') throw new Error(s.reason);
    expect(s.months).to.have.length(24);
    expect(s.contractEnd).to.equal('2027-08-31');
    expect(s.years.map((y) => y.months)).to.deep.equal([12, 12]);
    // year 1 at 43 %: 1,801.80 € until December 2025, then 1,823.03 €, then 1,867.02 € from June 2026
    expect(s.months[0]!.gross).to.equal(cents(0.43 * 1801.8));
    expect(s.months[4]!.gross).to.equal(cents(0.43 * 1823.03));
    expect(s.months[4]!.changes).to.deep.equal(['smic']);
    expect(s.months[9]!.gross).to.equal(cents(0.43 * 1867.02));
    expect(s.months[12]!.changes).to.deep.equal(['contract-year']);
    expect(s.months[12]!.rate).to.equal(51);
    // 21st birthday on 10 Mar 2028 is after the end: no band change
    expect(s.months.every((m) => m.ageBand === '18-20')).to.equal(true);
    expect(s.totals.gross).to.equal(cents(s.months.reduce((t, m) => t + m.gross, 0)));
    // aid and 750 € participation from the funding module
    expect(s.hiringAid?.status).to.equal('eligible');
    expect(s.totals.hiringAid).to.equal(5000);
    expect(s.totals.participation).to.equal(750);
    expect(s.totals.netCost).to.equal(cents(s.totals.employerCost - 5000 + 750));
    expect(s.usesLatestKnownSmic).to.equal(true);
  });

  it('an 18th birthday inside a contract month is paid pro rata, the new band from the 1st of the next month', () => {
    // contract months run from the 15th; 18 on 3 Jan 2026 → 18–20 from 1 Feb 2026, inside the month from 15 Jan
    const s = apprenticeSchedule({ birthDate: '2008-01-03', contractStart: '2025-09-15', contractMonths: 12 });
    if (s.kind !== 'ok') throw new Error(s.reason);
    const jan = s.months.find((m) => m.from === '2026-01-15')!;
    expect(jan.changes).to.include('age-band');
    const days = 31; // 15 Jan → 15 Feb
    const expected = (17 * 0.27 * 1823.03 + 14 * 0.43 * 1823.03) / days;
    expect(jan.gross).to.be.closeTo(expected, 0.02);
    expect(s.months.find((m) => m.from === '2026-02-15')!.gross).to.equal(cents(0.43 * 1823.03));
  });

  it('without a level: no aid, no participation; bad input → invalid', () => {
    const s = apprenticeSchedule({ age: 19, contractStart: '2026-09-01', contractMonths: 6 });
    if (s.kind !== 'ok') throw new Error(s.reason);
    expect(s.totals.hiringAid).to.equal(0);
    expect(s.hiringAid).to.equal(null);
    expect(apprenticeSchedule({ age: 19, contractStart: '2026-09-01', contractMonths: 40 }).kind).to.equal('invalid');
    expect(apprenticeSchedule({ age: 19, contractStart: '2024-09-01' }).kind).to.equal('invalid');
  });

  it('an age alone grows by one each contract year', () => {
    const s = apprenticeSchedule({ age: 17, contractStart: '2026-09-01', contractMonths: 24 });
    if (s.kind !== 'ok') throw new Error(s.reason);
    expect(s.months[0]!.ageBand).to.equal('under-18');
    expect(s.months[12]!.ageBand).to.equal('18-20');
    expect(s.months[12]!.rate).to.equal(51);
  });
});

describe('professionalisationPay — D6325-15 to -18', () => {
  const at = (input: object) => {
    const r = professionalisationPay({ on: '2026-10-01', ...input });
    if (r.kind !== 'ok') throw new Error(r.reason);
    return r;
  };
  it('under 21: 55 %, 65 % with a bac pro; 21–25: 70 %, 80 %', () => {
    expect(at({ age: 19 }).rate).to.equal(55);
    expect(at({ age: 19, qualified: true }).rate).to.equal(65);
    expect(at({ age: 23 }).rate).to.equal(70);
    expect(at({ age: 23, qualified: 'true' }).rate).to.equal(80);
    expect(at({ age: 23 }).minimumMonthlyGross).to.equal(cents(0.7 * 1867.02));
  });
  it('26 and over: the SMIC, or 85 % of the branch minimum when higher', () => {
    expect(at({ age: 30 }).minimumMonthlyGross).to.equal(1867.02);
    expect(at({ age: 30, conventionalMinimum: 2400 }).minimumMonthlyGross).to.equal(2040);
    expect(at({ age: 30, conventionalMinimum: 2000 }).minimumMonthlyGross).to.equal(1867.02);
  });
  it('the new rate from the 1st of the month after the 21st birthday (D6325-16)', () => {
    expect(at({ birthDate: '2005-09-20', on: '2026-09-30' }).rate).to.equal(55);
    expect(at({ birthDate: '2005-09-20', on: '2026-10-01' }).rate).to.equal(70);
  });
  it('bad inputs → invalid', () => {
    expect(professionalisationPay({}).kind).to.equal('invalid');
    expect(professionalisationPay({ age: 20, on: '1999-01-01' }).kind).to.equal('invalid');
    expect(professionalisationPay({ age: 20, qualified: 'oui' }).kind).to.equal('invalid');
  });
  it('month by month: the 21st birthday (from the 1st of the next month) and the June 2026 SMIC', () => {
    const s = professionalisationSchedule({ birthDate: '2005-03-20', contractStart: '2026-01-01', contractMonths: 12 });
    if (s.kind !== 'ok') throw new Error(s.reason);
    expect(s.months).to.have.length(12);
    expect(s.months[0]!.minimumGross).to.equal(cents(0.55 * 1823.03));
    expect(s.months[3]!.rate).to.equal(70); // April 2026
    expect(s.months[2]!.rate).to.equal(55); // March 2026
    expect(s.months[5]!.minimumGross).to.equal(cents(0.7 * 1867.02)); // June 2026
    expect(s.totalMinimumGross).to.equal(cents(s.months.reduce((t, m) => t + m.minimumGross, 0)));
    expect(professionalisationSchedule({ age: 20 }).kind).to.equal('invalid');
  });
});
