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
import { echo, isLinked, problemKey, readFlag, readOneOf, type AttributeProblem } from './attributes.js';

/** A provider's `data` may be anything a page sets: only a dataset made by `createOpcoData` is used. */
function isOpcoData(value: unknown): value is OpcoData {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const d = value as Record<string, unknown>;
    return ['getOpco', 'findConvention', 'conventionsOf', 'resolveOpco', 'searchConventions'].every((k) => typeof d[k] === 'function')
      && Array.isArray(d.opcos) && Array.isArray(d.conventions) && typeof d.dataset === 'object' && d.dataset !== null;
  } catch {
    return false;
  }
}

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
   * `off` (or `false`, `no`, `non`, `0`) stops this element from following what a finder found on
   * the page (inside an `<opco-provider>`). Default: it follows.
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
    const given = this.contextData;
    if (given === undefined || given === null) return opcoData;
    if (isOpcoData(given)) return given;
    this.warn('data', 'the data given by <opco-provider> is not made by createOpcoData(); the bundled data is used.');
    return opcoData;
  }

  /** True when this element should follow the page's shared selection. */
  protected get linked(): boolean {
    return isLinked(this.link);
  }

  /** The strings of the active language from a catalog made by `defineMessages`. */
  protected t<M>(catalog: Catalog<M>): Messages<M> {
    return catalog[this.lang_];
  }

  /** One console warning per element and problem, for the integrator. */
  protected warn(key: string, message: string): void {
    warnOnce(this, key, message);
  }

  /** The reporter of attribute problems: one console warning each (the widget renders them with `renderProblems`). */
  protected report<P extends AttributeProblem>(problems: readonly P[]): readonly P[] {
    for (const p of problems) this.warn(problemKey(p), p.warning);
    return problems;
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
    if (readFlag(this.link).kind === 'invalid') {
      const shown = echo(this.link);
      this.warn(`link:${shown}`, `link="${shown}" is not valid; write link="off" to stop following the page's selection, or leave it out. The element follows it.`);
    }
  }

  private resolveLang(): Lang {
    const own = this.getAttribute('lang');
    if (own !== null) {
      const lang = toLang(own);
      if (lang) return lang;
      const shown = echo(own);
      this.warn(`lang:${shown}`, `lang="${shown}" is not supported; use one of: ${LANGS.join(', ')}. French is shown.`);
    }
    // an unsupported page language (a German page, say) is not an integrator error: French
    return this.contextLang ?? toLang(closestLang(this.parentElement ?? this)) ?? DEFAULT_LANG;
  }

  private resolveTheme(): 'light' | 'dark' {
    const fromProvider = this.contextTheme;
    let theme = fromProvider && (THEMES as readonly string[]).includes(fromProvider) ? fromProvider : undefined;
    const own = readOneOf(this.theme, THEMES);
    if (own.kind === 'ok') theme = own.value;
    else if (own.kind === 'invalid') {
      this.warn(`theme:${own.shown}`, `theme="${own.shown}" is not supported; use one of: ${THEMES.join(', ')}.`);
    }
    if (theme === 'auto') return this.darkMedia?.matches ? 'dark' : 'light';
    return theme ?? 'light';
  }
}
