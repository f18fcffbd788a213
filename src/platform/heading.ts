// The one way every element reads `heading` / `heading-level`, so that a host page controls the
// outline: replace the widget's title, drop it, or move it a level. Pure: the title's template is
// heading.render.ts's, the base element opco-headed-element.ts's.
import { readInt, readString, valueOr } from './attributes.js';

/**
 * Level of a widget's title when the page says nothing: 2, which follows the page's `<h1>`
 * (and sits beside an `<h2>` section) without skipping a level.
 */
export const DEFAULT_HEADING_LEVEL = 2;
export const MIN_HEADING_LEVEL = 2;
export const MAX_HEADING_LEVEL = 6;
/** `heading="none"`: no title at all (the page's own heading introduces the widget). */
export const HEADING_NONE = 'none';

/** A heading level written by an editor (`"3"`, ` 3 `, `3`), or undefined when it is not 2 to 6. */
export function readHeadingLevel(value: unknown): number | undefined {
  return valueOr(readInt(value, MIN_HEADING_LEVEL, MAX_HEADING_LEVEL), undefined);
}

/** A widget's title as the page asked for it. */
export interface Heading {
  /** Level of the title (2–6). */
  readonly level: number;
  /** The title's text, or null when the page dropped it (`heading="none"`). */
  readonly text: string | null;
  /** Level of the headings inside the widget: one below the title, or the title's own when there is none. */
  readonly inner: number;
}

/** What the page wrote, as the element holds it. */
export interface HeadingAttributes {
  readonly heading?: unknown;
  readonly headingLevel?: unknown;
}

/** The title to show: the page's text, else the widget's; none for `heading="none"`. */
export function resolveHeading(attrs: HeadingAttributes, defaultText: string | null, defaultLevel = DEFAULT_HEADING_LEVEL): Heading {
  const level = readHeadingLevel(attrs.headingLevel) ?? defaultLevel;
  const given = valueOr(readString(attrs.heading, { max: 200 }), undefined);
  const text = given ? (given.toLowerCase() === HEADING_NONE ? null : given) : defaultText;
  return { level, text, inner: text === null ? level : level + 1 };
}

/** True when the page wrote a `heading-level` that is not 2 to 6 (blank counts as not written). */
export const badHeadingLevel = (value: unknown): boolean => readInt(value, MIN_HEADING_LEVEL, MAX_HEADING_LEVEL).kind === 'invalid';
