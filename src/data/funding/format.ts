// Bilingual euro amounts and calendar days for the sentences the funding functions build.
import { formatDate, formatEuros } from '../format.js';
import { inEvery } from '../texts.js';
import type { Bilingual, ISODate } from './types.js';

export const euros = (amount: number): Bilingual => inEvery((lang) => formatEuros(lang, amount));

export const day = (date: ISODate): Bilingual => inEvery((lang) => formatDate(lang, date));
