/**
 * One declarative spec per element for what a page may set on it: each attribute's name, property,
 * type, allowed values or range, default, whether the attribute follows the property, and the
 * console warning for a value that cannot be used. Every element reads its properties through
 * `readAttribute` (the platform's readers), so a value of any type (a Symbol, a Proxy, an object
 * whose `toString` throws) never reaches a template or `setAttribute`; `reflectConverter` writes a
 * reflected attribute only from a validated string. `test/platform/property-types.test.ts` sets
 * every property of every spec to every kind of value, and checks that the spec lists every
 * property the element declares.
 */
import type { ComplexAttributeConverter } from 'lit';
import { echo, isAbsent, readFlag, readInt, readOneOf, readString, readUrl, type Read } from './attributes.js';

export type AttributeType =
  /** Text (a number is read as its text); `max` bounds its length. */
  | 'string'
  /** A whole number from `min` to `max`; with `clamp`, a number outside is brought within instead. */
  | 'int'
  /** An amount: `1200`, `1200.50`, `1200,5` (up to 9 digits, 2 decimals), from `min` to `max`. */
  | 'decimal'
  /** Yes/no in words (`readFlag`): `true on yes oui 1` / `false off no non 0`. */
  | 'flag'
  /** Lit's boolean attribute (present or not): any value reads as its truthiness, never invalid. */
  | 'boolean'
  /** One of `values`. */
  | 'one-of'
  /** An http(s) address. */
  | 'url'
  /** A calendar day, `YYYY-MM-DD` (or a `Date` set as a property). */
  | 'date'
  /** Anything (a provider's dataset, the page selection): the element checks it itself. */
  | 'object';

export interface AttributeSpec {
  /** The property, camelCase. */
  readonly prop: string;
  /** The attribute, kebab-case, or null for a property only. */
  readonly attr: string | null;
  readonly type: AttributeType;
  /** `one-of`: the words accepted. */
  readonly values?: readonly string[];
  /** `int`, `decimal`: the range; `string`: the longest text. */
  readonly min?: number;
  readonly max?: number;
  /** `int` set as a number outside the range: brought within it (a timeout of 2^31 ms is 60 s), not refused. */
  readonly clamp?: boolean;
  /** What the element uses when the value is absent or invalid (null: nothing, or the page's choice). */
  readonly default: string | number | boolean | null;
  /** The attribute follows the property (a valid value only: an invalid one removes it). */
  readonly reflect?: boolean;
  /** The console warning after `attr="value" `: what is wrong, what to write, and what is done instead ("is not valid; write …"). */
  readonly warning: string;
}

export type ElementSpec = readonly AttributeSpec[];

const ok = <T>(value: T): Read<T> => ({ kind: 'ok', value });
const invalid = (value: unknown): Read<never> => ({ kind: 'invalid', shown: echo(value) });
const ABSENT: Read<never> = { kind: 'absent' };

/** An amount as an editor writes it: `1200`, `1200.5`, `1200,50`; a number as a property. */
export function readDecimal(value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): Read<number> {
  if (isAbsent(value)) return ABSENT;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\d{1,9}(?:[.,]\d{1,2})?$/.test(value.trim())) n = Number(value.trim().replace(',', '.'));
  return n !== undefined && Number.isFinite(n) && n >= min && n <= max ? ok(n) : invalid(value);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar day: `2026-04-01` (a real day), or a `Date` set as a property (its local day). Never throws. */
export function readDate(value: unknown): Read<string> {
  if (isAbsent(value)) return ABSENT;
  try {
    if (Object.prototype.toString.call(value) === '[object Date]' && typeof value === 'object') {
      const d = value as Date;
      const t = Date.prototype.getTime.call(d);
      if (Number.isNaN(t)) return invalid(value);
      // a date-only value (new Date('2026-04-01')) is UTC midnight: its UTC day, else the local day
      const utc = t % 86_400_000 === 0;
      const y = utc ? d.getUTCFullYear() : d.getFullYear();
      if (y < 1000 || y > 9999) return invalid(value);
      return ok(`${y}-${pad((utc ? d.getUTCMonth() : d.getMonth()) + 1)}-${pad(utc ? d.getUTCDate() : d.getDate())}`);
    }
  } catch {
    return invalid(value);
  }
  if (typeof value !== 'string') return invalid(value);
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return invalid(value);
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(text) ? ok(text) : invalid(value);
}

/** The value as the spec reads it: absent, ok (a string, number or boolean: safe to show or write), or invalid (with its echo). */
export function readAttribute(spec: AttributeSpec, value: unknown): Read<string | number | boolean> {
  switch (spec.type) {
    case 'string':
      return readString(value, spec.max === undefined ? {} : { max: spec.max });
    case 'int': {
      const min = spec.min ?? Number.MIN_SAFE_INTEGER;
      const max = spec.max ?? Number.MAX_SAFE_INTEGER;
      if (spec.clamp && typeof value === 'number' && !Number.isNaN(value))
        return value > 0 || min <= 0 ? ok(Math.min(max, Math.max(min, Math.round(value)))) : invalid(value);
      return readInt(value, min, max);
    }
    case 'decimal':
      return readDecimal(value, spec.min, spec.max);
    case 'flag':
      return readFlag(value, spec.attr ?? undefined);
    case 'boolean':
      return value === undefined || value === null ? ABSENT : ok(truthy(value));
    case 'one-of':
      return readOneOf(value, spec.values ?? []);
    case 'url':
      return readUrl(value);
    case 'date':
      return readDate(value);
    case 'object':
      return isAbsent(value) ? ABSENT : ok(true);
  }
}

/** `readAttribute` for a spec that reads text (`string`, `one-of`, `url`, `date`). */
export const readTextOf = (spec: AttributeSpec, value: unknown): Read<string> => narrow(readAttribute(spec, value), 'string');
/** `readAttribute` for a spec that reads a number (`int`, `decimal`). */
export const readNumberOf = (spec: AttributeSpec, value: unknown): Read<number> => narrow(readAttribute(spec, value), 'number');
/** `readAttribute` for a spec that reads yes or no (`flag`, `boolean`). */
export const readFlagOf = (spec: AttributeSpec, value: unknown): Read<boolean> => narrow(readAttribute(spec, value), 'boolean');

function narrow<T>(read: Read<string | number | boolean>, type: 'string' | 'number' | 'boolean'): Read<T> {
  if (read.kind !== 'ok') return read;
  return typeof read.value === type ? (read as Read<T>) : { kind: 'invalid', shown: echo(read.value) };
}

function truthy(value: unknown): boolean {
  try {
    return Boolean(value);
  } catch {
    return true;
  }
}

/** The console warning for an invalid value of `spec`. */
export const warningOf = (spec: AttributeSpec, shown: string): string => `${spec.attr ?? spec.prop}="${shown}" ${spec.warning}`;

/**
 * Lit's converter for a reflected property: the attribute is written only from a value the spec
 * reads as valid (as its text); anything else removes it. Never throws (Lit calls it in its update).
 */
export function reflectConverter(spec: AttributeSpec): ComplexAttributeConverter<unknown> {
  return {
    fromAttribute: (value: string | null) => (spec.type === 'boolean' ? value !== null : value),
    toAttribute: (value: unknown) => {
      const read = readAttribute(spec, value);
      if (read.kind !== 'ok') return null;
      if (spec.type === 'boolean') return read.value ? '' : null;
      return String(read.value);
    },
  };
}

// ——— the specs every element shares ———

export const THEMES_SPEC: AttributeSpec = {
  prop: 'theme',
  attr: 'theme',
  type: 'one-of',
  values: ['light', 'dark', 'auto'],
  default: 'light',
  reflect: true,
  warning: "is not valid; use one of: light, dark, auto. The provider's theme, else light, is used.",
};
export const TRANSPARENT_SPEC: AttributeSpec = { prop: 'transparent', attr: 'transparent', type: 'boolean', default: false, reflect: true, warning: '' };
export const LINK_SPEC: AttributeSpec = {
  prop: 'link',
  attr: 'link',
  type: 'flag',
  default: true,
  warning: `is not valid; write link="off" to stop following the page's selection, or leave it out. The element follows it.`,
};
export const HEADING_SPEC: AttributeSpec = {
  prop: 'heading',
  attr: 'heading',
  type: 'string',
  max: 200,
  default: null,
  warning: `is not valid; write a title of up to 200 characters, or heading="none". The widget's own title is used.`,
};
export const HEADING_LEVEL_SPEC: AttributeSpec = {
  prop: 'headingLevel',
  attr: 'heading-level',
  type: 'int',
  min: 2,
  max: 6,
  default: 2,
  warning: 'is not valid; write 2 to 6. Level 2 is used.',
};
export const COMPACT_SPEC: AttributeSpec = { prop: 'compact', attr: 'compact', type: 'boolean', default: false, reflect: true, warning: '' };

/** What every element (OpcoElement) reads. */
export const ELEMENT_SPEC: ElementSpec = [THEMES_SPEC, TRANSPARENT_SPEC, LINK_SPEC];
/** What every element with a title (OpcoHeadedElement) reads. */
export const HEADED_SPEC: ElementSpec = [...ELEMENT_SPEC, HEADING_SPEC, HEADING_LEVEL_SPEC];

// ——— the registry: one spec per element, read by the tests and the docs ———

const REGISTRY = Symbol.for('opco-widgets.attribute-specs');
const specs = ((globalThis as unknown as Record<symbol, Map<string, ElementSpec> | undefined>)[REGISTRY] ??= new Map());

/** Declares the spec of element `tag` (its own attributes after the shared ones) and returns it. */
export function defineAttributes(tag: string, spec: ElementSpec): ElementSpec {
  specs.set(tag, spec);
  return spec;
}

/** The spec of `tag`, once its module is loaded. */
export const attributeSpec = (tag: string): ElementSpec | undefined => specs.get(tag);

/** Every spec declared on the page, by tag. */
export const attributeSpecs = (): ReadonlyMap<string, ElementSpec> => specs;

/** The spec of `prop` in `spec` (a programming error when missing). */
export function specOf(spec: ElementSpec, prop: string): AttributeSpec {
  const found = spec.find((s) => s.prop === prop);
  if (!found) throw new Error(`no spec for ${prop}`);
  return found;
}
