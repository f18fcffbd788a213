// The actors who pay or receive money, for labels, the money-flow diagram and a glossary.
// Roles transcribed from the funding notes (domain/funding.md §0 "Actors", compiled 2026-11-26).
import { dataTexts } from '../texts.js';
import type { Actor, ActorId } from './types.js';
const localText = dataTexts("data/funding/actors");


export const ACTORS: Readonly<Record<ActorId, Actor>> = {
  employer: {
    id: 'employer',
    name: localText(13, 'Employeur'),
    frenchTerm: 'employeur',
  },
  'host-employer': {
    id: 'host-employer',
    name: localText(0, 'Entreprise d’accueil'),
    frenchTerm: 'entreprise d’accueil',
  },
  apprentice: {
    id: 'apprentice',
    name: localText(14, 'Apprenti'),
    frenchTerm: 'apprenti',
  },
  employee: {
    id: 'employee',
    name: localText(15, 'Salarié'),
    frenchTerm: 'salarié',
  },
  jobseeker: {
    id: 'jobseeker',
    name: localText(16, 'Demandeur d’emploi'),
    frenchTerm: 'demandeur d’emploi',
  },
  urssaf: {
    id: 'urssaf',
    name: localText(17, 'URSSAF / MSA'),
    frenchTerm: 'Urssaf, caisses de MSA',
    role: localText(1, 'Collectent les contributions formation via la DSN mensuelle depuis le 1er janvier 2022.'),
  },
  'france-competences': {
    id: 'france-competences',
    name: localText(18, 'France Compétences'),
    frenchTerm: 'France compétences',
    role: localText(2, 'Financeur et régulateur national : redistribue les contributions, recommande les NPEC.'),
  },
  opco: {
    id: 'opco',
    name: localText(19, 'OPCO'),
    frenchTerm: 'opérateur de compétences',
    role: localText(3, '11 organismes paritaires agréés le 1er avril 2019 : financent l’alternance et accompagnent les PME et les branches.'),
  },
  branch: {
    id: 'branch',
    name: localText(4, 'Branche professionnelle (CPNE)'),
    frenchTerm: 'branche professionnelle, CPNE',
    role: localText(5, 'Fixe les NPEC par certification, la liste des certifications Pro-A et les forfaits horaires.'),
  },
  cfa: {
    id: 'cfa',
    name: localText(6, 'CFA'),
    frenchTerm: 'centre de formation d’apprentis',
    role: localText(7, 'Forme les apprentis ; payé par l’OPCO ; facture 750 € à l’employeur pour les niveaux 6-7.'),
  },
  'training-provider': {
    id: 'training-provider',
    name: localText(8, 'Organisme de formation'),
    frenchTerm: 'organisme de formation',
  },
  schools: {
    id: 'schools',
    name: localText(9, 'Établissements choisis sur SOLTéA'),
    frenchTerm: 'bénéficiaires du solde de la taxe d’apprentissage',
  },
  state: {
    id: 'state',
    name: localText(20, 'État'),
    frenchTerm: 'État',
  },
  regions: {
    id: 'regions',
    name: localText(21, 'Régions'),
    frenchTerm: 'Régions',
  },
  asp: {
    id: 'asp',
    name: localText(22, 'ASP'),
    frenchTerm: 'Agence de services et de paiement',
    role: localText(10, 'Verse chaque mois l’aide de l’État à l’embauche d’apprentis ; plateforme Sylaé.'),
  },
  'caisse-des-depots': {
    id: 'caisse-des-depots',
    name: localText(23, 'Caisse des Dépôts'),
    frenchTerm: 'Caisse des dépôts et consignations (CDC)',
    role: localText(11, 'Gère le CPF (Mon Compte Formation) et l’espace employeur EDEF ; reçoit le solde de la taxe d’apprentissage.'),
  },
  'transitions-pro': {
    id: 'transitions-pro',
    name: localText(24, 'Transitions Pro'),
    frenchTerm: 'Transitions Pro',
  },
  'france-travail': {
    id: 'france-travail',
    name: localText(25, 'France Travail'),
    frenchTerm: 'France Travail (ex-Pôle emploi)',
    role: localText(12, 'Verse l’AFE et l’aide 45 ans et plus pour le contrat de professionnalisation.'),
  },
};
