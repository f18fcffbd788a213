// The explainer's attributes as an editor (or a framework) sets them.
import { AUDIENCES } from '../../data/funding/types.js';
import { SCHEME_IDS } from './scheme-order.js';
import { echo, isAbsent } from '../../platform/attributes.js';
import { COMPACT_SPEC, defineAttributes, HEADED_SPEC, readDate } from '../../platform/attribute-spec.js';

/**
 * Every attribute of `<opco-funding-explainer>`, in the platform's format. The simulator's values
 * (`headcount`, `level`, `signed-on`, `rqth`) are then checked by the data module, whose messages
 * say what is wrong.
 */
export const EXPLAINER_SPEC = defineAttributes('opco-funding-explainer', [
  ...HEADED_SPEC,
  COMPACT_SPEC,
  {
    prop: 'scheme',
    attr: 'scheme',
    type: 'one-of',
    values: SCHEME_IDS,
    default: null,
    warning: `is not valid; write one of ${SCHEME_IDS.join(', ')}; all schemes are shown.`,
  },
  {
    prop: 'audience',
    attr: 'audience',
    type: 'one-of',
    values: AUDIENCES,
    default: 'employer',
    warning: `is not valid; write one of ${AUDIENCES.join(', ')}; employer is used.`,
  },
  {
    prop: 'headcount',
    attr: 'headcount',
    type: 'decimal',
    min: 0,
    default: null,
    warning: 'is not valid; write a number of employees ≥ 0; no amount is shown.',
  },
  { prop: 'level', attr: 'level', type: 'int', min: 3, max: 8, default: null, warning: 'is not valid; write a whole number from 3 to 8; no amount is shown.' },
  {
    prop: 'signedOn',
    attr: 'signed-on',
    type: 'date',
    default: null,
    warning: 'is not valid; write a date as YYYY-MM-DD, e.g. 2026-04-01; no amount is shown.',
  },
  { prop: 'rqth', attr: 'rqth', type: 'flag', default: false, warning: 'is not valid; write true or false; no amount is shown.' },
  { prop: 'opco', attr: 'opco', type: 'string', max: 40, default: null, warning: 'is not valid; write an OPCO id, e.g. opco="akto".' },
]);

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
  // through the platform's reader: a revoked Proxy or a Date whose methods throw is no date, not a crash
  const day = readDate(value);
  return day.kind === 'ok' ? day.value : fieldText(value);
}
