// The responses recorded from the live API Recherche d'entreprises (./recorded/*.json, see
// ./recorded/README.md), indexed for the fake. Node only (reads files at start).
//
//   bodies     lower-cased `q` → the recorded body, served as recorded when the request fits it
//   companies  SIREN → { company, establishments: Map<SIRET, establishment> }: every company seen
//              in any recorded answer, with every establishment seen for it (head office and
//              matching ones), so that SIREN and SIRET look-ups of them follow the API's rules
import { readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('./recorded/', import.meta.url);

/** Files that are not a plain `q` search (recorded with other filters): indexed, never served for their q. */
const FILTERED = new Set(['search--label-rge-type-ct.json', 'search-ganymede-ca_min-100-res_max-100000.json']);

function load() {
  /** @type {Map<string, { file: string, body: any }>} */
  const bodies = new Map();
  /** @type {Map<string, { company: any, establishments: Map<string, any> }>} */
  const companies = new Map();
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const { searchTerms, result } = JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
    if (!FILTERED.has(file)) bodies.set(String(searchTerms).toLowerCase(), { file, body: result });
    for (const c of result.results ?? []) {
      if (typeof c.siren !== 'string' || !c.siege || typeof c.siege.siret !== 'string') continue;
      const known = companies.get(c.siren) ?? { company: c, establishments: new Map() };
      companies.set(c.siren, known);
      known.establishments.set(c.siege.siret, c.siege);
      for (const e of c.matching_etablissements ?? []) known.establishments.set(e.siret, e);
    }
  }
  return { bodies, companies };
}

export const RECORDED = load();

/** The recorded company that owns `siret`, with that establishment, or null. */
export function recordedEstablishment(siret) {
  const known = RECORDED.companies.get(siret.slice(0, 9));
  const e = known?.establishments.get(siret);
  return known && e ? { company: known.company, establishment: e } : null;
}
