// Who passes money to whom, as nodes and edges for an accessible SVG and its text alternative.
// Transcribes §0 "The money flow in one picture" of the funding notes (domain/funding.md, compiled 2026-11-26).
import { langOr } from '../lang.js';
import { ACTORS } from './actors.js';
import type { ActorId, Bilingual, Lang, Sourced, Validity } from './types.js';

export interface MoneyFlowNode {
  readonly id: ActorId;
  readonly label: Bilingual;
  /** Layout hint: 0 = where money starts (employer, State), growing towards final receivers. */
  readonly rank: number;
}

export type MoneyFlowKind = 'contribution' | 'transfer' | 'funding' | 'aid';

export interface MoneyFlowEdge extends Sourced {
  readonly id: string;
  readonly from: ActorId;
  readonly to: ActorId;
  readonly kind: MoneyFlowKind;
  /** Short label for the arrow. */
  readonly label: Bilingual;
  /** One sentence for the text alternative. */
  readonly description: Bilingual;
  readonly validity?: Validity;
}

const node = (id: ActorId, rank: number): MoneyFlowNode => ({ id, label: ACTORS[id].name, rank });

export const MONEY_FLOW_NODES: readonly MoneyFlowNode[] = [
  node('employer', 0),
  node('state', 0),
  node('urssaf', 1),
  node('asp', 1),
  node('france-travail', 1),
  node('france-competences', 2),
  node('opco', 3),
  node('caisse-des-depots', 3),
  node('transitions-pro', 3),
  node('regions', 3),
  // the schools first: the employer's line to them runs down the left side, next to its line to the CFA
  node('schools', 4),
  node('cfa', 4),
  node('training-provider', 4),
];

/** Edges in reading order for the text alternative: contributions first, then funding, then aids. */
export const MONEY_FLOW_EDGES: readonly MoneyFlowEdge[] = [
  {
    id: 'employer-urssaf',
    from: 'employer',
    to: 'urssaf',
    kind: 'contribution',
    label: { fr: 'contributions formation (DSN)', en: 'training contributions (DSN)' },
    description: {
      fr: 'L’employeur paie ses contributions formation (CFP, taxe d’apprentissage, CPF-CDD, CSA) à l’URSSAF ou à la MSA via la DSN, depuis le 1er janvier 2022 (aux OPCO avant).',
      en: 'The employer pays its training contributions (CFP, apprenticeship tax, CPF-CDD, CSA) to URSSAF or MSA through the DSN, since 1 January 2022 (to the OPCOs before).',
    },
    validity: { from: '2022-01-01' },
    sources: ['CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'urssaf-france-competences',
    from: 'urssaf',
    to: 'france-competences',
    kind: 'transfer',
    label: { fr: 'reversement mensuel', en: 'monthly transfer' },
    description: {
      fr: 'L’URSSAF reverse chaque mois les contributions à France Compétences.',
      en: 'URSSAF passes the contributions on to France Compétences every month.',
    },
    sources: ['CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'france-competences-opco',
    from: 'france-competences',
    to: 'opco',
    kind: 'transfer',
    label: { fr: 'alternance et plan des moins de 50', en: 'alternance and under-50 plans' },
    description: {
      fr: 'France Compétences répartit l’argent entre les 11 OPCO, pour l’alternance et le plan de développement des compétences des entreprises de moins de 50 salariés.',
      en: 'France Compétences shares the money among the 11 OPCOs, for alternance and the skills plans of companies under 50 employees.',
    },
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'opco-cfa',
    from: 'opco',
    to: 'cfa',
    kind: 'funding',
    label: { fr: 'NPEC par contrat d’apprentissage', en: 'NPEC per apprenticeship contract' },
    description: {
      fr: 'L’OPCO paie au CFA le NPEC de chaque contrat d’apprentissage, plus les frais annexes.',
      en: 'The OPCO pays the CFA the NPEC of each apprenticeship contract, plus annex costs.',
    },
    sources: ['AKTO-NPEC', 'AKTO-FAQ-ANNEX'],
    confirmed: true,
  },
  {
    id: 'opco-training-provider',
    from: 'opco',
    to: 'training-provider',
    kind: 'funding',
    label: { fr: 'contrats de professionnalisation, reconversion, plan < 50', en: 'professionalisation, retraining, under-50 plans' },
    description: {
      fr: 'L’OPCO finance aussi les contrats de professionnalisation, les périodes de reconversion et le plan des entreprises de moins de 50 salariés, auprès des organismes de formation ou des entreprises.',
      en: 'The OPCO also funds professionalisation contracts, retraining periods and the plans of companies under 50 employees, paying training providers or the companies.',
    },
    sources: ['GIPALFA-PRO', 'CI-PR-FAQ', 'WEBEXPERT-2019'],
    confirmed: true,
  },
  {
    id: 'employer-cfa',
    from: 'employer',
    to: 'cfa',
    kind: 'funding',
    label: { fr: '750 € (niveaux 6-7)', en: '750 € (levels 6-7)' },
    description: {
      fr: 'Pour un contrat d’apprentissage de niveau 6 ou 7 conclu depuis le 1er juillet 2025, l’employeur paie 750 € au CFA.',
      en: 'For a level 6 or 7 apprenticeship contract concluded since 1 July 2025, the employer pays the CFA 750 €.',
    },
    validity: { from: '2025-07-01' },
    sources: ['EFL-750'],
    confirmed: true,
  },
  {
    id: 'france-competences-caisse-des-depots',
    from: 'france-competences',
    to: 'caisse-des-depots',
    kind: 'transfer',
    label: { fr: 'CPF', en: 'CPF' },
    description: {
      fr: 'France Compétences verse à la Caisse des Dépôts la part destinée au CPF (Mon Compte Formation).',
      en: 'France Compétences passes the CPF share to the Caisse des Dépôts (Mon Compte Formation).',
    },
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'PRESSREADER-CDC'],
    confirmed: true,
  },
  {
    id: 'caisse-des-depots-training-provider',
    from: 'caisse-des-depots',
    to: 'training-provider',
    kind: 'funding',
    label: { fr: 'formations achetées avec le CPF', en: 'courses bought with the CPF' },
    description: {
      fr: 'La Caisse des Dépôts paie les organismes pour les formations achetées avec le CPF.',
      en: 'The Caisse des Dépôts pays providers for courses bought with the CPF.',
    },
    sources: ['VOLTAIRE-CPF', 'JURITRAVAIL-CPF'],
    confirmed: true,
  },
  {
    id: 'france-competences-transitions-pro',
    from: 'france-competences',
    to: 'transitions-pro',
    kind: 'transfer',
    label: { fr: 'CPF de transition', en: 'CPF de transition' },
    description: {
      fr: 'France Compétences finance le CPF de transition géré par Transitions Pro (détail à confirmer).',
      en: 'France Compétences funds the CPF de transition run by Transitions Pro (detail to be confirmed).',
    },
    sources: [],
    confirmed: false,
    unconfirmedNote: { fr: 'Détail non vérifié dans les sources lues.', en: 'Detail not checked in the sources read.' },
  },
  {
    id: 'france-competences-regions',
    from: 'france-competences',
    to: 'regions',
    kind: 'transfer',
    label: { fr: 'soutien aux CFA', en: 'CFA support' },
    description: {
      fr: 'France Compétences verse aussi des fonds aux Régions pour les CFA.',
      en: 'France Compétences also funds the Regions for CFAs.',
    },
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'AN-LARDY'],
    confirmed: true,
  },
  {
    id: 'france-competences-state',
    from: 'france-competences',
    to: 'state',
    kind: 'transfer',
    label: { fr: 'formation des demandeurs d’emploi', en: 'training of jobseekers' },
    description: {
      fr: 'France Compétences verse à l’État une part pour la formation des demandeurs d’emploi.',
      en: 'France Compétences passes the State a share for training jobseekers.',
    },
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'AN-LARDY'],
    confirmed: true,
  },
  {
    id: 'employer-schools',
    from: 'employer',
    to: 'schools',
    kind: 'contribution',
    label: { fr: 'solde de la taxe d’apprentissage (0,09 %) via SOLTéA', en: 'apprenticeship-tax balance (0.09 %) via SOLTéA' },
    description: {
      fr: 'Le solde de 0,09 % de la taxe d’apprentissage passe par l’URSSAF et la Caisse des Dépôts jusqu’aux établissements que l’employeur choisit sur SOLTéA.',
      en: 'The 0.09 % apprenticeship-tax balance goes through URSSAF and the Caisse des Dépôts to the schools the employer chooses on SOLTéA.',
    },
    sources: ['BLOG-SOLTEA', 'CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'state-asp',
    from: 'state',
    to: 'asp',
    kind: 'aid',
    label: { fr: 'budget de l’État', en: 'State budget' },
    description: {
      fr: 'L’aide à l’embauche d’apprentis vient du budget de l’État, pas des contributions ; l’ASP la gère.',
      en: 'The apprenticeship hiring aid comes from the State budget, not from the contributions; the ASP handles it.',
    },
    sources: ['OPERA-2025', 'CROWE-2024'],
    confirmed: true,
  },
  {
    id: 'asp-employer',
    from: 'asp',
    to: 'employer',
    kind: 'aid',
    label: { fr: 'aide à l’embauche d’apprentis (Sylaé)', en: 'apprenticeship hiring aid (Sylaé)' },
    description: {
      fr: 'L’ASP verse chaque mois à l’employeur l’aide à l’embauche d’un apprenti, suivie sur Sylaé.',
      en: 'The ASP pays the employer the apprenticeship hiring aid every month, followed on Sylaé.',
    },
    sources: ['OPERA-2025', 'CROWE-2024', 'BTP45-2025'],
    confirmed: true,
  },
  {
    id: 'france-travail-employer',
    from: 'france-travail',
    to: 'employer',
    kind: 'aid',
    label: { fr: 'aides au contrat de professionnalisation', en: 'professionalisation-contract aids' },
    description: {
      fr: 'France Travail et l’État versent à l’employeur des aides pour un contrat de professionnalisation avec un demandeur d’emploi de 26 ans et plus ou de 45 ans et plus.',
      en: 'France Travail and the State pay the employer aids for a professionalisation contract with a jobseeker aged 26+ or 45+.',
    },
    sources: ['INFOGREFFE-AFE', 'ME-aides'],
    confirmed: true,
  },
];

/** The text alternative of the diagram: one sentence per edge, in reading order. */
export function moneyFlowText(lang: Lang): string[] {
  // an unknown language (a page's `de`, a typo) reads French rather than `undefined`s
  const shown = langOr(lang);
  return MONEY_FLOW_EDGES.map((e) => e.description[shown]);
}
