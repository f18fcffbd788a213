// Validation before any request: a malformed or Luhn-invalid number, a too-short name or an
// IDCC-looking input never reaches the network.
import { parseCompanyId } from '../../data/company-id.js';
import { MIN_NAME_LENGTH, detectQueryKind, idDigits, normaliseText } from './query-kind.js';
import type { CompanySearchError, PreparedQuery } from './types.js';

/**
 * The API's own pattern for `code_postal` (search-api); anything else gets a 400, so it is never
 * sent: 01–98 (no 00, no 99) or Corsica's 2A/2B, then 3 digits.
 */
export const API_POSTCODE = /^((0[1-9])|([1-8]\d)|(9[0-8])|2A|2B)\d{3}$/;

/** Longer text is cut: no company name needs it and it keeps URLs short. */
const MAX_NAME_LENGTH = 120;

export type Prepared = { ok: true; query: PreparedQuery } | { ok: false; error: InvalidInput };

type InvalidInput = Extract<CompanySearchError, { kind: 'invalid-input' }>;

const invalid = (reason: InvalidInput['reason'], extra: Omit<InvalidInput, 'kind' | 'reason'> = {}): Prepared => ({
  ok: false,
  error: { kind: 'invalid-input', reason, ...extra },
});

export function prepareQuery(input: unknown, postcode?: unknown, town?: unknown): Prepared {
  const kind = detectQueryKind(input);
  if (typeof input !== 'string' || kind === 'empty') return invalid('empty');
  if (kind === 'idcc-like' || kind === 'partial-id') return invalid(kind);

  if (kind === 'siret' || kind === 'siren') {
    const parsed = parseCompanyId(idDigits(input) ?? input);
    if (!parsed.ok) return invalid('invalid-id', { detail: parsed.reason, message: parsed.message });
    // the API ignores every filter (postcode included) on a direct look-up, so none is sent
    return { ok: true, query: { kind: parsed.kind, q: parsed.value, siren: parsed.siren } };
  }

  const q = normaliseText(input).slice(0, MAX_NAME_LENGTH);
  // count letters, not spaces: "a b" is as vague as "ab"
  if (q.replace(/\s/g, '').length < MIN_NAME_LENGTH) return invalid('too-short');
  let pc: string | null = null;
  if (postcode !== undefined && postcode !== null && postcode !== '') {
    pc = typeof postcode === 'string' ? postcode.replace(/\s/g, '').toUpperCase() : '';
    if (!API_POSTCODE.test(pc)) return invalid('invalid-postcode');
  }
  // a town is never sent (the API filters by postcode only): the answer is narrowed in the browser
  const tn = typeof town === 'string' && pc === null ? normaliseText(town).slice(0, 60) : '';
  return { ok: true, query: { kind: 'name', q, postcode: pc, town: tn === '' ? null : tn } };
}

export function cacheKey(apiBase: string, query: PreparedQuery, perPage: number): string {
  const filter = query.kind === 'name' ? (query.postcode ?? '') : '';
  return [apiBase, query.kind, query.q.toLowerCase(), filter, perPage].join('|');
}
