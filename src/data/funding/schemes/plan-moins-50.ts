// Skills plan of companies under 50 employees: transcribes §9 of the funding notes
// (domain/funding.md, compiled 2026-11-26).
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';

export const PLAN_MOINS_50: SchemeDefinition = {
  id: 'plan-moins-50',
  name: {
    fr: 'Plan de développement des compétences (moins de 50 salariés)',
    en: 'Skills development plan (companies under 50 employees)',
  },
  frenchTerm: 'plan de développement des compétences',
  status: 'open',
  validity: { from: '2019-01-01' },
  summary: {
    text: {
      fr: 'Le plan de développement des compétences (ex-plan de formation) est décidé par l’employeur. Depuis le 1er janvier 2019, seules les entreprises de moins de 50 salariés peuvent le faire financer par leur OPCO, sur les contributions mutualisées ; les entreprises de 50 salariés et plus paient leur propre plan.',
      en: 'The skills development plan (formerly plan de formation) is decided by the employer. Since 1 January 2019 only companies with fewer than 50 employees can have it funded by their OPCO, from the pooled contributions; companies with 50 or more pay for their own plan.',
    },
    sources: ['WEBEXPERT-2019', 'QUALIVIEW'],
    confirmed: true,
  },
  audienceSummary: {
    employer: {
      fr: 'Moins de 50 salariés : votre OPCO peut payer les coûts pédagogiques, la rémunération des stagiaires et les frais annexes, selon ses priorités et ses plafonds annuels ; son conseiller de proximité peut vous aider à définir le besoin.',
      en: 'Under 50 employees: your OPCO may pay teaching costs, trainees’ pay and annex costs, within its priorities and yearly ceilings; its local adviser can help you define the need.',
    },
    apprentice: {
      fr: 'Ce financement concerne la formation des salariés des entreprises de moins de 50 salariés, décidée par l’employeur.',
      en: 'This funding is for training decided by the employer for staff of companies under 50 employees.',
    },
    'training-centre': {
      fr: 'L’OPCO peut payer la formation des entreprises de moins de 50 salariés : paiement après réalisation, paiements échelonnés possibles et avance de 30 % au plus.',
      en: 'The OPCO may pay training for companies under 50 employees: payment after completion, staged payments possible and an advance of at most 30 %.',
    },
  },
  eligibility: [
    {
      text: {
        fr: 'Entreprises de moins de 50 salariés (avant la réforme, les OPCA finançaient les plans jusqu’à 300 salariés).',
        en: 'Companies with fewer than 50 employees (before the reform, OPCAs funded plans up to 300 employees).',
      },
      validity: { from: '2019-01-01' },
      sources: ['WEBEXPERT-2019', 'QUALIVIEW'],
      confirmed: true,
    },
  ],
  payments: [
    {
      item: { fr: 'Coûts pédagogiques', en: 'Teaching costs' },
      payer: 'opco',
      receiver: 'training-provider',
      amount: {
        fr: 'Selon les priorités et critères du conseil d’administration de l’OPCO (souvent par branche) ; pas de montant national fixe.',
        en: 'Within the OPCO board’s priorities and criteria (often per branch); no fixed national amount.',
      },
      legal: [LEGAL.ctL6332_17],
      sources: ['WEBEXPERT-2019', 'DIGIFORMAG'],
      confirmed: true,
    },
    {
      item: { fr: 'Rémunération, charges sociales et frais annexes des stagiaires', en: 'Trainees’ pay, social charges and annex costs' },
      payer: 'opco',
      receiver: 'employer',
      amount: {
        fr: 'Remboursés à l’employeur dans les mêmes conditions ; rémunération plafonnée au coût horaire du SMIC par heure de formation.',
        en: 'Refunded to the employer on the same terms; pay capped at the hourly SMIC cost per training hour.',
      },
      legal: [LEGAL.ctL6332_17, LEGAL.planPayCap],
      // the rule is sourced; only its current article is UNCONFIRMED, flagged on LEGAL.planPayCap
      sources: ['WEBEXPERT-2019', 'DIGIFORMAG', 'EFL-2016'],
      confirmed: true,
    },
    {
      item: { fr: 'Autres actions finançables', en: 'Other fundable actions' },
      payer: 'opco',
      receiver: 'employer',
      amount: {
        fr: 'Abondements au CPF, diagnostics et accompagnement des projets de formation, participation des salariés à des jurys d’examen ou de VAE.',
        en: 'CPF top-ups, diagnostics and support for training projects, employees sitting on exam or VAE juries.',
      },
      sources: ['DIGIFORMAG'],
      confirmed: true,
    },
    {
      item: { fr: 'Entreprises de 50 salariés et plus', en: 'Companies with 50 employees or more' },
      payer: 'employer',
      receiver: 'training-provider',
      amount: { fr: 'L’entreprise finance elle-même son plan.', en: 'The company pays for its own plan.' },
      validity: { from: '2019-01-01' },
      sources: ['WEBEXPERT-2019', 'QUALIVIEW'],
      confirmed: true,
    },
  ],
  steps: [
    {
      order: 1,
      text: {
        fr: 'Identifier le besoin, si besoin avec le conseiller de proximité de l’OPCO.',
        en: 'Identify the need, possibly with the OPCO’s local adviser.',
      },
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer'],
      sources: ['ZIGGOURAT'],
      confirmed: true,
    },
    {
      order: 2,
      text: {
        fr: 'Choisir un organisme et obtenir un devis ou une convention de formation ; la certification Qualiopi est probablement exigée par l’OPCO.',
        en: 'Choose a provider and get a quote or training agreement; the OPCO probably requires Qualiopi certification.',
      },
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer', 'training-centre'],
      sources: ['OPCOMOB-PRO'],
      confirmed: false,
      unconfirmedNote: {
        fr: 'Exigence Qualiopi pour le plan : vraisemblable mais non confirmée (confirmée pour le contrat de professionnalisation).',
        en: 'Qualiopi requirement for the plan: likely but not confirmed (confirmed for the professionalisation contract).',
      },
    },
    {
      order: 3,
      text: {
        fr: 'Déposer la demande de financement sur le portail de l’OPCO avant le début de la formation (délais propres à chaque OPCO).',
        en: 'Submit the funding request on the OPCO portal before the training starts (timing per OPCO).',
      },
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: [],
      confirmed: false,
      unconfirmedNote: {
        fr: 'Étape sans source dans les notes, à confirmer ; délais propres à chaque OPCO.',
        en: 'Step without a source in the notes, to be confirmed; timing set by each OPCO.',
      },
    },
    {
      order: 4,
      text: {
        fr: 'L’OPCO décide ; un refus total ou partiel doit être motivé et notifié (décret n° 2018-1209).',
        en: 'The OPCO decides; a total or partial refusal must give reasons and be notified (décret n° 2018-1209).',
      },
      deadline: { fr: 'refus notifié dans les 2 mois', en: 'refusal notified within 2 months' },
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['CAPMETIERS-2019'],
      confirmed: true,
    },
    {
      order: 5,
      text: {
        fr: 'La formation a lieu ; l’OPCO paie après réalisation, avec des paiements échelonnés possibles et une avance de 30 % au plus.',
        en: 'The training takes place; the OPCO pays after completion, with possible staged payments and an advance of at most 30 %.',
      },
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
      text: {
        fr: 'Chaque OPCO publie ses plafonds annuels.',
        en: 'Each OPCO publishes its own yearly ceilings.',
      },
      sources: [],
      confirmed: false,
      unconfirmedNote: { fr: 'Plafonds par OPCO non recherchés.', en: 'Per-OPCO ceilings not researched.' },
    },
  ],
};
