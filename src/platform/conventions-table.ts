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

/** `unavailable`: network, HTTP, CORS or CSP; `refused`: the bytes are not the published ones; `unreadable`: not a table. */
export type TableFailure = FetchFailure;

export type TableState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly data: OpcoData; readonly naf: NafTables }
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

const KEY = Symbol.for(`opco-widgets.conventions ${CONVENTIONS_INTEGRITY}`);

function shared(): Shared {
  const holder = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (holder[KEY] ??= { state: { status: 'idle' }, listeners: new Set() });
}

/** The table's state on this page. */
export const tableState = (): TableState => shared().state;

/** Calls `listener` whenever the state changes; returns the unsubscribe. */
export function onTableChange(listener: () => void): () => void {
  const { listeners } = shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function settle(state: TableState): void {
  const s = shared();
  s.state = state;
  for (const listener of [...s.listeners]) listener();
}

/**
 * Starts loading the table unless it is in, on its way, or refused; an unavailable table is asked
 * for again (the visitor may be back online). Never throws: failures become the state.
 */
export function loadTable(): void {
  const s = shared();
  const { state } = s;
  if (state.status === 'loading' || state.status === 'ready' || (state.status === 'failed' && state.reason !== 'unavailable')) return;
  // an unavailable table is asked for again, but not before the back-off has passed
  if (state.status === 'failed' && (s.retryAt ?? 0) > pageClock().now()) return;
  settle({ status: 'loading' });
  void fetchTable().then(
    (next) => {
      if (next.status === 'failed') {
        const wait = Math.min(RETRY_MAX_MS, s.backoff ?? RETRY_MIN_MS);
        s.retryAt = pageClock().now() + wait;
        s.backoff = wait * 2;
      } else s.backoff = undefined;
      settle(next);
    },
    () => settle({ status: 'failed', reason: 'unavailable', cause: 'network' }),
  );
}

/** Loads the table once the browser is idle (at most `timeout` ms from now). */
export function loadTableWhenIdle(timeout = 1500): void {
  if (shared().state.status !== 'idle') return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(loadTable, { timeout });
  else setTimeout(loadTable, 200);
}

async function fetchTable(): Promise<TableState> {
  const url = tableUrl();
  const fetched = await fetchVerified(url, CONVENTIONS_INTEGRITY);
  if (!fetched.ok) return failed(fetched.reason, url, fetched.detail, fetched.cause, fetched.status);
  try {
    const conventions = decodeTable(fetched.json, OPCO_IDS, SOURCE_IDS);
    const naf = readNafTables((fetched.json as { naf?: unknown }).naf);
    return { status: 'ready', data: createOpcoData({ dataset: DATASET, opcos: OPCOS, conventions }), naf };
  } catch {
    return failed('unreadable', url, '', 'json');
  }
}

function failed(reason: TableFailure, url: URL, detail: string, cause: FetchCause, code?: number): TableState {
  const advice = reason === 'unreadable' ? 'is not a convention table of opco-widgets.' : failureAdvice(reason, detail, CONVENTIONS_INTEGRITY, cause);
  // one warning per kind of failure (a table that keeps failing alike is not said again at each try)
  warnOnce(PAGE, `table:${reason}:${cause}:${code ?? ''}`, `the convention table ${url.href} ${advice}`);
  return { status: 'failed', reason, cause, ...(code === undefined ? {} : { code }) };
}
