import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Resolution } from '../../../data/index.js';
// from the service's modules, not its index: the index's default client carries the data module's table
import type { CompanySearchError } from '../../../services/company-search/index.js';
import { CompanySearchSession, type CompanySearchState, type SessionSearchOptions } from '../../../services/company-search/session.js';
import { detectQueryKind } from '../../../services/company-search/query-kind.js';
import { createSearchClient } from '../../../services/company-search/client.js';
import { pageClock, type TimerId } from '../../../services/clock.js';

/**
 * After the service failed (down, timed out, answered garbage), names typed in the next 30 s
 * are not sent while typing: each would likely fail too, after a long wait, and a struggling
 * API is better left alone. Enter and SIRET/SIREN numbers still try (the visitor asked).
 */
const PAUSE_AFTER_FAILURE_MS = 30_000;

const failed = (e: CompanySearchError): boolean =>
  e.kind === 'network' || e.kind === 'timeout' || e.kind === 'bad-response' || (e.kind === 'http' && e.status >= 500);

/** How the host wants the look-up set up; a change of any field builds a new client. */
export interface CompanySearchConfig {
  /** False: no client, no request, ever (`company-lookup="off"` or a bad `api-base`). */
  readonly enabled: boolean;
  /** Undefined: the client's default (the public API). */
  readonly apiBase: string | undefined;
  /** Undefined: the client's default. */
  readonly timeoutMs: number | undefined;
}

export interface CompanySearchHostOptions {
  /**
   * IDCC → OPCO with the host's current data (a provider's tables, else the bundled ones). Called
   * at each answer, not captured once, so a provider that swaps its data is followed.
   */
  resolveOpco(idcc: unknown): Resolution;
  /** Every state change (after the host was asked to update). */
  onChange?(state: CompanySearchState): void;
  /** The place (postcode or town) narrowing name searches, read at each search. */
  place?(): SessionSearchOptions;
}

const IDLE: CompanySearchState = { status: 'idle', input: '', kind: 'empty' };

/**
 * The finder's company look-up as a Lit reactive controller: it owns a `CompanySearchSession`
 * (debounce, latest-wins, idle/loading/results/error), re-renders the host on each state change
 * and drops the session when the host leaves the page, so a detached widget never keeps a
 * request or a timer alive.
 *
 * After a 429 it retries once, when the server's Retry-After has passed and only if the field
 * still holds the same text: the visitor is not asked to press Enter again, and the API is never
 * asked sooner than it allowed.
 */
export class CompanySearchController implements ReactiveController {
  private session?: CompanySearchSession;
  private unsubscribe?: () => void;
  private config: CompanySearchConfig = { enabled: false, apiBase: undefined, timeoutMs: undefined };
  private retryTimer?: TimerId;
  private retried = new Set<string>();
  private connected = false;
  private pausedUntil = 0;
  /** The text whose look-up was on its way when the host left the page. */
  private resume?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CompanySearchHostOptions,
  ) {
    host.addController(this);
  }

  /** The session's state; `idle` while the look-up is off or the host is detached. */
  get state(): CompanySearchState {
    return this.session?.state ?? IDLE;
  }

  get enabled(): boolean {
    return this.config.enabled;
  }

  /** Applies the host's attributes; cheap when nothing changed (called from `willUpdate`). */
  configure(config: CompanySearchConfig): void {
    const same = config.enabled === this.config.enabled && config.apiBase === this.config.apiBase && config.timeoutMs === this.config.timeoutMs;
    if (same) return;
    this.config = config;
    this.teardown();
    if (this.connected) this.setup();
  }

  /** A keystroke: company input is searched after the debounce; anything else goes idle at once. */
  input(text: string): void {
    if (pageClock().now() < this.pausedUntil && detectQueryKind(text) === 'name') return;
    this.session?.input(text, this.options.place?.() ?? {});
  }

  /** Enter, or a prefilled `siret`: searches now. Resolves when the answer (or error) is in. */
  submit(text: string): Promise<void> {
    return this.session?.submit(text, this.options.place?.() ?? {}) ?? Promise.resolve();
  }

  /** The place changed: a name's results are for the old place, so the name is searched again. */
  placeChanged(text: string): void {
    if (detectQueryKind(text) !== 'name') return;
    this.session?.clear();
    this.input(text);
  }

  /** Back to idle: a running request is aborted and its late answer ignored. */
  clear(): void {
    pageClock().clearTimeout(this.retryTimer);
    this.session?.clear();
  }

  hostConnected(): void {
    this.connected = true;
    if (!this.session) this.setup();
    // removed while a look-up was on its way and put back (a framework moving it): asked again, so
    // that the field's text gets its answer or its failure, not silence
    const resume = this.resume;
    this.resume = undefined;
    if (resume !== undefined) void this.submit(resume);
  }

  hostDisconnected(): void {
    this.connected = false;
    const s = this.session?.state;
    this.resume = s?.status === 'loading' ? s.input : undefined;
    this.teardown();
  }

  private setup(): void {
    if (!this.config.enabled) return;
    const client = createSearchClient({
      ...(this.config.apiBase === undefined ? {} : { apiBase: this.config.apiBase }),
      ...(this.config.timeoutMs === undefined ? {} : { timeoutMs: this.config.timeoutMs }),
      resolveOpco: (idcc) => this.options.resolveOpco(idcc),
    });
    const session = new CompanySearchSession(client);
    this.session = session;
    this.unsubscribe = session.subscribe((state) => this.changed(state));
  }

  private teardown(): void {
    pageClock().clearTimeout(this.retryTimer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session?.dispose();
    this.session = undefined;
    this.retried.clear();
    this.pausedUntil = 0;
  }

  private changed(state: CompanySearchState): void {
    pageClock().clearTimeout(this.retryTimer);
    if (state.status === 'error' && failed(state.error)) this.pausedUntil = pageClock().now() + PAUSE_AFTER_FAILURE_MS;
    // a wait cut short (the server asked for longer) is not retried by itself: the visitor decides
    if (state.status === 'error' && state.error.kind === 'rate-limited' && !state.error.capped && !this.retried.has(state.input)) {
      this.retried.add(state.input);
      const input = state.input;
      this.retryTimer = pageClock().setTimeout(
        () => {
          const now = this.session?.state;
          if (now?.status === 'error' && now.input === input) void this.submit(input);
        },
        state.error.retryAfter * 1000 + 50,
      );
    }
    this.host.requestUpdate();
    this.options.onChange?.(state);
  }
}
