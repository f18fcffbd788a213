// Public API of the funding data: typed rules transcribed from the funding notes (compiled 2026-11-26).
import { deepFreeze } from '../freeze.js';
import { FUNDING_SOURCES as sources } from '../generated/funding-sources.js';
import { LEGAL as legal } from './legal.js';
import * as aidRules from './hiring-aid-rules.js';
import * as participation from './employer-participation.js';
import { ACTORS as actors } from './actors.js';
import { SCHEMES as schemes } from './schemes/index.js';
import * as moneyFlow from './money-flow.js';
import { GLOSSARY } from './glossary.js';
export type * from './types.js';
export { FUNDING_SOURCES, FUNDING_NOTES_COMPILED, SOURCES_READ_ON } from '../generated/funding-sources.js';
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

// The funding tables are frozen all the way down: a host page that reads them (or gets them in an
// event detail) cannot change what the explainer shows.
for (const table of [
  sources,
  legal,
  aidRules.HIRING_AID_RULES,
  aidRules.HIRING_AID_COVERAGE,
  aidRules.HIRING_AID_CONDITIONS,
  aidRules.HIRING_AID_CAVEATS,
  participation.EMPLOYER_PARTICIPATION_LEVELS,
  participation.EMPLOYER_PARTICIPATION_AMOUNTS,
  participation.EMPLOYER_PARTICIPATION_NOTES,
  actors,
  schemes,
  moneyFlow.MONEY_FLOW_NODES,
  moneyFlow.MONEY_FLOW_EDGES,
  GLOSSARY,
]) {
  deepFreeze(table);
}
export { GLOSSARY, termsIn, type GlossaryTerm } from './glossary.js';
