// Apprenticeship contract card: transcribes §4, §5 and §6 of the funding notes (domain/funding.md, compiled 2026-11-26).
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';

export const APPRENTISSAGE: SchemeDefinition = {
  id: 'apprentissage',
  name: { fr: 'Contrat d’apprentissage', en: 'Apprenticeship contract (contrat d’apprentissage)' },
  frenchTerm: 'contrat d’apprentissage',
  status: 'open',
  summary: {
    text: {
      fr: 'Contrat de travail qui alterne travail en entreprise et formation en CFA, pour obtenir un diplôme ou un titre inscrit au RNCP. L’OPCO paie le CFA (NPEC), l’employeur paie le salaire et, depuis le 1er juillet 2025, 750 € pour les niveaux 6-7 ; l’État peut verser une aide à l’embauche à l’employeur.',
      en: 'Employment contract alternating work in the company and training in a CFA, leading to a diploma or title registered in the RNCP. The OPCO pays the CFA (NPEC), the employer pays the wage and, since 1 July 2025, 750 € for levels 6-7; the State may pay the employer a hiring aid.',
    },
    sources: ['OPCOMOB-2025', 'EFL-750', 'ME-aides'],
    confirmed: true,
  },
  audienceSummary: {
    employer: {
      fr: 'Vous payez le salaire (un pourcentage du SMIC) et, pour un niveau 6 ou 7, 750 € au CFA ; l’OPCO paie la formation au CFA ; l’État peut vous verser une aide chaque mois via l’ASP (Sylaé).',
      en: 'You pay the wage (a percentage of the SMIC) and, for level 6 or 7, 750 € to the CFA; the OPCO pays the CFA for the training; the State may pay you a monthly aid through the ASP (Sylaé).',
    },
    apprentice: {
      fr: 'Vous êtes salarié : l’employeur vous verse un salaire en pourcentage du SMIC selon votre âge et l’année du contrat ; votre formation au CFA est payée par l’OPCO de l’employeur.',
      en: 'You are an employee: the employer pays you a wage set as a percentage of the SMIC by age and contract year; your CFA training is paid by the employer’s OPCO.',
    },
    'training-centre': {
      fr: 'L’OPCO de l’employeur vous verse le NPEC (40 / 30 / 20 / 10 % pour les contrats depuis le 1er juillet 2025) ; pour les niveaux 6-7, vous facturez 750 € à l’employeur après 45 jours de formation pratique.',
      en: 'The employer’s OPCO pays you the NPEC (40 / 30 / 20 / 10 % for contracts since 1 July 2025); for levels 6-7 you invoice the employer 750 € after 45 days of practical training.',
    },
  },
  eligibility: [
    {
      text: {
        fr: 'Apprenti âgé de 16 à 29 ans au début du contrat ; dès 15 ans s’il a terminé le collège (3e).',
        en: 'Apprentice aged 16 to 29 at contract start; from 15 if the collège cycle (3e) is completed.',
      },
      sources: ['WEBLEX-APP', 'AKTO-PROP', 'BGH-2024'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Pas de limite d’âge pour les travailleurs handicapés reconnus (RQTH / BOETH), les porteurs d’un projet de création ou de reprise d’entreprise qui exige le diplôme, et les sportifs de haut niveau.',
        en: 'No upper age limit for recognised disabled workers (RQTH / BOETH), people whose business creation or takeover requires the diploma, and registered top-level athletes.',
      },
      sources: ['AKTO-PROP'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Autres dérogations d’âge (par exemple jusqu’à 34 ans après un premier contrat).',
        en: 'Other age derogations (e.g. up to 34 after a previous contract).',
      },
      sources: [],
      confirmed: false,
      unconfirmedNote: { fr: 'Non vérifié dans les sources lues : à confirmer.', en: 'Not checked in the sources read: to be confirmed.' },
    },
    {
      text: {
        fr: 'Tout employeur privé ; les employeurs publics aussi (avec leur propre circuit de dépôt).',
        en: 'Any private employer; public employers too (with their own deposit circuit).',
      },
      sources: ['BOSS-APP', 'ANFH-2019'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Durée de 6 mois à 3 ans, jusqu’à 4 ans pour un apprenti RQTH. L’outil officiel refuse un contrat qui commence plus de 3 mois avant la formation ou finit plus de 3 mois après.',
        en: 'Length 6 months to 3 years, up to 4 years for an apprentice with RQTH. The official tool rejects a contract starting more than 3 months before the training or ending more than 3 months after it.',
      },
      sources: ['AKTO-PROP', 'ME-app', 'MNA-CERFA'],
      confirmed: true,
    },
  ],
  payments: [
    {
      item: { fr: 'Coût de la formation (NPEC)', en: 'Training cost (NPEC)' },
      payer: 'opco',
      receiver: 'cfa',
      amount: {
        fr: 'NPEC de la certification dans la branche de l’employeur (référentiel de France Compétences).',
        en: 'NPEC of the certification in the employer’s branch (France Compétences referential).',
      },
      legal: [LEGAL.ctL6332_14, LEGAL.ctD6332_78],
      sources: ['AKTO-NPEC', 'FC-NPEC'],
      confirmed: true,
    },
    {
      item: { fr: 'Échéancier de paiement', en: 'Payment schedule' },
      payer: 'opco',
      receiver: 'cfa',
      amount: {
        fr: '40 % d’avance (moins les 750 € de l’employeur la 1re année), 30 % au 7e mois, 20 % au 10e mois, 10 % de solde sur justificatif ; au prorata des jours effectués.',
        en: '40 % advance (minus the employer’s 750 € in year 1), 30 % at month 7, 20 % at month 10, 10 % balance after proof of service; pro rata of the days actually performed.',
      },
      validity: { from: '2025-07-01' },
      legal: [LEGAL.decret2025_585],
      sources: ['NEWSTANK-2025-585', 'OPCOMOB-2025'],
      confirmed: true,
    },
    {
      item: { fr: 'Ancien échéancier', en: 'Previous schedule' },
      payer: 'opco',
      receiver: 'cfa',
      amount: {
        fr: '50 % dans les 30 jours suivant la facture, 25 % avant la fin du 7e mois, solde au 10e mois.',
        en: '50 % within 30 days of the invoice, 25 % before the end of month 7, balance at month 10.',
      },
      validity: { to: '2025-06-30' },
      validityText: { fr: '2019 – 30 juin 2025', en: '2019 – 30 June 2025' },
      sources: ['CAPMETIERS-2019', 'CAPMETIERS-2020'],
      confirmed: true,
    },
    {
      item: { fr: 'Formation à distance', en: 'Distance learning' },
      payer: 'opco',
      receiver: 'cfa',
      amount: {
        fr: 'NPEC minoré de 20 % quand au moins 80 % de la formation est à distance.',
        en: 'NPEC cut by 20 % when at least 80 % of the training is remote.',
      },
      validity: { from: '2025-07-01' },
      legal: [LEGAL.decret2025_586],
      sources: ['EKOLE-586'],
      confirmed: true,
    },
    {
      item: { fr: 'Frais annexes (s’ils sont supportés par le CFA)', en: 'Annex costs (if borne by the CFA)' },
      payer: 'opco',
      receiver: 'cfa',
      amount: {
        fr: 'Hébergement 6 €/nuit, restauration 3 €/repas, premier équipement pédagogique jusqu’à 500 €, forfait mobilité internationale fixé par l’OPCO.',
        en: 'Accommodation 6 €/night, meals 3 €/meal, first teaching equipment up to 500 €, international mobility forfait set by the OPCO.',
      },
      validityText: { fr: 'arrêté du 29 septembre 2020 (6 € / 3 €)', en: 'arrêté of 29 September 2020 (6 € / 3 €)' },
      legal: [LEGAL.ctD6332_83],
      sources: ['AKTO-FAQ-ANNEX', 'CAPMETIERS-ANNEX', 'ENSUP-ANNEX'],
      confirmed: true,
    },
    {
      item: { fr: 'Majoration handicap', en: 'Disability surcharge' },
      payer: 'opco',
      receiver: 'cfa',
      amount: { fr: 'Jusqu’à 4 000 € (exemple : règles d’Akto).', en: 'Up to 4,000 € (example: Akto’s rules).' },
      validity: { from: '2021-01-01' },
      sources: ['AKTO-PROP'],
      confirmed: true,
    },
    {
      item: { fr: 'Participation de l’employeur (niveaux 6 et 7)', en: 'Employer participation (levels 6 and 7)' },
      payer: 'employer',
      receiver: 'cfa',
      amount: {
        fr: '750 € par contrat, quelle que soit sa durée, la première année seulement ; déduits du premier versement de l’OPCO.',
        en: '750 € per contract, whatever its length, first year only; deducted from the OPCO’s first payment.',
      },
      amountEur: 750,
      validity: { from: '2025-07-01' },
      legal: [LEGAL.ctL6332_14, LEGAL.ctR6332_25, LEGAL.decret2025_585],
      calculator: 'employer-participation',
      sources: ['EFL-750', 'GROUPE2S-750', 'ARTEMIS-750', 'ME-part'],
      confirmed: true,
    },
    {
      item: { fr: '— contrat rompu dans les 45 jours', en: '— contract broken within 45 days' },
      payer: 'employer',
      receiver: 'cfa',
      amount: {
        fr: '50 % du NPEC de la branche au prorata des jours effectués, dans la limite de 750 €.',
        en: '50 % of the branch NPEC pro rata of the days done, capped at 750 €.',
      },
      validity: { from: '2025-07-01' },
      sources: ['EFL-750', 'CERFRANCE-750'],
      confirmed: true,
    },
    {
      item: { fr: '— nouvel employeur après une rupture', en: '— new employer after a break' },
      payer: 'employer',
      receiver: 'cfa',
      amount: { fr: '200 € (même certification).', en: '200 € (same certification).' },
      amountEur: 200,
      validity: { from: '2025-07-01' },
      calculator: 'employer-participation',
      sources: ['ARTEMIS-750', 'ME-part'],
      confirmed: true,
    },
    {
      item: { fr: 'Salaire', en: 'Wage' },
      payer: 'employer',
      receiver: 'apprentice',
      amount: {
        fr: 'En % du SMIC selon l’âge et l’année (1re / 2e / 3e) : moins de 18 ans 27 / 39 / 55 % ; 18-20 ans 43 / 51 / 67 % ; 21-25 ans 53 / 61 / 78 % ; 26 ans et plus 100 %. Dès 21 ans, le % s’applique au minimum de branche s’il est plus élevé que le SMIC.',
        en: 'As a % of the SMIC by age and year (1st / 2nd / 3rd): under 18 27 / 39 / 55 %; 18-20 43 / 51 / 67 %; 21-25 53 / 61 / 78 %; 26 and over 100 %. From 21, the % applies to the branch minimum wage when it is higher than the SMIC.',
      },
      validityText: { fr: 'le SMIC change chaque année', en: 'the SMIC changes every year' },
      sources: ['ME-app', 'MESALERTES-2020'],
      confirmed: true,
    },
    {
      item: { fr: 'Aide de l’État à l’embauche', en: 'State hiring aid' },
      payer: 'asp',
      receiver: 'employer',
      amount: {
        fr: 'Contrats conclus depuis le 8 mars 2026 : 5 000 / 4 500 / 2 000 € (moins de 250 salariés, niveaux ≤ 4 / 5 / 6-7), 2 000 / 1 500 / 750 € (250 et plus), 6 000 € pour un apprenti RQTH ; versée chaque mois la 1re année.',
        en: 'Contracts concluded since 8 March 2026: 5,000 / 4,500 / 2,000 € (under 250 employees, levels ≤ 4 / 5 / 6-7), 2,000 / 1,500 / 750 € (250 and more), 6,000 € for an apprentice with RQTH; paid monthly in year 1.',
      },
      validity: { from: '2026-03-08', to: '2026-12-31' },
      validityText: {
        fr: 'contrats conclus à partir du 8 mars 2026 et commençant avant le 1er janvier 2027',
        en: 'contracts concluded from 8 March 2026 and starting before 1 January 2027',
      },
      legal: [LEGAL.decret2026_168, LEGAL.aideUnique],
      calculator: 'apprentice-hiring-aid',
      sources: ['ME-aides', 'FORMAPRO-2026', 'LOPCOMMERCE-2026', 'PROMEO-2026'],
      confirmed: true,
    },
    {
      item: { fr: 'Aide au permis de conduire de l’apprenti', en: 'Apprentice driving-licence aid' },
      payer: 'france-competences',
      receiver: 'apprentice',
      amount: {
        fr: '500 € (décret n° 2019-1), versés via l’ASP et le CFA ; suppression proposée par le PLF 2026 (art. 80).',
        en: '500 € (décret n° 2019-1), paid through the ASP and the CFA; removal proposed by the 2026 finance bill (art. 80).',
      },
      amountEur: 500,
      validityText: { fr: '2019 – ? (sort en 2026 à confirmer)', en: '2019 – ? (2026 status to be confirmed)' },
      sources: ['SENAT-AMDT-PERMIS', 'CNEWS-PERMIS', 'AMTODAY-2026'],
      confirmed: false,
      unconfirmedNote: {
        fr: 'Sort définitif de l’aide dans la loi de finances pour 2026 non confirmé.',
        en: 'Final status of the aid under the 2026 finance law not confirmed.',
      },
    },
  ],
  steps: [
    {
      order: 1,
      text: {
        fr: 'Trouver un CFA et une certification ouverte à l’apprentissage ; vérifier le NPEC et, pour un niveau 6-7, la participation de 750 €.',
        en: 'Find a CFA and a certification open to apprenticeship; check the NPEC and, for level 6-7, the 750 € participation.',
      },
      audienceText: {
        apprentice: {
          fr: 'Trouver un CFA et un diplôme ou titre ouvert à l’apprentissage. Votre formation au CFA est payée par l’OPCO de votre employeur ; pour un niveau 6 ou 7, c’est l’employeur qui verse 750 € au CFA.',
          en: 'Find a CFA and a diploma or title open to apprenticeship. Your CFA training is paid by your employer’s OPCO; for level 6 or 7, it is the employer who pays the CFA 750 €.',
        },
      },
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer', 'apprentice'],
      sources: ['EFL-750'],
      confirmed: true,
    },
    {
      order: 2,
      text: {
        fr: 'Signer le contrat (Cerfa FA13, n° 10103) et la convention de formation avec le CFA.',
        en: 'Sign the contract (Cerfa FA13, n° 10103) and the training agreement (convention de formation) with the CFA.',
      },
      audienceText: {
        apprentice: {
          fr: 'Signer le contrat d’apprentissage avec l’employeur (Cerfa FA13, n° 10103) ; l’employeur signe aussi une convention de formation avec le CFA.',
          en: 'Sign the apprenticeship contract with the employer (Cerfa FA13, n° 10103); the employer also signs a training agreement (convention de formation) with the CFA.',
        },
        'training-centre': {
          fr: 'L’employeur et l’apprenti signent le contrat (Cerfa FA13, n° 10103) ; vous signez avec l’employeur la convention de formation.',
          en: 'The employer and the apprentice sign the contract (Cerfa FA13, n° 10103); you sign the training agreement (convention de formation) with the employer.',
        },
      },
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer', 'apprentice', 'training-centre'],
      sources: ['LAPPRENTISSAGE-RE'],
      confirmed: true,
    },
    {
      order: 3,
      text: {
        fr: 'Envoyer à l’OPCO, en ligne, le contrat, la convention de formation et, le cas échéant, la convention tripartite sur la durée (le CFA peut le faire sur mandat).',
        en: 'Send the contract, the training agreement and, if any, the tripartite agreement on duration to the OPCO online (the CFA may do it under mandate).',
      },
      deadline: {
        fr: 'dans les 5 jours ouvrables après le début du contrat (art. D6224-1)',
        en: 'within 5 working days after the contract starts (art. D6224-1)',
      },
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['WEKA-D6224', 'FIPA-DEPOT'],
      confirmed: true,
    },
    {
      order: 4,
      text: {
        fr: 'L’OPCO statue sur le financement (silence = refus) : il vérifie formation, âge, maître d’apprentissage, salaire et, pour les contrats conclus depuis le 1er août 2024, toute procédure d’opposition, l’habilitation du CFA et sa certification Qualiopi ; puis il dépose le contrat auprès du ministère.',
        en: 'The OPCO rules on funding (silence = refusal): it checks training, age, apprenticeship master, pay and, for contracts concluded since 1 August 2024, any opposition procedure, the CFA’s authorisation and its Qualiopi certification; then it deposits the contract with the ministry.',
      },
      deadline: {
        fr: 'dans les 20 jours suivant la réception d’un dossier complet',
        en: 'within 20 days of receiving a complete file',
      },
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['ENSUP-DEPOT', 'BGH-2024', 'LEGI-2024-631', 'CI-2024-631'],
      confirmed: true,
    },
    {
      order: 5,
      text: {
        fr: 'L’OPCO paie le CFA selon le NPEC et l’échéancier ; pour un niveau 6-7, le CFA facture 750 € à l’employeur après 45 jours.',
        en: 'The OPCO pays the CFA per the NPEC and the schedule; for level 6-7 the CFA invoices the employer 750 € after 45 days.',
      },
      audienceText: {
        'training-centre': {
          fr: 'L’OPCO vous paie le NPEC selon l’échéancier (contrats depuis le 1er juillet 2025 : 40 % d’avance, 30 % au 7e mois, 20 % au 10e mois, 10 % de solde) ; pour un niveau 6-7, vous facturez 750 € à l’employeur après 45 jours de formation pratique, déduits de l’avance de l’OPCO.',
          en: 'The OPCO pays you the NPEC on the schedule (contracts since 1 July 2025: 40 % advance, 30 % at month 7, 20 % at month 10, 10 % balance); for level 6-7 you invoice the employer 750 € after 45 days of practical training, deducted from the OPCO’s advance.',
        },
      },
      actor: 'opco',
      involvesOpco: true,
      audiences: ['training-centre', 'employer'],
      sources: ['NEWSTANK-2025-585', 'OPCOMOB-2025', 'EFL-750'],
      confirmed: true,
    },
    {
      order: 6,
      text: {
        fr: 'Aide de l’État : pas de demande séparée, elle découle du dépôt du contrat (transmis à l’OPCO dans les 6 mois) ; l’employeur suit les versements mensuels de l’ASP sur Sylaé, sous réserve de la DSN ; une entreprise de 250 salariés ou plus envoie son engagement à l’ASP dans les 8 mois.',
        en: 'State aid: no separate application, it follows the contract deposit (contract sent to the OPCO within 6 months); the employer follows the ASP’s monthly payments on Sylaé, subject to the DSN; a company with 250 employees or more sends its commitment to the ASP within 8 months.',
      },
      actor: 'asp',
      involvesOpco: false,
      audiences: ['employer'],
      sources: ['OPERA-2025', 'BTP45-2025', 'PROMEO-2026'],
      confirmed: true,
    },
    {
      order: 7,
      text: {
        fr: 'Tout changement : avenant (même Cerfa) envoyé à l’OPCO ; rupture anticipée : prévenir l’OPCO sans délai.',
        en: 'Any change: amendment (same Cerfa) sent to the OPCO; early termination: notify the OPCO without delay.',
      },
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['LAPPRENTISSAGE-RE'],
      confirmed: true,
    },
  ],
  legalReferences: [
    LEGAL.ctL6221_1,
    LEGAL.ctD6224_1,
    LEGAL.decret2024_631,
    LEGAL.ctL6332_14,
    LEGAL.ctR6332_25,
    LEGAL.decret2025_585,
    LEGAL.decret2025_586,
    LEGAL.ctD6332_78,
    LEGAL.decret2025_1174,
    LEGAL.ctD6332_83,
    LEGAL.ctL6243_2,
    LEGAL.ctL1111_3,
    LEGAL.aideUnique,
    LEGAL.decret2025_174,
    LEGAL.decret2025_1031,
    LEGAL.decret2026_168,
  ],
  notes: [
    {
      text: {
        fr: 'Les montants de NPEC ne sont pas repris ici : voir le référentiel de France Compétences (version du 1er septembre 2025 consultée). Depuis le décret du 8 décembre 2025, un NPEC est fixé pour au moins 3 ans.',
        en: 'NPEC amounts are not reproduced here: see the France Compétences referential (version of 1 September 2025 seen). Since the decree of 8 December 2025, an NPEC is set for at least 3 years.',
      },
      sources: ['FC-NPEC', 'ARTISANAT-NPEC', 'CI-NPEC-2025'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Formation à distance : un plancher de 4 000 € pour le NPEC minoré est cité par une source.',
        en: 'Distance learning: a 4,000 € floor for the reduced NPEC is mentioned by one source.',
      },
      validity: { from: '2025-07-01' },
      sources: ['EKOLE-586'],
      confirmed: false,
      unconfirmedNote: { fr: 'Une seule source : à confirmer.', en: 'Single source: to be confirmed.' },
    },
    {
      text: { fr: 'Valeurs et dates de la campagne NPEC 2026.', en: 'Values and dates of the 2026 NPEC campaign.' },
      sources: ['UTPF-1174'],
      confirmed: false,
      unconfirmedNote: { fr: 'Résultats de la campagne 2026 non confirmés.', en: '2026 campaign results not confirmed.' },
    },
    {
      text: {
        fr: 'Contrats conclus depuis le 1er mars 2025 : salaire de l’apprenti exonéré de cotisations salariales jusqu’à 50 % du SMIC (contre 79 % avant), CSG/CRDS exonérées jusqu’à 50 % du SMIC.',
        en: 'Contracts concluded since 1 March 2025: the apprentice’s pay is exempt from employee contributions up to 50 % of the SMIC (was 79 %), CSG/CRDS exempt up to 50 % of the SMIC.',
      },
      validity: { from: '2025-03-01' },
      sources: ['ME-app', 'SONOMAG-2025'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Le salaire des apprentis est exclu de l’assiette de la contribution à la formation professionnelle (CFP), au moins dans les entreprises de moins de 11 salariés.',
        en: 'Apprentices’ pay is excluded from the training-contribution (CFP) base, at least in companies with fewer than 11 employees.',
      },
      sources: ['ME-cotis', 'CI-FICHE31-14'],
      confirmed: false,
      unconfirmedNote: {
        fr: 'Champ exact à confirmer (une source ne pose pas de condition de taille).',
        en: 'Exact scope to be confirmed (one source states no size condition).',
      },
    },
    {
      text: {
        fr: 'Les contrats d’apprentissage sont exclus de la contribution CPF-CDD.',
        en: 'Apprenticeship contracts are excluded from the CPF-CDD contribution.',
      },
      sources: ['CONSILIUM-CDD'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Aide à l’embauche pour les contrats conclus en 2027 : aucune règle trouvée.',
        en: 'Hiring aid for contracts concluded in 2027: no rule found.',
      },
      sources: ['FORMAPRO-2026', 'PROMEO-2026'],
      confirmed: false,
      unconfirmedNote: { fr: 'Règles 2027 non trouvées.', en: '2027 rules not found.' },
    },
  ],
};
