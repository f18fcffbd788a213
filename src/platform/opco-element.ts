import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextRoot, consume } from '@lit/context';
import { opcoData, type OpcoData } from '../data/index.js';
import {
  THEMES,
  dataContext,
  langContext,
  selectionContext,
  themeContext,
  type PageSelection,
  type Theme,
} from './context.js';
import { DEFAULT_LANG, LANGS, toLang, type Catalog, type Lang, type Messages } from './i18n.js';
import { closestLang, observeLang, unobserveLang } from './lang-observer.js';
import { baseStyles, tokens } from './styles.js';
import { warnOnce } from './warn.js';

let contextRootAttached = false;
/**
 * A page may upgrade our widgets before the `<opco-provider>` around them (another script
 * defines it later, or a CMS injects markup in pieces). The context root keeps their
 * unanswered requests and replays them when a provider appears.
 */
function attachContextRoot(): void {
  if (contextRootAttached) return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

const darkQuery = () =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

/**
 * Base of every `opco-*` element: language, theme, data and page selection, each from the
 * element's own attribute, else from an enclosing `<opco-provider>`, else a sensible default
 * (French, light, the bundled data), so an element works alone on any page.
 *
 * @attr {string} lang - Language of the widget, `fr` or `en`. Default: the provider's, else the nearest `lang` on the page, else French. Switches live.
 * @cssprop --opco-font-family - Font (default: inherit the page's font).
 * @cssprop --opco-font-size - Base text size (default 1rem).
 * @cssprop --opco-color-text - Main text colour.
 * @cssprop --opco-color-text-muted - Secondary text (sources, hints).
 * @cssprop --opco-color-surface - Widget background.
 * @cssprop --opco-color-surface-raised - Cards, hovered rows, answers.
 * @cssprop --opco-color-border - Borders of fields and cards.
 * @cssprop --opco-color-accent - Links, selected items, buttons.
 * @cssprop --opco-color-accent-contrast - Text on the accent colour.
 * @cssprop --opco-color-danger - Errors.
 * @cssprop --opco-color-warning - Warnings and things to check.
 * @cssprop --opco-color-success - Confirmed answers.
 * @cssprop --opco-color-focus - Keyboard focus ring.
 * @cssprop --opco-radius - Corner radius.
 * @cssprop --opco-space - Base spacing unit (default 0.5rem).
 */
export class OpcoElement extends LitElement {
  static override styles = [tokens, baseStyles];

  @consume({ context: dataContext, subscribe: true })
  @state()
  protected contextData?: OpcoData;

  @consume({ context: langContext, subscribe: true })
  @state()
  protected contextLang?: Lang;

  @consume({ context: themeContext, subscribe: true })
  @state()
  protected contextTheme?: Theme;

  @consume({ context: selectionContext, subscribe: true })
  @state()
  protected selection?: PageSelection;

  /**
   * Look: `light` (default), `dark`, or `auto` to follow the visitor's system setting.
   * Inside an `<opco-provider>`, the provider's theme applies unless this is set.
   */
  @property({ reflect: true }) theme?: string;

  /** Lets the page's background show through (no widget background). */
  @property({ type: Boolean, reflect: true }) transparent = false;

  /**
   * `off` stops this element from following what a finder found on the page (inside an
   * `<opco-provider>`). Default: it follows.
   */
  @property() link?: string;

  /** The active language, resolved before each render. */
  @state() protected lang_: Lang = DEFAULT_LANG;

  private darkMedia = darkQuery();
  private readonly onDarkChange = () => this.requestUpdate();

  static override get observedAttributes(): string[] {
    // `lang` is a native global attribute, not a Lit property: observe it to switch live.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The data in use: the provider's, else the bundled data. */
  protected get data(): OpcoData {
    return this.contextData ?? opcoData;
  }

  /** True when this element should follow the page's shared selection. */
  protected get linked(): boolean {
    return this.link !== 'off';
  }

  /** The strings of the active language from a catalog made by `defineMessages`. */
  protected t<M>(catalog: Catalog<M>): Messages<M> {
    return catalog[this.lang_];
  }

  /** One console warning per element and problem, for the integrator. */
  protected warn(key: string, message: string): void {
    warnOnce(this, key, message);
  }

  override connectedCallback(): void {
    attachContextRoot();
    super.connectedCallback();
    observeLang(this);
    this.darkMedia?.addEventListener('change', this.onDarkChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
    this.darkMedia?.removeEventListener('change', this.onDarkChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.lang_ = this.resolveLang();
    this.setAttribute('data-theme', this.resolveTheme());
  }

  private resolveLang(): Lang {
    const own = this.getAttribute('lang');
    if (own !== null) {
      const lang = toLang(own);
      if (lang) return lang;
      this.warn(`lang:${own}`, `lang="${own}" is not supported; use one of: ${LANGS.join(', ')}. French is shown.`);
    }
    // an unsupported page language (a German page, say) is not an integrator error: French
    return this.contextLang ?? toLang(closestLang(this.parentElement ?? this)) ?? DEFAULT_LANG;
  }

  private resolveTheme(): 'light' | 'dark' {
    const fromProvider = this.contextTheme;
    let theme = fromProvider && (THEMES as readonly string[]).includes(fromProvider) ? fromProvider : undefined;
    if (this.theme != null) {
      if ((THEMES as readonly string[]).includes(this.theme)) theme = this.theme as Theme;
      else this.warn(`theme:${this.theme}`, `theme="${this.theme}" is not supported; use one of: ${THEMES.join(', ')}.`);
    }
    if (theme === 'auto') return this.darkMedia?.matches ? 'dark' : 'light';
    return theme ?? 'light';
  }
}
