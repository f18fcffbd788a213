// Public employers. In DSN, staff under a public statute carry a statutory code instead of a
// convention collective: 5003 (fonction publique d'État), 5021 (territoriale), 5022
// (hospitalière), and other 5xxx codes for other statutes. Public agents (fonctionnaires and
// public-law contract staff) have no OPCO: training and apprenticeship are funded by other bodies
// in each public service. Private-law staff of the same employer may still carry a convention
// collective that leads to an OPCO (e.g. 1043 beside 5021).
//
// Every fact below carries its source and the date it was checked ("as of"). Facts we could not
// source are `confirmed: false` and must be shown as « à confirmer », never as certain.
import type { Message } from './types.js';
import { deepFreeze } from './freeze.js';

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
    name: { fr: 'Fonction publique territoriale', en: 'Territorial civil service (fonction publique territoriale)' },
    training: {
      text: {
        fr: 'Le CNFPT (Centre national de la fonction publique territoriale) forme les agents territoriaux, sur la cotisation obligatoire que lui versent les collectivités.',
        en: 'The CNFPT (Centre national de la fonction publique territoriale) trains territorial agents, funded by the compulsory contribution local authorities pay it.',
      },
      source: CNFPT_FORMATION,
      asOf: AS_OF,
      confirmed: true,
    },
    apprenticeship: {
      text: {
        fr: 'Le CNFPT verse directement au CFA les frais de formation des apprentis des collectivités (100 % depuis le 1er janvier 2022), dans une enveloppe limitée : 5 000 nouveaux contrats en 2026, diplômes de niveau 3 à 5 liés à des métiers en tension, pour les collectivités qui ont déclaré leurs intentions de recrutement (19 janvier – 20 mars 2026).',
        en: 'The CNFPT pays the CFA directly for the training costs of local authorities’ apprentices (100 % since 1 January 2022), within a limited budget: 5,000 new contracts in 2026, level 3 to 5 diplomas for jobs in short supply, for authorities that declared their hiring plans (19 January – 20 March 2026).',
      },
      source: CNFPT_2026,
      asOf: AS_OF,
      confirmed: true,
    },
  },
  '5022': {
    service: 'hospitaliere',
    name: { fr: 'Fonction publique hospitalière', en: 'Hospital civil service (fonction publique hospitalière)' },
    training: {
      text: {
        fr: 'L’ANFH (Association nationale pour la formation permanente du personnel hospitalier) collecte et gère les fonds de formation des établissements publics de santé, sociaux et médico-sociaux : 2,1 % de la masse salariale pour le plan de formation (versement volontaire), 0,2 % (congé de formation, VAE, bilan de compétences) et 0,6 % (études promotionnelles) versés obligatoirement.',
        en: 'The ANFH (Association nationale pour la formation permanente du personnel hospitalier) collects and manages the training funds of public health, social and care establishments: 2.1 % of payroll for the training plan (paid voluntarily), 0.2 % (training leave, VAE, skills assessment) and 0.6 % (promotional studies) paid compulsorily.',
      },
      source: ANFH_COTISATIONS,
      asOf: AS_OF,
      confirmed: true,
    },
    apprenticeship: {
      text: {
        fr: 'Les frais de formation des apprentis sont payés par l’établissement employeur ; l’ANFH peut en cofinancer une partie.',
        en: 'Apprentices’ training costs are paid by the employing establishment; the ANFH may co-fund part of them.',
      },
      source: null,
      asOf: AS_OF,
      confirmed: false,
    },
  },
  '5003': {
    service: 'etat',
    name: { fr: 'Fonction publique de l’État', en: 'State civil service (fonction publique de l’État)' },
    training: {
      text: {
        fr: 'Chaque ministère ou établissement public de l’État finance la formation de ses agents sur son propre budget.',
        en: 'Each ministry or State public body funds its agents’ training from its own budget.',
      },
      source: null,
      asOf: AS_OF,
      confirmed: false,
    },
    apprenticeship: {
      text: {
        fr: 'L’administration employeuse paie au CFA les frais de formation de ses apprentis, selon la grille de coûts de référence de la DGAFP.',
        en: 'The employing administration pays the CFA its apprentices’ training costs, following the DGAFP’s reference cost grid.',
      },
      source: DGAFP_GRILLE,
      asOf: AS_OF,
      confirmed: true,
    },
  },
});

/** Any other 5xxx statutory code absent from the IDCC table: a public (or special) statute, service unknown. */
const OTHER_STATUTE: PublicServiceInfo = {
  service: null,
  name: { fr: 'Statut particulier du personnel', en: 'Special staff statute' },
  training: {
    text: {
      fr: 'Le financement de la formation dépend du statut : renseignez-vous auprès du service des ressources humaines de l’employeur.',
      en: 'Training funding depends on the statute: ask the employer’s human resources department.',
    },
    source: null,
    asOf: AS_OF,
    confirmed: false,
  },
  apprenticeship: {
    text: {
      fr: 'Un employeur public paie en général lui-même les frais de formation de ses apprentis.',
      en: 'A public employer usually pays its apprentices’ training costs itself.',
    },
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
