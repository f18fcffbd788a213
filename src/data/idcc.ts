// Reading an IDCC from whatever a user or an attribute gives us.

export type IdccInvalidReason = 'empty' | 'wrong-type' | 'not-a-code' | 'too-long' | 'out-of-range';

export type IdccParse = { readonly ok: true; readonly idcc: string } | { readonly ok: false; readonly reason: IdccInvalidReason };

// Longer than any sensible spelling ("IDCC n° 0016"): refuse before any regex work on huge strings.
const MAX_INPUT = 40;
// Spaces of every kind, including the non-breaking ones French typography puts before ":".
const SPACES = /[\s\u00a0\u202f\u2007]+/g;
const PREFIX = /^idcc(?:n[°o]|no\.?)?[:.-]?/;

/**
 * Accepts 16, "16", "0016", "IDCC 16", " 0016 ", "idcc0016", "IDCC n° 16", "IDCC : 16"; returns the
 * 4-digit IDCC. Never throws.
 */
export function parseIdcc(input: unknown): IdccParse {
  if (input === null || input === undefined) return { ok: false, reason: 'empty' };
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return { ok: false, reason: Number.isFinite(input) ? 'out-of-range' : 'not-a-code' };
    if (input < 1 || input > 9999) return { ok: false, reason: input > 9999 ? 'too-long' : 'out-of-range' };
    return { ok: true, idcc: String(input).padStart(4, '0') };
  }
  if (typeof input !== 'string') return { ok: false, reason: 'wrong-type' };
  if (input.length > MAX_INPUT * 4) return { ok: false, reason: 'too-long' };
  const compact = input.replace(SPACES, '').toLowerCase();
  if (!compact) return { ok: false, reason: 'empty' };
  const digits = compact.replace(PREFIX, '');
  if (!digits) return { ok: false, reason: 'empty' }; // "IDCC" alone
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'not-a-code' };
  const significant = digits.replace(/^0+/, '');
  if (!significant) return { ok: false, reason: 'out-of-range' }; // "0000"
  if (significant.length > 4) return { ok: false, reason: 'too-long' };
  return { ok: true, idcc: significant.padStart(4, '0') };
}
