// CPF card and how an OPCO co-funds it: transcribes §10 of the funding notes (domain/funding.md, compiled 2026-11-26).
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';

export const CPF: SchemeDefinition = {
  id: 'cpf',
  name: { fr: 'Compte personnel de formation (CPF)', en: 'Personal training account (CPF)' },
  frenchTerm: 'compte personnel de formation',
  status: 'open',
  summary: {
    text: {
      fr: 'Compte individuel en euros géré par la Caisse des Dépôts sur Mon Compte Formation — pas par les OPCO. Il est financé par la part CPF des contributions reversée par France Compétences et par la contribution CPF-CDD. Un employeur ou un OPCO peut le compléter (abondement).',
      en: 'Individual training account in euros managed by the Caisse des Dépôts on Mon Compte Formation — not by OPCOs. It is funded by the CPF share of the contributions passed on by France Compétences and by the CPF-CDD levy. An employer or an OPCO can top it up (abondement).',
    },
    sources: ['HENNEBERT-CPF', 'PRESSREADER-CDC', 'CLEXPERTE-CDD', 'MCF-ABOND'],
    confirmed: true,
  },
  audienceSummary: {
    employer: {
      fr: 'Vous pouvez compléter le CPF d’un salarié sur l’EDEF ; votre OPCO peut aussi le cofinancer. Un cofinancement de l’employeur ou de l’OPCO dispense le salarié de la participation forfaitaire.',
      en: 'You can top up an employee’s CPF on EDEF; your OPCO may also co-fund it. Employer or OPCO co-funding waives the employee’s flat participation.',
    },
    apprentice: {
      fr: 'Le CPF est votre compte personnel en euros sur Mon Compte Formation, géré par la Caisse des Dépôts ; votre employeur ou un OPCO peut le compléter.',
      en: 'The CPF is your personal account in euros on Mon Compte Formation, managed by the Caisse des Dépôts; your employer or an OPCO can top it up.',
    },
    'training-centre': {
      fr: 'Pour une formation éligible au CPF, la Caisse des Dépôts vous paie ; depuis le 26 février 2026, des plafonds s’appliquent (permis B 900 €, répertoire spécifique 1 500 €, bilan de compétences 1 600 €).',
      en: 'For a CPF-eligible course, the Caisse des Dépôts pays you; since 26 February 2026 caps apply (driving licence 900 €, répertoire spécifique 1,500 €, skills assessment 1,600 €).',
    },
  },
  eligibility: [
    {
      text: {
        fr: 'Crédit annuel depuis 2019 : 500 € par an (plafond 5 000 €) pour un salarié à mi-temps ou plus ; 800 € par an (plafond 8 000 €) sous le niveau 3 ; au prorata en dessous du mi-temps.',
        en: 'Yearly credit since 2019: 500 € a year (cap 5,000 €) for an employee working half-time or more; 800 € a year (cap 8,000 €) below level 3; pro rata below half-time.',
      },
      sources: ['CI-CPF-ALIM'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Participation du titulaire à chaque achat : 103,20 € depuis le 1er janvier 2026 (102,23 € en 2025, 100 € depuis le 2 mai 2024).',
        en: 'Holder participation per purchase: 103.20 € since 1 January 2026 (102.23 € in 2025, 100 € from 2 May 2024).',
      },
      validity: { from: '2026-01-01' },
      sources: ['VOLTAIRE-CPF', 'APECITA-CPF', 'FEEP-CPF', 'PRESSGPT-CPF', 'CLESDUSOCIAL'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Hausse de la participation à 150 € (projet de décret examiné le 11 février 2026).',
        en: 'Rise of the participation to 150 € (draft decree examined on 11 February 2026).',
      },
      sources: ['BLOHORN-CPF'],
      confirmed: false,
      unconfirmedNote: { fr: 'Adoption non confirmée.', en: 'Adoption not confirmed.' },
    },
    {
      text: {
        fr: 'Dispensés de participation : demandeurs d’emploi ; formations cofinancées par l’employeur (y compris par accord d’entreprise, de groupe ou de branche) ou par l’OPCO du salarié ; utilisation de points C2P ; reconversion après un accident du travail ou une maladie professionnelle (incapacité d’au moins 10 %).',
        en: 'Exempt from the participation: jobseekers; training co-funded by the employer (including under a company, group or branch agreement) or by the employee’s OPCO; use of C2P points; retraining after a work accident or occupational disease (incapacity of at least 10 %).',
      },
      sources: ['VOLTAIRE-CPF', 'DECOTIDIEN'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Plafonds depuis le 26 février 2026 : permis de conduire 900 € (demandeurs d’emploi, ou avec au moins 100 € de cofinancement d’un tiers) ; répertoire spécifique 1 500 € (hors CléA) ; bilan de compétences 1 600 €.',
        en: 'Caps since 26 February 2026: driving licence 900 € (jobseekers, or with at least 100 € third-party co-funding); répertoire spécifique 1,500 € (CléA excluded); skills assessment (bilan de compétences) 1,600 €.',
      },
      validity: { from: '2026-02-26' },
      sources: ['CI-LF26-CPF', 'CERTICPF-2026', 'HEXOPEE-2484'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Bilan de compétences : 13 h minimum et pas de nouveau bilan CPF dans les 5 ans suivant un bilan financé sur fonds publics.',
        en: 'Skills assessment: at least 13 h and no new CPF assessment within 5 years of a publicly funded one.',
      },
      sources: ['CPFORMATION-BILAN', 'BLOHORN-CPF'],
      confirmed: false,
      unconfirmedNote: {
        fr: 'Issu de projets de textes : rédaction finale à confirmer.',
        en: 'From draft texts: final wording to be confirmed.',
      },
    },
  ],
  payments: [
    {
      item: { fr: 'Part CPF des contributions', en: 'CPF share of the contributions' },
      payer: 'france-competences',
      receiver: 'caisse-des-depots',
      amount: {
        fr: 'Part CPF des contributions mutualisées, plus la contribution CPF-CDD (1 %).',
        en: 'CPF share of the pooled contributions, plus the CPF-CDD levy (1 %).',
      },
      sources: ['PRESSREADER-CDC', 'CLEXPERTE-CDD'],
      confirmed: true,
    },
    {
      item: { fr: 'Paiement de la formation', en: 'Course payment' },
      payer: 'caisse-des-depots',
      receiver: 'training-provider',
      amount: {
        fr: 'Prix de la formation, dans la limite du solde du compte et des plafonds.',
        en: 'Course price, within the account balance and the caps.',
      },
      sources: ['VOLTAIRE-CPF', 'JURITRAVAIL-CPF'],
      confirmed: true,
    },
    {
      item: { fr: 'Participation du titulaire', en: 'Holder participation' },
      payer: 'employee',
      receiver: 'caisse-des-depots',
      amount: { fr: '103,20 € par achat, sauf dispense.', en: '103.20 € per purchase, unless exempt.' },
      amountEur: 103.2,
      validity: { from: '2026-01-01' },
      legal: [LEGAL.ctL6323_4, LEGAL.decret2024_394],
      sources: ['VOLTAIRE-CPF', 'APECITA-CPF', 'FEEP-CPF'],
      confirmed: true,
    },
    {
      item: { fr: 'Abondement ou dotation de l’employeur', en: 'Employer top-up or allocation' },
      payer: 'employer',
      receiver: 'caisse-des-depots',
      amount: {
        fr: 'Dotation sur le compte du salarié ou abondement sur un dossier, via l’EDEF (accessible par net-entreprises).',
        en: 'Allocation to the employee’s account or top-up on a training file, via EDEF (reached through net-entreprises).',
      },
      legal: [LEGAL.ctL6323_4],
      sources: ['MCF-ABOND', 'BILAN-EDEF'],
      confirmed: true,
    },
    {
      item: { fr: 'Cofinancement par l’OPCO', en: 'OPCO co-funding' },
      payer: 'opco',
      receiver: 'caisse-des-depots',
      amount: {
        fr: 'Abondement automatique selon des critères (publics, formations, montant) fixés par convention avec la Caisse des Dépôts, proposé quand le titulaire monte son dossier ; 17 conventions de ce type actives en 2023. Un OPCO peut aussi abonder sur le budget des moins de 50 salariés.',
        en: 'Automated top-up by criteria (public, courses, amount) set in an agreement with the Caisse des Dépôts, offered when the holder builds the file; 17 such agreements were active in 2023. An OPCO may also top up from the under-50 budget.',
      },
      sources: ['MCF-ABOND', 'CPFORMATION-COCONS', 'CI-COFIN-2024', 'DIGIFORMAG'],
      confirmed: true,
    },
  ],
  steps: [
    {
      order: 1,
      text: {
        fr: 'Le salarié choisit une formation éligible sur Mon Compte Formation (identité numérique requise).',
        en: 'The employee chooses an eligible course on Mon Compte Formation (digital identity required).',
      },
      actor: 'employee',
      involvesOpco: false,
      audiences: ['apprentice', 'employer'],
      sources: ['HENNEBERT-CPF'],
      confirmed: true,
    },
    {
      order: 2,
      text: {
        fr: 'Si le solde ne suffit pas, la plateforme propose un cofinancement : le salarié le demande à l’employeur, ou une offre automatique d’un OPCO ou d’une région s’applique.',
        en: 'If the balance is short, the platform offers co-funding: the employee asks the employer, or an automated OPCO or region offer applies.',
      },
      actor: 'employee',
      involvesOpco: true,
      audiences: ['apprentice', 'employer'],
      sources: ['MCF-ABOND', 'BILAN-EDEF'],
      confirmed: true,
    },
    {
      order: 3,
      text: { fr: 'L’employeur valide son abondement sur l’EDEF.', en: 'The employer confirms the top-up on EDEF.' },
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer'],
      sources: ['BILAN-EDEF'],
      confirmed: true,
    },
    {
      order: 4,
      text: {
        fr: 'Le salarié paie la participation sauf dispense ; la Caisse des Dépôts paie l’organisme de formation.',
        en: 'The employee pays the participation unless exempt; the Caisse des Dépôts pays the training provider.',
      },
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
