// Calendar days for the explainer: source dates as precise as they are given. Pure.
import type { Validity } from '../../data/funding/index.js';
import { formatDate, type Lang } from '../../platform/i18n.js';

/** A source date as precise as it is given: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export function partialDate(lang: Lang, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(lang, value);
  if (/^\d{4}-\d{2}$/.test(value)) return formatDate(lang, value, 'month');
  return value;
}

/** True when a dated rule ended before `today` (shown as "terminé", never hidden: it explains the past). */
export const hasEnded = (validity: Validity | undefined, today: string): boolean => validity?.to !== undefined && validity.to < today;
