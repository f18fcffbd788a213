// Calendar arithmetic on 'YYYY-MM-DD' strings (no time zone, no Date parsing of strings).
import type { ISODate } from '../funding/types.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const iso = (y: number, m: number, d: number): ISODate => `${pad(y, 4)}-${pad(m)}-${pad(d)}` as ISODate;

export function parts(date: ISODate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Same day `months` later; a day that does not exist (31 → 30 April) becomes the month's last day. */
export function addMonths(date: ISODate, months: number): ISODate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The 1st of the month after the one `date` falls in. */
export function firstOfNextMonth(date: ISODate): ISODate {
  const [y, m] = parts(date);
  return m === 12 ? iso(y + 1, 1, 1) : iso(y, m + 1, 1);
}

export function dayNumber(date: ISODate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole years from `birth` to `on` (a 29 February birthday comes on 28 February in other years). */
export function ageOn(birth: ISODate, on: ISODate): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < Math.min(bd, daysInMonth(y, bm)))) age -= 1;
  return age;
}

/** The local calendar day of `now` (by default, today): the one place a day is read from a clock. */
export function today(now: Date = new Date()): ISODate {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
