// Reading the element's attributes (strings from HTML or a CMS). Local on purpose: when the platform gets
// shared attribute readers (src/platform/attributes.ts), these few functions can be switched over.
import type { PayAudience } from './opco-apprentice-pay.messages.js';

export const AUDIENCES: readonly PayAudience[] = ['employer', 'apprentice', 'training-centre'];

/** An attribute's text, or undefined when absent or blank (CMS templates write `level=""` for "not filled in"). */
export function given(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

export const isAudience = (v: string | undefined): v is PayAudience => v !== undefined && (AUDIENCES as readonly string[]).includes(v);

export const isDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export const isNumber = (v: string): boolean => /^\d{1,9}(?:[.,]\d{1,2})?$/.test(v);

export const isWhole = (v: string, min: number, max: number): boolean => /^\d{1,3}$/.test(v) && Number(v) >= min && Number(v) <= max;

const YES = ['', 'true', 'on', 'yes', 'oui', '1'];
const NO = ['false', 'off', 'no', 'non', '0'];

/** A yes/no attribute (`rqth`, `rqth="oui"`, `rqth="false"`); undefined when it is neither. */
export function readFlag(value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  const word = String(value).trim().toLowerCase();
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return undefined;
}

/** Shortens a pasted paragraph before it is shown or logged. */
export const shorten = (v: string): string => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
