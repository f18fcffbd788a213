/**
 * Reading what a page sets on an element. A CMS writes attributes (always strings); React 19 and
 * Vue 3 set properties, so a value may just as well be a number, a boolean, null, an array or an
 * object. Every reader here accepts any of them, never throws, and answers in one shape:
 * absent (the element keeps its default), a value, or invalid (with the value as it may be shown).
 * Every element parses its attributes through these readers and reports the invalid ones through
 * one problem shape (`AttributeProblem`): a message in the widget and one console warning.
 */

/** The longest part of a value echoed in a message or a warning: a pasted novel stays a line. */
export const ECHO_MAX = 40;

/** What a reader makes of a value. */
export type Read<T> =
  /** Not set: undefined, null, or an empty or blank string (a CMS field left empty). */
  | { readonly kind: 'absent' }
  | { readonly kind: 'ok'; readonly value: T }
  /** Set, but not usable: `shown` is the value as it may be echoed (text, cut to `ECHO_MAX`). */
  | { readonly kind: 'invalid'; readonly shown: string };

const ABSENT: Read<never> = { kind: 'absent' };
const ok = <T>(value: T): Read<T> => ({ kind: 'ok', value });
const invalid = (value: unknown): Read<never> => ({ kind: 'invalid', shown: echo(value) });

/** The text cut to `max` characters, with an ellipsis when cut. */
export function cut(text: string, max = ECHO_MAX): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Any value as short text for a message: strings as they are, other values as JSON or their
 * name. Never throws (a Symbol, an object whose `toString` throws, a revoked Proxy).
 */
export function echo(value: unknown): string {
  try {
    if (typeof value === 'string') return cut(value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    if (value === null || value === undefined) return String(value);
    if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
    const json = JSON.stringify(value);
    return cut(json ?? Object.prototype.toString.call(value));
  } catch {
    return 'object';
  }
}

/** True when the value means "not set": undefined, null, or a blank string. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The value when it was read and usable, else `fallback`. */
export function valueOr<T>(read: Read<T>, fallback: T): T {
  return read.kind === 'ok' ? read.value : fallback;
}

/**
 * A piece of text: a string (trimmed) or a number written as text. Booleans, objects and
 * arrays are invalid. `max` bounds the length (a longer text is invalid, not cut).
 */
export function readString(value: unknown, options: { readonly max?: number } = {}): Read<string> {
  if (isAbsent(value)) return ABSENT;
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  if (typeof value !== 'string') return invalid(value);
  const text = value.trim();
  return options.max !== undefined && text.length > options.max ? invalid(value) : ok(text);
}

/** A whole number from `min` to `max`: `12`, `"12"`, `" 12 "`. `"1.5"`, `"1e3"`, `true` or `[12]` are invalid. */
export function readInt(value: unknown, min: number, max: number): Read<number> {
  if (isAbsent(value)) return ABSENT;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^[+-]?\d{1,16}$/.test(value.trim())) n = Number(value.trim());
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? ok(n) : invalid(value);
}

const YES = ['true', 'on', 'yes', 'oui', '1'];
const NO = ['false', 'off', 'no', 'non', '0'];

/**
 * Yes or no, written either way by an editor or a framework: `true`/`false`, `1`/`0`, and the
 * words `true on yes oui 1` / `false off no non 0` in any case. An attribute present with no
 * value (`rqth`, i.e. `""`) is yes, and so is the attribute's own `name` as value. Absent (undefined, null) is absent; any other word is
 * invalid, never guessed (one rule for every element).
 */
export function readFlag(value: unknown, name?: string): Read<boolean> {
  if (value === undefined || value === null) return ABSENT;
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') return value === 1 ? ok(true) : value === 0 ? ok(false) : invalid(value);
  if (typeof value !== 'string') return invalid(value);
  const word = value.trim().toLowerCase();
  // `show-merged="show-merged"`, the XHTML way of writing a boolean attribute, is yes too
  if (word === '' || YES.includes(word) || word === name) return ok(true);
  if (NO.includes(word)) return ok(false);
  return invalid(value);
}

/** One of a fixed list of words (spaces around it forgiven, case kept): `sort="idcc"`, `audience="employer"`. */
export function readOneOf<T extends string>(value: unknown, options: readonly T[]): Read<T> {
  const text = readString(value);
  if (text.kind !== 'ok') return text;
  return (options as readonly string[]).includes(text.value) ? ok(text.value as T) : invalid(value);
}

/**
 * An http(s) address, absolute or relative to `base` (the page's, by default): the result is
 * absolute. `javascript:`, `data:` and other schemes are invalid.
 */
export function readUrl(value: unknown, options: { readonly base?: string; readonly protocols?: readonly string[] } = {}): Read<string> {
  const text = readString(value, { max: 2048 });
  if (text.kind !== 'ok') return text.kind === 'absent' ? ABSENT : invalid(value);
  const protocols = options.protocols ?? ['https:', 'http:'];
  try {
    const url = new URL(text.value, options.base ?? (typeof document !== 'undefined' ? document.baseURI : undefined));
    return protocols.includes(url.protocol) ? ok(url.href) : invalid(value);
  } catch {
    return invalid(value);
  }
}

/**
 * The `link` attribute or property: true unless it says no (`off`, `false`, `no`, `non`, `0`,
 * or `false` set as a property). An unclear value keeps the element linked (the default).
 */
export function isLinked(link: unknown): boolean {
  const read = readFlag(link);
  return read.kind !== 'ok' || read.value;
}

/**
 * True when `url` is an absolute `https:` address: the only links we render from data, so a
 * table given by a host (or altered by one) cannot put `javascript:` behind a link.
 */
export function isHttpsUrl(url: unknown): url is string {
  return isWebUrl(url, ['https:']);
}

/**
 * True when `url` is an absolute web address (`https:`, or `http:` too): for the bundled, frozen
 * citations of the funding notes, some of which only exist at an `http:` address. Never `javascript:`.
 */
export function isWebUrl(url: unknown, protocols: readonly string[] = ['https:', 'http:']): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  try {
    return protocols.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * An attribute that cannot be used, in one shape for every element: shown in the widget (in its
 * language) and once in the console (in English, like every platform warning), and the element
 * keeps working on its default.
 */
export interface AttributeProblem {
  /** The attribute, kebab-case as written in HTML, e.g. `page-size`. */
  readonly attr: string;
  /** The value as it may be echoed (cut to `ECHO_MAX` characters). */
  readonly value: string;
  /** The message shown in the widget, in its language. */
  readonly message: string;
  /** A second line in the widget: what to write instead. */
  readonly hint?: string;
  /** The console warning for the integrator (English): what to write, what is done instead. */
  readonly warning: string;
}

/** The key under which a problem is warned once: the same bad value warns once per element. */
export const problemKey = (p: Pick<AttributeProblem, 'attr' | 'value'>): string => `${p.attr}:${p.value}`;
