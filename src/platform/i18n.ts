/**
 * Languages: French first, English second. Each element keeps its strings next to it in a
 * typed catalog made with `defineMessages`: the English side must have every French key
 * (a missing or extra key is a compile error), and messages may be functions of typed values.
 * We chose this over @lit/localize: two languages, no build step, no extra runtime, and the
 * compiler checks completeness.
 */
import { LANGS, type Lang, type Localized } from '../data/lang.js';

export { DEFAULT_LANG, LANGS, type Lang, type Localized } from '../data/lang.js';

/** A message: a string, or a function of typed values (any function returning a string fits). */
export type Message = string | ((...args: never[]) => string);

/** The shape both languages share: same keys, same parameters, any string result. */
export type Messages<M> = {
  [K in keyof M]: M[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type Catalog<M> = Localized<Messages<M>>;

/** French is the reference (`M`); every other language of `LANGS` must have the same keys and parameters. */
export function defineMessages<M extends Record<string, Message>>(catalog: { fr: M } & { [L in Exclude<Lang, 'fr'>]: Messages<M> }): Catalog<M> {
  return catalog as unknown as Catalog<M>; // fr is M itself, only widened
}

/** Reads a language tag ("fr", "fr-FR", "EN-gb") as one of ours, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : undefined;
}

// one implementation for the data module's sentences and the widgets
export { formatDate, formatEuros, formatNumber } from '../data/format.js';
