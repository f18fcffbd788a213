// State hiring aid for apprentices, by contract conclusion date: a transcription of §6 of the funding
// notes (domain/funding.md, compiled 2026-11-26). Every amount below is quoted from its table.
// Periods are contiguous from 2023-01-01 to 2026-12-31; outside them the sources give no rule.
import { dataTexts } from '../texts.js';
import { LEGAL } from './legal.js';
import type { Bilingual, ISODate, LegalReference, SourceKey, Statement } from './types.js';
const localText = dataTexts("data/funding/hiring-aid-rules");


/** Level bands of the §6 table (levels 1–2 are not handled by this widget; level 8 is outside the aid). */
export type AidLevelBand = 'l34' | 'l5' | 'l67';
export type SizeBand = 'lt250' | 'ge250';
/** Permanent aide unique (Code du travail) or yearly aide exceptionnelle (decree). */
export type AidKind = 'aide-unique' | 'aide-exceptionnelle';

export interface AidCell {
  readonly amount: number;
  /** Absent when the notes do not say which aid pays (2023–2024). */
  readonly kind?: AidKind;
}

export type HiringAidRuleId =
  | 'aid.apprentice.2023-01-01'
  | 'aid.apprentice.2024-01-01'
  | 'aid.apprentice.2025-01-01'
  | 'aid.apprentice.2025-02-24'
  | 'aid.apprentice.2026-01-01'
  | 'aid.apprentice.2026-03-08';

export interface HiringAidRule {
  readonly id: HiringAidRuleId;
  /** Inclusive bounds on the date the contract was concluded (signed). */
  readonly concludedFrom: ISODate;
  readonly concludedTo: ISODate;
  /** Extra condition on the contract start date, when the decree sets one. */
  readonly startsBefore?: ISODate;
  readonly label: Bilingual;
  /** null = no aid for that cell. */
  readonly grid: Readonly<Record<SizeBand, Readonly<Record<AidLevelBand, AidCell | null>>>>;
  /**
   * Apprentice with RQTH: 'all' = this amount whatever the size and level (≤ 7);
   * 'aide-unique' = this amount only where the aide unique applies, otherwise the grid.
   */
  readonly rqth: { readonly amount: number; readonly scope: 'all' | 'aide-unique' };
  readonly legalBasis: readonly LegalReference[];
  readonly sources: readonly SourceKey[];
  /** Amounts confirmed by the notes (decree numbers may still be unconfirmed: see legalBasis). */
  readonly confirmed: boolean;
  readonly notes: readonly Statement[];
}

const U = (amount: number): AidCell => ({ amount, kind: 'aide-unique' });
const X = (amount: number): AidCell => ({ amount, kind: 'aide-exceptionnelle' });
const plain = (amount: number): AidCell => ({ amount });

const RQTH_AGEFIPH: Statement = {
  text: localText(0, 'Apprenti RQTH : 6 000 €, en plus des aides de l’Agefiph.'),
  sources: ['AELIS-2023', 'QPHARMA-2024', 'BAKERTILLY-2024', 'CROWE-2024'],
  confirmed: true,
};

export const HIRING_AID_RULES: readonly HiringAidRule[] = [
  // §6 gives one row for 2023–2024 with one decree per year, hence two rules with the same amounts
  {
    id: 'aid.apprentice.2023-01-01',
    concludedFrom: '2023-01-01',
    concludedTo: '2023-12-31',
    label: localText(1, 'Contrats conclus en 2023'),
    grid: {
      lt250: { l34: plain(6000), l5: plain(6000), l67: plain(6000) },
      ge250: { l34: plain(6000), l5: plain(6000), l67: plain(6000) },
    },
    rqth: { amount: 6000, scope: 'all' },
    legalBasis: [LEGAL.decret2022_12_29],
    sources: ['AELIS-2023', 'BAKERTILLY-2024', 'CROWE-2024'],
    confirmed: true,
    notes: [RQTH_AGEFIPH],
  },
  {
    id: 'aid.apprentice.2024-01-01',
    concludedFrom: '2024-01-01',
    concludedTo: '2024-12-31',
    label: localText(2, 'Contrats conclus en 2024'),
    grid: {
      lt250: { l34: plain(6000), l5: plain(6000), l67: plain(6000) },
      ge250: { l34: plain(6000), l5: plain(6000), l67: plain(6000) },
    },
    rqth: { amount: 6000, scope: 'all' },
    legalBasis: [LEGAL.decret2023_12_jo30],
    sources: ['QPHARMA-2024', 'BAKERTILLY-2024', 'CROWE-2024'],
    confirmed: true,
    notes: [RQTH_AGEFIPH],
  },
  {
    id: 'aid.apprentice.2025-01-01',
    concludedFrom: '2025-01-01',
    concludedTo: '2025-02-23',
    label: localText(3, 'Contrats conclus du 1er janvier au 23 février 2025'),
    grid: {
      lt250: { l34: U(6000), l5: null, l67: null },
      ge250: { l34: null, l5: null, l67: null },
    },
    rqth: { amount: 6000, scope: 'aide-unique' },
    legalBasis: [LEGAL.ctD6243_2],
    sources: ['OPERA-2025', 'BARTHELEMY-2025', 'SMD-2025'],
    confirmed: true,
    notes: [],
  },
  {
    id: 'aid.apprentice.2025-02-24',
    concludedFrom: '2025-02-24',
    concludedTo: '2025-12-31',
    label: localText(4, 'Contrats conclus du 24 février au 31 décembre 2025'),
    grid: {
      lt250: { l34: U(5000), l5: X(5000), l67: X(5000) },
      ge250: { l34: X(2000), l5: X(2000), l67: X(2000) },
    },
    rqth: { amount: 6000, scope: 'all' },
    legalBasis: [LEGAL.decret2025_174, LEGAL.aideUnique],
    sources: ['OPERA-2025', 'EFL-2025', 'OSMOSE-2025', 'EMFOR-2025'],
    confirmed: true,
    notes: [],
  },
  {
    id: 'aid.apprentice.2026-01-01',
    concludedFrom: '2026-01-01',
    concludedTo: '2026-03-07',
    label: localText(5, 'Contrats conclus du 1er janvier au 7 mars 2026'),
    grid: {
      lt250: { l34: U(5000), l5: null, l67: null },
      ge250: { l34: null, l5: null, l67: null },
    },
    rqth: { amount: 6000, scope: 'aide-unique' },
    legalBasis: [LEGAL.aideUnique, LEGAL.communique2025_12_26],
    sources: ['LEFEBVRE-2026', 'GHR-2025', 'SP-A17983', 'ME-aides'],
    confirmed: true,
    notes: [
      {
        text: localText(6, 'Seule l’aide unique était versée : l’aide exceptionnelle était suspendue faute de budget 2026.'),
        sources: ['LEFEBVRE-2026', 'GHR-2025', 'SP-A17983'],
        confirmed: true,
      },
    ],
  },
  {
    id: 'aid.apprentice.2026-03-08',
    concludedFrom: '2026-03-08',
    // the decree covers contracts starting before 1 Jan 2027; contracts concluded in 2027 have no known rule
    concludedTo: '2026-12-31',
    startsBefore: '2027-01-01',
    label: localText(7, 'Contrats conclus à partir du 8 mars 2026 et commençant avant le 1er janvier 2027'),
    grid: {
      lt250: { l34: U(5000), l5: X(4500), l67: X(2000) },
      ge250: { l34: X(2000), l5: X(1500), l67: X(750) },
    },
    rqth: { amount: 6000, scope: 'all' },
    legalBasis: [LEGAL.decret2026_168, LEGAL.aideUnique],
    sources: ['ME-aides', 'FORMAPRO-2026', 'LOPCOMMERCE-2026', 'PROMEO-2026'],
    confirmed: true,
    notes: [],
  },
];

/** First and last conclusion dates the sources cover. */
export const HIRING_AID_COVERAGE = { from: '2023-01-01', to: '2026-12-31' } as const satisfies {
  from: ISODate;
  to: ISODate;
};

/** Conditions attached to a result when their validity covers the conclusion date. */
export interface HiringAidCondition extends Statement {
  readonly id: 'opco-within-6-months' | 'no-repeat-aid' | 'ge250-commitment' | 'ge250-quota' | 'pro-rata' | 'monthly-first-year';
  readonly appliesTo: 'all' | 'ge250';
}

export const HIRING_AID_CONDITIONS: readonly HiringAidCondition[] = [
  {
    id: 'monthly-first-year',
    appliesTo: 'all',
    text: localText(8, 'Montant maximal, versé chaque mois par l’ASP pour la première année du contrat seulement, sur la base de la DSN.'),
    sources: ['BTP45-2025', 'PROMEO-2026'],
    confirmed: true,
  },
  {
    id: 'opco-within-6-months',
    appliesTo: 'all',
    text: localText(9, 'Le contrat doit être transmis à l’OPCO au plus tard 6 mois après sa conclusion.'),
    validity: { from: '2025-02-24' },
    sources: ['EFL-2025', 'PROMEO-2026'],
    confirmed: true,
  },
  {
    id: 'no-repeat-aid',
    appliesTo: 'all',
    text: localText(10, 'Pas d’aide si une aide a déjà été versée pour un contrat entre le même employeur, le même apprenti et la même certification.'),
    validity: { from: '2025-02-24' },
    sources: ['EFL-2025', 'BTP45-2025'],
    confirmed: true,
  },
  {
    id: 'ge250-quota',
    appliesTo: 'ge250',
    text: localText(11, 'Entreprises de 250 salariés ou plus : aide soumise à une condition de quota d’alternants.'),
    validity: { from: '2023-01-01', to: '2024-12-31' },
    sources: ['AELIS-2023', 'BAKERTILLY-2024'],
    confirmed: true,
  },
  {
    id: 'ge250-commitment',
    appliesTo: 'ge250',
    text: localText(12, 'Entreprises de 250 salariés ou plus : s’engager à atteindre, au 31 décembre de l’année suivant la conclusion, au moins 5 % de contrats favorisant l’insertion, ou au moins 3 % d’alternants avec une hausse de 10 % ; engagement envoyé à l’ASP dans les 8 mois.'),
    validity: { from: '2025-02-24' },
    sources: ['LOPCOMMERCE-2026', 'PROMEO-2026', 'BAKERTILLY-2024'],
    confirmed: true,
  },
  {
    id: 'pro-rata',
    appliesTo: 'all',
    text: localText(13, 'Depuis le 1er novembre 2025 (décret n° 2025-1031), l’aide est calculée au prorata des jours pour un contrat de moins d’un an ou rompu avant son premier anniversaire : le montant affiché est celui d’une première année complète.'),
    validity: { from: '2025-11-01' },
    sources: ['FNA-1031', 'HEXOPEE-2405', 'PROMEO-2026'],
    confirmed: true,
  },
];

/** Notes that qualify every result without changing the amount. */
export const HIRING_AID_CAVEATS = {
  overseas: {
    text: localText(14, 'Calcul pour la métropole : dans les départements d’outre-mer, l’aide unique couvre aussi le niveau 5.'),
    sources: ['GHR-2025', 'EFL-2025'],
    confirmed: true,
  },
  startBefore2027: {
    text: localText(15, 'Le décret de 2026 ne couvre que les contrats qui commencent avant le 1er janvier 2027.'),
    sources: ['FORMAPRO-2026', 'PROMEO-2026'],
    confirmed: true,
  },
  level8: {
    text: localText(16, 'Le niveau 8 (doctorat) est hors du champ de l’aide : les textes couvrent les certifications jusqu’au niveau 7.'),
    sources: ['ME-aides', 'OSMOSE-2025'],
    confirmed: true,
  },
  after2026: {
    text: localText(17, 'Aucune source ne décrit les règles des contrats conclus en 2027 : à confirmer.'),
    sources: ['FORMAPRO-2026', 'PROMEO-2026', 'GHR-2025', 'ADECIA-2026'],
    confirmed: false,
    unconfirmedNote: localText(18, 'Règles 2027 non trouvées (seule l’aide unique est permanente).'),
  },
} as const satisfies Record<string, Statement>;
