import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { conventionsForNafWith, type Resolution } from '../../data/index.js';
import { defineElement } from '../../platform/define.js';
import { emit } from '../../platform/events.js';
import { OpcoHeadedElement, renderHeading } from '../../platform/heading.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { isAbsent, readString } from '../../platform/attributes.js';
import { renderProblems, statusStyles } from '../../platform/status.js';
import type { Company } from '../../services/company-search/index.js';
import { announcement, renderAnswer, type Answer } from './answer.render.js';
import { DEFAULT_ATTRIBUTES, parseAttributes } from './attributes.js';
import { formatCompanyId } from './company-groups.js';
import type { NafLinks } from './naf-answer.render.js';
import { AnswerState } from './answer-state.js';
import { CompanyFlowController } from './company-flow.controller.js';
import { parsePlace, placeOptions, type Place } from './company-place.js';
import { ComboboxController } from './combobox.controller.js';
import { LiveRegionController } from '../../platform/live-region.controller.js';
import { renderField } from './field.render.js';
import { messages } from './opco-finder.messages.js';
import { styles } from './opco-finder.styles.js';
import { MAX_QUERY, collapse, routeSubmit } from './query-route.js';
import type { Suggestion } from './suggestions.render.js';
import { nameOf } from './convention-name.js';

/** An editor's text (label, placeholder): a string or a number of sane length; anything else gives our own text. */
const text = (value: unknown): string | undefined => {
  const read = readString(value, { max: 300 });
  return read.kind === 'ok' ? read.value : undefined;
};

/** The count is announced once typing pauses, not at every keystroke (screen readers would stutter). */
const ANNOUNCE_DELAY = 500;

/**
 * "Which OPCO is mine?": one field for an IDCC code, words of a convention collective or a
 * trade, a SIRET, a SIREN or a company name; suggestions as the user types (ARIA combobox:
 * conventions from the bundled data at once, companies from the API Recherche d'entreprises
 * after a pause), and an answer a user can trust: the OPCO's card, the convention, where the
 * data comes from, and honest wording for merged, split, shared, special and unknown codes.
 * For a company, each establishment's IDCCs lead to their OPCOs, grouped by OPCO.
 * The IDCC and word search work offline; only company look-ups use the network.
 *
 * The finder has no title of its own (its field's label says what to type): `heading="…"` adds
 * one above the field, at `heading-level`; the answer's headline takes that level, or the next
 * one under a title.
 *
 * Without JavaScript, the light-DOM content (a link to France compétences, say) is shown; once
 * the element renders it is hidden, because the shadow root has no slot.
 *
 * @tagname opco-finder
 * @summary Finds an employer's OPCO from an IDCC, the name of a convention collective, a SIRET, a SIREN or a company name.
 * @fires opco-found - An OPCO was found (detail: `OpcoFoundDetail`; from a company, `company: { siren, siret?, name, headcount? }`, name empty when not public); inside an `<opco-provider>` it becomes the page's selection (headcount included).
 * @fires opco-not-found - The query leads to no single OPCO (detail: `{ query, reason }`, reason `invalid`, `unknown`, `special`, `shared`, `no-result`, `closed`, `no-idcc`, `public-employer`, `service-error`, or `activity-code` when an APE code got suggestions).
 * @fires opco-reset - The user started a new search.
 * @csspart base - The whole widget.
 * @csspart heading - The title set with `heading="…"` (none by default).
 * @csspart label - The field's label.
 * @csspart hint - The help text under the label.
 * @csspart input - The text field.
 * @csspart place - The optional "town or postcode" field narrowing a company name search (shown while the company look-up is on).
 * @csspart public-employer - A public employer's answer: no OPCO for public agents, who funds training and apprentices.
 * @csspart listbox - The list of suggestions.
 * @csspart option - Each suggestion.
 * @csspart company-status - The company look-up's progress or failure message.
 * @csspart answer - The answer block.
 * @csspart answer-heading - The answer's heading.
 * @csspart summary - The answer's one-sentence summary.
 * @csspart convention - The line naming the convention and its IDCC.
 * @csspart company - The line naming the company, its SIREN and headcount.
 * @csspart candidates - The list of OPCOs when several are possible.
 * @csspart choose - The "Retenir …" button of each OPCO when a company has several.
 * @csspart to-check - A company's IDCCs that lead to no single OPCO.
 * @csspart overseas - The note on AKTO acting for other OPCOs overseas.
 * @csspart provenance - The source and date of the data.
 * @csspart link - The link to France compétences.
 * @csspart reset - The "Nouvelle recherche" button.
 * @csspart status - Messages (bad attribute, nothing found, things to check).
 * @csspart card - The OPCO card (its `base` part).
 * @csspart card-heading - The OPCO card's heading.
 * @csspart card-link - The OPCO card's links.
 */
export class OpcoFinder extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** An IDCC to answer at once (1 to 4 digits, e.g. `1979`), as if the user had typed it. */
  @property() idcc?: string;

  /**
   * A SIRET (14 digits, spaces allowed) to look up at once: the answer shows that establishment's
   * OPCO. Needs the company look-up; if it fails and `idcc` is also set, the IDCC is answered.
   */
  @property() siret?: string;

  /**
   * Address of the company search API, or of a partner's relay to it (absolute, or relative to
   * the page). Default: the public API, https://recherche-entreprises.api.gouv.fr.
   */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * `off`: no company look-up at all, nothing leaves the page; the field searches IDCCs and
   * convention words only. Default: on.
   */
  @property({ attribute: 'company-lookup' }) companyLookup?: string;

  /** Time allowed to the company search API per request, in ms (default 8000). Property only. */
  @property({ attribute: false }) timeout?: number;

  /** Text of the field's label. Default: "Votre convention collective ou votre entreprise" ("Votre convention collective" when the company look-up is off). */
  @property() label?: string;

  /** Example text shown in the empty field. Default: none (the help text says what to type). */
  @property() placeholder?: string;

  /** Tighter spacing and short OPCO cards, for sidebars. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Maximum number of convention suggestions, from 1 to 50. Default 8. */
  @property() limit?: string | number;

  /** Suggest only the conventions of this OPCO (for an OPCO's own site), e.g. `akto`. A typed IDCC is still answered truthfully. */
  @property() opco?: string;

  /** The text in the field. */
  @state() private fieldText = '';

  /** The optional town or postcode narrowing a company name search. */
  @state() private placeText = '';

  @query('#input') private input?: HTMLInputElement;

  private readonly answer = new AnswerState(this);
  /** What the polite live region says. */
  private readonly announcer = new LiveRegionController(this, ANNOUNCE_DELAY);

  private readonly combobox = new ComboboxController<Suggestion>(this, {
    choose: (item) => this.choose(item),
    submit: () => this.submit(),
    clear: () => this.handleQuery(''),
  });

  private readonly companies = new CompanyFlowController(this, {
    resolveOpco: (idcc) => this.data.resolveOpco(idcc),
    fieldText: () => collapse(this.fieldText),
    conventionCount: () => this.conventionItems.length,
    show: (answer, field) => this.show(answer, field),
    offer: (companies, asked) => this.offer(companies, asked),
    idccFallback: () => this.resolveIdccAttribute(),
    place: () => placeOptions(this.place),
  });

  private place: Place = {};

  /** The attributes as parsed at the last update. */
  private attrs = DEFAULT_ATTRIBUTES;
  /** The convention suggestions for the field's text; company ones are appended when they come. */
  private conventionItems: readonly Suggestion[] = [];

  /** The current answer's resolution (IDCC → OPCO), or undefined. */
  get result(): Resolution | undefined {
    const answer = this.answer.current;
    return answer?.kind === 'resolution' ? answer.resolution : undefined;
  }

  /** The company of the current answer (from a SIRET, SIREN or name), or undefined. */
  get company(): Company | undefined {
    const answer = this.answer.current;
    return answer?.kind === 'company' ? answer.model.company : undefined;
  }

  /** Clears the field and the answer, as the "Nouvelle recherche" button does. */
  reset(): void {
    const had = this.answer.clear();
    this.handleQuery('');
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // cheap, and redone each time so that the messages follow a change of language
    const parsed = (this.attrs = parseAttributes(this, this.t(messages), this.data));
    this.report(parsed.problems);
    this.companies.configure({ enabled: parsed.lookup, apiBase: parsed.apiBase, timeoutMs: parsed.timeoutMs });
    // the SIRET is the more precise of the two: it wins, and the IDCC is its fallback
    if (parsed.siret !== null && (changed.has('siret') || changed.has('apiBase') || changed.has('companyLookup'))) {
      this.fieldText = formatCompanyId(parsed.siret);
      this.combobox.setItems([], false);
      this.companies.prefill(parsed.siret);
    } else if (changed.has('idcc') && parsed.siret === null) this.resolveIdccAttribute();
  }

  /** `idcc="…"`: answered at load and whenever it changes, as if typed and confirmed. False when there is none. */
  private resolveIdccAttribute(): boolean {
    if (isAbsent(this.idcc)) return false;
    // an invalid one is shown as an attribute error (attrs.idcc is then undefined)
    const idcc = this.attrs.idcc;
    if (idcc !== undefined) {
      const resolution = this.data.resolveOpco(idcc);
      const field = resolution.kind !== 'invalid' && resolution.convention ? nameOf(resolution.convention) : undefined;
      this.show({ kind: 'resolution', query: idcc, resolution }, field ?? idcc);
    }
    return true;
  }

  /**
   * Every change of the field lands here: conventions are searched locally at once; company
   * input (SIRET, SIREN, name of 3+ letters) goes to the look-up, which waits for a pause in typing.
   */
  protected handleQuery(raw: string): void {
    const value = raw.length > MAX_QUERY ? raw.slice(0, MAX_QUERY) : raw;
    this.fieldText = value;
    const text = collapse(value);
    const hits = text ? this.data.searchConventions(text, { limit: this.attrs.limit, opco: this.attrs.opcoFilter }) : [];
    this.conventionItems = hits.map((hit): Suggestion => ({ kind: 'convention', hit }));
    this.combobox.setItems(this.conventionItems, text !== '');
    this.companies.input(text);
    if (text) this.announcer.later(this.countSentence);
    else this.announcer.say('');
  }

  /** "3 conventions suggérées… 2 entreprises trouvées." for the live region. */
  private readonly countSentence = (): string => {
    const t = this.t(messages);
    const conventions = t.count(this.conventionItems.length);
    const companies = this.companies.resultsFor(collapse(this.fieldText));
    return companies ? `${conventions} ${t.companyCount(companies.length)}` : conventions;
  };

  /** Company suggestions, below the conventions. */
  private offer(companies: readonly Company[], asked: boolean): void {
    const items = [...this.conventionItems, ...companies.map((company): Suggestion => ({ kind: 'company', company }))];
    // after Enter the list opens and says how many; while typing, the option the visitor is on stays active
    this.combobox.setItems(items, asked || this.shadowRoot?.activeElement === this.input, !asked);
    if (asked) this.announcer.say(this.t(messages).companyCount(companies.length));
    else this.announcer.later(this.countSentence, ANNOUNCE_DELAY / 5);
  }

  /** Enter with no suggestion selected: what happens depends on what the field holds. */
  private submit(): void {
    const text = collapse(this.fieldText);
    const items = this.combobox.items;
    const lookup = this.companies.enabled;
    switch (routeSubmit(text, { suggestions: items.length, lookup, companiesDone: this.companies.doneFor(text) })) {
      case 'none':
        return;
      case 'idcc':
        return this.show({ kind: 'resolution', query: text, resolution: this.data.resolveOpco(text) });
      case 'lookup-off':
        return this.show({ kind: 'company-id', query: text });
      case 'company-id':
        this.combobox.setItems([], false);
        return this.companies.submit(text, 'id');
      case 'only-suggestion':
        return this.combobox.choose(0);
      case 'ask':
        this.combobox.setItems(items, true);
        return this.announcer.say(this.t(messages).chooseOne(items.length));
      case 'company-name':
        return this.companies.submit(text, 'name');
      case 'no-result':
        return this.show({ kind: 'no-result', query: text, companies: this.companies.resultsFor(text) !== null });
      case 'naf':
        this.companies.clear();
        return this.show({ kind: 'naf', query: text, result: this.nafContext.suggest(text) });
    }
  }

  private choose(item: Suggestion): void {
    const typed = collapse(this.fieldText);
    if (item.kind === 'company') return this.companies.choose(item.company, typed);
    const { convention } = item.hit;
    this.companies.clear();
    const resolution = this.data.resolveOpco(convention.idcc);
    this.show({ kind: 'resolution', query: typed, resolution }, nameOf(convention) ?? convention.idcc);
  }

  /** Shows an answer (the list closes); `field`: what the field then holds. */
  private show(answer: Answer, field?: string): void {
    if (field !== undefined) this.fieldText = field;
    this.combobox.setItems([], false);
    this.companies.forget();
    this.answer.show(answer);
    this.announcer.say(announcement(answer, { t: this.t(messages), lang: this.lang_ }));
  }

  /** An APE answer: each candidate's OPCO, and "see its OPCO" answers that IDCC. */
  private readonly nafContext: NafLinks = {
    suggest: (code: string) => conventionsForNafWith(code, (idcc) => this.data.findConvention(idcc)),
    opcoOf: (c: { readonly convention: { readonly opco: string | null } }) => (c.convention.opco ? this.data.getOpco(c.convention.opco) : undefined),
    pick: (idcc: string) => {
      const resolution = this.data.resolveOpco(idcc);
      const convention = this.data.findConvention(idcc);
      this.show({ kind: 'resolution', query: idcc, resolution }, (convention && nameOf(convention)) ?? idcc);
      this.input?.focus();
    },
  };

  private readonly onInput = (event: Event): void => {
    this.handleQuery((event.target as HTMLInputElement).value);
  };

  private readonly onPlaceInput = (event: Event): void => {
    this.placeText = (event.target as HTMLInputElement).value.slice(0, 60);
    const next = parsePlace(this.placeText);
    const same = next.postcode === this.place.postcode && next.town === this.place.town;
    this.place = next;
    if (!same) this.companies.placeChanged();
  };

  /** Enter in the place field: the same as Enter in the main field. */
  private readonly onPlaceKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  };

  private readonly onReset = (): void => {
    this.reset();
    // the button leaves with the answer: the keyboard goes back to the field, not to the page
    this.input?.focus();
  };

  protected override render() {
    const t = this.t(messages);
    const heading = this.headingFor(null);
    return html`<div class="finder frame" part="base">
      ${renderHeading(heading, { id: 'heading', part: 'heading', className: 'title' })}
      ${renderProblems(this.attrs.problems)} ${this.headingProblem()}
      ${renderField({
        t,
        lang: this.lang_,
        lookup: this.companies.enabled,
        label: text(this.label),
        placeholder: text(this.placeholder),
        value: this.fieldText,
        spoken: this.announcer.text,
        combobox: this.combobox,
        companies: this.companies.visibleState,
        place: { value: this.placeText, invalid: this.place.invalid, onInput: this.onPlaceInput, onKeydown: this.onPlaceKeydown },
        opcoName: (id) => this.data.getOpco(id)?.shortName ?? id,
        onInput: this.onInput,
      })}
      ${this.answer.current
        ? renderAnswer(this.answer.current, {
            t,
            lang: this.lang_,
            level: heading.inner,
            compact: this.compact,
            theme: this.getAttribute('data-theme') ?? 'light',
            onReset: this.onReset,
            chosen: this.answer.chosen,
            onChoose: this.answer.choose,
            naf: this.nafContext,
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
