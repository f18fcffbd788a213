// The actors who pay or receive money, for labels, the money-flow diagram and a glossary.
// Roles transcribed from the funding notes (domain/funding.md §0 "Actors", compiled 2026-11-26).
import type { Actor, ActorId } from './types.js';

export const ACTORS: Readonly<Record<ActorId, Actor>> = {
  employer: {
    id: 'employer',
    name: { fr: 'Employeur', en: 'Employer' },
    frenchTerm: 'employeur',
  },
  'host-employer': {
    id: 'host-employer',
    name: { fr: 'Entreprise d’accueil', en: 'Host company' },
    frenchTerm: 'entreprise d’accueil',
  },
  apprentice: {
    id: 'apprentice',
    name: { fr: 'Apprenti', en: 'Apprentice' },
    frenchTerm: 'apprenti',
  },
  employee: {
    id: 'employee',
    name: { fr: 'Salarié', en: 'Employee' },
    frenchTerm: 'salarié',
  },
  jobseeker: {
    id: 'jobseeker',
    name: { fr: 'Demandeur d’emploi', en: 'Jobseeker' },
    frenchTerm: 'demandeur d’emploi',
  },
  urssaf: {
    id: 'urssaf',
    name: { fr: 'URSSAF / MSA', en: 'URSSAF / MSA' },
    frenchTerm: 'Urssaf, caisses de MSA',
    role: {
      fr: 'Collectent les contributions formation via la DSN mensuelle depuis le 1er janvier 2022.',
      en: 'Collect the training contributions through the monthly DSN since 1 January 2022.',
    },
  },
  'france-competences': {
    id: 'france-competences',
    name: { fr: 'France Compétences', en: 'France Compétences' },
    frenchTerm: 'France compétences',
    role: {
      fr: 'Financeur et régulateur national : redistribue les contributions, recommande les NPEC.',
      en: 'National funder and regulator: redistributes the contributions, recommends the NPEC.',
    },
  },
  opco: {
    id: 'opco',
    name: { fr: 'OPCO', en: 'OPCO' },
    frenchTerm: 'opérateur de compétences',
    role: {
      fr: '11 organismes paritaires agréés le 1er avril 2019 : financent l’alternance et accompagnent les PME et les branches.',
      en: '11 joint employer/union bodies approved on 1 April 2019: fund alternance, support SMEs and branches.',
    },
  },
  branch: {
    id: 'branch',
    name: { fr: 'Branche professionnelle (CPNE)', en: 'Industry branch (CPNE)' },
    frenchTerm: 'branche professionnelle, CPNE',
    role: {
      fr: 'Fixe les NPEC par certification, la liste des certifications Pro-A et les forfaits horaires.',
      en: 'Sets the NPEC per certification, the Pro-A certification list and the hourly forfaits.',
    },
  },
  cfa: {
    id: 'cfa',
    name: { fr: 'CFA', en: 'CFA (apprentice training centre)' },
    frenchTerm: 'centre de formation d’apprentis',
    role: {
      fr: 'Forme les apprentis ; payé par l’OPCO ; facture 750 € à l’employeur pour les niveaux 6-7.',
      en: 'Trains apprentices; paid by the OPCO; invoices the employer 750 € for levels 6-7.',
    },
  },
  'training-provider': {
    id: 'training-provider',
    name: { fr: 'Organisme de formation', en: 'Training provider' },
    frenchTerm: 'organisme de formation',
  },
  schools: {
    id: 'schools',
    name: { fr: 'Établissements choisis sur SOLTéA', en: 'Schools chosen on SOLTéA' },
    frenchTerm: 'bénéficiaires du solde de la taxe d’apprentissage',
  },
  state: {
    id: 'state',
    name: { fr: 'État', en: 'State' },
    frenchTerm: 'État',
  },
  regions: {
    id: 'regions',
    name: { fr: 'Régions', en: 'Regions' },
    frenchTerm: 'Régions',
  },
  asp: {
    id: 'asp',
    name: { fr: 'ASP', en: 'ASP' },
    frenchTerm: 'Agence de services et de paiement',
    role: {
      fr: 'Verse chaque mois l’aide de l’État à l’embauche d’apprentis ; plateforme Sylaé.',
      en: 'Pays the State apprenticeship hiring aid monthly; Sylaé platform.',
    },
  },
  'caisse-des-depots': {
    id: 'caisse-des-depots',
    name: { fr: 'Caisse des Dépôts', en: 'Caisse des Dépôts' },
    frenchTerm: 'Caisse des dépôts et consignations (CDC)',
    role: {
      fr: 'Gère le CPF (Mon Compte Formation) et l’espace employeur EDEF ; reçoit le solde de la taxe d’apprentissage.',
      en: 'Manages the CPF (Mon Compte Formation) and the EDEF employer space; receives the apprenticeship-tax balance.',
    },
  },
  'transitions-pro': {
    id: 'transitions-pro',
    name: { fr: 'Transitions Pro', en: 'Transitions Pro' },
    frenchTerm: 'Transitions Pro',
  },
  'france-travail': {
    id: 'france-travail',
    name: { fr: 'France Travail', en: 'France Travail' },
    frenchTerm: 'France Travail (ex-Pôle emploi)',
    role: {
      fr: 'Verse l’AFE et l’aide 45 ans et plus pour le contrat de professionnalisation.',
      en: 'Pays the AFE and the 45+ aid for the contrat de professionnalisation.',
    },
  },
};
