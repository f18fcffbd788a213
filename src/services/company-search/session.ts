// A UI-agnostic search session: debounced typing, explicit submit, latest-wins, and a state a
// Lit ReactiveController (or any view) can render: idle | loading | results | error.
// A controller only has to `subscribe(() => host.requestUpdate())` and `dispose()` on disconnect.
import { createDebounce, type Debounced } from './debounce.js';
import { detectQueryKind } from './query-kind.js';
import type { CompanySearch, CompanySearchError, CompanySearchSuccess, InvalidInputReason, QueryKind } from './types.js';

export type CompanySearchState =
  /** Nothing to look up: empty, too short, or an IDCC-like input (`kind` tells the finder which). */
  | { status: 'idle'; input: string; kind: QueryKind }
  | { status: 'loading'; input: string; kind: QueryKind }
  | { status: 'results'; input: string; kind: QueryKind; result: CompanySearchSuccess }
  | { status: 'error'; input: string; kind: QueryKind; error: CompanySearchError };

export interface SessionSearchOptions {
  postcode?: string;
  town?: string;
}

// Input the user is still typing: stay quiet rather than show an error.
const QUIET: ReadonlySet<InvalidInputReason> = new Set(['empty', 'too-short', 'idcc-like', 'partial-id']);

export class CompanySearchSession {
  private current: CompanySearchState = { status: 'idle', input: '', kind: 'empty' };
  private readonly listeners = new Set<(state: CompanySearchState) => void>();
  private readonly debounced: Debounced<[string, SessionSearchOptions]>;
  private seq = 0;

  constructor(
    private readonly client: CompanySearch,
    debounceMs: number = client.debounceMs,
  ) {
    this.debounced = createDebounce((input, opts) => void this.run(input, opts), debounceMs);
  }

  get state(): CompanySearchState {
    return this.current;
  }

  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe(listener: (state: CompanySearchState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** For keystrokes: searches after the debounce delay; non-company input goes idle at once. */
  input(text: string, opts: SessionSearchOptions = {}): void {
    const kind = detectQueryKind(text);
    if (kind !== 'siret' && kind !== 'siren' && kind !== 'name') {
      this.reset(text, kind);
      return;
    }
    this.debounced.call(text, opts);
  }

  /** For Enter or a button: searches now, bypassing the debounce. */
  submit(text: string, opts: SessionSearchOptions = {}): Promise<void> {
    this.debounced.cancel();
    return this.run(text, opts);
  }

  /** Back to idle; a running request is aborted and its answer ignored. */
  clear(): void {
    this.reset('', 'empty');
  }

  dispose(): void {
    this.reset('', 'empty');
    this.listeners.clear();
  }

  private reset(input: string, kind: QueryKind): void {
    this.debounced.cancel();
    this.seq += 1;
    this.client.abort();
    this.set({ status: 'idle', input, kind });
  }

  private async run(input: string, opts: SessionSearchOptions): Promise<void> {
    const seq = ++this.seq;
    const kind = detectQueryKind(input);
    this.set({ status: 'loading', input, kind });
    const call = {
      ...(opts.postcode === undefined ? {} : { postcode: opts.postcode }),
      ...(opts.town === undefined ? {} : { town: opts.town }),
    };
    const result = await this.client.search(input, call);
    // a newer run or a reset happened meanwhile: this answer is stale
    if (seq !== this.seq) return;
    if (result.ok) {
      this.set({ status: 'results', input, kind, result });
    } else if (result.error.kind === 'invalid-input' && QUIET.has(result.error.reason)) {
      this.set({ status: 'idle', input, kind });
    } else if (result.error.kind !== 'aborted') {
      this.set({ status: 'error', input, kind, error: result.error });
    }
  }

  private set(state: CompanySearchState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
