// Raw API payload → typed companies, each IDCC resolved through src/data.
import type { Resolution } from '../../data/index.js';
import {
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

export function mapEstablishment(raw: RawEstablishment, resolve: Resolver): Establishment {
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
    tradeName: tradeName(raw),
  };
}

export function mapCompany(raw: RawCompany, query: PreparedQuery, resolve: Resolver): Company {
  const headOffice = isRawEstablishment(raw.siege) ? mapEstablishment(raw.siege, resolve) : null;
  const establishments: Establishment[] = headOffice ? [headOffice] : [];
  const matching = Array.isArray(raw.matching_etablissements) ? raw.matching_etablissements : [];
  for (const item of matching) {
    if (!isRawEstablishment(item)) continue;
    if (establishments.some((e) => e.siret === item.siret)) continue;
    establishments.push(mapEstablishment(item, resolve));
  }
  const complements = isRecord(raw.complements) ? raw.complements : {};
  // complements.liste_idcc is the company-wide list; fall back to the union of establishments
  const companyIdccs = idccList(complements['liste_idcc']);
  const idccs =
    companyIdccs.length > 0 ? resolveAll(companyIdccs, resolve) : dedupe(establishments.flatMap((e) => e.idccs));
  const nonDiffusible = raw.statut_diffusion === 'P' || isMasked(raw.nom_complet);

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
    hasOverseas: establishments.some((e) => e.overseas !== null),
  };
}

function dedupe(list: ResolvedIdcc[]): ResolvedIdcc[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(r.idcc) ? false : (seen.add(r.idcc), true)));
}

export interface MappedPayload {
  companies: Company[];
  skipped: number;
  totalResults: number;
  page: number;
  perPage: number;
}

export function mapPayload(payload: RawPayload, query: PreparedQuery, resolve: Resolver): MappedPayload {
  const companies: Company[] = [];
  let skipped = 0;
  for (const item of payload.results) {
    if (isRawCompany(item)) companies.push(mapCompany(item, query, resolve));
    else skipped += 1;
  }
  return {
    companies,
    skipped,
    totalResults: count(payload.total_results) ?? companies.length,
    page: count(payload.page) ?? 1,
    perPage: count(payload.per_page) ?? companies.length,
  };
}
