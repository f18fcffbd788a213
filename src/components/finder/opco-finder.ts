import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Resolution } from '../../data/index.js';
import { conventionsForNaf } from '../../data/naf.js';
import { publicServiceOf } from '../../data/public-employers.js';
import { defineElement } from '../../platform/define.js';
import { emit } from '../../platform/events.js';
import { OpcoHeadedElement } from '../../platform/opco-headed-element.js';
import { renderHeading } from '../../platform/heading.render.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { isAbsent, valueOr } from '../../platform/attributes.js';
import { deepFreeze } from '../../data/freeze.js';
import { readAudience } from '../../platform/next-step.js';
import { renderProblems } from '../../platform/status.render.js';
import { statusStyles } from '../../platform/status.styles.js';
import type { Company } from '../../services/company-search/index.js';
import { announcement, type Answer } from './answer.js';
import { renderAnswer } from './answer.render.js';
import { DEFAULT_ATTRIBUTES, FINDER_SPEC, parseAttributes } from './attributes.js';
import { readTextOf, specOf } from '../../platform/attribute-spec.js';
import { formatCompanyId } from './company/company-groups.js';
import type { NafLinks } from './naf-answer.render.js';
import { AnswerState } from './answer-state.js';
import { CompanyFlow } from './company/company-flow.js';
import { parsePlace, placeOptions, type Place } from './company/company-place.js';
import { ComboboxController } from './combobox.controller.js';
import { LiveRegionController } from '../../platform/live-region.controller.js';
import { ConventionsController } from '../../platform/conventions.controller.js';
import { renderTableStatus } from '../../platform/conventions-status.render.js';
import { answerData } from '../../platform/answer-rows.js';
import { renderField } from './field.render.js';
import { messages } from './opco-finder.messages.js';
import { styles } from './opco-finder.styles.js';
import { MAX_QUERY, collapse, routeSubmit } from './query-route.js';
import type { Suggestion } from './suggestions.render.js';
import { nameOf } from './convention-name.js';

/** An editor's text (label, placeholder): a string or a number of sane length; anything else gives our own text. */
const text = (value: unknown, prop: 'label' | 'placeholder'): string | undefined => valueOr(readTextOf(specOf(FINDER_SPEC, prop), value), undefined);

/** The count is announced once typing pauses, not at every keystroke (screen readers would stutter). */
const ANNOUNCE_DELAY = 500;

/**
 * « Quel est mon OPCO ? » : un seul champ pour un code IDCC, des mots d’une convention collective
 * ou d’un métier, un SIRET, un SIREN ou le nom d’une entreprise ; des suggestions pendant la
 * saisie (liste déroulante accessible, combobox ARIA : les conventions des données embarquées
 * tout de suite, les entreprises de l’API Recherche d’entreprises après une pause), et une
 * réponse fiable : la fiche de l’OPCO, la convention, la source des données, et une formulation
 * honnête pour les codes fusionnés, scindés, partagés, particuliers ou inconnus.
 * Pour une entreprise, les IDCC de chaque établissement mènent à leurs OPCO, regroupés par OPCO.
 * La recherche par IDCC et par mots fonctionne hors ligne ; seule la recherche d’entreprise
 * passe par le réseau.
 *
 * Le widget n’a pas de titre à lui (l’intitulé du champ dit quoi saisir) : `heading="…"` en
 * ajoute un au-dessus du champ, au niveau `heading-level` ; le titre de la réponse prend ce
 * niveau, ou le suivant sous un titre.
 *
 * Sans JavaScript, le contenu placé dans la balise (un lien vers France compétences, par
 * exemple) s’affiche ; dès que le widget s’affiche, ce contenu est masqué.
 *
 * @tagname opco-finder
 * @summary Trouve l’OPCO d’un employeur à partir d’un IDCC, du nom d’une convention collective, d’un SIRET, d’un SIREN ou du nom de l’entreprise.
 * @fires opco-found - Un OPCO a été trouvé (détail : `OpcoFoundDetail` ; depuis une entreprise, `company: { siren, siret?, name, headcount? }`, `name` vide s’il n’est pas public) ; dans un `<opco-provider>`, il devient la sélection de la page (effectif compris).
 * @fires opco-not-found - La recherche ne mène pas à un seul OPCO (détail : `{ query, reason }`, `reason` vaut `invalid`, `unknown`, `special`, `shared`, `no-result`, `closed`, `no-idcc`, `public-employer`, `service-error`, ou `activity-code` quand un code APE a donné des suggestions).
 * @fires opco-reset - L’utilisateur a lancé une nouvelle recherche.
 * @csspart base - Le widget entier.
 * @csspart heading - Le titre donné par `heading="…"` (aucun par défaut).
 * @csspart label - L’intitulé du champ.
 * @csspart hint - Le texte d’aide sous l’intitulé.
 * @csspart input - Le champ de saisie.
 * @csspart place - Le champ facultatif « commune ou code postal » qui affine une recherche par nom d’entreprise (visible quand la recherche d’entreprise est active).
 * @csspart public-employer - La réponse pour un employeur public : pas d’OPCO pour les agents publics, qui finance leur formation et les apprentis.
 * @csspart listbox - La liste des suggestions.
 * @csspart option - Chaque suggestion.
 * @csspart company-status - L’avancement ou l’échec de la recherche d’entreprise.
 * @csspart answer - Le bloc de la réponse.
 * @csspart answer-heading - Le titre de la réponse.
 * @csspart summary - La phrase qui résume la réponse.
 * @csspart convention - La ligne qui nomme la convention et son IDCC.
 * @csspart company - La ligne qui nomme l’entreprise, son SIREN et son effectif.
 * @csspart candidates - La liste des OPCO quand plusieurs sont possibles.
 * @csspart choose - Le bouton « Retenir … » de chaque OPCO quand une entreprise en a plusieurs.
 * @csspart to-check - Les IDCC d’une entreprise qui ne mènent pas à un seul OPCO.
 * @csspart overseas - La note sur AKTO, qui agit pour d’autres OPCO outre-mer.
 * @csspart provenance - La source et la date des données.
 * @csspart link - Chaque lien externe (France compétences, les sources citées).
 * @csspart reset - Le bouton « Nouvelle recherche ».
 * @csspart search - Le bouton « Rechercher » à côté du champ (comme Entrée).
 * @csspart next-step - La prochaine étape pour le public choisi (`audience`) : une phrase et un lien vers la page de l’OPCO.
 * @csspart action - Le lien principal de la prochaine étape.
 * @csspart more - Le dépliant « En savoir plus sur … » (la fiche de l’OPCO).
 * @csspart status - Les messages (attribut invalide, aucun résultat, points à vérifier).
 * @csspart card - La fiche de l’OPCO (sa partie `base`).
 * @csspart card-heading - Le titre de la fiche de l’OPCO.
 * @csspart card-link - Les liens de la fiche de l’OPCO.
 */
export class OpcoFinder extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** Un IDCC à afficher d’emblée (1 à 4 chiffres, par ex. `1979`), comme si l’utilisateur l’avait saisi. */
  @property() idcc?: string;

  /**
   * Un SIRET (14 chiffres, espaces admis) à rechercher d’emblée : la réponse montre l’OPCO de cet
   * établissement. Demande la recherche d’entreprise ; si elle échoue et que `idcc` est aussi renseigné, c’est l’IDCC qui est affiché.
   */
  @property() siret?: string;

  /**
   * Adresse de l’API de recherche d’entreprises, ou d’un relais partenaire vers elle (absolue, ou
   * relative à la page). Par défaut : l’API publique, https://recherche-entreprises.api.gouv.fr.
   * Seuls le texte saisi (SIRET, SIREN ou nom) et des paramètres fixes lui sont envoyés, sans cookie.
   */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * `off` : aucune recherche d’entreprise, rien ne sort de la page ; le champ cherche seulement les
   * IDCC et les mots des conventions, et un SIRET saisi reçoit le conseil d’utiliser l’IDCC.
   * Par défaut : active.
   */
  @property({ attribute: 'company-lookup' }) companyLookup?: string;

  /** Délai accordé à l’API de recherche d’entreprises pour chaque requête, en ms (8000 par défaut). Propriété JavaScript seulement. */
  @property({ attribute: false }) timeout?: number;

  /** Texte de l’intitulé du champ. Par défaut : « Votre convention collective ou votre entreprise » (« Votre convention collective » quand la recherche d’entreprise est désactivée). */
  @property() label?: string;

  /** Exemple affiché dans le champ vide. Par défaut : aucun (le texte d’aide dit quoi saisir). */
  @property() placeholder?: string;

  /** Espacements resserrés et fiches d’OPCO courtes, pour les colonnes latérales. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Nombre maximal de conventions suggérées, de 1 à 50. Par défaut 8. */
  @property() limit?: string | number;

  /** À qui s’adresse la prochaine étape de la réponse : `employer` (employeur qui embauche un apprenti, par défaut), `training-centre` (centre de formation, CFA) ou `apprentice` (apprenti). */
  @property() audience?: string;

  /** Ne suggérer que les conventions de cet OPCO (pour le site d’un OPCO), par ex. `akto`. Un IDCC saisi reçoit quand même sa vraie réponse. */
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

  /**
   * The convention table: asked for as the finder connects, in parallel with its first render (an IDCC
   * is answered before it is in, from the untitled rows in the file: answerData()).
   */
  private readonly conventions = new ConventionsController(this, {
    when: 'now',
    given: () => this.ownData,
    onReady: () => this.tableArrived(),
  });
  /** The dataset in use (the provider's, else the page's convention table). */
  private get data() {
    return this.conventions.data;
  }
  /** What the visitor (or an `idcc`/`siret` attribute) asked for before the table was in: done when it is. */
  private pending?: () => void;

  private readonly companies = new CompanyFlow(this, {
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

  /** La résolution de la réponse affichée (IDCC → OPCO), sinon `undefined`. */
  get result(): Resolution | undefined {
    const answer = this.answer.current;
    // frozen: a host that changes it changes nothing the finder shows
    return answer?.kind === 'resolution' ? deepFreeze(answer.resolution) : undefined;
  }

  /** L’entreprise de la réponse affichée (trouvée par SIRET, SIREN ou nom), sinon `undefined`. */
  get company(): Company | undefined {
    const answer = this.answer.current;
    return answer?.kind === 'company' ? deepFreeze(answer.model.company) : undefined;
  }

  /** Vide le champ et la réponse, comme le bouton « Nouvelle recherche ». */
  reset(): void {
    const had = this.answer.clear();
    this.handleQuery('');
    if (had) emit(this, 'opco-reset', {});
  }

  /** Place le focus dans le champ de saisie. */
  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else super.focus(options);
  }

  /** Runs `action` now if the table is in, else once it is (the last one asked wins), loading it now. */
  private whenTable(action: () => void): void {
    if (this.conventions.ready) return action();
    this.pending = action;
    this.conventions.need();
    this.requestUpdate();
  }

  /** Runs `action` once the page's table (and its APE/NAF links) is in; `naf` asked for it already. */
  private whenNaf(action: () => void): void {
    this.pending = action;
    this.requestUpdate();
  }

  /** The table is in: suggestions for what was typed meanwhile, then what was asked. */
  private tableArrived(): void {
    const action = this.pending;
    this.pending = undefined;
    if (collapse(this.fieldText) && !this.answer.current) this.handleQuery(this.fieldText);
    action?.();
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
      const siret = parsed.siret;
      this.whenTable(() => this.companies.prefill(siret));
    } else if (changed.has('idcc') && parsed.siret === null) this.resolveIdccAttribute();
  }

  /** `idcc="…"`: answered at load and whenever it changes, as if typed and confirmed. False when there is none. */
  private resolveIdccAttribute(): boolean {
    if (isAbsent(this.idcc)) return false;
    // an invalid one is shown as an attribute error (attrs.idcc is then undefined)
    const idcc = this.attrs.idcc;
    if (idcc !== undefined) {
      const answer = () => {
        const resolution = this.data.resolveOpco(idcc);
        const field = resolution.kind !== 'invalid' && resolution.convention ? nameOf(resolution.convention) : undefined;
        this.show({ kind: 'resolution', query: idcc, resolution }, field ?? idcc);
      };
      if (!this.conventions.ready) this.answerBeforeTable(idcc, idcc, answer);
      else answer();
    }
    return true;
  }

  /**
   * An IDCC asked for before the table is in: answered now from the untitled rows in the file
   * (answerData), the title said to be on its way; `then` gives the whole answer once the table is in
   * (the page hears of it then, once).
   */
  private answerBeforeTable(query: string, field: string, then: () => void): void {
    const answer: Answer = { kind: 'resolution', query, resolution: answerData(query).resolveOpco(query), pending: true };
    this.show(answer, field);
    this.whenTable(() => {
      if (this.answer.current === answer) then();
    });
  }

  /**
   * Every change of the field lands here: conventions are searched locally at once; company
   * input (SIRET, SIREN, name of 3+ letters) goes to the look-up, which waits for a pause in typing.
   */
  protected handleQuery(raw: string): void {
    const value = raw.length > MAX_QUERY ? raw.slice(0, MAX_QUERY) : raw;
    this.fieldText = value;
    const text = collapse(value);
    if (!this.conventions.ready) {
      // answered when the table is in (tableArrived); the field keeps every keystroke meanwhile
      this.conventionItems = [];
      this.combobox.setItems([], false);
      if (text) this.conventions.need();
      return;
    }
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
    if (!this.conventions.ready) {
      // an IDCC needs no title to be answered: at once, from the file's untitled rows (even when the
      // table failed: the answer then says the title is not available)
      if (routeSubmit(text, { suggestions: 0, lookup: false, companiesDone: false }) === 'idcc') {
        return this.answerBeforeTable(text, this.fieldText, () => this.show({ kind: 'resolution', query: text, resolution: this.data.resolveOpco(text) }));
      }
      return this.whenTable(() => this.submit());
    }
    const items = this.combobox.items;
    const lookup = this.companies.enabled;
    switch (routeSubmit(text, { suggestions: items.length, lookup, companiesDone: this.companies.doneFor(text) })) {
      case 'none':
        return;
      case 'idcc': {
        const resolution = this.data.resolveOpco(text);
        // a public service's statutory code (5003, 5021, 5022, another 5xxx the table does not know): the public-employer answer
        const code = resolution.kind === 'found' ? null : /^\s*(?:idcc)?[\s:°n]*(\d{4})\s*$/i.exec(text)?.[1];
        const service = code ? publicServiceOf(code, this.data.findConvention(code) !== undefined) : null;
        if (code && service) return this.show({ kind: 'public', query: text, idcc: code, service });
        return this.show({ kind: 'resolution', query: text, resolution });
      }
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
      case 'naf': {
        this.companies.clear();
        const result = this.nafContext.suggest(text);
        // with a provider's dataset the APE/NAF tables come with the page's table: answered when it is in
        if (!result) return this.whenNaf(() => this.submit());
        return this.show({ kind: 'naf', query: text, result });
      }
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
    // an answer given before the table is said again once whole: with the convention's title
    this.announcer.say(announcement(answer, { t: this.t(messages), lang: this.lang_ }));
  }

  /** An APE answer: each candidate's OPCO, and "see its OPCO" answers that IDCC. */
  private readonly nafContext: NafLinks = {
    suggest: (code: string) => {
      const tables = this.conventions.naf;
      return tables && conventionsForNaf(code, (idcc) => this.data.findConvention(idcc), tables);
    },
    opcoOf: (c: { readonly convention: { readonly opco: string | null } }) => (c.convention.opco ? this.data.getOpco(c.convention.opco) : undefined),
    pick: (idcc: string) => {
      const resolution = this.data.resolveOpco(idcc);
      const convention = this.data.findConvention(idcc);
      this.show({ kind: 'resolution', query: idcc, resolution }, (convention && nameOf(convention)) ?? idcc);
      this.input?.focus();
    },
  };

  /** An answer given before the table is on screen: it says itself that its title is on the way. */
  private get answeredBeforeTable(): boolean {
    const answer = this.answer.current;
    return answer?.kind === 'resolution' && answer.pending === true;
  }

  /** The visitor is about to type: the table must be in by then. */
  private readonly onFocusIn = (): void => this.conventions.need();

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

  /** The "Rechercher" button: what Enter does in the field, and the keyboard stays there. */
  private readonly onSearch = (): void => {
    this.submit();
  };

  protected override render() {
    const t = this.t(messages);
    const heading = this.headingFor(null);
    const { audience, problem } = readAudience(this.audience, this.lang_);
    if (problem) this.report([problem]);
    return html`<div class="finder frame" part="base" @focusin=${this.onFocusIn}>
      ${renderHeading(heading, { id: 'heading', part: 'heading', className: 'title' })}
      ${renderProblems(problem ? [...this.attrs.problems, problem] : this.attrs.problems)} ${this.headingProblem()}
      ${renderField({
        t,
        lang: this.lang_,
        lookup: this.companies.enabled,
        label: text(this.label, 'label'),
        placeholder: text(this.placeholder, 'placeholder'),
        value: this.fieldText,
        spoken: this.announcer.text,
        combobox: this.combobox,
        companies: this.companies.visibleState,
        place: { value: this.placeText, invalid: this.place.invalid, onInput: this.onPlaceInput, onKeydown: this.onPlaceKeydown },
        opcoName: (id) => this.data.getOpco(id)?.shortName ?? id,
        onInput: this.onInput,
        onSearch: this.onSearch,
        answered: this.answer.current !== undefined,
      })}
      ${renderTableStatus(this.conventions, this.lang_, !this.answeredBeforeTable && (this.pending !== undefined || collapse(this.fieldText) !== ''))}
      ${
        this.answer.current
          ? renderAnswer(this.answer.current, {
              t,
              lang: this.lang_,
              level: heading.inner,
              compact: this.compact,
              theme: this.getAttribute('data-theme') ?? 'light',
              onReset: this.onReset,
              chosen: this.answer.chosen,
              onChoose: this.answer.choose,
              titlesPending: this.answeredBeforeTable && this.conventions.state.status !== 'failed',
              naf: this.nafContext,
              audience,
            })
          : nothing
      }
    </div>`;
  }
}

defineElement('opco-finder', OpcoFinder);

declare global {
  interface HTMLElementTagNameMap {
    'opco-finder': OpcoFinder;
  }
}
