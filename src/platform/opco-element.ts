import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextRoot, consume } from '@lit/context';
import type { OpcoData } from '../data/create.js';
import { bundledOpcos, type OpcoList } from './opco-list.js';
import { THEMES, dataContext, langContext, selectionContext, themeContext, type PageSelection, type Theme } from './context.js';
import { DEFAULT_LANG, LANGS, languageIn, languageSettled, loadLanguage, textsOf, toLang, type Catalog, type Lang, type Messages } from './i18n.js';
import { closestLang, observeLang, unobserveLang } from './lang-observer.js';
import { baseStyles, tokens } from './base.styles.js';
import { registerTypeScale } from './type-scale.js';
import { warnOnce } from './warn.js';
import { inTurn } from './update-slices.js';
import { pageClock } from '../services/clock.js';
import { echo, isLinked, problemKey, readFlag, readOneOf, valueOr, type AttributeProblem } from './attributes.js';
import { LINK_SPEC, THEMES_SPEC, TRANSPARENT_SPEC, readFlagOf, reflectConverter, warningOf } from './attribute-spec.js';
import { pageSelection } from './events.js';

/** A provider's `data` may be anything a page sets: only a dataset made by `createOpcoData` is used. */
function isOpcoData(value: unknown): value is OpcoData {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const d = value as Record<string, unknown>;
    return (
      ['getOpco', 'findConvention', 'conventionsOf', 'resolveOpco', 'searchConventions'].every((k) => typeof d[k] === 'function') &&
      Array.isArray(d.opcos) &&
      Array.isArray(d.conventions) &&
      typeof d.dataset === 'object' &&
      d.dataset !== null
    );
  } catch {
    return false;
  }
}

/** How long a first render waits for a language pack before showing French (then switching when it comes). */
const PACK_WAIT = 3000;

const CONTEXT_ROOT = Symbol.for('opco-widgets.context-root');
/**
 * A page may upgrade our widgets before the `<opco-provider>` around them (another script
 * defines it later, or a CMS injects markup in pieces). The context root keeps their
 * unanswered requests and replays them when a provider appears. One per page, whichever of our
 * files attaches it (two would replay every request twice).
 */
function attachContextRoot(): void {
  const page = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (page[CONTEXT_ROOT]) return;
  page[CONTEXT_ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined);

/**
 * Base of every `opco-*` element: language, theme, data and page selection, each from the
 * element's own attribute, else from an enclosing `<opco-provider>`, else a sensible default
 * (French, light, the bundled data), so an element works alone on any page.
 *
 * @attr {string} lang - Langue du widget, `fr` ou `en`. Par défaut : celle du `<opco-provider>`, sinon le `lang` le plus proche dans la page, sinon le français. Le changement s’applique aussitôt.
 * @cssprop --opco-font-family - Police (par défaut : celle de la page).
 * @cssprop --opco-font-size - Taille du texte de base (par défaut : celle de la page).
 * @cssprop --opco-font-size-sm - Petit texte : aides, sources, notes (par défaut : 0,875 × la taille de base).
 * @cssprop --opco-font-size-md - Texte courant (par défaut : la taille de base).
 * @cssprop --opco-font-size-lg - Intertitres, chiffres clés (par défaut : 1,125 × la taille de base).
 * @cssprop --opco-font-size-xl - Titre des widgets (par défaut : 1,25 × la taille de base).
 * @cssprop --opco-font-size-xxl - Le nom de l’OPCO trouvé (par défaut : 1,75 × la taille de base).
 * @cssprop --opco-surface - Fond du widget (par défaut : aucun, le fond de la page se voit ; thème sombre : #12171c).
 * @cssprop --opco-color-text - Couleur du texte principal.
 * @cssprop --opco-color-text-muted - Texte secondaire (sources, aides).
 * @cssprop --opco-color-surface - Ancien nom de --opco-surface.
 * @cssprop --opco-color-surface-raised - Fiches, lignes survolées, réponses.
 * @cssprop --opco-color-border - Bordures des champs et des fiches.
 * @cssprop --opco-color-accent - Liens, éléments sélectionnés, boutons.
 * @cssprop --opco-color-accent-contrast - Texte sur la couleur d’accent.
 * @cssprop --opco-color-danger - Erreurs.
 * @cssprop --opco-color-warning - Avertissements et points à vérifier.
 * @cssprop --opco-color-success - Réponses confirmées.
 * @cssprop --opco-color-focus - Contour du focus clavier.
 * @cssprop --opco-radius - Arrondi des angles.
 * @cssprop --opco-space - Unité d’espacement de base (0.5rem par défaut).
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
   * Apparence : `light` (clair, par défaut), `dark` (sombre), ou `auto` pour suivre le réglage
   * du système du visiteur. Dans un `<opco-provider>`, le thème du provider s’applique si cet
   * attribut n’est pas renseigné.
   */
  @property({ reflect: true, converter: reflectConverter(THEMES_SPEC) }) theme?: string;

  /** Laisse voir le fond de la page (le widget n’a pas de fond propre). */
  @property({ type: Boolean, reflect: true }) transparent = false;

  /**
   * `off` (ou `false`, `no`, `non`, `0`) : le widget ne suit plus ce que les autres widgets de la
   * page ont trouvé ou choisi (l’OPCO, l’effectif ou le niveau trouvés par un widget de recherche,
   * dans un `<opco-provider>`). Par défaut : il le suit.
   */
  @property() link?: string;

  /** The last dataset a provider gave, and whether it is one made by `createOpcoData`. */
  private checkedData?: { readonly given: unknown; readonly valid: boolean };

  /** The active language, resolved before each render. */
  @state() protected lang_: Lang = DEFAULT_LANG;
  /** The language asked for, as scheduleUpdate read it for this update. */
  private askedLang?: Lang;

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

  /** The OPCOs in use: the provider's dataset, else the bundled ones. */
  protected get opcoList(): OpcoList {
    return this.ownData ?? bundledOpcos;
  }

  /**
   * The dataset an `<opco-provider>` gives, when it is one made by `createOpcoData`; else undefined
   * (elements that list conventions then use the page's table: ConventionsController).
   */
  protected get ownData(): OpcoData | undefined {
    const given = this.contextData;
    if (given === undefined || given === null) return undefined;
    // read on every row and keystroke (through ConventionsController): checked once per dataset given
    if (this.checkedData?.given !== given) this.checkedData = { given, valid: isOpcoData(given) };
    if (this.checkedData.valid) return given;
    this.warn('data', 'the data given by <opco-provider> is not made by createOpcoData(); the bundled data is used.');
    return undefined;
  }

  /** True when this element should follow the page's shared selection. */
  protected get linked(): boolean {
    return isLinked(this.link);
  }

  /** The strings of the active language from a catalog made by `defineMessages`. */
  protected t<M>(catalog: Catalog<M>): Messages<M> {
    return textsOf(catalog, this.lang_);
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
    registerTypeScale();
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

  /**
   * The first render in a language, and the re-render after a switch to it, wait for its packs (the
   * French texts stay up meanwhile: nothing flashes), at most PACK_WAIT ms; past that, or when a pack
   * cannot be had, the element speaks French and re-renders when the packs come.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // read once per update (a walk up the page for the nearest `lang`): willUpdate uses it
    const asked = (this.askedLang = this.resolveLang());
    // many widgets at once (a file, a pack, the table arriving): in slices of the main thread (update-slices.ts)
    if (languageSettled(asked)) return inTurn(() => super.scheduleUpdate());
    const loaded = loadLanguage(asked);
    return Promise.race([loaded, new Promise((done) => pageClock().setTimeout(() => done(undefined), PACK_WAIT))]).then(() => {
      if (!languageSettled(asked)) void loaded.then(() => this.requestUpdate());
      return inTurn(() => super.scheduleUpdate());
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // a yes/no property (compact, transparent) holds a boolean, whatever a host set: a Proxy bound into
    // a template would be read by Lit (and a revoked one throws)
    for (const [name, options] of (this.constructor as typeof LitElement).elementProperties) {
      if (options.type !== Boolean || !(changed as PropertyValues).has(name)) continue;
      const value: unknown = this[name as keyof this];
      if (typeof value !== 'boolean') (this as unknown as Record<PropertyKey, boolean>)[name] = valueOr(readFlagOf(TRANSPARENT_SPEC, value), false);
    }
    // the page selection a provider gives, as a plain frozen copy: a value set by a host (a Proxy that
    // throws, getters, another shape) never reaches a template
    if ((changed as PropertyValues).has('selection') && this.selection !== undefined) {
      const safe = pageSelection(this.selection);
      if (safe !== this.selection) this.selection = safe;
    }
    const asked = this.askedLang ?? this.resolveLang();
    // one language throughout: the data's texts follow the element's strings (French while a pack is missing)
    this.lang_ = languageIn(asked) ? asked : DEFAULT_LANG;
    this.setAttribute('data-theme', this.resolveTheme());
    if (readFlag(this.link).kind === 'invalid') {
      const shown = echo(this.link);
      this.warn(`link:${shown}`, warningOf(LINK_SPEC, shown));
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
      this.warn(`theme:${own.shown}`, warningOf(THEMES_SPEC, own.shown));
    }
    if (theme === 'auto') return this.darkMedia?.matches ? 'dark' : 'light';
    return theme ?? 'light';
  }
}
