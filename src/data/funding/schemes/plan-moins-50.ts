// Skills plan of companies under 50 employees: transcribes §9 of the funding notes
// (domain/funding.md, compiled 2026-11-26).
import { dataTexts } from '../../texts.js';
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';
const localText = dataTexts("data/funding/schemes/plan-moins-50");


export const PLAN_MOINS_50: SchemeDefinition = {
  id: 'plan-moins-50',
  name: localText(0, 'Plan de développement des compétences (moins de 50 salariés)'),
  frenchTerm: 'plan de développement des compétences',
  status: 'open',
  validity: { from: '2019-01-01' },
  summary: {
    text: localText(1, 'Le plan de développement des compétences (ex-plan de formation) est décidé par l’employeur. Depuis le 1er janvier 2019, seules les entreprises de moins de 50 salariés peuvent le faire financer par leur OPCO, sur les contributions mutualisées ; les entreprises de 50 salariés et plus paient leur propre plan.'),
    sources: ['WEBEXPERT-2019', 'QUALIVIEW'],
    confirmed: true,
  },
  audienceSummary: {
    employer: localText(2, 'Moins de 50 salariés : votre OPCO peut payer les coûts pédagogiques, la rémunération des stagiaires et les frais annexes, selon ses priorités et ses plafonds annuels ; son conseiller de proximité peut vous aider à définir le besoin.'),
    apprentice: localText(3, 'Ce financement concerne la formation des salariés des entreprises de moins de 50 salariés, décidée par l’employeur.'),
    'training-centre': localText(4, 'L’OPCO peut payer la formation des entreprises de moins de 50 salariés : paiement après réalisation, paiements échelonnés possibles et avance de 30 % au plus.'),
  },
  eligibility: [
    {
      text: localText(5, 'Entreprises de moins de 50 salariés (avant la réforme, les OPCA finançaient les plans jusqu’à 300 salariés).'),
      validity: { from: '2019-01-01' },
      sources: ['WEBEXPERT-2019', 'QUALIVIEW'],
      confirmed: true,
    },
  ],
  payments: [
    {
      item: localText(6, 'Coûts pédagogiques'),
      payer: 'opco',
      receiver: 'training-provider',
      amount: localText(7, 'Selon les priorités et critères du conseil d’administration de l’OPCO (souvent par branche) ; pas de montant national fixe.'),
      legal: [LEGAL.ctL6332_17],
      sources: ['WEBEXPERT-2019', 'DIGIFORMAG'],
      confirmed: true,
    },
    {
      item: localText(8, 'Rémunération, charges sociales et frais annexes des stagiaires'),
      payer: 'opco',
      receiver: 'employer',
      amount: localText(9, 'Remboursés à l’employeur dans les mêmes conditions ; rémunération plafonnée au coût horaire du SMIC par heure de formation.'),
      legal: [LEGAL.ctL6332_17, LEGAL.planPayCap],
      // the rule is sourced; only its current article is UNCONFIRMED, flagged on LEGAL.planPayCap
      sources: ['WEBEXPERT-2019', 'DIGIFORMAG', 'EFL-2016'],
      confirmed: true,
    },
    {
      item: localText(10, 'Autres actions finançables'),
      payer: 'opco',
      receiver: 'employer',
      amount: localText(11, 'Abondements au CPF, diagnostics et accompagnement des projets de formation, participation des salariés à des jurys d’examen ou de VAE.'),
      sources: ['DIGIFORMAG'],
      confirmed: true,
    },
    {
      item: localText(12, 'Entreprises de 50 salariés et plus'),
      payer: 'employer',
      receiver: 'training-provider',
      amount: localText(13, 'L’entreprise finance elle-même son plan.'),
      validity: { from: '2019-01-01' },
      sources: ['WEBEXPERT-2019', 'QUALIVIEW'],
      confirmed: true,
    },
  ],
  steps: [
    {
      order: 1,
      text: localText(14, 'Identifier le besoin, si besoin avec le conseiller de proximité de l’OPCO.'),
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer'],
      sources: ['ZIGGOURAT'],
      confirmed: true,
    },
    {
      order: 2,
      text: localText(15, 'Choisir un organisme et obtenir un devis ou une convention de formation ; la certification Qualiopi est probablement exigée par l’OPCO.'),
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer', 'training-centre'],
      sources: ['OPCOMOB-PRO'],
      confirmed: false,
      unconfirmedNote: localText(16, 'Exigence Qualiopi pour le plan : vraisemblable mais non confirmée (confirmée pour le contrat de professionnalisation).'),
    },
    {
      order: 3,
      text: localText(17, 'Déposer la demande de financement sur le portail de l’OPCO avant le début de la formation (délais propres à chaque OPCO).'),
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: [],
      confirmed: false,
      unconfirmedNote: localText(18, 'Étape sans source dans les notes, à confirmer ; délais propres à chaque OPCO.'),
    },
    {
      order: 4,
      text: localText(19, 'L’OPCO décide ; un refus total ou partiel doit être motivé et notifié (décret n° 2018-1209).'),
      deadline: localText(20, 'refus notifié dans les 2 mois'),
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['CAPMETIERS-2019'],
      confirmed: true,
    },
    {
      order: 5,
      text: localText(21, 'La formation a lieu ; l’OPCO paie après réalisation, avec des paiements échelonnés possibles et une avance de 30 % au plus.'),
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['CAPMETIERS-2019'],
      confirmed: true,
    },
  ],
  legalReferences: [LEGAL.ctL6332_17, LEGAL.ctL6332_1, LEGAL.decret2018_1209, LEGAL.planPayCap],
  notes: [
    {
      text: localText(22, 'Chaque OPCO publie ses plafonds annuels.'),
      sources: [],
      confirmed: false,
      unconfirmedNote: localText(23, 'Plafonds par OPCO non recherchés.'),
    },
  ],
};
