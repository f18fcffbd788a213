import type { OpcoId } from '../../data/index.js';
import { defineMessages } from '../../platform/i18n.js';

export const messages = defineMessages(
  {
    sectors: 'Secteurs',
    /** Before the official name: nothing in French; in English, that the name is French. */
    officialLabel: '',
    /** What an OPCO is, for readers who do not know (English pages); French pages need no gloss. */
    about: '',
    // the OPCO's own number, said so: a visitor must not take it for their company's
    identity: (name: string, siren: string) => `SIREN de l’OPCO ${name} : ${siren}`,
    // "Site d’AKTO", "Site de Constructys": French elides "de" before a vowel
    website: (name: string) => (/^[aeiouyàâéèêîïôû]/i.test(name) ? `Site d’${name}` : `Site de ${name}`),
    check: 'Vérifier auprès de France compétences',
    checkHint: 'avec votre SIRET, le service « Quel est mon OPCO ? » fait foi',
    sectorsOf: (_id: OpcoId, fromData: string) => fromData,
    unknown: (value: string) => `« ${value} » n'est pas un OPCO connu.`,
    unknownHint: (ids: string) => `Identifiants valides : ${ids}.`,
    none: 'Aucun OPCO choisi pour le moment.',
    newWindow: '(nouvelle fenêtre)',
  },
  'opco-card',
  import.meta.url,
);
