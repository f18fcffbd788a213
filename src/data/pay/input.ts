// Validation of the simulator's input: anything may come in (attribute strings, numbers), nothing throws.
import { dataTexts } from '../texts.js';
import type { Bilingual, ISODate } from '../funding/types.js';
import { daysInMonth, iso } from './dates.js';
const localText = dataTexts('data/pay/input');

export type PayInvalidReason =
  | 'not-an-object'
  | 'missing-age'
  | 'bad-age'
  | 'bad-birth-date'
  | 'missing-contract-start'
  | 'bad-contract-start'
  | 'bad-signed-on'
  | 'bad-on'
  | 'bad-headcount'
  | 'bad-level'
  | 'bad-monthly-gross'
  | 'bad-conventional-minimum'
  | 'bad-contract-months'
  | 'bad-previous-rate'
  | 'bad-flag'
  | 'before-tables'
  | 'birth-after-start';

export interface PayInvalid {
  readonly kind: 'invalid';
  readonly reason: PayInvalidReason;
  /** What went wrong, French first. */
  readonly message: Bilingual;
}

export const invalid = (reason: PayInvalidReason, message: Bilingual): PayInvalid => ({
  kind: 'invalid',
  reason,
  message,
});

export class InvalidInput {
  constructor(readonly result: PayInvalid) {}
}

/** Reads an optional field of a plain object; missing, null and '' are all "not given". */
export function field(input: object, key: string): unknown {
  const v = (input as Record<string, unknown>)[key];
  return v === null || v === '' ? undefined : v;
}

export function date(value: unknown, fail: PayInvalid): ISODate | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 20) throw new InvalidInput(fail);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) throw new InvalidInput(fail);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new InvalidInput(fail);
  return iso(y, mo, d);
}

/** A finite number in [min, max]; numeric strings accepted (a French decimal comma too). */
export function number(value: unknown, min: number, max: number, fail: PayInvalid, integer = false): number | undefined {
  if (value === undefined) return undefined;
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.length <= 20 && /^\s*\d+(?:[.,]\d+)?\s*$/.test(value)) n = Number(value.trim().replace(',', '.'));
  else throw new InvalidInput(fail);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) throw new InvalidInput(fail);
  return n;
}

export function flag(value: unknown, name: string): boolean {
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new InvalidInput(invalid('bad-flag', localText(0, (name) => `${name} doit valoir true ou false.`, name)));
}
