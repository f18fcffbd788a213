// Période de reconversion card (with the closed Pro-A): transcribes §8 of the funding notes
// (domain/funding.md, compiled 2026-11-26).
import { dataTexts } from '../../texts.js';
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';
const localText = dataTexts("data/funding/schemes/reconversion");


export const RECONVERSION: SchemeDefinition = {
  id: 'reconversion',
  name: localText(0, 'Période de reconversion'),
  frenchTerm: 'période de reconversion',
  status: 'open',
  validity: { from: '2026-01-01' },
  summary: {
    text: localText(1, 'Depuis le 1er janvier 2026, la période de reconversion remplace la Pro-A et Transitions collectives (loi n° 2025-989) : tout salarié peut se former pour changer de métier, dans son entreprise ou dans une autre, avec un financement de l’OPCO. La Pro-A est fermée aux nouvelles entrées depuis le 1er janvier 2026 ; les Pro-A commencées avant 2026 restent aux anciennes règles.'),
    sources: ['EFL-PR', 'ACADEMIE-PR', 'LOFFICIEL-PR', 'CI-PR-FAQ'],
    confirmed: true,
  },
  audienceSummary: {
    employer: localText(2, 'Vous signez un accord écrit avec le salarié et l’envoyez à l’OPCO, qui finance la formation (forfait de branche, 5 000 € en moyenne par période) ; en interne, vous gardez le contrat et le salaire.'),
    apprentice: localText(3, 'Pour changer de métier en restant salarié : aucune condition d’âge, d’ancienneté ni de diplôme ; 150 à 450 h de formation sur 12 mois au plus.'),
    'training-centre': localText(4, 'L’OPCO finance les coûts pédagogiques au forfait de la branche (9,15 €/h par défaut) ; certification RNCP, CQP, blocs de compétences ou CléA.'),
  },
  eligibility: [
    {
      text: localText(5, 'Tout salarié qui souhaite une mobilité interne ou externe, sans condition d’âge, d’ancienneté ni de diplôme.'),
      validity: { from: '2026-01-01' },
      sources: ['CNEC-PR', 'LOFFICIEL-PR'],
      confirmed: true,
    },
    {
      text: localText(6, 'Interne : contrat et salaire maintenus, modalités dans un accord écrit. Externe : contrat d’origine suspendu, CDI ou CDD d’au moins 6 mois avec l’entreprise d’accueil, retour au même emploi ou à un emploi équivalent en cas d’échec.'),
      sources: ['QIIRO-PR', 'AFPA-PR'],
      confirmed: true,
    },
    {
      text: localText(7, 'La mobilité externe peut exiger une négociation préalable dans l’entreprise (L6324-9).'),
      sources: ['CI-PR'],
      confirmed: true,
    },
    {
      text: localText(8, 'Formations : certification RNCP, CQP, un ou plusieurs blocs de compétences, CléA ; VAE possible ; 150 à 450 h sur 12 mois au plus (jusqu’à 2 100 h sur 36 mois par accord d’entreprise ou de branche).'),
      sources: ['CNEC-PR', 'ACADEMIE-PR'],
      confirmed: true,
    },
    {
      text: localText(9, 'Pro-A (jusqu’au 31 décembre 2025) : salariés en CDI (y compris temps partiel et activité partielle), CUI-CDI, sportifs professionnels en CDD, dont la qualification est inférieure à la licence (niveau 6).'),
      validity: { to: '2025-12-31' },
      sources: ['SP-F13516', 'CCI-PROA'],
      confirmed: true,
    },
  ],
  payments: [
    {
      item: localText(10, 'Coûts pédagogiques'),
      payer: 'opco',
      receiver: 'training-provider',
      amount: localText(11, 'Forfait de branche, 9,15 €/h par défaut ; les OPCO doivent respecter une moyenne de 5 000 € par période. Pour une période externe, c’est l’OPCO de l’entreprise d’accueil qui paie.'),
      validity: { from: '2026-01-01' },
      legal: [LEGAL.decrets2026_39_40],
      sources: ['EMFOR-PR', 'LOFFICIEL-PR', 'CI-PR-FAQ'],
      confirmed: true,
    },
    {
      item: localText(12, 'Rémunération et frais annexes'),
      payer: 'opco',
      receiver: 'employer',
      amount: localText(13, 'Finançables si un accord collectif ou une décision de l’employeur le prévoit, selon les règles du conseil d’administration de l’OPCO.'),
      validity: { from: '2026-01-01' },
      legal: [LEGAL.decrets2026_39_40],
      sources: ['EMFOR-PR', 'LOFFICIEL-PR'],
      confirmed: true,
    },
    {
      item: localText(14, 'Cofinancement par le CPF'),
      payer: 'france-competences',
      receiver: 'opco',
      amount: localText(15, 'Le CPF du salarié peut cofinancer ; France Compétences verse alors à l’OPCO la totalité du coût, part CPF comprise.'),
      validity: { from: '2026-01-01' },
      sources: ['CI-PR-FAQ'],
      confirmed: true,
    },
    {
      item: localText(16, 'Salaire (période interne)'),
      payer: 'employer',
      receiver: 'employee',
      amount: localText(17, 'Contrat et salaire maintenus.'),
      validity: { from: '2026-01-01' },
      sources: ['QIIRO-PR'],
      confirmed: true,
    },
    {
      item: localText(18, 'Salaire (période externe)'),
      payer: 'host-employer',
      receiver: 'employee',
      amount: localText(19, 'Contrat d’origine suspendu ; CDI ou CDD d’au moins 6 mois avec l’entreprise d’accueil.'),
      validity: { from: '2026-01-01' },
      sources: ['QIIRO-PR', 'AFPA-PR'],
      confirmed: true,
    },
    {
      item: localText(20, 'Pro-A (fermée) : formation'),
      payer: 'opco',
      receiver: 'training-provider',
      amount: localText(21, 'Forfait de branche, 9,15 €/h par défaut (D6332-89, D6332-90) : frais pédagogiques, de transport et d’hébergement ; l’employeur continuait de payer le salaire pendant la formation sur le temps de travail.'),
      validity: { to: '2025-12-31' },
      legal: [LEGAL.ctD6332_89],
      sources: ['DIGIFORMAG', 'CCI-PROA'],
      confirmed: true,
    },
  ],
  steps: [
    {
      order: 1,
      text: localText(22, 'Conclure un accord écrit entre l’employeur et le salarié (un Cerfa a été annoncé).'),
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer', 'apprentice'],
      sources: ['EMFOR-PR', 'CI-PR-FAQ'],
      confirmed: true,
    },
    {
      order: 2,
      text: localText(23, 'L’employeur envoie à l’OPCO l’accord, la convention de formation et, pour une période externe, le contrat avec l’entreprise d’accueil.'),
      deadline: localText(24, 'dans les 30 jours avant le début prévu (une source dit « après »)'),
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['EMFOR-PR', 'QIIRO-PR'],
      confirmed: false,
      unconfirmedNote: localText(25, 'Délai exact (avant ou après le début) à confirmer.'),
    },
    {
      order: 3,
      text: localText(26, 'L’OPCO décide ; un refus doit être motivé si les conditions ne sont pas remplies.'),
      deadline: localText(27, 'dans les 20 jours'),
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['EMFOR-PR', 'CI-PR-FAQ'],
      confirmed: true,
    },
    {
      order: 4,
      text: localText(28, 'Les échanges avec l’OPCO passent par le système Agora.'),
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
      text: localText(29, 'La Pro-A (reconversion ou promotion par alternance) est fermée aux nouvelles entrées depuis le 1er janvier 2026 ; les parcours commencés avant restent aux anciennes règles.'),
      validity: { to: '2025-12-31' },
      sources: ['EFL-PR', 'ACADEMIE-PR', 'LOFFICIEL-PR'],
      confirmed: true,
    },
    {
      text: localText(30, 'Les décrets n° 2026-39 et 2026-40 s’appliquent à partir du 1er février 2026 selon deux sources.'),
      sources: ['ISQ-PR', 'EMFOR-PR', 'LOFFICIEL-PR', 'QIIRO-PR'],
      confirmed: true,
    },
  ],
};
