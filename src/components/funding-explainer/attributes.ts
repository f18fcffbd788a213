// The explainer's attributes as an editor (or a framework) sets them.
import type { Audience } from '../../data/funding/index.js';
import { parseISODate } from '../../data/funding/parse.js';
import { echo, isAbsent } from '../../platform/attributes.js';

export const AUDIENCES: readonly Audience[] = ['employer', 'apprentice', 'training-centre'];

/**
 * An attribute as the text of a simulator field: a string or a number as written, nothing for
 * "not set" (absent, null, blank: CMS templates write `headcount=""` for "not filled in"), and
 * anything else as its short echo, which the data module then refuses with a clear message.
 */
export function fieldText(value: unknown): string {
  if (isAbsent(value)) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return echo(value);
}

/** `signed-on` as field text: a `Date` set as a property (React, Vue) is read as its calendar day. */
export function dateText(value: unknown): string {
  if (value instanceof Date) {
    const day = parseISODate(value, 'signedOn');
    if (day.ok) return day.value;
  }
  return fieldText(value);
}
