/* eslint-disable lit-a11y/click-events-have-key-events -- #groups delegates: the clicks come from the rows' own <button>s, which the keyboard reaches */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Convention, Opco, OpcoId } from '../../data/index.js';
import type { PageSelection } from '../../platform/context.js';
import { defineElement } from '../../platform/define.js';
import { emit } from '../../platform/events.js';
import { formatDate } from '../../platform/i18n.js';
import { OpcoHeadedElement } from '../../platform/opco-headed-element.js';
import { renderHeading } from '../../platform/heading.render.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { renderProblems, renderStatus } from '../../platform/status.render.js';
import { statusStyles } from '../../platform/status.styles.js';
import { parseBranchListAttributes, type ParsedBranchListAttributes } from './attributes.js';
import { SORT_KEYS, buildView, countText, headlineCount, locate, type BranchGroup, type BranchView, type GroupId, type SortKey } from './branch-groups.js';
import { renderControls, renderCount, renderGroup, renderNoMatch, renderPicker, renderSource } from './branch-list.render.js';
import type { RowContext } from './branch-row.render.js';
import { messages, type BranchListMessages } from './opco-branch-list.messages.js';
import { styles } from './opco-branch-list.styles.js';
import { RowKeysController } from './row-keys.controller.js';
import { LiveRegionController } from '../../platform/live-region.controller.js';
import { ConventionsController } from '../../platform/conventions.controller.js';
import { renderTableStatus } from '../../platform/conventions-status.render.js';
import { withoutConventions } from '../../platform/conventions-table.js';
import { sliceOf } from '../../platform/conventions-slices.js';
import type { OpcoData } from '../../data/create.js';

/** Quiet time before the live region reads the new count: one announcement per pause, not per key. */
const ANNOUNCE_DELAY_MS = 600;
/** Source of the legal states (KALI/Légifrance) shown on rows; its date is shown with them. */
const LEGAL_SOURCE_ID = 'bal_idcc';
/** Rows per section in the compact first view (without `page-size`): the list fits a phone screen. */
const FIRST_ROWS = 3;

/** Detail of `opco-branch-select`. */
export interface BranchSelectDetail {
  /** The convention collective chosen (a replaced one is its own record; see its `replacedBy`). */
  readonly convention: Convention;
  /** The OPCO whose list it was chosen in. */
  readonly opcoId: OpcoId;
  readonly opco: Opco;
}

/**
 * Les branches professionnelles (conventions collectives, par IDCC) rattachées à un OPCO, avec un
 * filtre qui trouve comme le widget de recherche (accents, fautes de frappe, IDCC). Les
 * conventions nationales en vigueur viennent d’abord ; les textes d’entreprise, régionaux et
 * départementaux, sans titre ou disparus sont regroupés et repliés ; les IDCC remplacés sont
 * rangés sous leur successeur. Sans `opco`, une liste déroulante permet au visiteur de choisir
 * l’un des 11 OPCO ; dans un `<opco-provider>`, la liste suit l’OPCO trouvé par un widget de
 * recherche de la page (l’attribut `opco` la fixe).
 *
 * @tagname opco-branch-list
 * @summary La liste filtrable des conventions collectives d’un OPCO.
 * @fires opco-branch-select - Une ligne a été choisie (clic ou Entrée). Détail : `{ convention, opcoId, opco }`.
 * @csspart base - Le widget entier.
 * @csspart heading - Le titre du widget.
 * @csspart picker - La liste déroulante de choix de l’OPCO (sans `opco`).
 * @csspart filter - Le champ de filtre.
 * @csspart sort - La liste de tri.
 * @csspart titles-toggle - Le bouton qui affiche les intitulés officiels.
 * @csspart count - La ligne du décompte (« 25 conventions collectives nationales · 107 IDCC en tout »).
 * @csspart group - Une section (nationales, régionales et départementales…).
 * @csspart row - Une convention.
 * @csspart row-button - Le bouton qui choisit une convention et déplie ses détails (aria-expanded).
 * @csspart row-detail - Les détails de la convention choisie : IDCC, titre officiel, OPCO, où le vérifier.
 * @csspart link - Le lien « vérifier sur le site de France compétences » des détails (nouvelle fenêtre).
 * @csspart full-title - L’intitulé officiel sous une ligne (quand les intitulés officiels sont affichés).
 * @csspart mark - Une note sous une ligne : IDCC partagé, rattachement à vérifier, texte remplacé ou disparu.
 * @csspart more - Le bouton « afficher plus ».
 * @csspart source - La ligne de provenance (source et date).
 * @csspart status - Les messages (OPCO inconnu, aucun résultat, aucun OPCO choisi, attribut invalide).
 */
export class OpcoBranchList extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** Identifiant de l’OPCO dont on liste les branches : `afdas`, `akto`, `atlas`, `constructys`, `opcommerce`, `ocapiat`, `opco-2i`, `opco-ep`, `opco-mobilites`, `opco-sante`, `uniformation`. Sans valeur : une liste déroulante pour choisir parmi les 11 OPCO (et, dans un `<opco-provider>`, l’OPCO trouvé par un widget de recherche). */
  @property() opco?: string;

  /** Texte placé d’avance dans le champ de filtre (nom, mot courant ou numéro IDCC) ; suit ce que tape le visiteur. */
  @property() filter = '';

  /** Ordre des lignes dans chaque section : `name` (par nom affiché, par défaut) ou `idcc`. */
  @property() sort?: string;

  /** `true` déplie dès l’affichage la section des conventions régionales et départementales (repliée par défaut). */
  @property({ attribute: 'show-regional' }) showRegional?: boolean | string;

  /** `false` masque les IDCC qui ne sont plus en vigueur (remplacés, abrogés…). Par défaut ils sont affichés, les IDCC remplacés sous celui qui les remplace. */
  @property({ attribute: 'show-merged' }) showMerged?: boolean | string;

  /** Nombre de lignes par section avant le bouton « Afficher plus » (1 à 1000, 25 par défaut). */
  @property({ attribute: 'page-size' }) pageSize?: string | number;

  /** Version resserrée : sans tri, sans bouton des titres officiels ni note sous le compte. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The OPCO picked in the select, or the last one a finder found on the page. */
  @state() private picked?: string;
  /** The IDCC last chosen (or found by a finder), marked with aria-current. */
  @state() private current?: string;
  /** The IDCC whose details show under its row: the row chosen last (click or Enter), closed by choosing it again. */
  @state() private opened?: string;
  /** Sections the visitor folded or unfolded; reset when the OPCO or the filter changes. */
  @state() private expanded = new Map<GroupId, boolean>();
  /** Rows shown per section ("show more" raises it). */
  @state() private shown = new Map<GroupId, number>();
  @state() private fullTitles = false;

  private view?: BranchView;
  /** The dataset `view` was computed from: a new one (the table came in, a provider's) recomputes it. */
  private viewData?: OpcoData;
  /**
   * The list's rows, fetched as soon as it is on the page: with an `opco` attribute, that OPCO's slice
   * of the table (a built file; the whole table when the page has it or asked for it), else the table.
   */
  private readonly conventions = new ConventionsController(this, {
    when: 'now',
    given: () => this.ownData,
    only: () => sliceOf(this.opco ? withoutConventions().getOpco(this.opco)?.id : undefined),
  });

  /** The dataset in use (the provider's, else the page's convention table). */
  private get data() {
    return this.conventions.data;
  }
  /** The attributes as parsed at the last update. */
  private attrs: ParsedBranchListAttributes<SortKey> = parseBranchListAttributes({}, SORT_KEYS, messages.fr);
  private readonly announcer = new LiveRegionController(this, ANNOUNCE_DELAY_MS);

  constructor() {
    super();
    new RowKeysController(this, { field: '#filter', row: '.choose', scope: '.group' });
  }

  /** L’OPCO dont les conventions sont listées : celui de l’attribut `opco`, sinon celui choisi ou trouvé sur la page. */
  get record(): Opco | undefined {
    const asked = this.attrs.opco;
    const id = asked.kind === 'none' ? this.picked : asked.kind === 'id' ? asked.id : undefined;
    return id ? this.data.getOpco(id) : undefined;
  }

  private get sortKey(): SortKey {
    return this.attrs.sort;
  }

  private get size(): number {
    return this.attrs.pageSize;
  }

  /** The filter's text as searched. */
  private get query(): string {
    return this.attrs.filter.trim();
  }

  /**
   * While the rows are on their way: the date formatter their source line needs (the first one a page
   * builds costs tens of ms at 4× CPU) is built now, in idle time, not in the update that shows the rows.
   */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed as PropertyValues<this>);
    const warm = () => this.monthOf('2000-01');
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 200);
  }

  /** The table is in: the data module builds its search index on the first search (~100 ms on a slow machine), so build it while the visitor reads, not on their first keystroke. */
  private warmSearch(): void {
    const warm = () => this.data.searchConventions('', { limit: 1 });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 200);
  }

  // an untyped map: private states (picked, current) are not keys of PropertyValues<this>
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    if (changed.has('selection') && this.linked && this.selection?.opcoId) {
      // the last answer wins: a finder's new result replaces what was picked in the select
      const before = changed.get('selection') as PageSelection | undefined;
      if (before?.opcoId !== this.selection.opcoId || before?.idcc !== this.selection.idcc) {
        this.picked = this.selection.opcoId;
        this.current = this.selection.idcc;
        // a filter typed earlier could hide the convention the finder found: the answer wins
        this.filter = '';
      }
    }
    this.attrs = parseBranchListAttributes(this, SORT_KEYS, this.t(messages));
    this.report(this.attrs.problems);
    const opco = this.record;
    if (!opco) return;
    const reset = ['opco', 'picked', 'filter'].some((k) => changed.has(k));
    if (reset) {
      this.expanded = new Map();
      this.shown = new Map();
    }
    const newData = this.viewData !== this.data;
    if (!this.view || reset || newData || ['sort', 'showMerged'].some((k) => changed.has(k))) {
      if (newData && this.conventions.ready) this.warmSearch();
      this.viewData = this.data;
      this.view = this.computeView(opco.id);
    }
    if (reset || newData || changed.has('current')) this.reveal(this.current);
  }

  private computeView(opcoId: OpcoId): BranchView {
    const q = this.query;
    // the data module's search, so the list matches exactly as the finder does
    const hits = q ? this.data.searchConventions(q, { opco: opcoId, limit: Infinity }) : null;
    return buildView(this.data.conventionsOf(opcoId), {
      matches: hits && new Set(hits.map((h) => h.convention.idcc)),
      sort: this.sortKey,
      showMerged: this.attrs.showMerged,
    });
  }

  /** Unfolds the section holding `idcc` and pages far enough to show it. */
  private reveal(idcc: string | undefined): void {
    const at = idcc && this.view ? locate(this.view, idcc) : undefined;
    if (!at) return;
    this.expanded = new Map(this.expanded).set(at.group, true);
    // a row already in sight (a click on it) keeps the list as it is: no rows added under it
    const limit = this.shown.get(at.group) ?? (this.firstView && !this.query ? FIRST_ROWS : this.size);
    if (at.index < limit) return;
    const needed = (Math.floor(at.index / this.size) + 1) * this.size;
    this.shown = new Map(this.shown).set(at.group, Math.max(this.shown.get(at.group) ?? this.size, needed));
  }

  protected override render() {
    const t = this.t(messages);
    const opco = this.record;
    const asked = this.attrs.opco;
    if (asked.kind !== 'none' && !opco) {
      const ids = this.data.opcos.map((o) => o.id).join(', ');
      const shown = asked.kind === 'id' ? asked.id : asked.shown;
      this.warn(`opco:${shown}`, `opco="${shown}" is unknown. Valid ids: ${ids}.`);
      return renderStatus('error', t.unknown(shown), { hint: t.unknownHint(ids) });
    }
    const title = opco ? t.heading(opco.shortName) : t.pickerHeading;
    const heading = this.headingFor(title);
    return html`<section
      part="base"
      class="list frame"
      aria-labelledby=${heading.text === null ? nothing : 'heading'}
      aria-label=${heading.text === null ? title : nothing}
    >
      ${renderHeading(heading, { id: 'heading', part: 'heading', className: 'heading title' })} ${this.headingProblem()}
      ${this.conventions.ready ? this.renderLists(t, opco, asked.kind === 'none', heading.inner) : renderTableStatus(this.conventions, this.lang_, true)}
    </section>`;
  }

  /** The picker, the problems and the list, once the convention table is in. */
  private renderLists(t: BranchListMessages, opco: Opco | undefined, picker: boolean, level: number) {
    return html`${picker ? renderPicker(t, this.data.opcos, (id) => headlineCount(this.data, id), this.onPick) : nothing}
      ${renderProblems(this.attrs.problems, 'warning')}
      ${opco && this.view ? this.renderBody(t, opco, this.view, level) : renderStatus('info', t.pickPrompt)}`;
  }

  private renderBody(t: BranchListMessages, opco: Opco, view: BranchView, level: number): TemplateResult {
    const query = this.query;
    const filtering = query !== '';
    const row: RowContext = {
      t,
      nameOf: (id) => this.data.getOpco(id)?.shortName ?? id,
      own: opco.id,
      current: this.current,
      fullTitles: this.fullTitles && !this.compact,
      filtering,
      legalAsOf: this.monthOf(this.data.dataset.sources.find((s) => s.id === LEGAL_SOURCE_ID)?.date),
      opened: this.opened,
    };
    const visible = view.groups.filter((g) => !filtering || g.entries.length > 0);
    return html`${renderControls(t, {
      filter: this.attrs.filter,
      sort: this.sortKey,
      compact: this.compact,
      fullTitles: this.fullTitles,
      onInput: this.onInput,
      onKeyDown: this.onFilterKey,
      onSort: this.onSort,
      onFullTitles: () => (this.fullTitles = !this.fullTitles),
    })}
      ${renderCount(t, view, filtering, this.compact, this.announcer.text)}
      ${filtering && view.matching === 0 ? renderNoMatch(t, query, this.clearFilter) : nothing}
      <div id="groups" @click=${this.onChoose}>
        ${visible.map((g) =>
          renderGroup(g, t, row, {
            level,
            open: this.isExpanded(g, filtering, visible.length),
            limit: this.shown.get(g.id) ?? (this.firstView && !filtering ? FIRST_ROWS : this.size),
            pageSize: this.size,
            filtering,
            onToggle: this.onToggle,
            onMore: this.onMore,
            first: this.firstView && !filtering && !this.shown.has(g.id),
            onAll: this.onAll,
          }),
        )}
      </div>
      ${renderSource(t, this.data, opco.id, this.monthOf(this.data.dataset.asOf))}`;
  }

  private monthOf(iso: string | undefined): string {
    return iso ? formatDate(this.lang_, iso, 'month') : '';
  }

  /** National first and open; the rest folded (regional open with `show-regional`); a filter opens the sections it found something in. */
  private isExpanded(g: BranchGroup, filtering: boolean, sections: number): boolean {
    const chosen = this.expanded.get(g.id);
    if (chosen !== undefined) return chosen;
    if (filtering || sections === 1) return true;
    return g.id === 'national' || (g.id === 'local' && this.attrs.showRegional);
  }

  private readonly onToggle = (id: GroupId, open: boolean) => {
    this.expanded = new Map(this.expanded).set(id, open);
  };

  /** Without `page-size`, the first view is compact: a few rows per section and "Afficher les N conventions". */
  private get firstView(): boolean {
    return this.pageSize === undefined || this.pageSize === null || this.pageSize === '';
  }

  private readonly onAll = async (id: GroupId, from: number, all: number) => {
    this.shown = new Map(this.shown).set(id, all);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#group-${id} > ul > li:nth-child(${from + 1}) > .choose`)?.focus();
  };

  private readonly onMore = async (id: GroupId, from: number) => {
    this.shown = new Map(this.shown).set(id, from + this.size);
    await this.updateComplete;
    // focus goes to the first row that just appeared, so the reader carries on where they were
    this.renderRoot.querySelector<HTMLElement>(`#group-${id} > ul > li:nth-child(${from + 1}) > .choose`)?.focus();
  };

  private readonly onPick = (event: Event) => {
    this.picked = (event.target as HTMLSelectElement).value || undefined;
    this.current = undefined;
    this.opened = undefined;
  };

  private readonly onSort = (event: Event) => {
    this.sort = (event.target as HTMLSelectElement).value;
  };

  private readonly onInput = (event: Event) => {
    this.filter = (event.target as HTMLInputElement).value;
    this.announcer.later(() => (this.view ? countText(this.t(messages), this.view, this.query !== '') : ''));
  };

  private readonly onFilterKey = (event: KeyboardEvent) => {
    // Escape empties the field; it is stopped only when it did something (a dialog around us may close on it)
    if (event.key === 'Escape' && this.attrs.filter) {
      event.preventDefault();
      event.stopPropagation();
      this.clearFilter();
    }
  };

  private readonly clearFilter = () => {
    this.announcer.clear();
    this.filter = '';
    this.renderRoot.querySelector<HTMLInputElement>('#filter')?.focus();
  };

  private readonly onChoose = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('.choose');
    const opco = this.record;
    const convention = button?.dataset.idcc ? this.data.findConvention(button.dataset.idcc) : undefined;
    if (!opco || !convention) return;
    // choosing the open row again folds its details; the choice stays
    if (this.opened === convention.idcc) {
      this.opened = undefined;
      return;
    }
    this.current = convention.idcc;
    this.opened = convention.idcc;
    emit(this, 'opco-branch-select', { convention, opcoId: opco.id, opco });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // the select shows the OPCO listed, however it was chosen (select, finder)
    const picker = this.renderRoot.querySelector<HTMLSelectElement>('#picker');
    if (picker) picker.value = this.record?.id ?? '';
  }
}

defineElement('opco-branch-list', OpcoBranchList);

declare global {
  interface HTMLElementTagNameMap {
    'opco-branch-list': OpcoBranchList;
  }
  interface GlobalEventHandlersEventMap {
    'opco-branch-select': CustomEvent<BranchSelectDetail>;
  }
}
