// The words of the funding schemes a newcomer does not know, defined once, with their sources.
// Transcribed from the actors table and the sections of the funding notes (domain/funding.md, compiled 2026-11-26).
import { dataTexts } from '../texts.js';
import type { Bilingual, SourceKey } from './types.js';
const localText = dataTexts("data/funding/glossary");


export interface GlossaryTerm {
  /** The word as the texts write it (matched as a whole word, case as written). */
  readonly term: string;
  /** The expanded French name, when the word is an acronym. */
  readonly expansion?: string;
  readonly definition: Bilingual;
  readonly sources: readonly SourceKey[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: 'OPCO',
    expansion: 'opérateur de compétences',
    definition: localText(0, 'organisme paritaire de la branche de l’entreprise (il y en a 11) : il finance l’alternance et le plan de formation des entreprises de moins de 50 salariés.'),
    sources: ['PARITARISME-FC', 'ELEGIA-FC', 'CFTC-CUFPA'],
  },
  {
    term: 'CFA',
    expansion: 'centre de formation d’apprentis',
    definition: localText(1, 'l’établissement qui forme l’apprenti ; l’OPCO le paie, et il facture 750 € à l’employeur pour les niveaux 6 et 7.'),
    sources: ['AKTO-NPEC', 'EFL-750'],
  },
  {
    term: 'NPEC',
    expansion: 'niveau de prise en charge',
    definition: localText(2, 'le montant que l’OPCO paie au CFA pour un contrat d’apprentissage, fixé pour chaque diplôme ou titre par la branche (référentiel de France Compétences).'),
    sources: ['AKTO-NPEC', 'FC-NPEC'],
  },
  {
    term: 'RNCP',
    expansion: 'Répertoire national des certifications professionnelles',
    definition: localText(3, 'le registre des diplômes et titres professionnels tenu par France Compétences.'),
    sources: ['C2RP-FC'],
  },
  {
    term: 'SMIC',
    expansion: 'salaire minimum interprofessionnel de croissance',
    definition: localText(4, 'le salaire minimum légal ; le salaire d’un apprenti en est un pourcentage, selon son âge et l’année du contrat.'),
    sources: ['ME-app'],
  },
  {
    term: 'ASP',
    expansion: 'Agence de services et de paiement',
    definition: localText(5, 'l’agence qui verse chaque mois à l’employeur l’aide de l’État à l’embauche d’un apprenti.'),
    sources: ['OPERA-2025', 'CROWE-2024'],
  },
  {
    term: 'Sylaé',
    definition: localText(6, 'le site de l’ASP où l’employeur suit les versements de l’aide à l’embauche.'),
    sources: ['OPERA-2025', 'CROWE-2024'],
  },
  {
    term: 'DSN',
    expansion: 'déclaration sociale nominative',
    definition: localText(7, 'la déclaration de paie mensuelle de l’employeur ; l’URSSAF y prélève les contributions formation depuis le 1er janvier 2022.'),
    sources: ['CFTC-CUFPA'],
  },
  {
    term: 'SOLTéA',
    definition: localText(8, 'la plateforme de la Caisse des Dépôts où l’employeur choisit les établissements qui reçoivent le solde de la taxe d’apprentissage.'),
    sources: ['BLOG-SOLTEA', 'CFTC-CUFPA'],
  },
  {
    term: 'Qualiopi',
    definition: localText(9, 'la certification qualité que l’OPCO vérifie chez le CFA ou l’organisme de formation avant de financer.'),
    sources: ['LEGI-2024-631', 'OPCOMOB-PRO'],
  },
  {
    term: 'Cerfa FA13',
    definition: localText(10, 'le formulaire officiel du contrat d’apprentissage (n° 10103).'),
    sources: ['LAPPRENTISSAGE-RE'],
  },
  {
    term: 'RQTH',
    expansion: 'reconnaissance de la qualité de travailleur handicapé',
    definition: localText(11, 'la reconnaissance officielle d’un handicap au travail ; elle lève la limite d’âge de l’apprentissage et peut augmenter l’aide.'),
    sources: ['AKTO-PROP', 'ME-aides'],
  },
  {
    term: 'CPF',
    expansion: 'compte personnel de formation',
    definition: localText(12, 'le compte en euros de chaque actif pour se former, géré par la Caisse des Dépôts (Mon Compte Formation).'),
    sources: ['VOLTAIRE-CPF', 'PRESSREADER-CDC'],
  },
  {
    term: 'EDEF',
    expansion: 'espace des employeurs et des financeurs',
    definition: localText(13, 'l’espace de Mon Compte Formation où l’employeur complète le CPF d’un salarié (accès par net-entreprises).'),
    sources: ['MCF-ABOND', 'BILAN-EDEF'],
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The glossary's terms that occur in these texts, in glossary order. */
export function termsIn(texts: readonly string[]): GlossaryTerm[] {
  let all = '';
  try {
    // the data module's boundary never throws: anything but an array of strings finds no term
    if (Array.isArray(texts)) all = texts.filter((text): text is string => typeof text === 'string').join('\n');
  } catch {
    return [];
  }
  return GLOSSARY.filter((g) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(g.term)}(?![\\p{L}\\p{N}])`, 'u').test(all));
}
