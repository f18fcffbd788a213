// Professionalisation contract card: transcribes §7 of the funding notes (domain/funding.md, compiled 2026-11-26).
import { LEGAL } from '../legal.js';
import type { SchemeDefinition } from '../scheme-types.js';

export const PROFESSIONNALISATION: SchemeDefinition = {
  id: 'professionnalisation',
  name: { fr: 'Contrat de professionnalisation', en: 'Professionalisation contract (contrat de professionnalisation)' },
  frenchTerm: 'contrat de professionnalisation',
  status: 'open',
  summary: {
    text: {
      fr: 'Contrat de travail (CDD ou CDI) qui combine formation et travail pour obtenir une qualification (diplôme ou titre RNCP, CQP ou qualification reconnue par la branche). L’OPCO le finance sur un forfait horaire ; plus d’aide exceptionnelle de l’État depuis le 1er mai 2024, mais France Travail et l’État aident l’embauche de demandeurs d’emploi de 26 ans et plus ou de 45 ans et plus.',
      en: 'Employment contract (fixed-term or open-ended) combining training and work to obtain a qualification (RNCP diploma or title, CQP, or a qualification recognised by the branch). The OPCO funds it on an hourly forfait; no State exceptional aid since 1 May 2024, but France Travail and the State help hire jobseekers aged 26+ or 45+.',
    },
    sources: ['TRAVAIL-PRO', 'TRICOTEUSES-PRO', 'GIPALFA-PRO', 'CROWE-2024', 'BGH-2024', 'INFOGREFFE-AFE', 'ME-aides'],
    confirmed: true,
  },
  audienceSummary: {
    employer: {
      fr: 'Vous payez le salaire ; l’OPCO finance la formation sur le forfait de la branche (9,15 €/h par défaut) ; pour un demandeur d’emploi de 26 ans et plus, France Travail peut vous verser jusqu’à 2 000 €, plus 2 000 € s’il a 45 ans et plus.',
      en: 'You pay the wage; the OPCO funds the training on the branch forfait (9.15 €/h by default); for a jobseeker aged 26+, France Travail may pay you up to 2,000 €, plus 2,000 € if aged 45+.',
    },
    apprentice: {
      fr: 'Ouvert aux 16-25 ans et aux demandeurs d’emploi de 26 ans et plus : vous êtes salarié, payé en pourcentage du SMIC selon votre âge et votre niveau (au moins le SMIC dès 26 ans).',
      en: 'Open to people aged 16-25 and to jobseekers aged 26+: you are an employee, paid a percentage of the SMIC by age and level (at least the SMIC from 26).',
    },
    'training-centre': {
      fr: 'L’OPCO paie les heures de formation au forfait de la branche (9,15 €/h par défaut, 15 €/h pour certains publics) ; il exige un numéro de déclaration valide et la certification Qualiopi.',
      en: 'The OPCO pays the training hours at the branch forfait (9.15 €/h by default, 15 €/h for specific publics); it requires a valid declaration number and Qualiopi certification.',
    },
  },
  eligibility: [
    {
      text: {
        fr: 'Jeunes de 16 à 25 ans ; demandeurs d’emploi de 26 ans et plus inscrits à France Travail ; bénéficiaires du RSA, de l’ASS ou de l’AAH ; personnes sortant d’un CUI.',
        en: 'People aged 16 to 25; jobseekers aged 26+ registered with France Travail; recipients of RSA, ASS or AAH; people leaving a CUI.',
      },
      sources: ['UNIFORMATION-PRO', 'TRICOTEUSES-PRO'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Personnes handicapées sans limite d’âge (selon une source secondaire).',
        en: 'Disabled people without age limit (per one secondary source).',
      },
      sources: ['TIRONEM-PRO'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Employeurs assujettis à la contribution formation, EPIC et entreprises d’armement maritime ; pas l’État, les collectivités territoriales ni leurs établissements administratifs.',
        en: 'Employers liable to the training contribution, EPICs and shipping companies; not the State, local authorities or their administrative bodies.',
      },
      sources: ['TRAVAIL-PRO'],
      confirmed: true,
    },
    {
      text: {
        fr: 'Durée de 6 à 12 mois, jusqu’à 24 mois (36 pour certains publics) ; formation de 15 à 25 % de la durée, au moins 150 h.',
        en: 'Length 6 to 12 months, up to 24 months (36 for specific publics); training 15 to 25 % of the duration, at least 150 h.',
      },
      sources: ['TRAVAIL-PRO', 'CODE-PRO-BRANCH'],
      confirmed: true,
    },
  ],
  payments: [
    {
      item: { fr: 'Formation, évaluation, accompagnement', en: 'Training, assessment, support' },
      payer: 'opco',
      receiver: 'training-provider',
      amount: {
        fr: 'Forfait horaire fixé par accord de branche ; par défaut 9,15 €/h, 15 €/h pour certains publics (D6332-86). Versé à l’organisme de formation ou à l’employeur.',
        en: 'Hourly forfait set by branch agreement; by default 9.15 €/h, 15 €/h for specific publics (D6332-86). Paid to the training provider or the employer.',
      },
      legal: [LEGAL.ctD6332_85],
      sources: ['GIPALFA-PRO', 'DIGIFORMAG'],
      confirmed: true,
    },
    {
      item: { fr: 'Au-delà du forfait (moins de 50 salariés)', en: 'Beyond the forfait (under 50 employees)' },
      payer: 'opco',
      receiver: 'employer',
      amount: {
        fr: 'Possible sur les fonds du développement des compétences, selon le conseil d’administration de l’OPCO (D6332-88).',
        en: 'Possible from the skills-development funds, per the OPCO board (D6332-88).',
      },
      legal: [LEGAL.ctD6332_85],
      sources: ['GIPALFA-PRO'],
      confirmed: true,
    },
    {
      item: { fr: 'Demandeurs d’emploi de 26 ans et plus', en: 'Jobseekers aged 26+' },
      payer: 'france-travail',
      receiver: 'training-provider',
      amount: {
        fr: 'France Travail (pour l’Unédic) peut financer des frais directement ou via l’OPCO (D6332-87).',
        en: 'France Travail (for Unédic) may fund costs directly or through the OPCO (D6332-87).',
      },
      legal: [LEGAL.ctD6332_85],
      sources: ['GIPALFA-PRO'],
      confirmed: true,
    },
    {
      item: { fr: 'Salaire', en: 'Wage' },
      payer: 'employer',
      receiver: 'employee',
      amount: {
        fr: 'Moins de 21 ans : 55 % du SMIC (sans bac) / 65 % (bac ou plus) ; 21-25 ans : 70 % / 80 % ; 26 ans et plus : au moins le SMIC.',
        en: 'Under 21: 55 % of the SMIC (below bac) / 65 % (bac or more); 21-25: 70 % / 80 %; 26 and over: at least the SMIC.',
      },
      validityText: { fr: 'le SMIC change chaque année', en: 'the SMIC changes every year' },
      sources: ['ME-pro'],
      confirmed: true,
    },
    {
      item: { fr: 'AFE (aide forfaitaire à l’employeur)', en: 'AFE (flat-rate employer aid)' },
      payer: 'france-travail',
      receiver: 'employer',
      amount: {
        fr: 'Jusqu’à 2 000 € pour un demandeur d’emploi de 26 ans et plus : 1 000 € après le 3e mois et 1 000 € après le 10e mois ; au prorata en cas de temps partiel.',
        en: 'Up to 2,000 € for a jobseeker aged 26+: 1,000 € after month 3 and 1,000 € after month 10; pro rata for part-time.',
      },
      amountEur: 2000,
      validityText: { fr: 'toujours citée en 2026 par Akto', en: 'still listed in 2026 by Akto' },
      sources: ['INFOGREFFE-AFE', 'ASH-AFE', 'AKTO-2026'],
      confirmed: true,
    },
    {
      item: { fr: 'Aide de l’État 45 ans et plus', en: 'State aid for 45+' },
      payer: 'state',
      receiver: 'employer',
      amount: {
        fr: '2 000 € pour un demandeur d’emploi de 45 ans et plus (versée via France Travail) ; cumulable avec l’AFE (4 000 € au plus).',
        en: '2,000 € for a jobseeker aged 45+ (paid through France Travail); can be combined with the AFE (4,000 € at most).',
      },
      amountEur: 2000,
      sources: ['ME-aides', 'DIRECTIONS-2019'],
      confirmed: true,
    },
    {
      item: { fr: 'Aide exceptionnelle (moins de 30 ans) — terminée', en: 'Exceptional aid (under 30) — ended' },
      payer: 'state',
      receiver: 'employer',
      amount: {
        fr: '6 000 € la première année, pour les contrats du 1er janvier 2023 au 30 avril 2024 seulement ; supprimée à partir du 1er mai 2024.',
        en: '6,000 € for the first year, for contracts from 1 January 2023 to 30 April 2024 only; ended from 1 May 2024.',
      },
      amountEur: 6000,
      validity: { from: '2023-01-01', to: '2024-04-30' },
      sources: ['CROWE-2024', 'BGH-2024'],
      confirmed: true,
    },
  ],
  steps: [
    {
      order: 1,
      text: {
        fr: 'Vérifier l’éligibilité et le forfait de la branche auprès de l’OPCO.',
        en: 'Check eligibility and the branch forfait with the OPCO.',
      },
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['OPCOMOB-PRO'],
      confirmed: true,
    },
    {
      order: 2,
      text: {
        fr: 'Signer le contrat (Cerfa) et la convention de formation avec un organisme ayant un numéro de déclaration valide et la certification Qualiopi.',
        en: 'Sign the contract (Cerfa) and the training agreement with a provider holding a valid declaration number and Qualiopi certification.',
      },
      audienceText: {
        apprentice: {
          fr: 'Signer le contrat de professionnalisation (Cerfa) avec l’employeur ; l’employeur signe la convention de formation avec l’organisme de formation.',
          en: 'Sign the professionalisation contract (Cerfa) with the employer; the employer signs the training agreement with the training provider.',
        },
        'training-centre': {
          fr: 'L’employeur signe avec vous la convention de formation : il vous faut un numéro de déclaration valide et la certification Qualiopi.',
          en: 'The employer signs the training agreement with you: you need a valid declaration number and Qualiopi certification.',
        },
      },
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer', 'apprentice', 'training-centre'],
      sources: ['OPCOMOB-PRO'],
      confirmed: true,
    },
    {
      order: 3,
      text: { fr: 'Les envoyer à l’OPCO.', en: 'Send them to the OPCO.' },
      deadline: { fr: 'dans les 5 jours qui suivent le début du contrat', en: 'within 5 days after the contract starts' },
      actor: 'employer',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['LEGI-PRO', 'OPCOMOB-PRO'],
      confirmed: true,
    },
    {
      order: 4,
      text: {
        fr: 'L’OPCO statue sur le financement. Depuis le décret n° 2024-631 (contrats à partir du 1er août 2024), il peut refuser tout contrat contraire à la loi ou aux accords ; dans la version de 2024 du texte, son silence valait acceptation.',
        en: 'The OPCO rules on funding. Since décret n° 2024-631 (contracts from 1 August 2024) it may refuse any contract contrary to law or agreements; under the 2024 version of the text, its silence meant acceptance.',
      },
      deadline: { fr: 'dans les 20 jours', en: 'within 20 days' },
      actor: 'opco',
      involvesOpco: true,
      audiences: ['employer', 'training-centre'],
      sources: ['LEGI-PRO', 'ANFH-2024', 'OPCOEP-2024'],
      confirmed: false,
      unconfirmedNote: {
        fr: 'Règle actuelle du silence de l’OPCO à confirmer.',
        en: 'Current rule on the OPCO’s silence to be confirmed.',
      },
    },
    {
      order: 5,
      text: {
        fr: 'Pour l’AFE ou l’aide 45 ans et plus : envoyer le formulaire de France Travail avec la décision de l’OPCO ou la preuve du dépôt.',
        en: 'For the AFE or the 45+ aid: send the France Travail form with the OPCO decision or the proof of deposit.',
      },
      deadline: { fr: 'dans les 3 mois suivant le début du contrat', en: 'within 3 months of the contract start' },
      actor: 'employer',
      involvesOpco: false,
      audiences: ['employer'],
      sources: ['INFOGREFFE-AFE', 'DIRECTIONS-2019'],
      confirmed: true,
    },
  ],
  legalReferences: [LEGAL.ctL6325_1, LEGAL.ctD6325_deposit, LEGAL.decret2024_631, LEGAL.ctL6332_14, LEGAL.ctD6332_85],
  notes: [],
};
