// Body shared by the three pay-differential-*.test.ts files: each checks every third situation of the grid.
import { describe, it, before } from 'node:test';
import { expect } from 'chai';
import { apprenticePay } from '../../src/data/index.js';
import { AGE_IN_BAND, createOracle, employer2025Law, grid, netBeforeMarch2025Law } from './pay-oracle.js';

const EURO = 1;

export function differential(part: 0 | 1 | 2): void {
  const all = grid();
  // every third (month, age band) with its three contract years: each file gets as many cheap situations
  // (figures checked against the law, not evaluated by the engine) as the others
  const slice = all.filter((_, i) => Math.floor(i / 3) % 3 === part);

  describe(`apprenticePay against mon-entreprise's engine (modele-social), ${slice.length} of ${all.length} situations (part ${part + 1} of 3)`, () => {
    let oracle: ReturnType<typeof createOracle>;
    before(() => {
      oracle = createOracle();
    });

    it('agrees within 1 € a month on minimum pay, net pay and employer contributions, or follows the law where we differ on purpose', () => {
      const failures: string[] = [];
      let compared = 0;
      let lawChecked = 0;
      for (const s of slice) {
        const ours = apprenticePay({ age: AGE_IN_BAND[s.band], contractStart: s.contractStart, on: s.on, headcount: s.headcount, level: s.level });
        if (ours.kind !== 'ok') {
          failures.push(`${JSON.stringify(s)}: ${ours.reason}`);
          continue;
        }
        const them = oracle(s, ours.monthlyGross);
        const where = `${s.on} start ${s.contractStart} ${s.band} year ${s.year} ${s.headcount} employees`;
        const check = (what: string, a: number, b: number) => {
          if (!(Math.abs(a - b) <= EURO)) failures.push(`${where}: ${what} ours ${a.toFixed(2)} vs ${b.toFixed(2)}`);
        };
        expect(ours.contractYear, where).to.equal(s.year);
        // 1. minimum pay: always against the engine (which rounds it to the euro)
        check('minimum', ours.minimumMonthlyGross, them.minimum);
        // 2. net pay: the engine switches the March 2025 rule by the simulated date; we (and the law) by the
        //    date the contract was concluded. Old contracts are therefore checked against the former rule.
        if (s.contractStart < '2025-03-01') {
          expect(ours.exemptionRule).to.equal('before-2025-03');
          check('net (law, contract before March 2025)', ours.apprenticeNetMonthly, netBeforeMarch2025Law(ours.monthlyGross, ours.smic.monthly));
          lawChecked++;
        } else {
          check('net', ours.apprenticeNetMonthly, them.net);
          compared++;
        }
        // 3. employer contributions: in 2025 the engine applies the 2026 RGDU; we apply the 2025 law.
        if (s.on < '2026-01-01') {
          check('employer (law 2025)', ours.employerContributionsMonthly, employer2025Law(ours.monthlyGross, ours.smic.monthly, s.headcount, s.on));
          lawChecked++;
        } else {
          check('employer', ours.employerContributionsMonthly, them.employer);
          compared++;
        }
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
      expect(compared + lawChecked).to.equal(slice.length * 2);
    });
  });
}
