// Public API of the pay simulator (part of dist/data.js): apprentice and professionalisation minimum pay,
// take-home pay, employer contributions and cost. Tables in tables.ts, updated once a year.
export {
  apprenticePay,
  apprenticeSchedule,
  smicOn,
  type ApprenticeLevel,
  type ApprenticePayInput,
  type ApprenticePayOk,
  type ApprenticePayResult,
  type ApprenticeScheduleOk,
  type ApprenticeScheduleResult,
  type ScheduleMonth,
  type ScheduleYear,
  type SmicUsed,
} from './apprentice-pay.js';
export {
  professionalisationPay,
  professionalisationSchedule,
  type ProfessionalisationMonth,
  type ProfessionalisationScheduleInput,
  type ProfessionalisationScheduleOk,
  type ProfessionalisationScheduleResult,
  type ProAgeBand,
  type ProfessionalisationPayInput,
  type ProfessionalisationPayOk,
  type ProfessionalisationPayResult,
} from './professionalisation.js';
// The contribution and band building blocks (contributions.ts, ageBandOn, contractYearOn) stay internal:
// their results are in apprenticePay's answer, which never throws whatever it is given.
export type { ExemptionRule } from './contributions.js';
export type { PayInvalid, PayInvalidReason } from './input.js';
export {
  SMIC_TABLE,
  APPRENTICE_RATES,
  PRO_RATES,
  APPRENTICE_EXEMPTION,
  EMPLOYER_RATES,
  FIRST_RATES_DAY,
  PAY_SOURCES,
  PAY_TABLES_AS_OF,
  type ApprenticeAgeBand,
  type PaySource,
  type PaySourceKey,
  type SmicRow,
  type Territory,
} from './tables.js';
