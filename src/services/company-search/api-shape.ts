// The part of the API Recherche d'entreprises response this client relies on, and the guards
// that narrow `unknown` JSON to it. Source: search-api app/doc/open-api.yml (`payload`, `result`,
// `siege`, `etablissement`). Fields we read — nothing else is needed:
//
//   payload:  results[] (required), total_results, page, per_page
//   result:   siren (required, 9 digits), nom_complet, etat_administratif ("A"/"C"), date_fermeture,
//             statut_diffusion ("O"/"P" = partly masked), tranche_effectif_salarie,
//             annee_tranche_effectif_salarie, activite_principale, nombre_etablissements,
//             nombre_etablissements_ouverts, siege, matching_etablissements[], complements.liste_idcc
//   siege / etablissement: siret, est_siege, etat_administratif ("A"/"F"), date_fermeture, adresse,
//             code_postal, commune (INSEE code), libelle_commune, liste_idcc (array or null),
//             tranche_effectif_salarie, annee_tranche_effectif_salarie, activite_principale,
//             nom_commercial, liste_enseignes, statut_diffusion_etablissement
//
// Traps: matching_etablissements is always empty for a SIREN look-up and holds only the queried
// SIRET for a SIRET look-up; liste_idcc may be null; non-diffusible units carry the literal
// "[NON-DIFFUSIBLE]" in name and address fields ("[ND]" is accepted too, defensively). Recorded
// reality (test/fake-api/recorded/README.md): a company keeps its name, only a sole trader's is
// masked; code_postal is masked, the commune and its name are not.

export interface RawEstablishment {
  siret: string;
  est_siege?: unknown;
  etat_administratif?: unknown;
  date_fermeture?: unknown;
  adresse?: unknown;
  code_postal?: unknown;
  commune?: unknown;
  libelle_commune?: unknown;
  liste_idcc?: unknown;
  tranche_effectif_salarie?: unknown;
  annee_tranche_effectif_salarie?: unknown;
  activite_principale?: unknown;
  /** The NAF 2025 code, given beside the rév. 2 one during 2026 (null when Sirene has none yet). */
  activite_principale_naf25?: unknown;
  nom_commercial?: unknown;
  liste_enseignes?: unknown;
  statut_diffusion_etablissement?: unknown;
}

export interface RawCompany {
  siren: string;
  nom_complet?: unknown;
  etat_administratif?: unknown;
  date_fermeture?: unknown;
  statut_diffusion?: unknown;
  tranche_effectif_salarie?: unknown;
  annee_tranche_effectif_salarie?: unknown;
  activite_principale?: unknown;
  /** The NAF 2025 code, given beside the rév. 2 one during 2026 (null when Sirene has none yet). */
  activite_principale_naf25?: unknown;
  nombre_etablissements?: unknown;
  nombre_etablissements_ouverts?: unknown;
  siege?: unknown;
  matching_etablissements?: unknown;
  complements?: unknown;
}

export interface RawPayload {
  results: unknown[];
  total_results?: unknown;
  page?: unknown;
  per_page?: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPayload(value: unknown): value is RawPayload {
  return isRecord(value) && Array.isArray(value['results']);
}

export function isRawCompany(value: unknown): value is RawCompany {
  return isRecord(value) && typeof value['siren'] === 'string' && /^\d{9}$/.test(value['siren']);
}

export function isRawEstablishment(value: unknown): value is RawEstablishment {
  return isRecord(value) && typeof value['siret'] === 'string' && /^\d{14}$/.test(value['siret']);
}

const MASKED = /^\[(?:ND|NON-DIFFUSIBLE)\]$/i;

/** A non-empty, non-masked string, else null. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' || MASKED.test(t) ? null : t;
}

export function isMasked(value: unknown): boolean {
  return typeof value === 'string' && MASKED.test(value.trim());
}

export function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** Most IDCCs kept for one establishment or one company: real lists hold 1–5; a hostile one could hold thousands. */
export const MAX_IDCCS = 20;

/**
 * IDCC strings, deduplicated (a Set), at most `max`; tolerates null and non-string items, and
 * stops looking after 10 × `max` items however long the list.
 */
export function idccList(value: unknown, max = MAX_IDCCS): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  const end = Math.min(value.length, max * 10);
  for (let i = 0; i < end && out.size < max; i++) {
    const item: unknown = value[i];
    const t = typeof item === 'number' ? String(item) : text(item);
    if (t !== null && /^\d{1,4}$/.test(t)) out.add(t.padStart(4, '0'));
  }
  return [...out];
}
