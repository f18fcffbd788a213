// Période de reconversion card (with the closed Pro-A): transcribes §8 of the funding notes
// (domain/funding.md, compiled 2026-11-26).
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';

export const RECONVERSION: SchemeDefinition = {
  id: 'reconversion',
  name: { fr: 'Période de reconversion', en: 'Retraining period (période de reconversion)' },
  frenchTerm: 'période de reconversion',
  status: 'open',
  validity: { from: '2026-01-01' },
  summary: {
    text: {
      fr: 'Depuis le 1er janvier 2026, la période de reconversion remplace la Pro-A et Transitions collectives (loi n° 2025-989) : tout salarié peut se former pour changer de métier, dans son entreprise ou dans une autre, avec un financement de l’OPCO. La Pro-A est fermée aux nouvelles entrées depuis le 1er janvier 2026 ; les Pro-A commencées avant 2026 restent aux anciennes règles.',
      en: 'Since 1 January 2026 the période de reconversion replaces Pro-A and Transitions collectives (loi n° 2025-989): any employee can train to change jobs, inside the company or in another one, funded by the OPCO. Pro-A has been closed to new entries since 1 January 2026; Pro-A arrangements started before 2026 stay under the old rules.',
    },
    sources: ['EFL-PR', 'ACADEMIE-PR', 'LOFFICIEL-PR', 'CI-PR-FAQ'],
    confirmed: true,
  },
  audienceSummary: {
    employer: {
      fr: 'Vous signez un accord écrit avec le salarié et l’envoyez à l’OPCO, qui finance la formation (forfait de branche, 5 000 € en moyenne par période) ; en interne, vous gardez le contrat et le salaire.',
      en: 'You sign a written agreement with the employee and send it to the OPCO, which funds the training (branch forfait, 5,000 € on average per period); internally, you keep the contract and the pay.',
    },
    apprentice: {
      fr: 'Pour changer de métier en restant salarié : aucune condition d’âge, d’ancienneté ni de diplôme ; 150 à 450 h de formation sur 12 mois au plus.',
      en: 'To change jobs while staying employed: no condition of age, seniority or diploma; 150 to 450 h of training over at most 12 months.',
    },
    'training-centre': {
      fr: 'L’OPCO finance les coûts pédagogiques au forfait de la branche (9,15 €/h par défaut) ; certification RNCP, CQP, blocs de compétences ou CléA.',
      en: 'The OPCO funds teaching costs at the branch forfait (9.15 €/h by default); RNCP certification, CQP, skills blocks or CléA.',
    },
  },
  eligibility: [
    {
      text: {
        fr: 'Tout salarié qui souhaite une mobilité interne ou externe, sans condition d’âge, d’ancienneté ni de diplôme.',
        en: 'Any employee wishing an internal or external move, with no condition of age, seniority or diploma.',
      },
      validity: { from: '2026-01-01' },
      sources: ['CNEC-PR', 'LOFFICIEL-PR'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Interne : contrat et salaire maintenus, modalités dans un accord écrit. Externe : contrat d’origine suspendu, CDI ou CDD d’au moins 6 mois avec l’entreprise d’accueil, retour au même emploi ou à un emploi équivalent en cas d’échec.',
        en: 'Internal: contract and pay maintained, terms in a written agreement. External: original contract suspended, open-ended or ≥ 6-month fixed-term contract with the host company, return to the same or an equivalent job if it fails.',
      },
      sources: ['QIIRO-PR', 'AFPA-PR'],
      confirmed: true,
    },
    {
      text: {
        fr: 'La mobilité externe peut exiger une négociation préalable dans l’entreprise (L6324-9).',
        en: 'External use may require prior company-level negotiation (L6324-9).',
      },
      sources: ['CI-PR'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Formations : certification RNCP, CQP, un ou plusieurs blocs de compétences, CléA ; VAE possible ; 150 à 450 h sur 12 mois au plus (jusqu’à 2 100 h sur 36 mois par accord d’entreprise ou de branche).',
        en: 'Training: RNCP certification, CQP, one or more skills blocks, CléA; VAE possible; 150 to 450 h over at most 12 months (up to 2,100 h over 36 months by company or branch agreement).',
      },
      sources: ['CNEC-PR', 'ACADEMIE-PR'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Pro-A (jusqu’au 31 décembre 2025) : salariés en CDI (y compris temps partiel et activité partielle), CUI-CDI, sportifs professionnels en CDD, dont la qualification est inférieure à la licence (niveau 6).',
        en: 'Pro-A (until 31 December 2025): employees on open-ended contracts (incl. part-time and partial activity), CUI-CDI, professional athletes on fixed-term contracts, qualified below licence (level 6).',
      },
      validity: { to: '2025-12-31' },
      sources: ['SP-F13516', 'CCI-PROA'],
      confirmed: true,
    },
  ],
  payments: [
    {
      item: { fr: 'Coûts pédagogiques', en: 'Teaching costs' },
      payer: 'opco',
      receiver: 'training-provider',
      amount: {
        fr: 'Forfait de branche, 9,15 €/h par défaut ; les OPCO doivent respecter une moyenne de 5 000 € par période. Pour une période externe, c’est l’OPCO de l’entreprise d’accueil qui paie.',
        en: 'Branch forfait, 9.15 €/h by default; OPCOs must keep to an average of 5,000 € per period. For an external period, the host employer’s OPCO pays.',
      },
      validity: { from: '2026-01-01' },
      legal: [LEGAL.decrets2026_39_40],
      sources: ['EMFOR-PR', 'LOFFICIEL-PR', 'CI-PR-FAQ'],
      confirmed: true,
    },
    {
      item: { fr: 'Rémunération et frais annexes', en: 'Pay and annex costs' },
      payer: 'opco',
      receiver: 'employer',
      amount: {
        fr: 'Finançables si un accord collectif ou une décision de l’employeur le prévoit, selon les règles du conseil d’administration de l’OPCO.',
        en: 'Fundable if a collective agreement or an employer decision provides for it, on the OPCO board’s terms.',
      },
      validity: { from: '2026-01-01' },
      legal: [LEGAL.decrets2026_39_40],
      sources: ['EMFOR-PR', 'LOFFICIEL-PR'],
      confirmed: true,
    },
    {
      item: { fr: 'Cofinancement par le CPF', en: 'CPF co-funding' },
      payer: 'france-competences',
      receiver: 'opco',
      amount: {
        fr: 'Le CPF du salarié peut cofinancer ; France Compétences verse alors à l’OPCO la totalité du coût, part CPF comprise.',
        en: 'The employee’s CPF can co-fund; France Compétences then pays the OPCO the whole cost, CPF share included.',
      },
      validity: { from: '2026-01-01' },
      sources: ['CI-PR-FAQ'],
      confirmed: true,
    },
    {
      item: { fr: 'Salaire (période interne)', en: 'Pay (internal period)' },
      payer: 'employer',
      receiver: 'employee',
      amount: { fr: 'Contrat et salaire maintenus.', en: 'Contract and pay maintained.' },
      validity: { from: '2026-01-01' },
      sources: ['QIIRO-PR'],
      confirmed: true,
    },
    {
      item: { fr: 'Salaire (période externe)', en: 'Pay (external period)' },
      payer: 'host-employer',
      receiver: 'employee',
      amount: {
        fr: 'Contrat d’origine suspendu ; CDI ou CDD d’au moins 6 mois avec l’entreprise d’accueil.',
        en: 'Original contract suspended; open-ended or ≥ 6-month fixed-term contract with the host company.',
      },
      validity: { from: '2026-01-01' },
      sources: ['QIIRO-PR', 'AFPA-PR'],
      confirmed: true,
    },
    {
      item: { fr: 'Pro-A (fermée) : formation', en: 'Pro-A (closed): training' },
      payer: 'opco',
      receiver: 'training-provider',
      amount: {
        fr: 'Forfait de branche, 9,15 €/h par défaut (D6332-89, D6332-90) : frais pédagogiques, de transport et d’hébergement ; l’employeur continuait de payer le salaire pendant la formation sur le temps de travail.',
        en: 'Branch forfait, 9.15 €/h by default (D6332-89, D6332-90): teaching, transport and accommodation costs; the employer kept paying the salary for training during work time.',
      },
      validity: { to: '2025-12-31' },
      legal: [LEGAL.ctD6332_89],
      sources: ['DIGIFORMAG', 'CCI-PROA'],
      confirmed: true,
    },
  ],
  steps: [
    {
      order: 1,
      text: {
        fr: 'Conclure un accord écrit entre l’employeur et le salarié (un Cerfa a été annoncé).',
        en: 'Sign a written employer–employee agreement (a Cerfa was announced).',
      },
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer', 'apprentice'],
      sources: ['EMFOR-PR', 'CI-PR-FAQ'],
      confirmed: true,
    },
    {
      order: 2,
      text: {
        fr: 'L’employeur envoie à l’OPCO l’accord, la convention de formation et, pour une période externe, le contrat avec l’entreprise d’accueil.',
        en: 'The employer sends the OPCO the agreement, the training agreement and, for an external period, the host contract.',
      },
      deadline: {
        fr: 'dans les 30 jours avant le début prévu (une source dit « après »)',
        en: 'in the 30 days before the planned start (one source says “after”)',
      },
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['EMFOR-PR', 'QIIRO-PR'],
      confirmed: false,
      unconfirmedNote: {
        fr: 'Délai exact (avant ou après le début) à confirmer.',
        en: 'Exact timing (before or after the start) to be confirmed.',
      },
    },
    {
      order: 3,
      text: {
        fr: 'L’OPCO décide ; un refus doit être motivé si les conditions ne sont pas remplies.',
        en: 'The OPCO decides; a refusal must give reasons if conditions are not met.',
      },
      deadline: { fr: 'dans les 20 jours', en: 'within 20 days' },
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['EMFOR-PR', 'CI-PR-FAQ'],
      confirmed: true,
    },
    {
      order: 4,
      text: {
        fr: 'Les échanges avec l’OPCO passent par le système Agora.',
        en: 'Exchanges with the OPCO go through the Agora system.',
      },
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['EMFOR-PR', 'CI-PR-FAQ'],
      confirmed: true,
    },
  ],
  legalReferences: [LEGAL.loi2025_989, LEGAL.ctL6324_1, LEGAL.decrets2026_39_40, LEGAL.ctD6332_89],
  notes: [
    {
      text: {
        fr: 'La Pro-A (reconversion ou promotion par alternance) est fermée aux nouvelles entrées depuis le 1er janvier 2026 ; les parcours commencés avant restent aux anciennes règles.',
        en: 'Pro-A (reconversion ou promotion par alternance) has been closed to new entries since 1 January 2026; arrangements started before stay under the old rules.',
      },
      validity: { to: '2025-12-31' },
      sources: ['EFL-PR', 'ACADEMIE-PR', 'LOFFICIEL-PR'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Les décrets n° 2026-39 et 2026-40 s’appliquent à partir du 1er février 2026 selon deux sources.',
        en: 'Décrets n° 2026-39 and 2026-40 apply from 1 February 2026 according to two sources.',
      },
      sources: ['ISQ-PR', 'EMFOR-PR', 'LOFFICIEL-PR', 'QIIRO-PR'],
      confirmed: true,
    },
  ],
};
