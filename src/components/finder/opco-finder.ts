import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DEFAULT_LIMIT, type Convention, type OpcoId, type Resolution, type SearchHit } from '../../data/index.js';
import { defineElement } from '../../platform/define.js';
import { emit } from '../../platform/events.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { renderStatus, statusStyles } from '../../platform/status.js';
// the same reading of the field the company look-up uses, so both paths agree on what was typed
import { detectQueryKind } from '../../services/company-search/query-kind.js';
import { announcement, renderAnswer, type Answer } from './answer.js';
import { ComboboxController } from './combobox.controller.js';
import { messages } from './opco-finder.messages.js';
import { styles } from './opco-finder.styles.js';

/** Longest query we act on: no title is longer, and it bounds the work of a pasted novel. */
const MAX_QUERY = 200;
const LIMIT_MIN = 1;
const LIMIT_MAX = 50;
const DEFAULT_HEADING_LEVEL = 3;
/** The count is announced once typing pauses, not at every keystroke (screen readers would stutter). */
const ANNOUNCE_DELAY = 500;

interface AttributeProblem {
  readonly key: string;
  /** Shown in the widget, in its language. */
  readonly message: string;
  readonly hint: string;
  /** For the integrator's console, in English like every platform warning. */
  readonly warning: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What a convention is called in a suggestion or in the field once chosen. */
const nameOf = (c: Convention): string | null => c.shortTitle ?? c.title;

/**
 * "Which OPCO is mine?": one field for an IDCC code or words of a convention collective or a
 * trade, suggestions as the user types (ARIA combobox), and an answer a user can trust: the
 * OPCO's card, the convention, where the data comes from, and honest wording for merged,
 * split, shared, special and unknown codes. Works offline on the bundled data.
 *
 * Without JavaScript, the light-DOM content (a link to France compétences, say) is shown; once
 * the element renders it is hidden, because the shadow root has no slot.
 *
 * @tagname opco-finder
 * @summary Finds an employer's OPCO from an IDCC or the name of a convention collective.
 * @fires opco-found - An OPCO was found (detail: `OpcoFoundDetail`); inside an `<opco-provider>` it becomes the page's selection.
 * @fires opco-not-found - The query leads to no single OPCO (detail: `{ query, reason }`, reason `invalid`, `unknown`, `special`, `shared` or `no-result`).
 * @fires opco-reset - The user started a new search.
 * @csspart base - The whole widget.
 * @csspart label - The field's label.
 * @csspart hint - The help text under the label.
 * @csspart input - The text field.
 * @csspart listbox - The list of suggestions.
 * @csspart option - Each suggestion.
 * @csspart answer - The answer block.
 * @csspart answer-heading - The answer's heading.
 * @csspart summary - The answer's one-sentence summary.
 * @csspart convention - The line naming the convention and its IDCC.
 * @csspart candidates - The list of OPCOs when several are possible.
 * @csspart provenance - The source and date of the data.
 * @csspart link - The link to France compétences.
 * @csspart reset - The "Nouvelle recherche" button.
 * @csspart status - Messages (bad attribute, nothing found, things to check).
 * @csspart card - The OPCO card (its `base` part).
 * @csspart card-heading - The OPCO card's heading.
 * @csspart card-link - The OPCO card's links.
 */
export class OpcoFinder extends OpcoElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** An IDCC to answer at once (1 to 4 digits, e.g. `1979`), as if the user had typed it. */
  @property() idcc?: string;

  /** Text of the field's label. Default: "Votre convention collective". */
  @property() label?: string;

  /** Example text shown in the empty field. Default: none (the help text says what to type). */
  @property() placeholder?: string;

  /** Tighter spacing and short OPCO cards, for sidebars. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of the answer's heading (2 to 6) so it fits the page's outline; OPCO cards take the next level. Default 3. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = String(DEFAULT_HEADING_LEVEL);

  /** Maximum number of suggestions, from 1 to 50. Default 8. */
  @property() limit?: string | number;

  /** Suggest only the conventions of this OPCO (for an OPCO's own site), e.g. `akto`. A typed IDCC is still answered truthfully. */
  @property() opco?: string;

  /** The text in the field. */
  @state() private fieldText = '';
  @state() private answer?: Answer;
  /** What the polite live region says. */
  @state() private spoken = '';

  @query('#input') private input?: HTMLInputElement;

  private readonly combobox = new ComboboxController<SearchHit>(this, {
    choose: (hit) => this.choose(hit),
    submit: () => this.submit(),
    clear: () => this.handleQuery(''),
  });

  private problems: readonly AttributeProblem[] = [];
  private limit_ = DEFAULT_LIMIT;
  private level_ = DEFAULT_HEADING_LEVEL;
  private opcoFilter_: OpcoId | null = null;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private focusAfterUpdate = false;

  /** The current answer's resolution (IDCC → OPCO), or undefined. */
  get result(): Resolution | undefined {
    return this.answer?.kind === 'resolution' ? this.answer.resolution : undefined;
  }

  /** Clears the field and the answer, as the "Nouvelle recherche" button does. */
  reset(): void {
    const had = this.answer !== undefined;
    this.answer = undefined;
    this.spoken = '';
    this.handleQuery('');
    clearTimeout(this.announceTimer);
    if (had) emit(this, 'opco-reset', {});
  }

  /** Focuses the text field. */
  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else super.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The search index is built on the first search (tens of ms on a slow phone): build it while
    // the browser is idle, so that the visitor's first keystroke is as quick as the others.
    const warm = () => this.isConnected && this.data.searchConventions('');
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 200);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // cheap, and redone each time so that the messages follow a change of language
    this.problems = this.validate();
    this.problems.forEach((p) => this.warn(p.key, p.warning));
    if (changed.has('idcc')) this.resolveAttribute();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.input?.focus();
    }
  }

  /** Parses the editor's attributes; the widget keeps working on defaults for the bad ones. */
  private validate(): AttributeProblem[] {
    const t = this.t(messages);
    const problems: AttributeProblem[] = [];
    const integer = (value: string | number, min: number, max: number): number | undefined => {
      const n = Number(String(value).trim());
      return String(value).trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
    };

    this.limit_ = DEFAULT_LIMIT;
    if (this.limit != null && this.limit !== '') {
      const n = integer(this.limit, LIMIT_MIN, LIMIT_MAX);
      if (n === undefined) {
        const value = String(this.limit);
        problems.push({
          key: `limit:${value}`,
          message: t.badLimit(value),
          hint: t.badLimitHint(LIMIT_MIN, LIMIT_MAX),
          warning: `limit="${value}" is not valid; write a whole number from ${LIMIT_MIN} to ${LIMIT_MAX}. ${DEFAULT_LIMIT} suggestions are shown.`,
        });
      } else this.limit_ = n;
    }

    this.level_ = DEFAULT_HEADING_LEVEL;
    const level = integer(this.headingLevel, 2, 6);
    if (level === undefined) {
      const value = String(this.headingLevel);
      problems.push({
        key: `heading-level:${value}`,
        message: t.badHeading(value),
        hint: t.badHeadingHint,
        warning: `heading-level="${value}" is not valid; write 2 to 6. Level ${DEFAULT_HEADING_LEVEL} is used.`,
      });
    } else this.level_ = level;

    this.opcoFilter_ = null;
    if (this.opco != null && this.opco !== '') {
      const opco = this.data.getOpco(this.opco.trim());
      if (opco) this.opcoFilter_ = opco.id;
      else {
        const ids = this.data.opcos.map((o) => o.id).join(', ');
        problems.push({
          key: `opco:${this.opco}`,
          message: t.badOpco(this.opco),
          hint: t.badOpcoHint(ids),
          warning: `opco="${this.opco}" is unknown; valid ids: ${ids}. Suggestions are not filtered.`,
        });
      }
    }

    if (this.idcc != null && this.idcc.trim() !== '' && this.data.resolveOpco(this.idcc).kind === 'invalid') {
      problems.push({
        key: `idcc:${this.idcc}`,
        message: t.badIdcc(this.idcc),
        hint: t.badIdccHint,
        warning: `idcc="${this.idcc}" is not an IDCC; write 1 to 4 digits, e.g. idcc="1979".`,
      });
    }
    return problems;
  }

  /** `idcc="…"`: answered at load and whenever it changes, as if typed and confirmed. */
  private resolveAttribute(): void {
    const idcc = this.idcc?.trim();
    if (!idcc) return;
    const resolution = this.data.resolveOpco(idcc);
    if (resolution.kind === 'invalid') return; // shown as an attribute error by validate()
    this.fieldText = (resolution.convention && nameOf(resolution.convention)) ?? idcc;
    this.combobox.setItems([], false);
    this.show({ kind: 'resolution', query: idcc, resolution });
  }

  /**
   * Every change of the field lands here: the one place that decides what a query means and
   * what to suggest. (A company path — SIRET, SIREN, company name — will branch off here.)
   */
  protected handleQuery(raw: string): void {
    const value = raw.length > MAX_QUERY ? raw.slice(0, MAX_QUERY) : raw;
    this.fieldText = value;
    const text = collapse(value);
    const hits = text ? this.data.searchConventions(text, { limit: this.limit_, opco: this.opcoFilter_ }) : [];
    this.combobox.setItems(hits, text !== '');
    clearTimeout(this.announceTimer);
    if (!text) {
      this.spoken = '';
      return;
    }
    const count = this.t(messages).count(hits.length);
    this.announceTimer = setTimeout(() => (this.spoken = count), ANNOUNCE_DELAY);
  }

  /** Enter with no suggestion selected: what happens depends on what the field holds. */
  private submit(): void {
    const text = collapse(this.fieldText);
    switch (detectQueryKind(text)) {
      case 'empty':
        return;
      case 'idcc-like':
      case 'partial-id':
        // a code is answered as a code, even a wrong one ("0", "12345"): the data says why
        this.combobox.setItems([], false);
        this.show({ kind: 'resolution', query: text, resolution: this.data.resolveOpco(text) });
        return;
      case 'siren':
      case 'siret':
        // company numbers are not looked up here yet: say so rather than "not an IDCC"
        this.combobox.setItems([], false);
        this.show({ kind: 'company-id', query: text });
        return;
      case 'name': {
        const hits = this.combobox.items;
        if (hits.length === 1) this.combobox.choose(0);
        else if (hits.length === 0) this.show({ kind: 'no-result', query: text });
        else {
          // several matches and none chosen: guessing would be wrong half the time, so ask
          this.combobox.setItems(hits, true);
          clearTimeout(this.announceTimer);
          this.spoken = this.t(messages).chooseOne(hits.length);
        }
      }
    }
  }

  private choose(hit: SearchHit): void {
    const typed = collapse(this.fieldText);
    this.fieldText = nameOf(hit.convention) ?? hit.convention.idcc;
    this.combobox.setItems([], false);
    this.show({ kind: 'resolution', query: typed, resolution: this.data.resolveOpco(hit.convention.idcc) });
  }

  private show(answer: Answer): void {
    clearTimeout(this.announceTimer);
    this.answer = answer;
    // the event leaves once the answer is on screen, and outside our update: a provider that
    // reacts by changing the page's selection then starts a fresh update of every widget
    void this.updateComplete.then(() => {
      if (this.answer === answer) this.dispatchAnswer(answer);
    });
    this.spoken = announcement(answer, { t: this.t(messages), lang: this.lang_ });
  }

  private dispatchAnswer(answer: Answer): void {
    if (answer.kind !== 'resolution') {
      emit(this, 'opco-not-found', { query: answer.query, reason: answer.kind === 'no-result' ? 'no-result' : 'invalid' });
      return;
    }
    const r = answer.resolution;
    if (r.kind !== 'found') {
      emit(this, 'opco-not-found', { query: answer.query, reason: r.kind });
      return;
    }
    emit(this, 'opco-found', {
      opcoId: r.opco.id,
      opco: r.opco,
      // after a merge, the convention in force is the useful one (its branch, its rules)
      convention: r.current.length === 1 ? r.current[0] : r.convention,
      path: r.path,
      source: r.source.label,
      asOf: r.source.date,
      query: answer.query,
    });
  }

  private readonly onInput = (event: Event): void => {
    this.handleQuery((event.target as HTMLInputElement).value);
  };

  private readonly onReset = (): void => {
    this.reset();
    this.focusAfterUpdate = true;
  };

  private renderOption(hit: SearchHit, index: number, active: boolean): TemplateResult {
    const t = this.t(messages);
    const c = hit.convention;
    const opcoName = (id: OpcoId) => this.data.getOpco(id)?.shortName ?? id;
    const opco =
      c.candidates.length > 1
        ? t.optionShared(c.candidates.map(opcoName).join(', '))
        : c.opco
          ? opcoName(c.opco)
          : t.optionNoOpco;
    // the hidden commas give screen readers pauses between the parts of the option's name
    return html`<li
      id=${this.combobox.optionId(index)}
      role="option"
      part="option"
      class="option"
      aria-selected=${active ? 'true' : 'false'}
      @click=${() => this.combobox.choose(index)}
    >
      <span class="option__title">${nameOf(c) ?? t.optionNoTitle(c.idcc)}</span
      ><span class="visually-hidden">, </span>
      <span class="option__meta">
        <span class="option__idcc">${t.optionIdcc(c.idcc)}</span>
        ${c.replacedBy.length ? html`<span class="option__replaced">${t.optionReplaced}</span>` : nothing}<span
          class="visually-hidden"
          >,
        </span>
        <span class="option__opco">${opco}</span>
      </span>
    </li>`;
  }

  protected override render() {
    const t = this.t(messages);
    const { items, open, active } = this.combobox;
    return html`<div class="finder" part="base">
      ${this.problems.map((p) => renderStatus('error', p.message, { hint: p.hint }))}
      <label class="label" part="label" for="input">${this.label ?? t.label}</label>
      <p class="hint" part="hint" id="hint">${t.hint}</p>
      <div class="field">
        <input
          id="input"
          part="input"
          class="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${ifDefined(this.combobox.activeDescendant)}
          aria-describedby="hint"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          maxlength=${MAX_QUERY}
          placeholder=${ifDefined(this.placeholder || undefined)}
          .value=${live(this.fieldText)}
          @input=${this.onInput}
          @keydown=${this.combobox.onKeydown}
          @blur=${this.combobox.onBlur}
        />
        <ul
          id="listbox"
          part="listbox"
          class="listbox"
          role="listbox"
          aria-label=${t.listbox}
          ?hidden=${!open}
          @mousedown=${this.combobox.onListboxPointerDown}
        >
          ${open ? items.map((hit, i) => this.renderOption(hit, i, i === active)) : nothing}
        </ul>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.spoken}</div>
      ${this.answer
        ? renderAnswer(this.answer, {
            t,
            lang: this.lang_,
            level: this.level_,
            compact: this.compact,
            theme: this.getAttribute('data-theme') ?? 'light',
            onReset: this.onReset,
          })
        : nothing}
    </div>`;
  }
}

defineElement('opco-finder', OpcoFinder);

declare global {
  interface HTMLElementTagNameMap {
    'opco-finder': OpcoFinder;
  }
}
