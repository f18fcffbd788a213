// Company look-up against the API Recherche d'entreprises (or a partner's proxy of it).
export { createCompanySearch, DEFAULT_API_BASE, DEFAULT_DEBOUNCE_MS, DEFAULT_TIMEOUT_MS, FALLBACK_RETRY_AFTER_MS } from './client.js';
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
