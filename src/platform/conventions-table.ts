/**
 * The convention table (970 IDCC rows and the APE/NAF → convention links, ~29 kB gzip) is not in the widgets' scripts: it is fetched once
 * per page, after the first render, from `conventions.json` next to the script, and checked against the
 * Subresource Integrity built into the script (a file changed on the way is refused). A card or the
 * explainer never loads it: the 11 OPCOs are in the script (opco-list.ts).
 *
 * Page-wide: every element, from every file of this version on the page, shares one request and one
 * decoded table (kept on globalThis under a registry symbol that names the table's integrity).
 */
import { createOpcoData, type OpcoData } from '../data/create.js';
import { CONVENTIONS_INTEGRITY, DATASET, OPCOS, OPCO_IDS, SOURCE_IDS } from '../data/generated/tables.js';
import { decodeTable } from '../data/packed.js';
import { readNafTables, type NafTables } from '../data/naf.js';
import { failureAdvice, fetchVerified, type FetchCause, type FetchFailure } from './fetch-verified.js';
import { pageClock } from '../services/clock.js';
import { PAGE, warnOnce } from './warn.js';
import type { OpcoId } from '../data/types.js';

/** `unavailable`: network, HTTP, CORS or CSP; `refused`: the bytes are not the published ones; `unreadable`: not a table. */
export type TableFailure = FetchFailure;

export type TableState =
  | { readonly status: 'idle' | 'loading' }
  /** `naf`: with the whole table (a slice has none). */
  | { readonly status: 'ready'; readonly data: OpcoData; readonly naf: NafTables | undefined }
  /** `cause`: what failed (the message says it: a 404 is not the visitor's connection); `code`: the HTTP status. */
  | { readonly status: 'failed'; readonly reason: TableFailure; readonly cause: FetchCause; readonly code?: number };

let empty: OpcoData | undefined;
/** The OPCOs without their conventions: what the finder and the branch list hold before the table is in. */
export const withoutConventions = (): OpcoData => (empty ??= createOpcoData({ dataset: DATASET, opcos: OPCOS, conventions: [] }));

/** Where the table is: next to this module in the sources, next to the script once built (the build rewrites this URL). */
export const tableUrl = (): URL => new URL('../data/generated/conventions.json', import.meta.url);

interface Shared {
  state: TableState;
  readonly listeners: Set<() => void>;
  /** After a failure that may pass (network, server, time): no new request before this (page clock ms). */
  retryAt?: number;
  /** The wait before the next try after the next failure (doubles up to RETRY_MAX_MS). */
  backoff?: number;
}

/** The first wait after an unavailable table, doubled at each failure up to RETRY_MAX_MS: a visitor typing asks once per wait at most. */
export const RETRY_MIN_MS = 5_000;
export const RETRY_MAX_MS = 60_000;

/** One file of convention rows shared by the page (the table, or an OPCO's slice): its registry key, where it is, how it reads. */
interface Source {
  readonly key: symbol;
  readonly url: () => URL;
  readonly integrity: string | undefined;
  /** "the convention table", "the akto slice of the convention table": what the console names. */
  readonly what: string;
  /** Fetched as a `<link rel="preload" as="fetch" crossorigin="anonymous">` asks (a slice a page may preload), else without credentials. */
  readonly credentials?: RequestCredentials;
  /** The parsed, checked JSON as the ready state; throws on a file that is not one of ours. */
  readonly read: (json: unknown) => Extract<TableState, { status: 'ready' }>;
}

const TABLE: Source = {
  key: Symbol.for(`opco-widgets.conventions ${CONVENTIONS_INTEGRITY}`),
  url: tableUrl,
  integrity: CONVENTIONS_INTEGRITY,
  what: 'the convention table',
  read(json) {
    const conventions = decodeTable(json, OPCO_IDS, SOURCE_IDS);
    const naf = readNafTables((json as { naf?: unknown }).naf);
    return { status: 'ready', data: createOpcoData({ dataset: DATASET, opcos: OPCOS, conventions }), naf };
  },
};

/** The listeners of every source's changes (rowsOf's users). */
const ANY = { key: Symbol.for(`opco-widgets.conventions-any ${CONVENTIONS_INTEGRITY}`) } as Source;

function shared(source: Source = TABLE): Shared {
  const holder = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (holder[source.key] ??= { state: { status: 'idle' }, listeners: new Set() });
}

/** The table's state on this page. */
export const tableState = (): TableState => shared().state;

/** Calls `listener` whenever the table's state changes; returns the unsubscribe. */
export function onTableChange(listener: () => void): () => void {
  return listen(TABLE, listener);
}

function listen(source: Source, listener: () => void): () => void {
  const { listeners } = shared(source);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function settle(source: Source, state: TableState): void {
  const s = shared(source);
  s.state = state;
  for (const listener of [...s.listeners, ...shared(ANY).listeners]) listener();
}

/**
 * Starts loading the table unless it is in, on its way, or refused; an unavailable table is asked
 * for again (the visitor may be back online). Never throws: failures become the state.
 */
export function loadTable(): void {
  load(TABLE);
}

function load(source: Source): void {
  const s = shared(source);
  const { state } = s;
  if (state.status === 'loading' || state.status === 'ready' || (state.status === 'failed' && state.reason !== 'unavailable')) return;
  // an unavailable file is asked for again, but not before the back-off has passed
  if (state.status === 'failed' && (s.retryAt ?? 0) > pageClock().now()) return;
  settle(source, { status: 'loading' });
  void fetchSource(source).then(
    (next) => {
      if (next.status === 'failed') {
        const wait = Math.min(RETRY_MAX_MS, s.backoff ?? RETRY_MIN_MS);
        s.retryAt = pageClock().now() + wait;
        s.backoff = wait * 2;
      } else s.backoff = undefined;
      settle(source, next);
    },
    () => settle(source, { status: 'failed', reason: 'unavailable', cause: 'network' }),
  );
}

/** Loads the table once the browser is idle (at most `timeout` ms from now). */
export function loadTableWhenIdle(timeout = 1500): void {
  if (shared().state.status !== 'idle') return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(loadTable, { timeout });
  else setTimeout(loadTable, 200);
}

async function fetchSource(source: Source): Promise<TableState> {
  const url = source.url();
  const fetched = await fetchVerified(url, source.integrity, { credentials: source.credentials ?? 'omit' });
  if (!fetched.ok) return failed(source, fetched.reason, url, fetched.detail, fetched.cause, fetched.status);
  try {
    return source.read(fetched.json);
  } catch {
    return failed(source, 'unreadable', url, '', 'json');
  }
}

// ——— one OPCO's slice (a branch list) ———

const slices = new Map<OpcoId, Source>();

/** One OPCO's slice as built into the branch list's script (src/platform/conventions-slices.ts). */
export interface Slice {
  readonly opco: OpcoId;
  /** Its file name, next to the script, and its integrity. */
  readonly file: string;
  readonly integrity: string;
}

function sliceSource(built: Slice | undefined): Source | undefined {
  if (!built) return undefined;
  const { opco } = built;
  let source = slices.get(opco);
  if (!source) {
    const { file, integrity } = built;
    source = {
      key: Symbol.for(`opco-widgets.conventions ${integrity}`),
      url: () => new URL(`./${file}`, import.meta.url),
      integrity,
      what: `the ${opco} slice of the convention table`,
      // a branch list's page may preload its slice beside the script (README): the fetch then reuses it
      credentials: 'same-origin',
      read(json) {
        const conventions = decodeTable(json, OPCO_IDS, SOURCE_IDS);
        // one OPCO's rows, else it is not that OPCO's slice
        if (conventions.some((c) => c.opco !== opco)) throw new Error("not this OPCO's slice");
        return { status: 'ready', data: createOpcoData({ dataset: DATASET, opcos: OPCOS, conventions }), naf: undefined };
      },
    };
    slices.set(opco, source);
  }
  return source;
}

/**
 * Where one OPCO's rows come from on this page: the whole table once it is in, or when it was asked
 * for before the slice (a finder or a provider needs it: never two files for the same rows), else the
 * OPCO's slice (a built file), else the table. `load` starts loading it (never twice).
 */
export function rowsOf(built: Slice | undefined): { readonly state: TableState; readonly load: () => void; readonly slice: boolean } {
  const table = shared().state;
  const slice = sliceSource(built);
  const source = !slice || table.status === 'ready' || (table.status !== 'idle' && shared(slice).state.status === 'idle') ? TABLE : slice;
  return { state: shared(source).state, load: () => load(source), slice: source !== TABLE };
}

/** Calls `listener` whenever the table's or any slice's state changes; returns the unsubscribe. */
export function onRowsChange(listener: () => void): () => void {
  return listen(ANY, listener);
}

function failed(source: Source, reason: TableFailure, url: URL, detail: string, cause: FetchCause, code?: number): TableState {
  const advice = reason === 'unreadable' ? 'is not a convention table of opco-widgets.' : failureAdvice(reason, detail, source.integrity, cause);
  // one warning per kind of failure (a table that keeps failing alike is not said again at each try)
  warnOnce(PAGE, `table:${reason}:${cause}:${code ?? ''}`, `${source.what} ${url.href} ${advice}`);
  return { status: 'failed', reason, cause, ...(code === undefined ? {} : { code }) };
}
