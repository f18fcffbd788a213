// What an element says while the convention table loads or when it failed (other languages: conventions-status.<lang>.json).
import { defineMessages } from './i18n.js';

export const conventionsStatusMessages = defineMessages(
  {
    loading: 'Chargement de la liste des conventions collectives…',
    unavailable: 'La liste des conventions collectives n’a pas pu être chargée.',
    unavailableHint: 'Vérifiez votre connexion, puis réessayez.',
    unavailableHttp: (status: number) => `Le serveur a répondu par une erreur (${status}) : le site qui affiche ce widget doit la corriger.`,
    unavailableTimeout: 'Le serveur met trop de temps à l’envoyer : réessayez dans un moment.',
    refused: 'La liste des conventions collectives reçue a été refusée : ce n’est pas celle publiée avec ce widget.',
    refusedHint: 'Le site qui affiche ce widget doit le corriger.',
    elsewhere: 'Trouver son OPCO sur le site de France compétences',
    newWindow: '(nouvelle fenêtre)',
  },
  'conventions-status',
  import.meta.url,
);
