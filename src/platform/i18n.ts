/**
 * Languages: French first, English second. Each element keeps its strings next to it in a
 * typed catalog made with `defineMessages`: the English side must have every French key
 * (a missing or extra key is a compile error), and messages may be functions of typed values.
 * We chose this over @lit/localize: two languages, no build step, no extra runtime, and the
 * compiler checks completeness.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

/** A message: a string, or a function of typed values (any function returning a string fits). */
export type Message = string | ((...args: never[]) => string);

/** The shape both languages share: same keys, same parameters, any string result. */
export type Messages<M> = {
  [K in keyof M]: M[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type Catalog<M> = { readonly fr: Messages<M>; readonly en: Messages<M> };

export function defineMessages<M extends Record<string, Message>>(catalog: { fr: M; en: Messages<M> }): Catalog<M> {
  return catalog as unknown as Catalog<M>; // fr is M itself, only widened
}

/** Reads a language tag ("fr", "fr-FR", "EN-gb") as one of ours, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : undefined;
}

/** Bilingual text as the data module returns it. */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

export const pick = (text: Localized, lang: Lang): string => text[lang];

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

export function formatEuros(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
  }).format(value);
}

/** Formats an ISO date (YYYY-MM-DD, read as a calendar day, no time zone shift). */
export function formatDate(lang: Lang, iso: string, style: 'long' | 'month' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m) return iso;
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  const options: Intl.DateTimeFormatOptions =
    style === 'month'
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(lang), options).format(date);
}
