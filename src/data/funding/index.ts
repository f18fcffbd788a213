// Public API of the funding data: typed rules transcribed from the funding notes (compiled 2026-11-26).
export type * from './types.js';
export { FUNDING_SOURCES, FUNDING_NOTES_COMPILED, SOURCES_READ_ON } from './sources.generated.js';
export { LEGAL, type LegalKey } from './legal.js';
export type { CertificationLevel, InputError, InputErrorCode, InputField } from './parse.js';
export {
  HIRING_AID_RULES,
  HIRING_AID_COVERAGE,
  HIRING_AID_CONDITIONS,
  HIRING_AID_CAVEATS,
  type AidCell,
  type AidKind,
  type AidLevelBand,
  type HiringAidCondition,
  type HiringAidRule,
  type HiringAidRuleId,
  type SizeBand,
} from './hiring-aid-rules.js';
export {
  apprenticeHiringAid,
  findHiringAidRule,
  LARGE_COMPANY_HEADCOUNT,
  type HiringAidInput,
  type HiringAidResult,
  type HiringAidEligible,
  type HiringAidNotEligible,
  type HiringAidUnknownRule,
  type HiringAidInvalid,
  type HiringAidStatus,
  type NormalisedHiringAidInput,
  type NotEligibleReason,
  type UnknownRuleReason,
} from './hiring-aid.js';
export {
  employerParticipation,
  EMPLOYER_PARTICIPATION_FROM,
  EMPLOYER_PARTICIPATION_LEVELS,
  EMPLOYER_PARTICIPATION_AMOUNTS,
  EMPLOYER_PARTICIPATION_NOTES,
  type EmployerParticipationInput,
  type EmployerParticipationResult,
  type EmployerParticipationRuleId,
  type ParticipationDue,
  type ParticipationNotDue,
  type ParticipationInvalid,
  type ParticipationNotDueReason,
} from './employer-participation.js';
export { ACTORS } from './actors.js';
export type { PaymentRow, Scheme, SchemeDefinition, SchemeId, SchemeStep } from './scheme-types.js';
export { SCHEMES, SCHEME_IDS, SCHEME_ORDER, getScheme, isSchemeId, newestSourceDate } from './schemes/index.js';
export {
  MONEY_FLOW_NODES,
  MONEY_FLOW_EDGES,
  moneyFlowText,
  type MoneyFlowNode,
  type MoneyFlowEdge,
  type MoneyFlowKind,
} from './money-flow.js';
export { GLOSSARY, termsIn, type GlossaryTerm } from './glossary.js';
