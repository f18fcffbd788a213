// The languages the widgets and the data module speak: one list, every bilingual type derived from
// it. A third language is this list plus its strings (the compiler then lists every catalog and
// table that lacks them).

/** French first (the default), English second. */
export const LANGS = /* @__PURE__ */ Object.freeze(['fr', 'en'] as const);
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

/** A value in every language, e.g. `Localized<string>` = `{ fr: string; en: string }`. */
export type Localized<T> = { readonly [L in Lang]: T };

/** True for one of `LANGS`. */
export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The language asked for when it is one of ours, else French (an unknown language never gives `undefined` texts). */
export const langOr = (value: unknown): Lang => (isLang(value) ? value : DEFAULT_LANG);

/** Reads a language tag ("fr", "fr-FR", "EN-gb") as one of ours, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : undefined;
}
