// The pay simulator's attributes: its spec (read by the platform's readers, like every element's)
// and the problems of the values that cannot be used.
import { defineAttributes, HEADED_SPEC, readAttribute, warningOf, type AttributeSpec, type ElementSpec } from '../../platform/attribute-spec.js';
import type { AttributeProblem } from '../../platform/attributes.js';
import { AUDIENCES } from '../../data/funding/types.js';
import type { PayMessages } from './opco-apprentice-pay.messages.js';

/** The fields an attribute prefills (text, as the form's inputs hold it). */
export type PayField = 'birthDate' | 'age' | 'contractStart' | 'contractMonths' | 'level' | 'headcount' | 'monthlyGross' | 'conventionalMinimum';

const date = (prop: string, attr: string, warning = 'is not valid; write a date as YYYY-MM-DD.'): AttributeSpec => ({
  prop,
  attr,
  type: 'date',
  default: null,
  warning,
});

/** Every attribute of `<opco-apprentice-pay>`, in the platform's format. */
export const PAY_SPEC: ElementSpec = defineAttributes('opco-apprentice-pay', [
  ...HEADED_SPEC,
  {
    prop: 'audience',
    attr: 'audience',
    type: 'one-of',
    values: AUDIENCES,
    default: 'employer',
    warning: `is not valid; write one of ${AUDIENCES.join(', ')}; employer is used.`,
  },
  date('birthDate', 'birth-date'),
  { prop: 'age', attr: 'age', type: 'int', min: 14, max: 99, default: null, warning: 'is not valid; write a whole number of years, 14 to 99.' },
  date('contractStart', 'contract-start'),
  {
    prop: 'contractMonths',
    attr: 'contract-months',
    type: 'int',
    min: 1,
    max: 48,
    default: 24,
    warning: 'is not valid; write a number of months from 1 to 36 (48 with RQTH).',
  },
  date('signedOn', 'signed-on'),
  { prop: 'level', attr: 'level', type: 'int', min: 3, max: 7, default: null, warning: 'is not valid; write a whole number from 3 to 7.' },
  { prop: 'headcount', attr: 'headcount', type: 'decimal', min: 0, default: null, warning: 'is not valid; write a number of employees.' },
  { prop: 'monthlyGross', attr: 'monthly-gross', type: 'decimal', min: 0, default: null, warning: 'is not valid; write an amount in euros, e.g. 1200.' },
  {
    prop: 'conventionalMinimum',
    attr: 'conventional-minimum',
    type: 'decimal',
    min: 0,
    default: null,
    warning: 'is not valid; write an amount in euros, e.g. 2100.',
  },
  { prop: 'rqth', attr: 'rqth', type: 'flag', default: false, warning: 'is not valid; write true or false.' },
  date('onDate', 'on-date', 'is not valid; write a date as YYYY-MM-DD; today is used.'),
]);

/** The in-widget explanation of what each attribute expects. */
function expected(spec: AttributeSpec, t: PayMessages): string {
  switch (spec.prop) {
    case 'audience':
      return t.expectOneOf(AUDIENCES.join(', '));
    case 'level':
      return t.expectLevel;
    case 'contractMonths':
      return t.expectMonths;
    case 'rqth':
      return t.expectFlag;
    default:
      return spec.type === 'date' ? t.expectDate : t.expectNumber;
  }
}

/** What the page set, read: each attribute's value as text (valid ones only), and a problem per invalid one. */
export interface PayAttributes {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly problems: readonly AttributeProblem[];
}

/**
 * Reads the element's own attributes (not the shared ones: `heading-level` is OpcoHeadedElement's)
 * through the spec. A valid value is kept as text (`"19"`, `"2026-09-01"`, `true` for rqth).
 */
export function readPayAttributes(el: object, t: PayMessages): PayAttributes {
  const values: Record<string, string | boolean | undefined> = {};
  const problems: AttributeProblem[] = [];
  for (const spec of PAY_SPEC) {
    if (HEADED_SPEC.includes(spec)) continue;
    const read = readAttribute(spec, (el as Record<string, unknown>)[spec.prop]);
    if (read.kind === 'ok') values[spec.prop] = typeof read.value === 'boolean' ? read.value : String(read.value);
    else if (read.kind === 'invalid') {
      const attr = spec.attr ?? spec.prop;
      problems.push({ attr, value: read.shown, message: t.badAttr(attr, read.shown, expected(spec, t)), warning: warningOf(spec, read.shown) });
    }
  }
  return { values, problems };
}
