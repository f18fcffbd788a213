// Company look-up against the API Recherche d'entreprises (or a partner's proxy of it).
import { opcoData } from '../../data/bundled.js';
import { createSearchClient } from './client.js';
import type { CompanySearch, CompanySearchOptions } from './types.js';

/** The company look-up; IDCCs are resolved with the data module's bundled table unless `resolveOpco` is given. */
export const createCompanySearch = (options: CompanySearchOptions = {}): CompanySearch =>
  createSearchClient({ resolveOpco: (idcc) => opcoData.resolveOpco(idcc), ...options });

export { createSearchClient, DEFAULT_API_BASE, DEFAULT_DEBOUNCE_MS, DEFAULT_TIMEOUT_MS, FALLBACK_RETRY_AFTER_MS } from './client.js';
export { detectQueryKind, idccFromQuery, MIN_NAME_LENGTH } from './query-kind.js';
export { API_POSTCODE } from './prepare-query.js';
export { MAX_REPLY_BYTES, MAX_RETRY_AFTER_MS } from './client.js';
export { CACHE_MAX_BYTES, CACHE_MAX_ENTRIES, ResponseCache } from './response-cache.js';
export { createDebounce, type Debounced } from './debounce.js';
export { headcountBand } from './headcount.js';
export { overseasFrom } from './overseas.js';
export { createPageState, clearCompanySearchCache, type PageStateOptions } from './page-state.js';
export { CompanySearchSession, type CompanySearchState, type SessionSearchOptions } from './session.js';
export type * from './types.js';
