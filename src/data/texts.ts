// The data module's texts in every language but French. French is in the scripts, where it is used:
// `localText(3, 'Crédit annuel…')`, each module numbering its texts (`const localText = dataTexts('data/naf')`).
// Every other language is one file, src/data/texts.<lang>.json: per module, per number, the text.
// A language comes in two ways, chosen by the file that loads the module:
//  - dist/data.js (and the sources: tests, Storybook): every language at once, synchronously, through
//    src/data/generated/texts.ts (written by `npm run data:texts` from the JSON files);
//  - a widgets' file: the build leaves that module empty and puts the file's texts into the file's
//    language pack (scripts/rollup/language-packs.mjs); the element registers them before it renders
//    in that language (src/platform/i18n.ts).
// A text a language lacks reads French.
import { TEXTS } from './generated/texts.js';
import { LANGS, type Lang, type Localized } from './lang.js';

/** One language's texts: per module, the texts by number (an array, or an object keyed by number). */
export type LangTexts = { readonly [module: string]: { readonly [id: number]: string | null | undefined } | undefined };

const registered = new Map<Lang, LangTexts>();

/** Makes `texts` the texts of `lang` (a language pack's, or the bundled ones). */
export function registerTexts(lang: Lang, texts: LangTexts): void {
  registered.set(lang, texts);
}

for (const lang of LANGS) {
  const texts = (TEXTS as Partial<Record<string, LangTexts>>)[lang];
  if (texts) registerTexts(lang, texts);
}

/** The text-maker of one module: `localText(id, fr)` is a `Localized<string>` whose other languages are read when asked. */
export function dataTexts(module: string): (id: number, fr: string) => Localized<string> {
  return (id, fr) => {
    const text: Record<string, string> = { fr };
    for (const lang of LANGS) {
      if (lang === 'fr') continue;
      Object.defineProperty(text, lang, { enumerable: true, get: () => registered.get(lang)?.[module]?.[id] ?? fr });
    }
    return text as Localized<string>;
  };
}
