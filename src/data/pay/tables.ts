// Every yearly figure of the pay simulator in one place: the SMIC, the minimum-pay rates of the
// apprenticeship and professionalisation contracts, the contribution rates and the general reduction.
// Update this file once a year (and when the SMIC moves); each row names its legal text.
// Plain literals only (no calls, no property reads at module level), so bundles that do not use them drop them.
import { dataTexts } from '../texts.js';
import type { Bilingual, ISODate } from '../funding/types.js';
import { deepFreeze } from '../freeze.js';
const localText = dataTexts("data/pay/tables");


/** A legal text or official page, as shown next to a figure. */
export interface PaySource {
  readonly id: string;
  readonly label: Bilingual;
  readonly url?: string;
}

export const PAY_SOURCES = /* @__PURE__ */ deepFreeze({
  smic2024: { id: 'decret-2023-1216', label: localText(0, 'Décret n° 2023-1216 du 20 décembre 2023 (SMIC au 1er janvier 2024)') },
  smic2024_11: { id: 'decret-2024-951', label: localText(1, 'Décret n° 2024-951 du 23 octobre 2024 (SMIC au 1er novembre 2024, inchangé au 1er janvier 2025)') },
  smic2026: { id: 'decret-2025-1228', label: localText(2, 'Décret n° 2025-1228 du 17 décembre 2025 (SMIC au 1er janvier 2026)') },
  smic2026_06: { id: 'arrete-2026-05-22', label: localText(3, 'Arrêté du 22 mai 2026 (JO du 24 mai 2026), SMIC au 1er juin 2026') },
  d6222_26: { id: 'ct-d6222-26', label: localText(11, 'Code du travail, art. D6222-26 (Décret n° 2018-1347)'), url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037813428' },
  d6222_27_32: { id: 'ct-d6222-27-32', label: localText(4, 'Code du travail, art. D6222-27 à D6222-32') },
  d6325_15_18: { id: 'ct-d6325-15-18', label: localText(5, 'Code du travail, art. L6325-9 et D6325-15 à D6325-18') },
  l6243_2: { id: 'ct-l6243-2', label: localText(6, 'Code du travail, art. L6243-2 et D6243-5 (Décret n° 2025-290), loi n° 2025-199 (LFSS 2025)'), url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037947681' },
  l136_1_1: { id: 'css-l136-1-1', label: localText(7, 'Code de la sécurité sociale, art. L136-1-1 (CSG et CRDS des apprentis)'), url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048683400' },
  rg2025: { id: 'css-l241-13-2025', label: localText(8, 'Code de la sécurité sociale, art. L241-13 et D241-7 (réduction générale, 2025)') },
  rgdu2026: { id: 'css-d241-7-2026', label: localText(9, 'Code de la sécurité sociale, art. L241-13 et D241-7 (réduction générale dégressive unique, RGDU, depuis le 1er janvier 2026)'), url: 'https://boss.gouv.fr/portail/accueil/exonerations/allegements-generaux.html' },
  urssafRates: { id: 'urssaf-taux', label: localText(10, 'Urssaf, taux de cotisations du secteur privé (avec le taux AT/MP moyen national)'), url: 'https://www.urssaf.fr/accueil/outils-documentation/taux-baremes/taux-cotisations-secteur-prive.html' },
} as const satisfies Record<string, PaySource>);

/** A key of PAY_SOURCES (tables name their source by key: no property read at module level). */
export type PaySourceKey = keyof typeof PAY_SOURCES;

export type Territory = 'metropole' | 'mayotte';

export interface SmicRow {
  readonly from: ISODate;
  readonly hourly: number;
  /** Gross monthly SMIC for 35 hours a week (151.67 h). */
  readonly monthly: number;
  readonly source: PaySourceKey;
}

/**
 * The SMIC (gross), newest last. Mayotte has its own SMIC; its monthly figure is hourly × 35 h × 52 / 12
 * (our computation, rounded to the cent, as the official metropolitan figures are).
 */
export const SMIC_TABLE: Readonly<Record<Territory, readonly SmicRow[]>> = /* @__PURE__ */ deepFreeze({
  metropole: [
    { from: '2024-01-01', hourly: 11.65, monthly: 1766.92, source: 'smic2024' },
    { from: '2024-11-01', hourly: 11.88, monthly: 1801.8, source: 'smic2024_11' },
    { from: '2026-01-01', hourly: 12.02, monthly: 1823.03, source: 'smic2026' },
    { from: '2026-06-01', hourly: 12.31, monthly: 1867.02, source: 'smic2026_06' },
  ],
  mayotte: [
    { from: '2026-01-01', hourly: 9.33, monthly: 1415.05, source: 'smic2026' },
    { from: '2026-06-01', hourly: 9.56, monthly: 1449.93, source: 'smic2026_06' },
  ],
});

/** Date the tables below were last checked (the "as of" date shown with every figure). */
export const PAY_TABLES_AS_OF: ISODate = '2026-11-27';

export type ApprenticeAgeBand = 'under-18' | '18-20' | '21-25' | '26+';
export const APPRENTICE_AGE_BANDS: readonly ApprenticeAgeBand[] = /* @__PURE__ */ deepFreeze(['under-18', '18-20', '21-25', '26+']);

/** D6222-26: % of the SMIC by age band and contract year (1st, 2nd, 3rd and later). */
export const APPRENTICE_RATES: Readonly<Record<ApprenticeAgeBand, readonly [number, number, number]>> = /* @__PURE__ */ deepFreeze({
  'under-18': [27, 39, 55],
  '18-20': [43, 51, 67],
  '21-25': [53, 61, 78],
  '26+': [100, 100, 100],
});

/** D6222-30: points added for a contract of one year or less after a diploma of the same level. */
export const SHORT_CONTRACT_BONUS_POINTS = 15;

/** D6325-15: contrat de professionnalisation, % of the SMIC (without / with a bac pro or equivalent). */
export const PRO_RATES = /* @__PURE__ */ deepFreeze({
  'under-21': { base: 55, qualified: 65 },
  '21-25': { base: 70, qualified: 80 },
} as const);
/** L6325-9, D6325-18: 26 and over, at least the SMIC and 85 % of the branch minimum. */
export const PRO_26_CONVENTIONAL_SHARE = 85;

/** L6243-2 / D6243-5: the apprentice's employee contributions are exempt on pay up to this share of the SMIC. */
export const APPRENTICE_EXEMPTION = /* @__PURE__ */ deepFreeze({
  /** Contracts concluded from this date: 50 % and CSG/CRDS above it. */
  switchDate: '2025-03-01' as ISODate,
  before: 79,
  after: 50,
} as const);

/**
 * Employee contribution rates that the apprenticeship exemption covers (private sector, outside
 * Alsace-Moselle): old-age (capped 6.90 % + uncapped 0.40 %), complementary pension T1 3.15 %, CEG T1 0.86 %.
 */
export const EMPLOYEE_RATE = 6.9 + 0.4 + 3.15 + 0.86;
/** CSG 9.2 % (6.8 deductible + 2.4) and CRDS 0.5 %, on 98.25 % of the base. */
export const CSG_CRDS_RATE = 9.7;
export const CSG_BASE_SHARE = 98.25;

export interface EmployerRates {
  readonly from: ISODate;
  /** Percent of gross pay, by contribution. */
  readonly maladie: { readonly full: number; readonly reduced?: number; readonly reducedUpToSmic?: number };
  readonly familles: { readonly full: number; readonly reduced?: number; readonly reducedUpToSmic?: number };
  readonly vieillesse: number;
  readonly atmpAverage: number;
  readonly chomage: number;
  readonly ags: number;
  readonly retraiteComplementaire: number;
  readonly csa: number;
  readonly dialogueSocial: number;
  readonly reduction:
    | { readonly kind: 'rg'; readonly tUnder50: number; readonly t50: number; readonly ceilingSmic: number }
    | { readonly kind: 'rgdu'; readonly tMin: number; readonly tDeltaUnder50: number; readonly tDelta50: number; readonly ceilingSmic: number; readonly power: number };
  readonly source: PaySourceKey;
}

// Rates that depend on the company size (same every period here).
export const SIZE_RATES = /* @__PURE__ */ deepFreeze({
  /** FNAL: 0.10 % under 50 employees, 0.50 % from 50. */
  fnal: { under50: 0.1, from50: 0.5 },
  /** Formation professionnelle: apprentices' pay excluded under 11; 1 % from 11. */
  formation: { from11: 1 },
  /** Taxe d'apprentissage 0.59 % + solde 0.09 %; apprentices' pay excluded under 11. */
  taxeApprentissage: { from11: 0.68 },
  /** Participation à l'effort de construction (PEEC), from 50 employees. */
  peec: { from50: 0.45 },
} as const);

/** First day of the employer rate table: earlier days are not computed. */
export const FIRST_RATES_DAY: ISODate = '2025-01-01';

/** Employer rates by period, newest last. */
export const EMPLOYER_RATES: readonly EmployerRates[] = /* @__PURE__ */ deepFreeze([
  {
    from: '2025-01-01', // = FIRST_RATES_DAY (a literal: see the top of this file)
    maladie: { full: 13, reduced: 7, reducedUpToSmic: 2.25 },
    familles: { full: 5.25, reduced: 3.45, reducedUpToSmic: 3.3 },
    vieillesse: 8.55 + 2.02,
    atmpAverage: 2.12,
    chomage: 4.05,
    ags: 0.25,
    retraiteComplementaire: 4.72 + 1.29,
    csa: 0.3,
    dialogueSocial: 0.016,
    reduction: { kind: 'rg', tUnder50: 0.3194, t50: 0.3234, ceilingSmic: 1.6 },
    source: 'rg2025',
  },
  {
    from: '2025-05-01',
    maladie: { full: 13, reduced: 7, reducedUpToSmic: 2.25 },
    familles: { full: 5.25, reduced: 3.45, reducedUpToSmic: 3.3 },
    vieillesse: 8.55 + 2.02,
    atmpAverage: 2.12,
    chomage: 4.0,
    ags: 0.25,
    retraiteComplementaire: 4.72 + 1.29,
    csa: 0.3,
    dialogueSocial: 0.016,
    reduction: { kind: 'rg', tUnder50: 0.3194, t50: 0.3234, ceilingSmic: 1.6 },
    source: 'rg2025',
  },
  {
    from: '2026-01-01',
    maladie: { full: 13 },
    familles: { full: 5.25 },
    vieillesse: 8.55 + 2.11,
    atmpAverage: 2.08,
    chomage: 4.0,
    ags: 0.25,
    retraiteComplementaire: 4.72 + 1.29,
    csa: 0.3,
    dialogueSocial: 0.016,
    reduction: { kind: 'rgdu', tMin: 0.02, tDeltaUnder50: 0.3781, tDelta50: 0.3821, ceilingSmic: 3, power: 1.75 },
    source: 'rgdu2026',
  },
]);
