// Per-IDCC aggregation of France compétences' SIRO table (SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION).
// Pure and self-contained (no Node API, no runtime import): `npm run data:build -- --siro` streams the
// 100 MB monthly file through it, and a browser test runs it on test/fixtures/siro-sample.csv.

/** Below this majority share an IDCC is "shared" and lists its candidates (same rule as SOURCES.md). */
export const SHARED_BELOW = 0.9;

/** DSN escape codes, never a convention: 9999 "sans convention collective", 9998 "non encore en vigueur". */
const EXCLUDED = new Set(['9998', '9999']);

export interface SiroIdccStats {
  readonly idcc: string;
  /** Our OPCO id with the most establishments (ties: alphabetical id). */
  readonly opco: string;
  /** Establishments of that OPCO. */
  readonly establishments: number;
  /** Its share of the establishments with a known OPCO, 4 decimals, 0.9999 when it rounds to 1 but is not all. */
  readonly share: number;
  /** Every OPCO seen, most frequent first, when share < 0.90; else empty. */
  readonly candidates: readonly string[];
  /** Establishments with a known OPCO for this IDCC. */
  readonly total: number;
}

export interface SiroAggregate {
  readonly byIdcc: ReadonlyMap<string, SiroIdccStats>;
  /** Data lines read (header excluded). */
  readonly lines: number;
  /** Lines with IDCC 9998/9999. */
  readonly excluded: number;
  /** Lines without a usable IDCC (empty, not 1–4 digits). */
  readonly withoutIdcc: number;
  /** Lines with fewer than 3 fields. */
  readonly malformed: number;
  /** OPCO_PROPRIETAIRE labels not found in `labelToId`, with their line counts. */
  readonly unmappedLabels: ReadonlyMap<string, number>;
}

export interface SiroAggregator {
  add(line: string): void;
  result(): SiroAggregate;
}

/** Rounds a share to 4 decimals without ever showing 1 for "almost all". */
export function roundShare(count: number, total: number): number {
  if (count === total) return 1;
  return Math.min(Math.round((count / total) * 10000) / 10000, 0.9999);
}

/**
 * @param labelToId SIRO label (e.g. "OPCO2I", "L'OPCOMMERCE") → our OPCO id; matched after trim and
 * upper-casing.
 */
export function createSiroAggregator(labelToId: Readonly<Record<string, string>>): SiroAggregator {
  const labels = new Map(Object.entries(labelToId).map(([label, id]) => [label.trim().toUpperCase(), id]));
  const counts = new Map<string, Map<string, number>>();
  const unmapped = new Map<string, number>();
  let lines = 0;
  let excluded = 0;
  let withoutIdcc = 0;
  let malformed = 0;
  let first = true;

  return {
    add(raw: string): void {
      const line = raw.trim();
      if (!line) return;
      const fields = line.split('|');
      if (first) {
        first = false;
        if (fields[0]!.trim().toUpperCase() === 'SIRET') return;
      }
      lines++;
      if (fields.length < 3) {
        malformed++;
        return;
      }
      const code = fields[1]!.trim();
      if (!/^\d{1,4}$/.test(code)) {
        withoutIdcc++;
        return;
      }
      const idcc = code.padStart(4, '0');
      if (EXCLUDED.has(idcc)) {
        excluded++;
        return;
      }
      const label = fields[2]!.trim().toUpperCase();
      const opco = labels.get(label);
      if (!opco) {
        unmapped.set(label, (unmapped.get(label) ?? 0) + 1);
        return;
      }
      let perOpco = counts.get(idcc);
      if (!perOpco) counts.set(idcc, (perOpco = new Map()));
      perOpco.set(opco, (perOpco.get(opco) ?? 0) + 1);
    },

    result(): SiroAggregate {
      const byIdcc = new Map<string, SiroIdccStats>();
      for (const idcc of [...counts.keys()].sort()) {
        const ranked = [...counts.get(idcc)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const total = ranked.reduce((sum, [, n]) => sum + n, 0);
        const [opco, establishments] = ranked[0]!;
        const share = roundShare(establishments, total);
        byIdcc.set(idcc, {
          idcc,
          opco,
          establishments,
          share,
          candidates: establishments / total < SHARED_BELOW ? ranked.map(([id]) => id) : [],
          total,
        });
      }
      return { byIdcc, lines, excluded, withoutIdcc, malformed, unmappedLabels: new Map(unmapped) };
    },
  };
}

/** Aggregates a whole SIRO text, given as lines (the header line is recognised and skipped). */
export function aggregateSiro(lines: Iterable<string>, labelToId: Readonly<Record<string, string>>): SiroAggregate {
  const aggregator = createSiroAggregator(labelToId);
  for (const line of lines) aggregator.add(line);
  return aggregator.result();
}
