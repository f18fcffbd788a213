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
// A sentence built at run time is the same call with a function and its arguments:
// `localText(4, (date, amount) => `Le ${date}, ${amount}.`, day(x), euros(y))`: French is the function,
// every other language a template of src/data/template.ts (`"On {0}, {1}."`), filled with the arguments
// in that language (an argument given in every language, `{ fr, en }`, is read in the language asked).
import { TEXTS } from './generated/texts.js';
import { LANGS, type Lang, type Localized } from './lang.js';
import { fill, type Template } from './template.js';

/** One language's texts: per module, the texts by number (an array, or an object keyed by number). */
export type LangTexts = { readonly [module: string]: { readonly [id: number]: Template | null | undefined } | undefined };

/** An argument of a sentence: as written in every language, or given per language. */
export type TextArg = string | number | boolean | null | undefined | Localized<string>;

/** The French value of each argument (what the French function is given). */
export type FrenchArgs<A extends readonly TextArg[]> = { [K in keyof A]: A[K] extends Localized<string> ? string : A[K] };

/** A module's text-maker: a fixed text, or a sentence of arguments. */
export interface LocalText {
  (id: number, fr: string): Localized<string>;
  <const A extends readonly TextArg[]>(id: number, fr: (...args: FrenchArgs<A>) => string, ...args: A): Localized<string>;
}

/**
 * `make(lang)` in every language: `{ fr: make('fr'), en: …, … }`, French made at once, the others when
 * read (so that a language registered later is the one read, as with `localText`).
 */
export function inEvery<T>(make: (lang: Lang) => T): Localized<T> {
  const value: Record<string, T> = { fr: make('fr') };
  for (const lang of LANGS) if (lang !== 'fr') Object.defineProperty(value, lang, { enumerable: true, get: () => make(lang) });
  return value as Localized<T>;
}

const argIn = (arg: TextArg, lang: Lang): unknown => (arg !== null && typeof arg === 'object' ? (arg[lang] ?? arg.fr) : arg);

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
export function dataTexts(module: string): LocalText {
  return ((id: number, french: string | ((...args: unknown[]) => string), ...args: TextArg[]) => {
    const fr = typeof french === 'string' ? french : french(...args.map((arg) => argIn(arg, 'fr')));
    const text: Record<string, string> = { fr };
    for (const lang of LANGS) {
      if (lang === 'fr') continue;
      Object.defineProperty(text, lang, {
        enumerable: true,
        get: () => {
          const template = registered.get(lang)?.[module]?.[id];
          if (template == null) return fr;
          return typeof french === 'string' ? (template as string) : fill(template, args.map((arg) => argIn(arg, lang)), lang);
        },
      });
    }
    return text as Localized<string>;
  }) as LocalText;
}
