// Formatting for the bilingual sentences built by the funding functions (euros, calendar dates).
import type { Bilingual, ISODate } from './types.js';

const EURO: Record<'fr' | 'en', Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
};

// timeZone UTC: an ISODate is a calendar day, it must not move with the viewer's zone
const DAY: Record<'fr' | 'en', Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function euros(amount: number): Bilingual {
  return { fr: EURO.fr.format(amount), en: EURO.en.format(amount) };
}

export function day(date: ISODate): Bilingual {
  const d = new Date(`${date}T00:00:00Z`);
  // French writes the first day of a month "1er"
  return { fr: DAY.fr.format(d).replace(/^1 /, '1er '), en: DAY.en.format(d) };
}
