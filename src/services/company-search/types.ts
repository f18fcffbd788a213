// Public types of the company look-up client. No `any`: raw API data is narrowed in api-shape.ts.
import type { Resolution } from '../../data/index.js';
import type { RawPayload } from './api-shape.js';
import type { Localized } from '../../data/lang.js';
import type { Clock } from '../clock.js';

/** What a single search field holds (the finder uses one field for IDCC, words, SIRET/SIREN, names). */
export type QueryKind =
  | 'siret' // 14 digits, spaces/dots allowed
  | 'siren' // 9 digits
  | 'name' // text of 3+ characters (company name, optionally with a town)
  | 'idcc-like' // 1–4 digits, or "IDCC 16": a convention code, not a company
  | 'partial-id' // 5–8 or 10–13 digits: a number still being typed; never sent
  | 'empty';

/** What `resolveOpco()` from src/data returns for one IDCC. */
export type IdccResolution = Resolution;

export interface ResolvedIdcc {
  /** As the API gives it: 4 digits, zero-padded ("0016"). */
  idcc: string;
  resolution: IdccResolution;
}

/** INSEE "tranche d'effectif salarié", with numbers a funding simulator can use. */
export interface HeadcountBand {
  /** INSEE code: "NN", "00", "01" … "53". */
  code: string;
  label: Localized<string>;
  /** Inclusive bounds; `max` null = open-ended ("10 000 salariés et plus"). */
  min: number;
  max: number | null;
  /** Year the band refers to (annee_tranche_effectif_salarie), when given. */
  year: string | null;
}

/** Overseas location, so the widget can add the AKTO-delegation note where it applies. */
export interface OverseasInfo {
  /** INSEE code: 971–976 (DROM, and 975 Saint-Pierre-et-Miquelon), 977/978 (Saint-Barthélemy/-Martin). */
  code: string;
  name: string;
  /**
   * AKTO represents the other OPCOs in Guadeloupe, Martinique, Guyane, La Réunion and Mayotte
   * (2020 agreement; source in notes/peers.md §1.8), so the OPCO to *contact* can be AKTO.
   */
  aktoDelegation: boolean;
}

export interface Establishment {
  siret: string;
  isHeadOffice: boolean;
  /** false = "F" (fermé). */
  active: boolean;
  closedOn: string | null;
  /** Null when absent or masked (non-diffusible). */
  address: string | null;
  postcode: string | null;
  town: string | null;
  /** INSEE commune code (not the postcode). */
  communeCode: string | null;
  overseas: OverseasInfo | null;
  /** Several are possible; empty = none declared in DSN. */
  idccs: ResolvedIdcc[];
  headcount: HeadcountBand | null;
  nafCode: string | null;
  /** The NAF 2025 code (`activite_principale_naf25`), when the API gives it: the APE code from 1 January 2027. */
  nafCode2025?: string | null;
  /** Trade name (enseigne / nom commercial) when there is one. */
  tradeName: string | null;
  /**
   * Returned by the API as matching the search (`matching_etablissements`), not only as the head
   * office. After a name search narrowed by postcode, only these count.
   */
  matched: boolean;
}

export interface Company {
  siren: string;
  /** Null when the API masks it (a non-diffusible sole trader) or gives none; a non-diffusible company keeps its name. */
  name: string | null;
  nonDiffusible: boolean;
  /** false = legal unit "C" (cessée). */
  active: boolean;
  closedOn: string | null;
  headcount: HeadcountBand | null;
  /** Company-wide list (complements.liste_idcc); each establishment has its own list too. */
  idccs: ResolvedIdcc[];
  headOffice: Establishment | null;
  /**
   * The establishments the API returned: the head office first, then the matching ones,
   * without duplicates. A SIREN look-up only gives the head office; a SIRET look-up gives that one.
   */
  establishments: Establishment[];
  /** SIRET the user typed, when the query was a SIRET. */
  queriedSiret: string | null;
  openEstablishmentCount: number | null;
  establishmentCount: number | null;
  nafCode: string | null;
  /** The NAF 2025 code (`activite_principale_naf25`), when the API gives it: the APE code from 1 January 2027. */
  nafCode2025?: string | null;
  /** True when any returned establishment is overseas. */
  hasOverseas: boolean;
  /** The postcode (sent as `code_postal`) or town a name search was narrowed to: only matching establishments count. */
  narrowedTo: string | null;
  /** The API masks the address ("[NON-DIFFUSIBLE]"). */
  addressHidden: boolean;
}

/** The query after validation: exactly what is sent (and the cache key). */
export type PreparedQuery =
  | { kind: 'siret'; q: string; siren: string }
  | { kind: 'siren'; q: string; siren: string }
  /** `town`: narrows the answer in the browser (establishments in that town); never sent. */
  | { kind: 'name'; q: string; postcode: string | null; town: string | null };

export type InvalidInputReason =
  | 'empty'
  | 'too-short' // name under 3 characters
  | 'idcc-like' // belongs to the IDCC look-up, not this client
  | 'partial-id'
  | 'invalid-id' // 9/14 digits failing the Luhn check
  | 'invalid-postcode';

export type CompanySearchError =
  /** `detail`: the data module's reason code; `message`: its user-facing text, when it has one. */
  | { kind: 'invalid-input'; reason: InvalidInputReason; detail?: string; message?: Localized<string> }
  | { kind: 'network'; offline: boolean; message: string }
  | { kind: 'timeout'; timeoutMs: number }
  /**
   * `retryAfter` in whole seconds from now; `retryAt` epoch ms. No request is sent before it.
   * `capped`: the server asked for longer than a visitor can wait (MAX_RETRY_AFTER_MS); the
   * wait was cut to that. `likely`: no 429 was seen, but a network error right after a burst of
   * requests (a 429 without CORS headers looks like that), so the client backs off anyway.
   */
  | { kind: 'rate-limited'; retryAfter: number; retryAt: number; status: 429 | null; capped?: true; likely?: true }
  | { kind: 'http'; status: number; message: string | null }
  /** `too-large`: the reply passed MAX_REPLY_BYTES and was not read further; `content-type`: not JSON. */
  /**
   * `mismatch`: a SIREN or SIRET look-up answered with another company (or without the establishment
   * asked); `redirected`: the answer came from another address than the one asked (a host's `fetch`
   * followed a redirect the client refuses).
   */
  | { kind: 'bad-response'; status: number; reason: 'json' | 'shape' | 'content-type' | 'too-large' | 'mismatch' | 'redirected' }
  /** Superseded by a newer search, or the caller's signal fired. */
  | { kind: 'aborted' }
  /** The client is switched off (option `disabled`, or an unusable `apiBase`). */
  | { kind: 'disabled' };

export type CompanySearchErrorKind = CompanySearchError['kind'];

export interface CompanySearchSuccess {
  ok: true;
  query: PreparedQuery;
  companies: Company[];
  totalResults: number;
  page: number;
  perPage: number;
  fromCache: boolean;
  /** Items in `results` that were not usable (no valid SIREN) and were left out. */
  skipped: number;
}

export interface CompanySearchFailure {
  ok: false;
  query: PreparedQuery | null;
  error: CompanySearchError;
}

export type CompanySearchResult = CompanySearchSuccess | CompanySearchFailure;

export interface CompanySearchOptions {
  /** API base URL (a partner's proxy, say). Default https://recherche-entreprises.api.gouv.fr */
  apiBase?: string;
  /** Per request, headers and body included. Default 8000; kept within 1 ms … 60 s. */
  timeoutMs?: number;
  /** Used by `createDebounce`/sessions built on this client. Default 250. */
  debounceMs?: number;
  /** Results per page, 1–25 (API limit). Default 10. */
  perPage?: number;
  /** Default: the page's `fetch` (whatever it is: its answers are checked all the same). */
  fetch?: typeof fetch;
  /** Time for the timeout and the waits (tests pass a fake one). Default: the page's clock (src/services/clock.ts). */
  clock?: Clock;
  /** Switch the network off: every search answers `{ kind: 'disabled' }`. */
  disabled?: boolean;
  /** Page-wide cache + rate limiter; only tests need their own (see createPageState). */
  pageState?: PageState;
  /**
   * IDCC → OPCO resolver. Default (createCompanySearch): the bundled data's `resolveOpco`. An element passes its own
   * data's (`this.data.resolveOpco`) so answers follow the provider's tables.
   */
  resolveOpco?: (idcc: unknown) => Resolution;
}

export interface SearchCallOptions {
  signal?: AbortSignal;
  /**
   * Postcode to narrow a name search, sent as the API's `code_postal` (ignored for SIREN/SIRET);
   * must match the API's pattern (5 characters, Corsica 2A/2B), else `invalid-postcode`.
   */
  postcode?: string;
  /** A town to narrow a name search: not sent; only establishments in that town count. */
  town?: string;
  /** Skip the cache read (the fresh answer is still stored). */
  refresh?: boolean;
}

export interface CompanySearch {
  /**
   * Never rejects. A new call on the same client supersedes the previous one still running
   * (it resolves `{ kind: 'aborted' }`), so a late reply never overwrites a newer one.
   */
  search(input: string, options?: SearchCallOptions): Promise<CompanySearchResult>;
  /** Aborts the running search, if any. */
  abort(): void;
  readonly apiBase: string;
  readonly debounceMs: number;
}

/** Shared by every client on the page (see page-state.ts). */
export interface PageState {
  readonly cache: ResponseCacheLike;
  readonly limiter: RateLimiterLike;
  /** apiBase → epoch ms before which no request may be sent (after a 429). */
  readonly blockedUntil: Map<string, number>;
  /** apiBase → when the last requests were sent (a few), to recognise a burst. */
  readonly recent: Map<string, number[]>;
}

/**
 * Holds validated API payloads, not mapped results: each client maps them with its own resolver,
 * so a page-wide cache never leaks one widget's data tables into another's answers.
 */
export interface ResponseCacheLike {
  get(key: string): RawPayload | undefined;
  /** `size`: the payload's weight (its JSON length), for the cache's byte budget. */
  set(key: string, value: RawPayload, size?: number): void;
  clear(): void;
}

export interface RateLimiterLike {
  /**
   * Resolves true when a request may go, false if `signal` fired while waiting in the queue. A turn
   * granted holds its slot until `sent()` (the request leaves: its window starts) or `release()`.
   */
  acquire(signal?: AbortSignal): Promise<boolean>;
  /** The request of the granted turn leaves now. */
  sent(): void;
  /** The granted turn is not used. */
  release(): void;
}
