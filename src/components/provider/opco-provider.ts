import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { OpcoData } from '../../data/index.js';
import {
  THEMES,
  dataContext,
  langContext,
  selectionContext,
  themeContext,
  type PageSelection,
  type Theme,
} from '../../platform/context.js';
import { defineElement } from '../../platform/define.js';
import { toLang, type Lang } from '../../platform/i18n.js';
import { warnOnce } from '../../platform/warn.js';
import { echo, isLinked, readOneOf } from '../../platform/attributes.js';

/**
 * Gives every `opco-*` element inside it the same data, language and theme, and links them:
 * when a finder inside finds an OPCO, the branch list and the funding explainer follow it.
 * It draws nothing itself.
 *
 * @tagname opco-provider
 * @summary Shares language, theme, data and the page's selection with the widgets inside it.
 * @attr {string} lang - Language of every widget inside, `fr` or `en` (a widget's own `lang` wins).
 * @slot - The widgets (and any other content of the page).
 */
export class OpcoProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The data given to the widgets inside; default: the data bundled with the widgets. */
  @provide({ context: dataContext })
  @property({ attribute: false })
  data?: OpcoData;

  /**
   * Look of every widget inside: `light`, `dark` or `auto` (follows the visitor's system).
   * A widget's own `theme` attribute wins.
   */
  @provide({ context: themeContext })
  @property({ reflect: true })
  theme?: Theme;

  /**
   * `off`: widgets inside do not share what a finder found (each stays on its own).
   * Default `on`. A single widget can also opt out with its own `link="off"`.
   */
  @property() link?: string;

  /** What a finder inside has found (OPCO, IDCC, headcount); widgets inside follow it. */
  @provide({ context: selectionContext })
  @property({ attribute: false })
  selection: PageSelection = {};

  @provide({ context: langContext })
  @state()
  protected providedLang?: Lang;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') {
      this.providedLang = toLang(value);
      if (value !== null && !this.providedLang) warnOnce(this, `lang:${echo(value)}`, `lang="${echo(value)}" is not supported; use fr or en.`);
    }
  }

  constructor() {
    super();
    this.addEventListener('opco-found', (event) => {
      if (!this.shares(event)) return;
      const { opcoId, convention, company } = event.detail;
      this.selection = { opcoId, idcc: convention?.idcc, headcount: company?.headcount };
    });
    this.addEventListener('opco-reset', (event) => {
      if (this.shares(event)) this.selection = {};
    });
  }

  protected override willUpdate(): void {
    const theme = readOneOf(this.theme, THEMES);
    if (theme.kind === 'invalid') {
      warnOnce(this, `theme:${theme.shown}`, `theme="${theme.shown}" is not supported; use one of: ${THEMES.join(', ')}.`);
    }
  }

  /** A finder with `link="off"` (or `false`…), or this provider with `link="off"`, keeps its answer to itself. */
  private shares(event: Event): boolean {
    const origin = event.composedPath()[0];
    // the origin's `link` property (React and Vue set properties), else its attribute
    const own = origin instanceof Element ? ('link' in origin ? (origin as { link?: unknown }).link : origin.getAttribute('link')) : undefined;
    return isLinked(this.link) && isLinked(own);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

defineElement('opco-provider', OpcoProvider);

declare global {
  interface HTMLElementTagNameMap {
    'opco-provider': OpcoProvider;
  }
}
