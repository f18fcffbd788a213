// Numbers, euros and calendar days in French or English, shared by the data module's sentences
// (funding explanations) and the widgets (through src/platform/i18n.ts). Formatters are built once.
import { langOr, type Lang } from './lang.js';

/** @deprecated the one language set is `Lang` (src/data/lang.ts). */
export type FormatLang = Lang;

// the regional variant a language is written in here; any other language is its own tag (`de` → Intl's German)
const REGION: Readonly<Partial<Record<string, string>>> = { fr: 'fr-FR', en: 'en-GB' };
const localeOf = (lang: Lang): string => REGION[lang] ?? lang;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatNumber(asked: FormatLang, value: number): string {
  const lang = langOr(asked);
  return formatter(`n:${lang}`, () => new Intl.NumberFormat(localeOf(lang))).format(value);
}

export function formatEuros(asked: FormatLang, value: number): string {
  const lang = langOr(asked);
  const cents = Number.isInteger(value) ? 0 : 2;
  return formatter(
    `e:${lang}:${cents}`,
    () => new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: cents }),
  ).format(value);
}

/**
 * Formats an ISO date (YYYY-MM-DD, or YYYY-MM with `month`) as a calendar day: read in UTC so it
 * never moves with the viewer's time zone. French writes the first of the month "1er".
 */
export function formatDate(asked: FormatLang, iso: string, style: 'long' | 'month' = 'long'): string {
  const lang = langOr(asked);
  if (typeof iso !== 'string') return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m) return iso;
  const text = formatter(
    `d:${lang}:${style}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), {
        year: 'numeric',
        month: 'long',
        ...(style === 'long' ? { day: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
  ).format(new Date(Date.UTC(y, m - 1, d || 1)));
  return lang === 'fr' && style === 'long' ? text.replace(/^1 /, '1er ') : text;
}

/** A share of 1 as a whole percentage: "42 %" in French, "42%" in English. */
export function formatPercent(asked: FormatLang, share: number): string {
  const lang = langOr(asked);
  return formatter(`p:${lang}`, () => new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 })).format(share);
}
