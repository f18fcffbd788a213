/**
 * The explainer's data beyond its first tab (explainer-rest.ts): in the sources it is imported; in a
 * built file it is fetched, per language, from the JSON next to the script, checked against the
 * integrity built into it (explainer-built.ts), when the page is idle or a tab is chosen (hovering or
 * focusing a tab asks early). French reads one file; English reads the French one and its `.en.` file,
 * whose texts go into the same records. Page-wide: every explainer of the page (and every file of
 * this version) shares one request per file and one decoded copy.
 */
import { deepFreeze } from '../../data/freeze.js';
import type { MoneyFlowEdge, MoneyFlowNode } from '../../data/funding/money-flow.js';
import type { Scheme, SchemeId } from '../../data/funding/scheme-types.js';
import type { SourceInfo } from '../../data/funding/types.js';
import { failureAdvice, fetchVerified, type FetchCause, type FetchFailure, type Fetched } from '../../platform/fetch-verified.js';
import type { Lang } from '../../platform/i18n.js';
import { PAGE, warnOnce } from '../../platform/warn.js';
import { built } from './explainer-built.js';
import { REST } from './explainer-rest.js';

export interface ExplainerRest {
  /** The cards of the other tabs (the first one, apprenticeship, is in the script: first-scheme.ts). */
  readonly schemes: Readonly<Partial<Record<SchemeId, Scheme>>>;
  /** Source key → label, URL, date: every card's list of sources. */
  readonly sources: Readonly<Record<string, SourceInfo>>;
  readonly flow: { readonly nodes: readonly MoneyFlowNode[]; readonly edges: readonly MoneyFlowEdge[] };
}

export type RestState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly data: ExplainerRest }
  | { readonly status: 'failed'; readonly reason: FetchFailure; readonly cause: FetchCause; readonly code?: number };

/** The schemes the fetched file holds. */
export const REST_SCHEMES: readonly SchemeId[] = ['professionnalisation', 'reconversion', 'plan-moins-50', 'cpf'];

interface Shared {
  readonly states: Map<Lang, RestState>;
  /** One request per file on the page (the French file serves both languages). */
  readonly files: Map<string, Promise<Fetched>>;
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for(`opco-widgets.explainer-data ${built?.files.fr[1] ?? 'sources'}`);

function shared(): Shared {
  const holder = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (holder[KEY] ??= { states: new Map(), files: new Map(), listeners: new Set() });
}

const SOURCES_READY: RestState | undefined = REST ? { status: 'ready', data: REST } : undefined;

/** The data for `lang` on this page: ready at once in the sources. */
export function restState(lang: Lang): RestState {
  return SOURCES_READY ?? shared().states.get(lang) ?? { status: 'idle' };
}

/** Calls `listener` whenever the data of a language changes state; returns the unsubscribe. */
export function onRestChange(listener: () => void): () => void {
  const { listeners } = shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The number of money flows (the diagram's summary says it before the data is in). */
export const flowCount = (): number => REST?.flow.edges.length ?? built?.flows ?? 0;

/** The first card's newest source date, without the sources. */
export const firstAsOf = (): string | undefined => built?.firstAsOf;

function settle(lang: Lang, state: RestState): void {
  const s = shared();
  s.states.set(lang, state);
  for (const listener of [...s.listeners]) listener();
}

/**
 * Starts loading the data for `lang` unless it is in or on its way. After a failure that may pass
 * (network, server, time), only `retry` (the visitor chose a tab) asks again; a refused or unreadable
 * file is never asked again. Never throws: failures become the state.
 */
export function loadRest(lang: Lang, retry = false): void {
  const files = built?.files;
  if (SOURCES_READY || !files) return;
  const state = restState(lang);
  if (state.status === 'loading' || state.status === 'ready') return;
  if (state.status === 'failed' && (!retry || state.reason !== 'unavailable')) return;
  settle(lang, { status: 'loading' });
  const s = shared();
  if (state.status === 'failed') for (const [file] of Object.values(files)) s.files.delete(file);
  const langs: Lang[] = lang === 'fr' ? ['fr'] : ['fr', lang];
  const wanted = langs.map((l) => files[l]);
  void Promise.all(wanted.map((f) => fileOf(f))).then(
    (fetched) => settle(lang, read(lang, fetched, wanted)),
    () => settle(lang, { status: 'failed', reason: 'unavailable', cause: 'network' }),
  );
}

function fileOf([file, integrity]: readonly [string, string]): Promise<Fetched> {
  const s = shared();
  let request = s.files.get(file);
  if (!request) {
    request = fetchVerified(new URL(`./${file}`, import.meta.url), integrity);
    s.files.set(file, request);
  }
  return request;
}

function read(lang: Lang, fetched: readonly Fetched[], files: readonly (readonly [string, string])[]): RestState {
  const failedAt = fetched.findIndex((f) => !f.ok);
  if (failedAt >= 0) {
    const f = fetched[failedAt] as Extract<Fetched, { ok: false }>;
    const [file, integrity] = files[failedAt]!;
    // one warning per kind of failure
    warnOnce(
      PAGE,
      `explainer:${f.reason}:${f.cause}`,
      `the explainer's data ${new URL(`./${file}`, import.meta.url).href} ${failureAdvice(f.reason, f.detail, integrity, f.cause)}`,
    );
    return { status: 'failed', reason: f.reason, cause: f.cause, ...(f.status === undefined ? {} : { code: f.status }) };
  }
  const [fr, ...others] = fetched.map((f) => (f as Extract<Fetched, { ok: true }>).json);
  const merged = others.reduce((tree: unknown, side) => withTexts(tree, side), fr);
  if (!isRest(merged, lang)) {
    warnOnce(PAGE, 'explainer:unreadable', `the explainer's data for ${lang} is not a file of opco-widgets.`);
    return { status: 'failed', reason: 'unreadable', cause: 'json' };
  }
  return { status: 'ready', data: deepFreeze(merged) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The French tree with another language's texts: the `.en.` file has the same shape, holding only the
 * `{ en: … }` side of each text (0 where an item has none), which joins the `{ fr: … }` side.
 */
export function withTexts(tree: unknown, side: unknown): unknown {
  if (side === 0 || side === undefined) return tree;
  // a text of that language: `{ fr }` gets its `en`
  if (tree === undefined) return side;
  if (Array.isArray(tree) && Array.isArray(side)) return tree.map((item, i) => withTexts(item, side[i]));
  if (isRecord(tree) && isRecord(side)) {
    const out: Record<string, unknown> = { ...tree };
    for (const [key, value] of Object.entries(side)) out[key] = withTexts(tree[key], value);
    return out;
  }
  return tree;
}

const text = (value: unknown, lang: Lang) => isRecord(value) && typeof value[lang] === 'string';

/** The shape the cards, the sources and the diagram read, in `lang`. */
function isRest(value: unknown, lang: Lang): value is ExplainerRest {
  if (!isRecord(value) || !isRecord(value.schemes) || !isRecord(value.sources) || !isRecord(value.flow)) return false;
  const { schemes, flow } = value;
  const cardsOk = REST_SCHEMES.every((id) => {
    const s = schemes[id];
    return isRecord(s) && s.id === id && text(s.name, lang) && Array.isArray(s.steps) && Array.isArray(s.sources) && Array.isArray(s.payments);
  });
  const edges = flow.edges;
  const flowOk = Array.isArray(flow.nodes) && Array.isArray(edges) && edges.every((e) => isRecord(e) && text(e.label, lang) && text(e.description, lang));
  return cardsOk && flowOk;
}
