// CPF card and how an OPCO co-funds it: transcribes §10 of the funding notes (domain/funding.md, compiled 2026-11-26).
import { dataTexts } from '../../texts.js';
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';
const localText = dataTexts("data/funding/schemes/cpf");


export const CPF: SchemeDefinition = {
  id: 'cpf',
  name: localText(0, 'Compte personnel de formation (CPF)'),
  frenchTerm: 'compte personnel de formation',
  status: 'open',
  summary: {
    text: localText(1, 'Compte individuel en euros géré par la Caisse des Dépôts sur Mon Compte Formation — pas par les OPCO. Il est financé par la part CPF des contributions reversée par France Compétences et par la contribution CPF-CDD. Un employeur ou un OPCO peut le compléter (abondement).'),
    sources: ['HENNEBERT-CPF', 'PRESSREADER-CDC', 'CLEXPERTE-CDD', 'MCF-ABOND'],
    confirmed: true,
  },
  audienceSummary: {
    employer: localText(2, 'Vous pouvez compléter le CPF d’un salarié sur l’EDEF ; votre OPCO peut aussi le cofinancer. Un cofinancement de l’employeur ou de l’OPCO dispense le salarié de la participation forfaitaire.'),
    apprentice: localText(3, 'Le CPF est votre compte personnel en euros sur Mon Compte Formation, géré par la Caisse des Dépôts ; votre employeur ou un OPCO peut le compléter.'),
    'training-centre': localText(4, 'Pour une formation éligible au CPF, la Caisse des Dépôts vous paie ; depuis le 26 février 2026, des plafonds s’appliquent (permis B 900 €, répertoire spécifique 1 500 €, bilan de compétences 1 600 €).'),
  },
  eligibility: [
    {
      text: localText(5, 'Crédit annuel depuis 2019 : 500 € par an (plafond 5 000 €) pour un salarié à mi-temps ou plus ; 800 € par an (plafond 8 000 €) sous le niveau 3 ; au prorata en dessous du mi-temps.'),
      sources: ['CI-CPF-ALIM'],
      confirmed: true,
    },
    {
      text: localText(6, 'Participation du titulaire à chaque achat : 103,20 € depuis le 1er janvier 2026 (102,23 € en 2025, 100 € depuis le 2 mai 2024).'),
      validity: { from: '2026-01-01' },
      sources: ['VOLTAIRE-CPF', 'APECITA-CPF', 'FEEP-CPF', 'PRESSGPT-CPF', 'CLESDUSOCIAL'],
      confirmed: true,
    },
    {
      text: localText(7, 'Hausse de la participation à 150 € (projet de décret examiné le 11 février 2026).'),
      sources: ['BLOHORN-CPF'],
      confirmed: false,
      unconfirmedNote: localText(8, 'Adoption non confirmée.'),
    },
    {
      text: localText(9, 'Dispensés de participation : demandeurs d’emploi ; formations cofinancées par l’employeur (y compris par accord d’entreprise, de groupe ou de branche) ou par l’OPCO du salarié ; utilisation de points C2P ; reconversion après un accident du travail ou une maladie professionnelle (incapacité d’au moins 10 %).'),
      sources: ['VOLTAIRE-CPF', 'DECOTIDIEN'],
      confirmed: true,
    },
    {
      text: localText(10, 'Plafonds depuis le 26 février 2026 : permis de conduire 900 € (demandeurs d’emploi, ou avec au moins 100 € de cofinancement d’un tiers) ; répertoire spécifique 1 500 € (hors CléA) ; bilan de compétences 1 600 €.'),
      validity: { from: '2026-02-26' },
      sources: ['CI-LF26-CPF', 'CERTICPF-2026', 'HEXOPEE-2484'],
      confirmed: true,
    },
    {
      text: localText(11, 'Bilan de compétences : 13 h minimum et pas de nouveau bilan CPF dans les 5 ans suivant un bilan financé sur fonds publics.'),
      sources: ['CPFORMATION-BILAN', 'BLOHORN-CPF'],
      confirmed: false,
      unconfirmedNote: localText(12, 'Issu de projets de textes : rédaction finale à confirmer.'),
    },
  ],
  payments: [
    {
      item: localText(13, 'Part CPF des contributions'),
      payer: 'france-competences',
      receiver: 'caisse-des-depots',
      amount: localText(14, 'Part CPF des contributions mutualisées, plus la contribution CPF-CDD (1 %).'),
      sources: ['PRESSREADER-CDC', 'CLEXPERTE-CDD'],
      confirmed: true,
    },
    {
      item: localText(15, 'Paiement de la formation'),
      payer: 'caisse-des-depots',
      receiver: 'training-provider',
      amount: localText(16, 'Prix de la formation, dans la limite du solde du compte et des plafonds.'),
      sources: ['VOLTAIRE-CPF', 'JURITRAVAIL-CPF'],
      confirmed: true,
    },
    {
      item: localText(17, 'Participation du titulaire'),
      payer: 'employee',
      receiver: 'caisse-des-depots',
      amount: localText(18, '103,20 € par achat, sauf dispense.'),
      amountEur: 103.2,
      validity: { from: '2026-01-01' },
      legal: [LEGAL.ctL6323_4, LEGAL.decret2024_394],
      sources: ['VOLTAIRE-CPF', 'APECITA-CPF', 'FEEP-CPF'],
      confirmed: true,
    },
    {
      item: localText(19, 'Abondement ou dotation de l’employeur'),
      payer: 'employer',
      receiver: 'caisse-des-depots',
      amount: localText(20, 'Dotation sur le compte du salarié ou abondement sur un dossier, via l’EDEF (accessible par net-entreprises).'),
      legal: [LEGAL.ctL6323_4],
      sources: ['MCF-ABOND', 'BILAN-EDEF'],
      confirmed: true,
    },
    {
      item: localText(21, 'Cofinancement par l’OPCO'),
      payer: 'opco',
      receiver: 'caisse-des-depots',
      amount: localText(22, 'Abondement automatique selon des critères (publics, formations, montant) fixés par convention avec la Caisse des Dépôts, proposé quand le titulaire monte son dossier ; 17 conventions de ce type actives en 2023. Un OPCO peut aussi abonder sur le budget des moins de 50 salariés.'),
      sources: ['MCF-ABOND', 'CPFORMATION-COCONS', 'CI-COFIN-2024', 'DIGIFORMAG'],
      confirmed: true,
    },
  ],
  steps: [
    {
      order: 1,
      text: localText(23, 'Le salarié choisit une formation éligible sur Mon Compte Formation (identité numérique requise).'),
      actor: 'employee',
      involvesOpco: false,
      audiences: ['apprentice', 'employer'],
      sources: ['HENNEBERT-CPF'],
      confirmed: true,
    },
    {
      order: 2,
      text: localText(24, 'Si le solde ne suffit pas, la plateforme propose un cofinancement : le salarié le demande à l’employeur, ou une offre automatique d’un OPCO ou d’une région s’applique.'),
      actor: 'employee',
      involvesOpco: true,
      audiences: ['apprentice', 'employer'],
      sources: ['MCF-ABOND', 'BILAN-EDEF'],
      confirmed: true,
    },
    {
      order: 3,
      text: localText(25, 'L’employeur valide son abondement sur l’EDEF.'),
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer'],
      sources: ['BILAN-EDEF'],
      confirmed: true,
    },
    {
      order: 4,
      text: localText(26, 'Le salarié paie la participation sauf dispense ; la Caisse des Dépôts paie l’organisme de formation.'),
      actor: 'caisse-des-depots',
      involvesOpco: false,
      audiences: ['apprentice', 'training-centre'],
      sources: ['VOLTAIRE-CPF', 'JURITRAVAIL-CPF'],
      confirmed: true,
    },
  ],
  legalReferences: [LEGAL.ctL6323_4, LEGAL.ctL6323_6, LEGAL.ctR6323_1, LEGAL.ctL6333_1, LEGAL.decret2024_394, LEGAL.lf2026],
  notes: [],
};
