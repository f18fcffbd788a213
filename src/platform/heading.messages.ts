// The French messages of a bad `heading-level` (the English are heading.en.json's).
import { defineMessages } from './i18n.js';

export const headingMessages = defineMessages(
  {
    badLevel: (value: string) => `heading-level="${value}" n’est pas un niveau de titre valide.`,
    badLevelHint: (level: number) => `Écrivez un chiffre de 2 à 6, par exemple heading-level="${level}". Le niveau ${level} est utilisé.`,
  },
  { en: new URL('./heading.en.json', import.meta.url) },
);
