import type { Audience } from '../../data/funding/index.js';
import type { Lang } from '../../platform/i18n.js';
import { formatDate } from '../../platform/i18n.js';
import type { Validity } from '../../data/funding/index.js';

export const AUDIENCES: readonly Audience[] = ['employer', 'apprentice', 'training-centre'];

export const isAudience = (value: unknown): value is Audience =>
  typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);

/**
 * An attribute's value, or undefined when it is absent or blank: CMS templates often write
 * `headcount=""` for "not filled in", which must mean "not set", not "invalid".
 */
export function given<T>(value: T | null | undefined): T | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const YES = ['', 'true', 'on', 'yes', 'oui', '1'];
const NO = ['false', 'off', 'no', 'non', '0'];

/**
 * A yes/no attribute a CMS editor may write either way (`rqth`, `rqth="oui"`, `rqth="false"`).
 * `undefined` when it is neither: the element then says so instead of guessing, because this
 * flag changes an amount.
 */
export function readFlag(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLowerCase();
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return undefined;
}

/** Today as the visitor's calendar day (YYYY-MM-DD), the default signing date of the simulator. */
export function todayISO(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}


/** A source date as precise as it is given: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export function partialDate(lang: Lang, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(lang, value);
  if (/^\d{4}-\d{2}$/.test(value)) return formatDate(lang, value, 'month');
  return value;
}

/** True when a dated rule ended before `today` (shown as "terminé", never hidden: it explains the past). */
export const hasEnded = (validity: Validity | undefined, today: string): boolean =>
  validity?.to !== undefined && validity.to < today;
