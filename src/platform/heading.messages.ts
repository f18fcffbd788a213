// The French messages of a bad `heading-level` (other languages: heading.<lang>.json).
import { defineMessages } from './i18n.js';

export const headingMessages = defineMessages(
  {
    badLevel: (value: string) => `heading-level="${value}" n’est pas un niveau de titre valide.`,
    badLevelHint: (level: number) => `Écrivez un chiffre de 2 à 6, par exemple heading-level="${level}". Le niveau ${level} est utilisé.`,
  },
  'heading',
  import.meta.url,
);
