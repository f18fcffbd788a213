// Tells what a single search field holds. Pure: no data tables, no network.
import type { QueryKind } from './types.js';

/** Names shorter than this are not sent (too many matches, and it spares the rate limit). */
export const MIN_NAME_LENGTH = 3;

// Separators people paste inside identifiers: spaces (incl. no-break ones), dots, dashes, slashes.
const ID_SEPARATORS = /[\s\u00a0\u202f\u2007.\-_/]/g;
const IDCC_PREFIX = /^idcc\s*(?:n[°o]?\s*)?:?\s*(\d{1,4})$/i;

/** Collapses whitespace; keeps case and accents (the API handles them). */
export function normaliseText(input: string): string {
  return input.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Digits of an identifier typed with separators ("552 100 554 00013" → "55210055400013"), else null. */
export function idDigits(input: string): string | null {
  const compact = input.replace(ID_SEPARATORS, '');
  return /^\d+$/.test(compact) ? compact : null;
}

export function detectQueryKind(input: unknown): QueryKind {
  if (typeof input !== 'string') return 'empty';
  const text = normaliseText(input);
  if (text === '') return 'empty';
  if (IDCC_PREFIX.test(text)) return 'idcc-like';
  const digits = idDigits(text);
  if (digits !== null) {
    if (digits.length <= 4) return 'idcc-like';
    if (digits.length === 9) return 'siren';
    if (digits.length === 14) return 'siret';
    return 'partial-id';
  }
  return 'name';
}

/** The IDCC of an "idcc-like" input ("IDCC 16" → "0016"), for the finder's local look-up. */
export function idccFromQuery(input: string): string | null {
  const text = normaliseText(input);
  const m = IDCC_PREFIX.exec(text);
  const digits = m ? m[1] : idDigits(text);
  if (digits === null || digits === undefined || digits.length > 4) return null;
  return digits.padStart(4, '0');
}
