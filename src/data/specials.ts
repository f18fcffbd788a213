// IDCC codes that never designate an OPCO, with what to tell the user. Sources: France compétences'
// FAQ on "no OPCO" cases (9999, inoperative IDCC 804 VRP), the DSN escape codes 9998/9999 as the
// Code du travail numérique explains them, and SOURCES.md for the pseudo-IDCCs 5100/5501.
import { deepFreeze } from './freeze.js';
import { dataTexts } from './texts.js';
import type { Message } from './types.js';

const localText = dataTexts('data/specials');

export type SpecialReason = 'no-convention' | 'not-yet-applicable' | 'pseudo-code' | 'inoperative';

export interface SpecialCode {
  readonly reason: SpecialReason;
  /** What the code means, to show as its title when the table has none. */
  readonly label: Message;
  readonly message: Message;
}

const BY_SIRET = localText(0, 'Pour connaître votre OPCO, recherchez votre établissement par son SIRET.');

export const SPECIAL_CODES: Readonly<Record<string, SpecialCode>> = deepFreeze({
  '9999': {
    reason: 'no-convention',
    label: localText(1, 'Sans convention collective'),
    message: localText(6, (bySiret) => `Le code 9999 signifie « sans convention collective » : il ne désigne aucun OPCO. ${bySiret}`, BY_SIRET),
  },
  '9998': {
    reason: 'not-yet-applicable',
    label: localText(2, 'Convention non encore en vigueur'),
    message: localText(7, (bySiret) => `Le code 9998 signifie « convention collective non encore en vigueur » : il ne désigne aucun OPCO. ${bySiret}`, BY_SIRET),
  },
  '0804': {
    reason: 'inoperative',
    label: localText(3, 'Voyageurs, représentants, placiers (VRP)'),
    message: localText(8, 'L’IDCC 0804 (VRP) ne désigne aucun OPCO : l’employeur doit déclarer l’IDCC de la convention collective de son secteur d’activité, qui détermine son OPCO.'),
  },
  '5100': {
    reason: 'pseudo-code',
    label: localText(4, 'Statut divers ou non précisé'),
    message: localText(9, (bySiret) => `Le code 5100 (« statut divers ou non précisé ») n’est pas une convention collective : il est déclaré chez presque tous les OPCO. ${bySiret}`, BY_SIRET),
  },
  '5501': {
    reason: 'pseudo-code',
    label: localText(5, 'Convention d’entreprise indépendante ou texte assimilé non précisé'),
    message: localText(10, (bySiret) => `Le code 5501 (« convention d’entreprise non précisée ») n’est pas une convention de branche : il est déclaré chez presque tous les OPCO. ${bySiret}`, BY_SIRET),
  },
});
