// IDCC codes that never designate an OPCO, with what to tell the user. Sources: France compétences'
// FAQ on "no OPCO" cases (9999, inoperative IDCC 804 VRP), the DSN escape codes 9998/9999 as the
// Code du travail numérique explains them, and SOURCES.md for the pseudo-IDCCs 5100/5501.
import { deepFreeze } from './freeze.js';
import type { Message } from './types.js';

export type SpecialReason = 'no-convention' | 'not-yet-applicable' | 'pseudo-code' | 'inoperative';

export interface SpecialCode {
  readonly reason: SpecialReason;
  /** What the code means, to show as its title when the table has none. */
  readonly label: Message;
  readonly message: Message;
}

const BY_SIRET = {
  fr: 'Pour connaître votre OPCO, recherchez votre établissement par son SIRET.',
  en: 'To find your OPCO, look up your establishment by its SIRET.',
};

export const SPECIAL_CODES: Readonly<Record<string, SpecialCode>> = deepFreeze({
  '9999': {
    reason: 'no-convention',
    label: { fr: 'Sans convention collective', en: 'No collective agreement' },
    message: {
      fr: `Le code 9999 signifie « sans convention collective » : il ne désigne aucun OPCO. ${BY_SIRET.fr}`,
      en: `Code 9999 means "no collective agreement" (sans convention collective): it designates no OPCO. ${BY_SIRET.en}`,
    },
  },
  '9998': {
    reason: 'not-yet-applicable',
    label: { fr: 'Convention non encore en vigueur', en: 'Agreement not yet in force' },
    message: {
      fr: `Le code 9998 signifie « convention collective non encore en vigueur » : il ne désigne aucun OPCO. ${BY_SIRET.fr}`,
      en: `Code 9998 means "collective agreement not yet in force": it designates no OPCO. ${BY_SIRET.en}`,
    },
  },
  '0804': {
    reason: 'inoperative',
    label: { fr: 'Voyageurs, représentants, placiers (VRP)', en: 'Sales representatives (VRP)' },
    message: {
      fr: 'L’IDCC 0804 (VRP) ne désigne aucun OPCO : l’employeur doit déclarer l’IDCC de la convention collective de son secteur d’activité, qui détermine son OPCO.',
      en: 'IDCC 0804 (sales representatives, VRP) designates no OPCO: the employer must declare the IDCC of its sector’s collective agreement, which determines its OPCO.',
    },
  },
  '5100': {
    reason: 'pseudo-code',
    label: { fr: 'Statut divers ou non précisé', en: 'Other or unspecified status' },
    message: {
      fr: `Le code 5100 (« statut divers ou non précisé ») n’est pas une convention collective : il est déclaré chez presque tous les OPCO. ${BY_SIRET.fr}`,
      en: `Code 5100 ("other or unspecified status") is not a collective agreement: it is declared at almost every OPCO. ${BY_SIRET.en}`,
    },
  },
  '5501': {
    reason: 'pseudo-code',
    label: { fr: 'Convention d’entreprise indépendante ou texte assimilé non précisé', en: 'Unspecified company agreement' },
    message: {
      fr: `Le code 5501 (« convention d’entreprise non précisée ») n’est pas une convention de branche : il est déclaré chez presque tous les OPCO. ${BY_SIRET.fr}`,
      en: `Code 5501 ("unspecified company agreement") is not a branch agreement: it is declared at almost every OPCO. ${BY_SIRET.en}`,
    },
  },
});
