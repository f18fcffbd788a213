// The simulator's model: from what the visitor typed (or the attributes, or the company a finder
// found) to the data module's results. No DOM here, so the rules of precedence are easy to test.
import { LARGE_COMPANY_HEADCOUNT, apprenticeHiringAid, type HiringAidResult, type HiringAidStatus } from '../../data/funding/hiring-aid.js';
import { employerParticipation, type EmployerParticipationResult } from '../../data/funding/employer-participation.js';
import type { HiringAidRuleId } from '../../data/funding/hiring-aid-rules.js';
import type { HeadcountRange } from '../../platform/context.js';

/** The fields as the visitor sees them (strings, as in the form). */
export interface SimulatorFields {
  readonly signedOn: string;
  readonly headcount: string;
  readonly level: string;
  /** A string only for a bad `rqth` attribute, passed on so that the data module refuses it. */
  readonly rqth: boolean | string;
}

/** Where the headcount used comes from: typed, the `headcount` attribute, the company found on the page, or nowhere. */
export type HeadcountSource = 'typed' | 'attribute' | 'selection' | 'none';

export interface Simulation {
  readonly aid: HiringAidResult;
  /** Absent while the aid itself cannot be computed (the same inputs would fail the same way). */
  readonly participation?: EmployerParticipationResult;
  readonly headcountSource: HeadcountSource;
  /** The headcount given to the rules (a number when it reads as one, even if another field is wrong). */
  readonly headcountUsed: number | null;
  /** The company's band, when one was found on the page (used or not). */
  readonly band?: HeadcountRange;
  /** The band cannot place the company on either side of the 250 threshold. */
  readonly bandStraddles: boolean;
  /** Only required fields are missing (a prompt, not an error). */
  readonly incomplete: boolean;
  /** Which of them, for the prompt. */
  readonly missing: readonly ('headcount' | 'level')[];
}

/** Detail of `opco-simulate`: the inputs and the result. */
export interface FundingSimulateDetail {
  readonly signedOn: string;
  /** The headcount used (typed, attribute, or the lower bound of the company's band); null when none. */
  readonly headcount: number | null;
  readonly headcountSource: HeadcountSource;
  readonly level: number | null;
  readonly rqth: boolean;
  readonly status: HiringAidStatus;
  /** Euros; null when unknown or invalid (never 0 for "unknown"). */
  readonly amount: number | null;
  readonly ruleId: HiringAidRuleId | null;
  /** The employer's participation (750 € for levels 6–7), when it could be computed. */
  readonly participation: { readonly status: EmployerParticipationResult['status']; readonly amount: number | null } | null;
}

/** INSEE bands never straddle 250, but a page may share any range: then the band decides nothing. */
const straddles = (band: HeadcountRange) => band.min < LARGE_COMPANY_HEADCOUNT && (band.max === null || band.max >= LARGE_COMPANY_HEADCOUNT);

export function simulate(fields: SimulatorFields, typed: boolean, fromAttribute: boolean, band?: HeadcountRange): Simulation {
  const own = fields.headcount.trim();
  const useBand = own === '' && band !== undefined && !straddles(band);
  // the band's lower bound stands for the company: every INSEE band lies on one side of 250
  const headcount: string | number = useBand ? band.min : own;
  const headcountSource: HeadcountSource = own !== '' ? (typed || !fromAttribute ? 'typed' : 'attribute') : useBand ? 'selection' : 'none';
  const aid = apprenticeHiringAid({
    signedOn: fields.signedOn,
    headcount: headcount === '' ? undefined : headcount,
    level: fields.level || undefined,
    rqth: fields.rqth,
  });
  const incomplete = aid.status === 'invalid' && aid.errors.every((e) => e.code === 'missing' && e.field !== 'signedOn');
  const missing = incomplete && aid.status === 'invalid' ? aid.errors.flatMap((e) => (e.field === 'headcount' || e.field === 'level' ? [e.field] : [])) : [];
  const participation = aid.status === 'invalid' ? undefined : employerParticipation({ signedOn: fields.signedOn, level: fields.level });
  const asNumber = typeof headcount === 'number' ? headcount : /^\d+(?:[.,]\d+)?$/.test(headcount) ? Number(headcount.replace(',', '.')) : null;
  return { aid, participation, headcountSource, headcountUsed: asNumber, band, bandStraddles: band !== undefined && straddles(band), incomplete, missing };
}

export function simulateDetail(fields: SimulatorFields, sim: Simulation): FundingSimulateDetail {
  const input = sim.aid.status === 'invalid' ? undefined : sim.aid.input;
  const level = Number(fields.level);
  return {
    signedOn: fields.signedOn,
    headcount: input ? input.headcount : sim.headcountUsed,
    headcountSource: sim.headcountSource,
    level: input ? input.level : Number.isInteger(level) && fields.level !== '' ? level : null,
    rqth: fields.rqth === true,
    status: sim.aid.status,
    amount: sim.aid.amount,
    ruleId: sim.aid.ruleId,
    participation: sim.participation ? { status: sim.participation.status, amount: sim.participation.amount } : null,
  };
}
