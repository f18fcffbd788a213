// Public API of opco-widgets' data (entry of dist/data.js): no DOM, usable in browsers and Node.
import { nafTables, opcoData } from './bundled.js';
import type { SearchOptions } from './search.js';
import type { Convention } from './types.js';

export type { Audience, Confidence, Convention, DataSource, Dataset, LegalStatus, Message, Opco, OpcoId, OpcoLink, OpcoLinks, OpcoLinkTopic, OpcoProfile, OpcoTables, Scope } from './types.js';
export type { Resolution, ResolutionKind } from './resolve.js';
export type { SearchHit, SearchOptions } from './search.js';
export type { IdccInvalidReason, IdccParse } from './idcc.js';
export type { CompanyIdInvalidReason, CompanyIdParse } from './company-id.js';
export type { SpecialCode, SpecialReason } from './specials.js';
export type { OpcoData } from './create.js';
export type { NafCandidate, NafEvidence, NafInvalidReason, NafNoConvention, NafNomenclature, NafResult, NafStrength } from './naf.js';

export { createOpcoData } from './create.js';
export { LANGS, DEFAULT_LANG, type Lang, type Localized } from './lang.js';
export { opcoData };
export { parseIdcc } from './idcc.js';
export { parseCompanyId, luhnValid } from './company-id.js';
export { normalizeText } from './normalize.js';
export { isCurrent, DEFAULT_LIMIT } from './search.js';
export { SPECIAL_CODES } from './specials.js';
export { describeInput } from './resolve.js';
export { PUBLIC_STATUTORY_CODES, PUBLIC_EMPLOYER_SOURCES, isStatutoryCode, publicServiceOf } from './public-employers.js';
export type { PublicFact, PublicService, PublicServiceInfo } from './public-employers.js';
export { NAF_CAVEAT, NAF_NO_CONVENTION, NAF_2025_START, parseNaf, looksLikeNaf, apeCodesInOrder, rankNafCandidates } from './naf.js';
import { allNafCodes as nafCodesOf } from './naf.js';
/** Every sub-class of NAF rév. 2 (732) and NAF 2025 (747), as INSEE writes them. */
export const allNafCodes = () => nafCodesOf(nafTables);
import { conventionsForNaf as nafCandidates } from './naf.js';

/** The 11 OPCOs. */
export const opcos = opcoData.opcos;
/** Every IDCC of the bundled table, sorted by IDCC. */
export const conventions = opcoData.conventions;
/** Date and sources of the bundled data. */
export const dataset = opcoData.dataset;

export const getOpco = (id: unknown) => opcoData.getOpco(id);
export const findConvention = (idcc: unknown) => opcoData.findConvention(idcc);
export const conventionsOf = (opco: unknown) => opcoData.conventionsOf(opco);
export const resolveOpco = (input: unknown) => opcoData.resolveOpco(input);
/**
 * Candidate conventions for a NAF/APE code ("56.10A", "5610A", "56.10a"), with their evidence and the caveat that the
 * code does not decide the convention. Also takes a company's `activite_principale` as the look-up gives it.
 */
export const conventionsForNaf = (code: unknown) => nafCandidates(code, (idcc) => opcoData.findConvention(idcc), nafTables);
/** A company's `activite_principale` (e.g. "56.10A") → candidate conventions: for an establishment with no IDCC. */
export const conventionsForActivity = conventionsForNaf;
/** The same against another dataset (a provider's): `findConvention` maps an IDCC to its row. */
export const conventionsForNafWith = (code: unknown, findConvention: (idcc: string) => Convention | undefined) => nafCandidates(code, findConvention, nafTables);
export const searchConventions = (query: unknown, options?: SearchOptions) => opcoData.searchConventions(query, options);

export * from './funding/index.js';
export * from './pay/index.js';
