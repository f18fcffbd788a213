import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { OpcoData } from '../../data/index.js';
import { THEMES, dataContext, langContext, selectionContext, themeContext, type PageSelection, type Theme } from '../../platform/context.js';
import { defineElement } from '../../platform/define.js';
import { toLang, type Lang } from '../../data/lang.js';
import { warnOnce } from '../../platform/warn.js';
import { echo, isLinked, readOneOf } from '../../platform/attributes.js';
import { reflectConverter, THEMES_SPEC, warningOf } from '../../platform/attribute-spec.js';
import { pageSelection } from '../../platform/events.js';
import './attributes.js';

/** The selection an `opco-found` event gives, or undefined when its detail is not one a finder sends. */
function selectionOf(event: Event): PageSelection | undefined {
  try {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'object' || detail === null) return undefined;
    const { opcoId, convention, company } = detail as Record<string, unknown>;
    if (typeof opcoId !== 'string' || opcoId === '') return undefined;
    const idcc = typeof convention === 'object' && convention !== null ? (convention as { idcc?: unknown }).idcc : undefined;
    const headcount = typeof company === 'object' && company !== null ? (company as { headcount?: unknown }).headcount : undefined;
    return pageSelection({ opcoId, idcc, headcount });
  } catch {
    return undefined;
  }
}

/**
 * Donne à tous les éléments `opco-*` qu’il contient les mêmes données, la même langue et le même
 * thème, et les relie : quand un widget de recherche à l’intérieur trouve un OPCO, la liste des
 * branches et l’explication des financements le suivent. Il n’affiche rien lui-même.
 *
 * @tagname opco-provider
 * @summary Partage la langue, le thème, les données et la sélection de la page avec les widgets qu’il contient.
 * @attr {string} lang - Langue de tous les widgets qu’il contient, `fr` ou `en` (l’attribut `lang` propre à un widget l’emporte).
 * @slot - Les widgets (et tout autre contenu de la page).
 */
export class OpcoProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Les données fournies aux widgets qu’il contient ; par défaut : les données embarquées avec les widgets. Propriété JavaScript seulement. */
  @provide({ context: dataContext })
  @property({ attribute: false })
  data?: OpcoData;

  /**
   * Apparence de tous les widgets qu’il contient : `light` (clair), `dark` (sombre) ou `auto`
   * (suit le réglage du système du visiteur). L’attribut `theme` propre à un widget l’emporte.
   */
  @provide({ context: themeContext })
  @property({ reflect: true, converter: reflectConverter(THEMES_SPEC) })
  theme?: Theme;

  /**
   * `off` : les widgets qu’il contient ne partagent pas ce qu’un widget de recherche a trouvé
   * (chacun reste indépendant). Par défaut `on`. Un widget seul peut aussi s’en retirer avec son
   * propre `link="off"`.
   */
  @property() link?: string;

  /** Ce qu’un widget de recherche à l’intérieur a trouvé (OPCO, IDCC, effectif) ; les widgets qu’il contient le suivent. Propriété JavaScript seulement. */
  @provide({ context: selectionContext })
  @property({ attribute: false })
  selection: PageSelection = Object.freeze({});

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
      // a forged event (no detail, a detail of another shape, a Proxy that throws) is ignored
      const selection = selectionOf(event);
      if (selection) this.selection = selection;
    });
    this.addEventListener('opco-reset', (event) => {
      if (this.shares(event)) this.selection = Object.freeze({});
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const theme = readOneOf(this.theme, THEMES);
    if (theme.kind === 'invalid') warnOnce(this, `theme:${theme.shown}`, warningOf(THEMES_SPEC, theme.shown));
    // what the widgets inside follow: a plain, frozen copy of what was set (a host cannot change it in place)
    if (changed.has('selection')) {
      const safe = pageSelection(this.selection);
      if (safe !== this.selection) this.selection = safe;
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
