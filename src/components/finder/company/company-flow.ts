// The finder's company path: what Enter on a SIRET, SIREN or name, a chosen company or a
// prefilled `siret` lead to once the API has answered. The session itself (debounce, latest
// wins, retry after a 429, pause after failures) is CompanySearchController's. A plain class (it
// has no host lifecycle of its own: the controller it holds has), hence not a *.controller.ts.
import type { ReactiveControllerHost } from 'lit';
import type { Resolution } from '../../../data/index.js';
import { emit } from '../../../platform/events.js';
import type { Company, CompanySearchState, SessionSearchOptions } from '../../../services/company-search/index.js';
import type { Answer } from '../answer.js';
import { companyModel } from './company-groups.js';
import { CompanySearchController, type CompanySearchConfig } from './company-search.controller.js';
import { companyFieldText } from '../query-route.js';

/** Enter on a company query, or a prefilled `siret`, waiting for the API. */
interface Pending {
  readonly text: string;
  readonly mode: 'id' | 'name' | 'prefill';
}

/** What the flow needs from the finder; it never touches the finder's DOM or state itself. */
export interface CompanyFlowHost {
  /** IDCC → OPCO with the finder's current data (see CompanySearchHostOptions). */
  resolveOpco(idcc: unknown): Resolution;
  /** The field's text, collapsed: results for any other text are stale. */
  fieldText(): string;
  /** How many conventions are suggested for the field's text. */
  conventionCount(): number;
  /** Shows an answer; `field`: what the field then holds (unchanged when undefined). */
  show(answer: Answer, field?: string): void;
  /** Companies to choose from: `asked` after Enter (the list opens), else arriving as the visitor types. */
  offer(companies: readonly Company[], asked: boolean): void;
  /** The prefilled SIRET could not be looked up: answer the `idcc` attribute; false when there is none. */
  idccFallback(): boolean;
  /** The place (postcode or town) narrowing name searches. */
  place(): SessionSearchOptions;
}

/** The company look-up of the finder, from a keystroke to an answer (or an `opco-not-found`). */
export class CompanyFlow {
  private readonly search: CompanySearchController;
  private pending: Pending | null = null;
  /** The text the visitor asked companies for (Enter on a name, a SIRET/SIREN): its failures are shown. */
  private asked: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly finder: CompanyFlowHost,
  ) {
    this.search = new CompanySearchController(host, {
      resolveOpco: (idcc) => finder.resolveOpco(idcc),
      onChange: (s) => this.changed(s),
      place: () => finder.place(),
    });
  }

  /** The look-up's state, for the notices; `idle` while it is off. */
  get state(): CompanySearchState {
    return this.search.state;
  }

  /**
   * The state the notices show. A failure of the company service is not shown under convention
   * suggestions for words the visitor did not ask companies for ("coiffeur": the convention is
   * the answer), only after Enter with no convention, a SIRET/SIREN, or a name no convention matches.
   */
  get visibleState(): CompanySearchState {
    const s = this.search.state;
    if (s.status !== 'error' || s.kind !== 'name' || this.asked === s.input) return s;
    return this.finder.conventionCount() > 0 ? { status: 'idle', input: s.input, kind: s.kind } : s;
  }

  /** The place changed: the field's name is searched again for it. */
  placeChanged(): void {
    this.search.placeChanged(this.finder.fieldText());
  }

  get enabled(): boolean {
    return this.search.enabled;
  }

  configure(config: CompanySearchConfig): void {
    this.search.configure(config);
  }

  /** A keystroke: a waiting Enter is forgotten; company input is searched once typing pauses. */
  input(text: string): void {
    this.pending = null;
    if (text !== this.asked) this.asked = null;
    this.search.input(text);
  }

  /** `siret="…"`: looked up now, and answered as if typed and confirmed. */
  prefill(siret: string): void {
    this.pending = { text: siret, mode: 'prefill' };
    this.asked = siret;
    void this.search.submit(siret);
  }

  /** Enter on a SIRET, SIREN or name: answered from the results already in, else looked up now. */
  submit(text: string, mode: 'id' | 'name'): void {
    this.asked = text;
    const companies = this.resultsFor(text);
    if (companies) {
      this.answer(companies, { text, mode });
      return;
    }
    this.pending = { text, mode };
    void this.search.submit(text);
  }

  /** A company chosen (or the only one found): its answer; the look-up goes idle. */
  choose(company: Company, query: string): void {
    this.search.clear();
    this.finder.show({ kind: 'company', query, model: companyModel(company) }, companyFieldText(company, query));
  }

  /** The companies found for `text`, or null while there are none (yet, or for another text). */
  resultsFor(text: string): readonly Company[] | null {
    const s = this.search.state;
    return s.status === 'results' && s.input === text ? s.result.companies : null;
  }

  /** The look-up answered or failed for `text`: asking again now would not help. */
  doneFor(text: string): boolean {
    const s = this.search.state;
    return (s.status === 'results' || s.status === 'error') && s.input === text;
  }

  /** An answer is on screen: a late company answer must not replace it. */
  forget(): void {
    this.pending = null;
  }

  /** Back to idle: a running request is aborted and its late answer ignored. */
  clear(): void {
    this.search.clear();
  }

  private changed(s: CompanySearchState): void {
    const pending = this.pending;
    if (pending && s.input === pending.text && (s.status === 'results' || s.status === 'error')) {
      this.pending = null;
      // out of the session's notification: the answer may clear the session
      queueMicrotask(() => (s.status === 'results' ? this.answer(s.result.companies, pending) : this.failed(s, pending)));
      return;
    }
    if (s.status === 'results' && s.input === this.finder.fieldText()) this.finder.offer(s.result.companies, false);
  }

  /** Enter (or a prefilled SIRET) after the API answered. */
  private answer(companies: readonly Company[], { text, mode }: Pending): void {
    // a name that also matches conventions is never answered for the visitor: they choose
    if (companies.length === 1 && (mode !== 'name' || this.finder.conventionCount() === 0)) {
      this.choose(companies[0]!, text);
    } else if (companies.length === 0) {
      this.finder.show(mode === 'name' ? { kind: 'no-result', query: text, companies: true } : { kind: 'company-none', query: text });
    } else this.finder.offer(companies, true);
  }

  private failed(s: Extract<CompanySearchState, { status: 'error' }>, { text, mode }: Pending): void {
    if (mode === 'prefill' && this.finder.idccFallback()) return;
    if (mode === 'name') {
      this.finder.show({ kind: 'no-result', query: text, companies: false });
      return;
    }
    // the notice under the field says what went wrong; the page hears it through the event
    if (s.error.kind !== 'invalid-input') emit(this.host, 'opco-not-found', { query: text, reason: 'service-error' });
  }
}
