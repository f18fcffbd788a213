// The base of every element with a title the page controls (`heading`, `heading-level`).
import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { echo } from './attributes.js';
import { DEFAULT_HEADING_LEVEL, badHeadingLevel, resolveHeading, type Heading } from './heading.js';
import { headingMessages } from './heading.messages.js';
import { OpcoElement } from './opco-element.js';
import { renderStatus } from './status.render.js';

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
