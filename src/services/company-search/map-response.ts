// Raw API payload → typed companies, each IDCC resolved through src/data.
import type { Resolution } from '../../data/index.js';
import {
  MAX_IDCCS,
  count,
  idccList,
  isMasked,
  isRawCompany,
  isRawEstablishment,
  isRecord,
  text,
  type RawCompany,
  type RawEstablishment,
  type RawPayload,
} from './api-shape.js';
import { headcountBand } from './headcount.js';
import { overseasFrom } from './overseas.js';
import type { Company, Establishment, PreparedQuery, ResolvedIdcc } from './types.js';

export type Resolver = (idcc: unknown) => Resolution;

function resolveAll(idccs: string[], resolve: Resolver): ResolvedIdcc[] {
  return idccs.map((idcc) => ({ idcc, resolution: resolve(idcc) }));
}

function tradeName(raw: RawEstablishment): string | null {
  const own = text(raw.nom_commercial);
  if (own) return own;
  return Array.isArray(raw.liste_enseignes) ? text(raw.liste_enseignes[0]) : null;
}

/** Establishments asked for per company (`limite_matching_etablissements`), and the most kept. */
export const MAX_MATCHING = 10;

/**
 * The payload cut to what the client asked for, whatever the server sent: at most `perPage`
 * companies (one per SIREN), at most MAX_MATCHING establishments each (one per SIRET), at most
 * MAX_IDCCS codes per list, and only the fields this client reads. Linear in the reply's size;
 * this small copy is what is mapped and cached. `size`: its JSON length, for the cache's budget.
 */
export function trimPayload(payload: RawPayload, perPage: number): { payload: RawPayload; size: number } {
  const companies = new Map<string, Record<string, unknown>>();
  const end = Math.min(payload.results.length, perPage * 20);
  for (let i = 0; i < end && companies.size < perPage; i++) {
    const item = payload.results[i];
    if (!isRawCompany(item) || companies.has(item.siren)) continue;
    companies.set(item.siren, trimCompany(item));
  }
  let skipped = 0;
  for (let i = 0; i < end; i++) if (!isRawCompany(payload.results[i])) skipped += 1;
  const trimmed: RawPayload = {
    // unusable items are kept as null so that "all unusable" is still seen as a shape change
    results: [...companies.values(), ...new Array<null>(Math.min(skipped, perPage)).fill(null)],
    total_results: payload.total_results,
    page: payload.page,
    per_page: payload.per_page,
  };
  return { payload: trimmed, size: JSON.stringify(trimmed).length };
}

const COMPANY_FIELDS = [
  'siren',
  'nom_complet',
  'etat_administratif',
  'date_fermeture',
  'statut_diffusion',
  'nature_juridique',
  'tranche_effectif_salarie',
  'annee_tranche_effectif_salarie',
  'activite_principale',
  'activite_principale_naf25',
  'nombre_etablissements',
  'nombre_etablissements_ouverts',
] as const;
const ESTABLISHMENT_FIELDS = [
  'siret',
  'est_siege',
  'etat_administratif',
  'date_fermeture',
  'adresse',
  'code_postal',
  'commune',
  'libelle_commune',
  'tranche_effectif_salarie',
  'annee_tranche_effectif_salarie',
  'activite_principale',
  'activite_principale_naf25',
  'nom_commercial',
  'statut_diffusion_etablissement',
] as const;

function pick(raw: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = raw[f];
    // strings are cut: no field we show needs more, and a 1 MB "name" must not reach the page
    if (v !== undefined) out[f] = typeof v === 'string' ? v.slice(0, 300) : v;
  }
  return out;
}

function trimEstablishment(raw: RawEstablishment): Record<string, unknown> {
  const r = raw as unknown as Record<string, unknown>;
  const out = pick(r, ESTABLISHMENT_FIELDS);
  out['liste_idcc'] = raw.liste_idcc === null || raw.liste_idcc === undefined ? null : idccList(raw.liste_idcc);
  if (Array.isArray(raw.liste_enseignes)) out['liste_enseignes'] = raw.liste_enseignes.slice(0, 1);
  return out;
}

function trimCompany(raw: RawCompany): Record<string, unknown> {
  const out = pick(raw as unknown as Record<string, unknown>, COMPANY_FIELDS);
  if (isRawEstablishment(raw.siege)) out['siege'] = trimEstablishment(raw.siege);
  const matching = Array.isArray(raw.matching_etablissements) ? raw.matching_etablissements : [];
  const seen = new Map<string, Record<string, unknown>>();
  const end = Math.min(matching.length, MAX_MATCHING * 20);
  for (let i = 0; i < end && seen.size < MAX_MATCHING; i++) {
    const e: unknown = matching[i];
    if (isRawEstablishment(e) && !seen.has(e.siret)) seen.set(e.siret, trimEstablishment(e));
  }
  out['matching_etablissements'] = [...seen.values()];
  const complements = isRecord(raw.complements) ? raw.complements : {};
  out['complements'] = { liste_idcc: complements['liste_idcc'] == null ? null : idccList(complements['liste_idcc']) };
  return out;
}

export function mapEstablishment(raw: RawEstablishment, resolve: Resolver, matched = false): Establishment {
  const postcode = text(raw.code_postal);
  const communeCode = text(raw.commune);
  return {
    siret: raw.siret,
    isHeadOffice: raw.est_siege === true,
    active: raw.etat_administratif !== 'F',
    closedOn: text(raw.date_fermeture),
    address: text(raw.adresse),
    postcode,
    town: text(raw.libelle_commune),
    communeCode,
    overseas: overseasFrom(communeCode, postcode),
    idccs: resolveAll(idccList(raw.liste_idcc), resolve),
    headcount: headcountBand(raw.tranche_effectif_salarie, raw.annee_tranche_effectif_salarie),
    nafCode: text(raw.activite_principale),
    nafCode2025: text(raw.activite_principale_naf25),
    tradeName: tradeName(raw),
    matched,
  };
}

export function mapCompany(raw: RawCompany, query: PreparedQuery, resolve: Resolver): Company {
  const matching = Array.isArray(raw.matching_etablissements) ? raw.matching_etablissements : [];
  const matchedSirets = new Set<string>();
  for (const item of matching.slice(0, MAX_MATCHING * 20)) if (isRawEstablishment(item)) matchedSirets.add(item.siret);
  const headOffice = isRawEstablishment(raw.siege) ? mapEstablishment(raw.siege, resolve, matchedSirets.has(raw.siege.siret)) : null;
  const bySiret = new Map<string, Establishment>();
  if (headOffice) bySiret.set(headOffice.siret, headOffice);
  for (const item of matching.slice(0, MAX_MATCHING * 20)) {
    if (bySiret.size > MAX_MATCHING) break;
    if (!isRawEstablishment(item) || bySiret.has(item.siret)) continue;
    bySiret.set(item.siret, mapEstablishment(item, resolve, true));
  }
  const establishments = [...bySiret.values()];
  const complements = isRecord(raw.complements) ? raw.complements : {};
  // complements.liste_idcc is the company-wide list; fall back to the union of establishments
  const companyIdccs = idccList(complements['liste_idcc']);
  const idccs = companyIdccs.length > 0 ? resolveAll(companyIdccs, resolve) : dedupe(establishments.flatMap((e) => e.idccs));
  const nonDiffusible = raw.statut_diffusion === 'P' || isMasked(raw.nom_complet);
  const narrowedTo = query.kind === 'name' ? (query.postcode ?? query.town) : null;

  return {
    siren: raw.siren,
    name: text(raw.nom_complet),
    nonDiffusible,
    active: raw.etat_administratif !== 'C',
    closedOn: text(raw.date_fermeture),
    headcount: headcountBand(raw.tranche_effectif_salarie, raw.annee_tranche_effectif_salarie),
    idccs,
    headOffice,
    establishments,
    queriedSiret: query.kind === 'siret' ? query.q : null,
    openEstablishmentCount: count(raw.nombre_etablissements_ouverts),
    establishmentCount: count(raw.nombre_etablissements),
    nafCode: text(raw.activite_principale),
    nafCode2025: text(raw.activite_principale_naf25),
    hasOverseas: establishments.some((e) => e.overseas !== null),
    narrowedTo,
    addressHidden: nonDiffusible || (isRawEstablishment(raw.siege) && isMasked(raw.siege.adresse)),
  };
}

function dedupe(list: ResolvedIdcc[]): ResolvedIdcc[] {
  const seen = new Map<string, ResolvedIdcc>();
  for (const r of list) if (!seen.has(r.idcc) && seen.size < MAX_IDCCS) seen.set(r.idcc, r);
  return [...seen.values()];
}

/** "Saint-Étienne" → "saint etienne": how towns are compared. */
export function townKey(town: string): string {
  return town
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bst\b/g, 'saint')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface MappedPayload {
  companies: Company[];
  skipped: number;
  totalResults: number;
  page: number;
  perPage: number;
}

export function mapPayload(payload: RawPayload, query: PreparedQuery, resolve: Resolver): MappedPayload {
  const companies = new Map<string, Company>();
  let skipped = 0;
  const town = query.kind === 'name' && query.town ? townKey(query.town) : null;
  for (const item of payload.results) {
    if (!isRawCompany(item)) skipped += 1;
    else if (!companies.has(item.siren)) {
      const company = mapCompany(item, query, resolve);
      if (town === null) companies.set(item.siren, company);
      else {
        // narrowed to a town in the browser: only its establishments count, and only companies with one
        const establishments = company.establishments.map((e) => ({ ...e, matched: e.matched && e.town !== null && townKey(e.town).startsWith(town) }));
        if (establishments.some((e) => e.matched)) companies.set(item.siren, { ...company, establishments });
      }
    }
  }
  return {
    companies: [...companies.values()],
    skipped,
    totalResults: count(payload.total_results) ?? companies.size,
    page: count(payload.page) ?? 1,
    perPage: count(payload.per_page) ?? companies.size,
  };
}
