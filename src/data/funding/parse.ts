// Input parsing shared by the funding functions. Values may come from HTML attributes (strings),
// properties (numbers, Date) or anywhere else, so everything is `unknown` and nothing throws.
import { dataTexts, inEvery } from '../texts.js';
import type { Bilingual, ISODate } from './types.js';
const localText = dataTexts("data/funding/parse");


/** Level of the cadre national des certifications professionnelles handled here (3 = CAP … 8 = doctorate). */
export type CertificationLevel = 3 | 4 | 5 | 6 | 7 | 8;

export type InputField = 'input' | 'signedOn' | 'startOn' | 'headcount' | 'level' | 'rqth' | 'secondEmployer';

export type InputErrorCode = 'missing' | 'wrong-type' | 'bad-format' | 'not-a-date' | 'out-of-range' | 'too-long';

export interface InputError {
  readonly field: InputField;
  readonly code: InputErrorCode;
  readonly message: Bilingual;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: InputError };

// Longer strings are rejected before any regex runs (attribute values are short).
const MAX_LENGTH = 64;
// Sanity bound, not a legal fact: catches garbage such as 1e300.
const MAX_HEADCOUNT = 10_000_000;

const FIELD_NAMES: Record<InputField, Bilingual> = {
  input: localText(0, 'les données'),
  signedOn: localText(1, 'la date de conclusion du contrat'),
  startOn: localText(2, 'la date de début du contrat'),
  headcount: localText(3, 'l’effectif'),
  level: localText(4, 'le niveau de la certification'),
  rqth: localText(5, 'l’indication RQTH'),
  secondEmployer: localText(6, 'l’indication « nouvel employeur après rupture »'),
};

const PROBLEMS: Record<InputErrorCode, Bilingual> = {
  missing: localText(7, 'est manquant(e)'),
  'wrong-type': localText(8, 'n’a pas le bon type'),
  'bad-format': localText(9, 'n’a pas le format attendu'),
  'not-a-date': localText(10, 'n’est pas une date du calendrier'),
  'out-of-range': localText(11, 'est hors des valeurs admises'),
  'too-long': localText(12, 'est trop long(ue)'),
};

export function inputError(field: InputField, code: InputErrorCode, hint?: Bilingual): InputError {
  const name = FIELD_NAMES[field];
  const problem = PROBLEMS[code];
  const message = localText(
    20,
    (name, problem, hint) => `${name} ${problem}${hint ? ` (${hint})` : ''}.`,
    inEvery((lang) => capitalise(name[lang])),
    problem,
    hint ?? null,
  );
  return { field, code, message };
}

const fail = <T>(field: InputField, code: InputErrorCode, hint?: Bilingual): Parsed<T> => ({
  ok: false,
  error: inputError(field, code, hint),
});
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toISODate(year: number, month: number, day: number): ISODate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}` as ISODate;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_HINT: Bilingual = localText(13, 'format AAAA-MM-JJ');

/** Accepts 'YYYY-MM-DD' strings and valid Date objects; returns the calendar date. */
export function parseISODate(value: unknown, field: InputField): Parsed<ISODate> {
  try {
    return readISODate(value, field);
  } catch {
    // a Date whose getTime throws, a revoked Proxy (instanceof asks its prototype): not a date
    return fail(field, 'not-a-date');
  }
}

function readISODate(value: unknown, field: InputField): Parsed<ISODate> {
  if (value === undefined || value === null) return fail(field, 'missing');
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return fail(field, 'not-a-date');
    // A date-only value (new Date('2026-04-01'), <input type=date>.valueAsDate) is UTC midnight: read it in UTC,
    // otherwise the day shifts west of Greenwich. Any other Date is read as the user's local calendar day.
    const utcMidnight = t % 86_400_000 === 0;
    const y = utcMidnight ? value.getUTCFullYear() : value.getFullYear();
    const m = utcMidnight ? value.getUTCMonth() + 1 : value.getMonth() + 1;
    const d = utcMidnight ? value.getUTCDate() : value.getDate();
    if (y < 1000 || y > 9999) return fail(field, 'out-of-range');
    return ok(toISODate(y, m, d));
  }
  if (typeof value !== 'string') return fail(field, 'wrong-type', DATE_HINT);
  if (value.length > MAX_LENGTH) return fail(field, 'too-long');
  const text = value.trim();
  if (text === '') return fail(field, 'missing');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return fail(field, 'bad-format', DATE_HINT);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return fail(field, 'not-a-date', DATE_HINT);
  return ok(toISODate(y, m, d));
}

/**
 * Headcount (effectif) as a number ≥ 0. Decimals are accepted: the average headcount of the
 * Code de la sécurité sociale (L130-1) can be fractional. A French decimal comma is accepted in strings.
 */
export function parseHeadcount(value: unknown): Parsed<number> {
  const field = 'headcount';
  if (value === undefined || value === null) return fail(field, 'missing');
  let n: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(field, 'bad-format');
    n = value;
  } else if (typeof value === 'string') {
    if (value.length > MAX_LENGTH) return fail(field, 'too-long');
    const text = value.trim();
    if (text === '') return fail(field, 'missing');
    if (!/^\d{1,12}(?:[.,]\d{1,6})?$/.test(text)) return fail(field, 'bad-format', localText(14, 'nombre ≥ 0'));
    n = Number(text.replace(',', '.'));
  } else {
    return fail(field, 'wrong-type', localText(15, 'nombre ≥ 0'));
  }
  if (n < 0 || n > MAX_HEADCOUNT) return fail(field, 'out-of-range', localText(16, 'nombre ≥ 0'));
  return ok(n === 0 ? 0 : n); // no -0
}

const LEVEL_HINT: Bilingual = localText(17, 'entier de 3 à 8');

export function parseLevel(value: unknown): Parsed<CertificationLevel> {
  const field = 'level';
  if (value === undefined || value === null) return fail(field, 'missing');
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string') {
    if (value.length > MAX_LENGTH) return fail(field, 'too-long');
    const text = value.trim();
    if (text === '') return fail(field, 'missing');
    if (!/^\d{1,2}$/.test(text)) return fail(field, 'bad-format', LEVEL_HINT);
    n = Number(text);
  } else {
    return fail(field, 'wrong-type', LEVEL_HINT);
  }
  if (!Number.isInteger(n) || n < 3 || n > 8) return fail(field, 'out-of-range', LEVEL_HINT);
  return ok(n as CertificationLevel);
}

const TRUE_WORDS = new Set(['true', '1', 'oui', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'non', 'no']);

/**
 * Optional yes/no flag: absent (undefined/null) means false. An empty string is rejected on purpose:
 * a bare HTML boolean attribute must be converted by the element (Lit `type: Boolean`), so that a
 * stray "" never silently changes an amount.
 */
export function parseFlag(value: unknown, field: InputField): Parsed<boolean> {
  if (value === undefined || value === null) return ok(false);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value !== 'string') return fail(field, 'wrong-type', localText(18, 'oui/non'));
  if (value.length > MAX_LENGTH) return fail(field, 'too-long');
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(field, 'bad-format', localText(19, 'true/false'));
}

/** Reads a named field of an object without invoking getters of exotic inputs in a way that can throw. */
export function readField(input: unknown, key: string): { readonly present: boolean; readonly value: unknown } {
  if (typeof input !== 'object' || input === null) return { present: false, value: undefined };
  try {
    return { present: key in input, value: (input as Record<string, unknown>)[key] };
  } catch {
    // a throwing getter or Proxy trap: treat as a bad value, not a crash
    return { present: true, value: Symbol('unreadable') };
  }
}
