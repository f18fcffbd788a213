// Decoder of the packed convention table written by scripts/build-data.mjs.
// Self-contained on purpose (type imports only): the build script loads this very file to check
// that every row round-trips, so the format is defined once.
import type { Confidence, Convention, LegalStatus, OpcoId, Scope } from './types.js';

/*
 * Format: one row per line, fields separated by "|", rows sorted by IDCC.
 *  0 IDCC minus the previous row's IDCC (decimal)
 *  1 OPCO index (base 36 digit) or empty
 *  2 candidates: one base-36 digit per OPCO, most frequent first
 *  3 confidence letter (CONFIDENCE)
 *  4 legal status letter (STATUS) or empty
 *  5 replacing IDCCs, comma-separated, without leading zeros
 *  6 sources bitmask: 1 = SIRO, 2 = 2019 ministry table
 *  7 establishments (decimal) or empty
 *  8 share × 10 000, empty when exactly 1 (and establishments present)
 *  9 scope letter (SCOPE)
 * 10 title: "^" + base-36 prefix index + rest, or the plain title, or empty
 * 11 short title: empty, "=" (same as title), "@start,length" (slice of the title, first letter
 *    upper-cased) or the plain text
 */
export const CONFIDENCE: Readonly<Record<string, Confidence>> = { h: 'high', m: 'medium', l: 'low', n: 'n/a' };
export const STATUS: Readonly<Record<string, LegalStatus>> = {
  E: 'VIGUEUR_ETEN',
  N: 'VIGUEUR_NON_ETEN',
  A: 'ABROGE',
  R: 'REMPLACE',
  P: 'PERIME',
  D: 'DENONCE',
  M: 'MODIFIE',
};
export const SCOPE: Readonly<Record<string, Scope>> = { n: 'national', r: 'regional', d: 'departmental', u: 'unknown' };

export interface PackedSourceIds {
  /** Source id for bit 1 (SIRO). */
  readonly siro: string;
  /** Source id for bit 2 (2019 ministry table). */
  readonly ministry: string;
}

const pad4 = (n: number): string => String(n).padStart(4, '0');

export function decodeConventions(
  packed: string,
  prefixes: readonly string[],
  opcoIds: readonly OpcoId[],
  sourceIds: PackedSourceIds,
): Convention[] {
  const out: Convention[] = [];
  const opcoAt = (digit: string): OpcoId => {
    const id = opcoIds[parseInt(digit, 36)];
    if (!id) throw new Error(`packed table: unknown OPCO index ${digit}`);
    return id;
  };
  let idcc = 0;
  for (const line of packed.split('\n')) {
    const f = line.split('|');
    idcc += Number(f[0]);
    let title: string | null = f[10] || null;
    if (title && title[0] === '^') title = prefixes[parseInt(title[1]!, 36)] + title.slice(2);
    const s = f[11]!;
    let shortTitle: string | null = s || null;
    if (s === '=') shortTitle = title;
    else if (s[0] === '@' && title) {
      const [start, length] = s.slice(1).split(',').map(Number) as [number, number];
      const slice = title.slice(start, start + length);
      shortTitle = slice[0]!.toUpperCase() + slice.slice(1);
    }
    const bits = Number(f[6]);
    const establishments = f[7] ? Number(f[7]) : null;
    out.push({
      idcc: pad4(idcc),
      title,
      shortTitle,
      opco: f[1] ? opcoAt(f[1]) : null,
      candidates: [...f[2]!].map(opcoAt),
      replacedBy: f[5] ? f[5].split(',').map((n) => pad4(Number(n))) : [],
      confidence: CONFIDENCE[f[3]!] ?? 'n/a',
      legalStatus: STATUS[f[4]!] ?? null,
      scope: SCOPE[f[9]!] ?? 'unknown',
      establishments,
      share: establishments === null ? null : f[8] ? Number(f[8]) / 10000 : 1,
      sources: [...(bits & 1 ? [sourceIds.siro] : []), ...(bits & 2 ? [sourceIds.ministry] : [])],
    });
  }
  return out;
}

/** The convention table as it travels (src/data/generated/conventions.json, written by scripts/build-data.mjs). */
export interface ConventionsTable {
  readonly asOf: string;
  /** Title prefixes referred to by "^" + base-36 index in `rows`. */
  readonly prefixes: readonly string[];
  /** One line per IDCC, in the format above. */
  readonly rows: string;
}

/** Reads a parsed conventions.json; throws on a shape that is not the table's (a file from elsewhere). */
export function decodeTable(table: unknown, opcoIds: readonly OpcoId[], sourceIds: PackedSourceIds): Convention[] {
  const t = table as Partial<ConventionsTable> | null;
  if (!t || typeof t.rows !== 'string' || !Array.isArray(t.prefixes) || !t.prefixes.every((p) => typeof p === 'string')) {
    throw new Error('packed table: not a convention table');
  }
  return decodeConventions(t.rows, t.prefixes, opcoIds, sourceIds);
}
