// Bilingual euro amounts and calendar days for the sentences the funding functions build.
import { formatDate, formatEuros } from '../format.js';
import type { Bilingual, ISODate } from './types.js';

export const euros = (amount: number): Bilingual => ({ fr: formatEuros('fr', amount), en: formatEuros('en', amount) });

export const day = (date: ISODate): Bilingual => ({ fr: formatDate('fr', date), en: formatDate('en', date) });
