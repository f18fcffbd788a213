// idcc-opco.csv rows → the build's row model, and the SIRO refresh that merges a new aggregate over it.

const PSEUDO = new Set(['5100', '5501']); // present at 10–11 OPCOs: never an OPCO (SOURCES.md)

const pct = (share) => `${Math.round(share * 1000) / 10} %`;

const parseShare = (s) => (s === '' ? null : s === '0.9999+' ? 0.9999 : Number(s));

/** @param {Record<string, string>} r a CSV record @param {{ siro: string, ministry: string }} ids */
export function rowFromCsv(r, ids) {
  const sources = r.source ? r.source.split('+') : [];
  for (const s of sources) if (s !== ids.siro && s !== ids.ministry) throw new Error(`IDCC ${r.idcc}: unknown source ${s}`);
  // 1740 is split, which the single `remplacee_par` column cannot hold; SOURCES.md puts it in `notes`.
  const split = /Scindée en IDCC (\d{4}(?:(?:, | et )\d{4})+)/.exec(r.notes)?.[1];
  const replacedBy = r.remplacee_par ? r.remplacee_par.split(/[|,]/) : split ? split.split(/, | et /) : [];
  return {
    idcc: r.idcc,
    title: r.title || null,
    shortTitle: r.short_title || null,
    opco: r.opco || null,
    candidates: r.opco_candidates ? r.opco_candidates.split('|') : [],
    confidence: r.confidence,
    legalStatus: r.etat_juridique_2024 || null,
    replacedBy,
    siro: sources.includes(ids.siro),
    ministry: sources.includes(ids.ministry),
    establishments: r.siro_etablissements === '' ? null : Number(r.siro_etablissements),
    share: parseShare(r.siro_part_majoritaire),
    opco2019: r.opco_table_2019 || null,
  };
}

/** The confidence rule of SOURCES.md, used to re-rate rows after a SIRO refresh. */
export function rateConfidence(row) {
  if (PSEUDO.has(row.idcc) || !row.opco) return 'n/a';
  if (!row.siro) return 'low'; // only in the 2019 table
  if (row.candidates.length) return 'low'; // shared (< 90 %)
  const n = row.establishments ?? 0;
  const conflict = row.opco2019 !== null && row.opco2019 !== row.opco;
  if (n >= 20 && row.share >= 0.99 && !conflict) return 'high';
  if (n >= 5 || row.share < 0.99 || conflict || row.opco2019 === row.opco) return 'medium';
  return 'low';
}

/**
 * Merges a SIRO aggregate over the rows: OPCO, candidates, counts and share come from SIRO; titles,
 * replacements and legal status stay. Returns the new rows and a human summary of what changed
 * (OPCO, share moved by 1 point or more, shared status, IDCCs added and gone).
 */
export function mergeSiro(rows, aggregate) {
  const changes = { opco: [], share: [], shared: [], added: [], dropped: [], confidence: 0, counts: 0 };
  const seen = new Set();
  const merged = rows.map((row) => {
    seen.add(row.idcc);
    const s = aggregate.byIdcc.get(row.idcc);
    let next;
    if (s) {
      const pseudo = PSEUDO.has(row.idcc);
      next = {
        ...row,
        siro: true,
        opco: pseudo ? null : s.opco,
        candidates: pseudo ? [...new Set([...s.candidates, s.opco])] : [...s.candidates],
        establishments: s.establishments,
        share: s.share,
      };
    } else if (row.siro) {
      changes.dropped.push(row.idcc);
      next = { ...row, siro: false, opco: row.opco2019, candidates: [], establishments: null, share: null };
    } else next = row;
    next.confidence = rateConfidence(next);
    if (next.opco !== row.opco) changes.opco.push(`${row.idcc}: ${row.opco ?? '—'} → ${next.opco ?? '—'}`);
    else if (next.share !== null && row.share !== null && Math.abs(next.share - row.share) >= 0.01)
      changes.share.push(`${row.idcc} (${next.opco}): ${pct(row.share)} → ${pct(next.share)}`);
    if (next.candidates.length > 0 !== row.candidates.length > 0)
      changes.shared.push(`${row.idcc}: ${next.candidates.length ? 'now shared' : 'no longer shared'}`);
    if (next.confidence !== row.confidence) changes.confidence++;
    if (next.establishments !== row.establishments) changes.counts++;
    return next;
  });
  for (const s of aggregate.byIdcc.values()) {
    if (seen.has(s.idcc)) continue;
    const row = {
      idcc: s.idcc,
      title: null,
      shortTitle: null,
      opco: s.opco,
      candidates: [...s.candidates],
      legalStatus: null,
      replacedBy: [],
      siro: true,
      ministry: false,
      establishments: s.establishments,
      share: s.share,
      opco2019: null,
    };
    row.confidence = rateConfidence(row);
    merged.push(row);
    changes.added.push(`${s.idcc} (${s.opco}, ${s.establishments})`);
  }
  merged.sort((a, b) => (a.idcc < b.idcc ? -1 : 1));
  return { rows: merged, changes };
}
