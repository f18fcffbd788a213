// Public employers. In DSN, staff under a public statute carry a statutory code instead of a
// convention collective: 5003 (fonction publique d'État), 5021 (territoriale), 5022
// (hospitalière), and other 5xxx codes for other statutes. Public agents (fonctionnaires and
// public-law contract staff) have no OPCO: training and apprenticeship are funded by other bodies
// in each public service. Private-law staff of the same employer may still carry a convention
// collective that leads to an OPCO (e.g. 1043 beside 5021).
//
// Every fact below carries its source and the date it was checked ("as of"). Facts we could not
// source are `confirmed: false` and must be shown as « à confirmer », never as certain.
import { dataTexts } from './texts.js';
import type { Message } from './types.js';
import { deepFreeze } from './freeze.js';
const localText = dataTexts("data/public-employers");


export type PublicService = 'etat' | 'territoriale' | 'hospitaliere';

export interface PublicFact {
  readonly text: Message;
  /** The page the fact was read on; null when none could be found (then `confirmed` is false). */
  readonly source: { readonly label: string; readonly url: string } | null;
  /** When the fact was checked against its source (YYYY-MM-DD). */
  readonly asOf: string;
  /** False: to be confirmed; shown as such. */
  readonly confirmed: boolean;
}

export interface PublicServiceInfo {
  /** Null: a statutory code of another statute, whose service we do not know. */
  readonly service: PublicService | null;
  readonly name: Message;
  /** Who funds the training of the service's agents. */
  readonly training: PublicFact;
  /** Who pays the training costs of apprentices (the CFA's fees). */
  readonly apprenticeship: PublicFact;
}

const AS_OF = '2026-11-27';

const CNFPT_APPRENTISSAGE = {
  label: 'collectivites-locales.gouv.fr — L’apprentissage dans la fonction publique (décret n° 2022-280 du 28 février 2022)',
  url: 'https://collectivites-locales.gouv.fr/fonction-publique-territoriale/lapprentissage-dans-la-fonction-publique',
};
const CNFPT_2026 = {
  label: 'CDG 33 — Recensement des intentions de recrutement d’apprentis du CNFPT (campagne 2026)',
  url: 'https://www.cdg33.fr/cdg-33/actualites/recensement-des-intentions-de-recrutements-dapprentis-du-cnfpt',
};
const CNFPT_FORMATION = {
  label: 'Centre Inffo — L’apprentissage dans la fonction publique territoriale : l’impossible équation (25 juillet 2024)',
  url: 'https://centre-inffo.fr/site-centre-inffo/inffo-formation/articles-dinffo-formation/lapprentissage-dans-la-fonction-publique-territoriale-limpossible-equation',
};
const ANFH_COTISATIONS = {
  label: 'ANFH — Verser les cotisations ANFH',
  url: 'http://www.anfh.fr/site/anfhfr/verser-les-cotisations-anfh?user_type=2',
};
const DGAFP_GRILLE = {
  label: 'CCCA-BTP — Modalités de financement de l’apprentissage dans la fonction publique d’État (circulaire n° 6270/SG du 21 mai 2021)',
  url: 'https://www.ccca-btp.fr/modalites-de-financement-de-lapprentissage-mis-en-oeuvre-dans-la-fonction-publique-detat',
};

/** The three public services' statutory codes. */
export const PUBLIC_STATUTORY_CODES: Readonly<Record<'5003' | '5021' | '5022', PublicServiceInfo>> = /* @__PURE__ */ deepFreeze({
  '5021': {
    service: 'territoriale',
    name: localText(0, 'Fonction publique territoriale'),
    training: {
      text: localText(1, 'Le CNFPT (Centre national de la fonction publique territoriale) forme les agents territoriaux, sur la cotisation obligatoire que lui versent les collectivités.'),
      source: CNFPT_FORMATION,
      asOf: AS_OF,
      confirmed: true,
    },
    apprenticeship: {
      text: localText(2, 'Le CNFPT verse directement au CFA les frais de formation des apprentis des collectivités (100 % depuis le 1er janvier 2022), dans une enveloppe limitée : 5 000 nouveaux contrats en 2026, diplômes de niveau 3 à 5 liés à des métiers en tension, pour les collectivités qui ont déclaré leurs intentions de recrutement (19 janvier – 20 mars 2026).'),
      source: CNFPT_2026,
      asOf: AS_OF,
      confirmed: true,
    },
  },
  '5022': {
    service: 'hospitaliere',
    name: localText(3, 'Fonction publique hospitalière'),
    training: {
      text: localText(4, 'L’ANFH (Association nationale pour la formation permanente du personnel hospitalier) collecte et gère les fonds de formation des établissements publics de santé, sociaux et médico-sociaux : 2,1 % de la masse salariale pour le plan de formation (versement volontaire), 0,2 % (congé de formation, VAE, bilan de compétences) et 0,6 % (études promotionnelles) versés obligatoirement.'),
      source: ANFH_COTISATIONS,
      asOf: AS_OF,
      confirmed: true,
    },
    apprenticeship: {
      text: localText(5, 'Les frais de formation des apprentis sont payés par l’établissement employeur ; l’ANFH peut en cofinancer une partie.'),
      source: null,
      asOf: AS_OF,
      confirmed: false,
    },
  },
  '5003': {
    service: 'etat',
    name: localText(6, 'Fonction publique de l’État'),
    training: {
      text: localText(7, 'Chaque ministère ou établissement public de l’État finance la formation de ses agents sur son propre budget.'),
      source: null,
      asOf: AS_OF,
      confirmed: false,
    },
    apprenticeship: {
      text: localText(8, 'L’administration employeuse paie au CFA les frais de formation de ses apprentis, selon la grille de coûts de référence de la DGAFP.'),
      source: DGAFP_GRILLE,
      asOf: AS_OF,
      confirmed: true,
    },
  },
});

/** Any other 5xxx statutory code absent from the IDCC table: a public (or special) statute, service unknown. */
const OTHER_STATUTE: PublicServiceInfo = {
  service: null,
  name: localText(9, 'Statut particulier du personnel'),
  training: {
    text: localText(10, 'Le financement de la formation dépend du statut : renseignez-vous auprès du service des ressources humaines de l’employeur.'),
    source: null,
    asOf: AS_OF,
    confirmed: false,
  },
  apprenticeship: {
    text: localText(11, 'Un employeur public paie en général lui-même les frais de formation de ses apprentis.'),
    source: null,
    asOf: AS_OF,
    confirmed: false,
  },
};

/** Where the bundled sources for CNFPT's own training mission and its apprenticeship funding are. */
export const PUBLIC_EMPLOYER_SOURCES = /* @__PURE__ */ deepFreeze([CNFPT_APPRENTISSAGE, CNFPT_2026, CNFPT_FORMATION, ANFH_COTISATIONS, DGAFP_GRILLE] as const);

/** A DSN statutory code: 4 digits starting with 5 ("5021"). Not every one is public: check the IDCC table first. */
export const isStatutoryCode = (idcc: unknown): boolean => typeof idcc === 'string' && /^5\d{3}$/.test(idcc);

/**
 * The public service of a statutory code: 5003, 5021, 5022 always; another 5xxx code only when the
 * IDCC table does not know it (`inTable` false: codes such as 5005 or 5010 lead to an OPCO and stay
 * there). Null for anything else.
 */
export function publicServiceOf(idcc: unknown, inTable: unknown): PublicServiceInfo | null {
  if (typeof idcc !== 'string') return null;
  const known = (PUBLIC_STATUTORY_CODES as Readonly<Record<string, PublicServiceInfo>>)[idcc];
  if (known) return known;
  return isStatutoryCode(idcc) && !inTable ? OTHER_STATUTE : null;
}
