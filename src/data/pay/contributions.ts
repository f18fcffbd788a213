// Contributions on an apprentice's pay for one month: the apprentice's share (after the L6243-2
// exemption and CSG/CRDS) and the employer's (after the general reduction). Pure arithmetic on tables.ts.
import type { ISODate } from '../funding/types.js';
import {
  APPRENTICE_EXEMPTION,
  CSG_BASE_SHARE,
  CSG_CRDS_RATE,
  EMPLOYEE_RATE,
  EMPLOYER_RATES,
  SIZE_RATES,
  type EmployerRates,
} from './tables.js';

export type ExemptionRule = 'before-2025-03' | 'from-2025-03';

export interface ApprenticeContributions {
  readonly rule: ExemptionRule;
  /** Share of the SMIC on which the apprentice pays no contribution (79 or 50). */
  readonly exemptShareOfSmic: number;
  /** Employee social contributions (old-age, complementary pension, CEG), € a month. */
  readonly social: number;
  /** CSG and CRDS, € a month. */
  readonly csgCrds: number;
  readonly total: number;
}

export interface EmployerContributions {
  /** Contributions before the general reduction, € a month. */
  readonly gross: number;
  /** The general reduction (réduction générale, RGDU from 2026), € a month. */
  readonly reduction: number;
  /** What the employer pays, € a month. */
  readonly net: number;
  readonly rates: EmployerRates;
}

const cents = (n: number) => Math.round(n * 100) / 100;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The March 2025 switch depends on the date the contract was concluded (signed). */
export function exemptionRule(signedOn: ISODate): ExemptionRule {
  return signedOn < APPRENTICE_EXEMPTION.switchDate ? 'before-2025-03' : 'from-2025-03';
}

export function apprenticeContributions(gross: number, smicMonthly: number, signedOn: ISODate): ApprenticeContributions {
  const rule = exemptionRule(signedOn);
  const share = rule === 'from-2025-03' ? APPRENTICE_EXEMPTION.after : APPRENTICE_EXEMPTION.before;
  const above = Math.max(0, gross - (share / 100) * smicMonthly);
  const social = cents((above * EMPLOYEE_RATE) / 100);
  // before March 2025 apprentices paid no CSG/CRDS at all; after, on the part above 50 % of the SMIC
  const csgCrds = rule === 'from-2025-03' ? cents((above * (CSG_BASE_SHARE / 100) * CSG_CRDS_RATE) / 100) : 0;
  return { rule, exemptShareOfSmic: share, social, csgCrds, total: cents(social + csgCrds) };
}

export function employerRatesOn(date: ISODate): EmployerRates | undefined {
  let found: EmployerRates | undefined;
  for (const row of EMPLOYER_RATES) if (row.from <= date) found = row;
  return found;
}

/**
 * Employer contributions for an apprentice (private sector, outside Alsace-Moselle, no versement mobilité,
 * national average AT/MP rate, no complementary health insurance, 250+ companies at 5 % alternants or more).
 */
export function employerContributions(gross: number, smicMonthly: number, headcount: number, date: ISODate): EmployerContributions | undefined {
  const rates = employerRatesOn(date);
  if (!rates) return undefined;
  const ratio = gross / smicMonthly;
  const pick = (r: EmployerRates['maladie']) =>
    r.reduced !== undefined && r.reducedUpToSmic !== undefined && ratio <= r.reducedUpToSmic ? r.reduced : r.full;
  let percent =
    pick(rates.maladie) +
    pick(rates.familles) +
    rates.vieillesse +
    rates.atmpAverage +
    rates.chomage +
    rates.ags +
    rates.retraiteComplementaire +
    rates.csa +
    rates.dialogueSocial +
    (headcount < 50 ? SIZE_RATES.fnal.under50 : SIZE_RATES.fnal.from50);
  if (headcount >= 11) percent += SIZE_RATES.formation.from11 + SIZE_RATES.taxeApprentissage.from11;
  if (headcount >= 50) percent += SIZE_RATES.peec.from50;
  const before = (gross * percent) / 100;
  const reduction = cents(gross * reductionCoefficient(rates, ratio, headcount));
  return { gross: cents(before), reduction, net: cents(Math.max(0, before - reduction)), rates };
}

function reductionCoefficient(rates: EmployerRates, ratio: number, headcount: number): number {
  const r = rates.reduction;
  if (ratio <= 0 || ratio >= r.ceilingSmic) return 0;
  if (r.kind === 'rg') {
    const t = headcount < 50 ? r.tUnder50 : r.t50;
    return round4(Math.min(t, (t / 0.6) * (r.ceilingSmic / ratio - 1)));
  }
  const tDelta = headcount < 50 ? r.tDeltaUnder50 : r.tDelta50;
  return round4(Math.min(r.tMin + tDelta, r.tMin + tDelta * Math.pow(0.5 * (r.ceilingSmic / ratio - 1), r.power)));
}
