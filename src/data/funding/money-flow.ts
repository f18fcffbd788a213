// Who passes money to whom, as nodes and edges for an accessible SVG and its text alternative.
// Transcribes §0 "The money flow in one picture" of the funding notes (domain/funding.md, compiled 2026-11-26).
import { dataTexts } from '../texts.js';
import { langOr } from '../lang.js';
import { ACTORS } from './actors.js';
import type { ActorId, Bilingual, Lang, Sourced, Validity } from './types.js';
const localText = dataTexts("data/funding/money-flow");


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
    label: localText(0, 'contributions formation (DSN)'),
    description: localText(1, 'L’employeur paie ses contributions formation (CFP, taxe d’apprentissage, CPF-CDD, CSA) à l’URSSAF ou à la MSA via la DSN, depuis le 1er janvier 2022 (aux OPCO avant).'),
    validity: { from: '2022-01-01' },
    sources: ['CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'urssaf-france-competences',
    from: 'urssaf',
    to: 'france-competences',
    kind: 'transfer',
    label: localText(2, 'reversement mensuel'),
    description: localText(3, 'L’URSSAF reverse chaque mois les contributions à France Compétences.'),
    sources: ['CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'france-competences-opco',
    from: 'france-competences',
    to: 'opco',
    kind: 'transfer',
    label: localText(4, 'alternance et plan des moins de 50'),
    description: localText(5, 'France Compétences répartit l’argent entre les 11 OPCO, pour l’alternance et le plan de développement des compétences des entreprises de moins de 50 salariés.'),
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'opco-cfa',
    from: 'opco',
    to: 'cfa',
    kind: 'funding',
    label: localText(6, 'NPEC par contrat d’apprentissage'),
    description: localText(7, 'L’OPCO paie au CFA le NPEC de chaque contrat d’apprentissage, plus les frais annexes.'),
    sources: ['AKTO-NPEC', 'AKTO-FAQ-ANNEX'],
    confirmed: true,
  },
  {
    id: 'opco-training-provider',
    from: 'opco',
    to: 'training-provider',
    kind: 'funding',
    label: localText(8, 'contrats de professionnalisation, reconversion, plan < 50'),
    description: localText(9, 'L’OPCO finance aussi les contrats de professionnalisation, les périodes de reconversion et le plan des entreprises de moins de 50 salariés, auprès des organismes de formation ou des entreprises.'),
    sources: ['GIPALFA-PRO', 'CI-PR-FAQ', 'WEBEXPERT-2019'],
    confirmed: true,
  },
  {
    id: 'employer-cfa',
    from: 'employer',
    to: 'cfa',
    kind: 'funding',
    label: localText(10, '750 € (niveaux 6-7)'),
    description: localText(11, 'Pour un contrat d’apprentissage de niveau 6 ou 7 conclu depuis le 1er juillet 2025, l’employeur paie 750 € au CFA.'),
    validity: { from: '2025-07-01' },
    sources: ['EFL-750'],
    confirmed: true,
  },
  {
    id: 'france-competences-caisse-des-depots',
    from: 'france-competences',
    to: 'caisse-des-depots',
    kind: 'transfer',
    label: localText(29, 'CPF'),
    description: localText(12, 'France Compétences verse à la Caisse des Dépôts la part destinée au CPF (Mon Compte Formation).'),
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'PRESSREADER-CDC'],
    confirmed: true,
  },
  {
    id: 'caisse-des-depots-training-provider',
    from: 'caisse-des-depots',
    to: 'training-provider',
    kind: 'funding',
    label: localText(13, 'formations achetées avec le CPF'),
    description: localText(14, 'La Caisse des Dépôts paie les organismes pour les formations achetées avec le CPF.'),
    sources: ['VOLTAIRE-CPF', 'JURITRAVAIL-CPF'],
    confirmed: true,
  },
  {
    id: 'france-competences-transitions-pro',
    from: 'france-competences',
    to: 'transitions-pro',
    kind: 'transfer',
    label: localText(30, 'CPF de transition'),
    description: localText(15, 'France Compétences finance le CPF de transition géré par Transitions Pro (détail à confirmer).'),
    sources: [],
    confirmed: false,
    unconfirmedNote: localText(16, 'Détail non vérifié dans les sources lues.'),
  },
  {
    id: 'france-competences-regions',
    from: 'france-competences',
    to: 'regions',
    kind: 'transfer',
    label: localText(17, 'soutien aux CFA'),
    description: localText(18, 'France Compétences verse aussi des fonds aux Régions pour les CFA.'),
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'AN-LARDY'],
    confirmed: true,
  },
  {
    id: 'france-competences-state',
    from: 'france-competences',
    to: 'state',
    kind: 'transfer',
    label: localText(19, 'formation des demandeurs d’emploi'),
    description: localText(20, 'France Compétences verse à l’État une part pour la formation des demandeurs d’emploi.'),
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'AN-LARDY'],
    confirmed: true,
  },
  {
    id: 'employer-schools',
    from: 'employer',
    to: 'schools',
    kind: 'contribution',
    label: localText(21, 'solde de la taxe d’apprentissage (0,09 %) via SOLTéA'),
    description: localText(22, 'Le solde de 0,09 % de la taxe d’apprentissage passe par l’URSSAF et la Caisse des Dépôts jusqu’aux établissements que l’employeur choisit sur SOLTéA.'),
    sources: ['BLOG-SOLTEA', 'CFTC-CUFPA'],
    confirmed: true,
  },
  {
    id: 'state-asp',
    from: 'state',
    to: 'asp',
    kind: 'aid',
    label: localText(23, 'budget de l’État'),
    description: localText(24, 'L’aide à l’embauche d’apprentis vient du budget de l’État, pas des contributions ; l’ASP la gère.'),
    sources: ['OPERA-2025', 'CROWE-2024'],
    confirmed: true,
  },
  {
    id: 'asp-employer',
    from: 'asp',
    to: 'employer',
    kind: 'aid',
    label: localText(25, 'aide à l’embauche d’apprentis (Sylaé)'),
    description: localText(26, 'L’ASP verse chaque mois à l’employeur l’aide à l’embauche d’un apprenti, suivie sur Sylaé.'),
    sources: ['OPERA-2025', 'CROWE-2024', 'BTP45-2025'],
    confirmed: true,
  },
  {
    id: 'france-travail-employer',
    from: 'france-travail',
    to: 'employer',
    kind: 'aid',
    label: localText(27, 'aides au contrat de professionnalisation'),
    description: localText(28, 'France Travail et l’État versent à l’employeur des aides pour un contrat de professionnalisation avec un demandeur d’emploi de 26 ans et plus ou de 45 ans et plus.'),
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
