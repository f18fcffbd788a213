// Territorial scope of a convention, derived from its title at build time (not shipped: the
// department list would cost bytes in the bundle for a value we can precompute).

const fold = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`-]/g, ' ').replace(/\s+/g, ' ');

// The scope adjective right after the instrument's name: "Convention collective [de travail] régionale…",
// "Accord national…", "Accords professionnels nationaux…". A later "régionale" ("presse quotidienne
// régionale") says nothing about the scope, so only this position counts.
const LEAD =
  /^(?:convention collective|convention|accords? collectifs?|accords? professionnels?|accords?)\s+(?:de travail\s+)?(interregional|regional|interdepartemental|departemental|national|nationaux|locale?)/;

// French departments (names as they appear in titles), for titles without a scope adjective,
// e.g. "Convention collective Métallurgie Doubs".
const DEPARTMENTS = `Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche|Ardennes|Ariège|Aube|Aude|Aveyron|
Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Cher|Corrèze|Corse-du-Sud|Haute-Corse|Côte-d'Or|Côtes-d'Armor|Creuse|
Dordogne|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|Hérault|Ille-et-Vilaine|Indre|Indre-et-Loire|Isère|
Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loiret|Lot|Lot-et-Garonne|Lozère|Maine-et-Loire|Manche|Marne|
Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Nord|Oise|Orne|Pas-de-Calais|Puy-de-Dôme|Pyrénées-Atlantiques|
Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|Rhône|Haute-Saône|Saône-et-Loire|Sarthe|Savoie|Haute-Savoie|Paris|
Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|Somme|Tarn|Tarn-et-Garonne|Var|Vaucluse|Vendée|Vienne|Haute-Vienne|Vosges|Yonne|
Territoire de Belfort|Essonne|Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d'Oise|Guadeloupe|Martinique|Guyane|La Réunion|Mayotte`
  .split(/\|/)
  .map((d) => fold(d.trim()));
const DEPT_RE = new RegExp(`(?:^|[ (,])(?:${DEPARTMENTS.join('|')})(?=$|[ ),.;])`);

/** @param {string | null} title @returns {'national' | 'regional' | 'departmental' | 'unknown'} */
export function deriveScope(title) {
  if (!title) return 'unknown';
  const t = fold(title);
  const lead = LEAD.exec(t)?.[1];
  if (lead === 'national' || lead === 'nationaux') return 'national';
  if (lead === 'regional' || lead === 'interregional') return 'regional';
  // "locale" (an arrondissement, a town's area) is grouped with departmental: both are infra-regional.
  if (lead) return 'departmental';
  if (/region parisienne|ile de france/.test(t)) return 'regional';
  if (DEPT_RE.test(t)) return 'departmental';
  return 'unknown';
}
