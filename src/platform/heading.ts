// The one way every element reads `heading` / `heading-level` and renders its title, so that a
// host page controls the outline: replace the widget's title, drop it, or move it a level.
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { echo, readInt, readString, valueOr } from './attributes.js';
import { defineMessages } from './i18n.js';
import { OpcoElement } from './opco-element.js';
import { renderStatus } from './status.js';

/**
 * Level of a widget's title when the page says nothing: 2, which follows the page's `<h1>`
 * (and sits beside an `<h2>` section) without skipping a level.
 */
export const DEFAULT_HEADING_LEVEL = 2;
export const MIN_HEADING_LEVEL = 2;
export const MAX_HEADING_LEVEL = 6;
/** `heading="none"`: no title at all (the page's own heading introduces the widget). */
export const HEADING_NONE = 'none';

export interface HeadingRenderOptions {
  readonly id?: string;
  readonly part?: string;
  readonly className?: string;
}

/**
 * `<h2>`…`<h6>` around `content` (text, or a template: never markup from a string); levels past 6
 * stay at `h6` (deep nesting never breaks the page). Five plain templates rather than
 * lit/static-html's dynamic tag: 0.4 kB less in every file.
 */
export function headingElement(level: number, content: unknown, { id, part, className }: HeadingRenderOptions = {}): TemplateResult {
  const [i, p, c] = [id ?? nothing, part ?? nothing, className ?? nothing];
  switch (Math.min(MAX_HEADING_LEVEL, Math.max(MIN_HEADING_LEVEL, Math.trunc(level) || MIN_HEADING_LEVEL))) {
    case 2:
      return html`<h2 id=${i} part=${p} class=${c}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${p} class=${c}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${p} class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${p} class=${c}>${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${p} class=${c}>${content}</h6>`;
  }
}

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

/** The title element (`<h2>`…`<h6>`), or nothing when the page dropped it. Text only, never markup. */
export function renderHeading(heading: Heading, options: HeadingRenderOptions = {}): TemplateResult | typeof nothing {
  if (heading.text === null) return nothing;
  return headingElement(heading.level, heading.text, options);
}

export const headingMessages = defineMessages(
  {
    badLevel: (value: string) => `heading-level="${value}" n’est pas un niveau de titre valide.`,
    badLevelHint: (level: number) => `Écrivez un chiffre de 2 à 6, par exemple heading-level="${level}". Le niveau ${level} est utilisé.`,
  },
  'heading',
  import.meta.url,
);

/**
 * An element with a title the page controls. Subclasses call `this.headingFor(defaultText)` in
 * `render()` and `renderHeading()` with the result; `headingProblem()` is the in-widget message
 * for a bad `heading-level` (also one console warning).
 */
export class OpcoHeadedElement extends OpcoElement {
  /**
   * Titre du widget, pour l’accorder à la page : un texte remplace le titre par défaut,
   * `none` le retire (le titre de la page présente alors le widget ; les titres internes
   * prennent son niveau). Par défaut : le titre propre au widget.
   */
  @property() heading?: string;

  /**
   * Niveau du titre du widget (2 à 6) dans le plan de la page ; les titres internes prennent
   * le niveau suivant. Par défaut 2 : il suit le `<h1>` de la page sans sauter de niveau
   * (écrivez 3 sous un `<h2>` de la page).
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** The widget's title for this render: the page's choices applied to the widget's default. */
  protected headingFor(defaultText: string | null, defaultLevel = DEFAULT_HEADING_LEVEL): Heading {
    this.headingDefault = defaultLevel;
    if (badHeadingLevel(this.headingLevel)) {
      const value = echo(this.headingLevel);
      this.warn(`heading-level:${value}`, `heading-level="${value}" is not valid; write 2 to 6. Level ${defaultLevel} is used.`);
    }
    return resolveHeading(this, defaultText, defaultLevel);
  }

  /** The default level of the last `headingFor`, for the message of a bad `heading-level`. */
  private headingDefault = DEFAULT_HEADING_LEVEL;

  /** The in-widget message for a bad `heading-level`, else nothing. */
  protected headingProblem(): TemplateResult | typeof nothing {
    if (!badHeadingLevel(this.headingLevel)) return nothing;
    const t = this.t(headingMessages);
    return renderStatus('error', t.badLevel(echo(this.headingLevel)), { hint: t.badLevelHint(this.headingDefault) });
  }
}
