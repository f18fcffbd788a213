// Hand-written search over the conventions: IDCC (exact and prefix while typing), title and short-title
// words, everyday keywords; accent/case-insensitive, one typo per word, prefix on words. About 1 000
// documents and 3 000 distinct words: a sorted vocabulary scanned per query word is fast enough
// (tens of µs), so there is no n-gram index to ship or build.
import { KEYWORDS } from './keywords.js';
import { KEYWORDS_EN } from './keywords-en.js';
import { normalizeText } from './normalize.js';
import type { Convention, OpcoId } from './types.js';

export interface SearchHit {
  readonly convention: Convention;
  /** Higher is better; only meaningful to compare hits of one query. */
  readonly score: number;
}

export interface SearchOptions {
  /** Maximum number of hits (default 8); `Infinity` or 0 for all. */
  readonly limit?: number;
  /** Keep only conventions whose OPCO is this one. */
  readonly opco?: OpcoId | null;
}

export const DEFAULT_LIMIT = 8;
/** Longer queries are cut: nobody types a title longer than this, and it bounds the work. */
const MAX_QUERY = 200;
const MAX_WORDS = 8;

const STOPWORDS = new Set(
  'a au aux d de des du en et l la le les ou par pour s sur un une dans avec leur leurs'.split(' '),
);

// Where a word was found in a document: a keyword says more than a word lost in a long title.
const FIELD_KEYWORD = 3;
const FIELD_SHORT = 2;
const FIELD_TITLE = 1.5;

// How well a query word matches a vocabulary word.
const EXACT = 1;
const PREFIX = 0.9; // scaled by how much of the word was typed
const TYPO = 0.7;
const PREFIX_TYPO = 0.45;

const STATUS_OLD = new Set(['ABROGE', 'REMPLACE', 'PERIME', 'DENONCE']);
const SCOPE_WEIGHT = { national: 1, unknown: 0.92, regional: 0.85, departmental: 0.8 } as const;

/** In force: not replaced and not abrogated, expired or denounced. */
export function isCurrent(c: Convention): boolean {
  try {
    return c.replacedBy.length === 0 && !(c.legalStatus && STATUS_OLD.has(c.legalStatus));
  } catch {
    return false; // not a convention (a host's object, a revoked Proxy)
  }
}

const words = (text: string): string[] => normalizeText(text).split(' ').filter((w) => w && !STOPWORDS.has(w));

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or transposition. */
function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la || i === lb) return Math.abs(la - lb) <= 1;
  const same = (ai: number, bi: number): boolean => {
    if (la - ai !== lb - bi) return false;
    for (; ai < la; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
    return true;
  };
  return (
    same(i + 1, i + 1) || // substitution
    same(i + 1, i) || // extra letter in a
    same(i, i + 1) || // missing letter in a
    (a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && same(i + 2, i + 2))
  );
}

/** True when `q` is within one edit of some prefix of `t` (typing "coifu" for "coiffure"). */
function prefixWithinOneEdit(q: string, t: string): boolean {
  const lq = q.length;
  const lt = t.length;
  let i = 0;
  while (i < lq && i < lt && q.charCodeAt(i) === t.charCodeAt(i)) i++;
  if (i === lq) return true;
  const startsAt = (qi: number, ti: number): boolean => {
    if (lq - qi > lt - ti) return false;
    for (; qi < lq; qi++, ti++) if (q.charCodeAt(qi) !== t.charCodeAt(ti)) return false;
    return true;
  };
  if (i === lt) return lq - i === 1;
  return (
    startsAt(i + 1, i + 1) ||
    startsAt(i + 1, i) ||
    startsAt(i, i + 1) ||
    (q.charCodeAt(i) === t.charCodeAt(i + 1) && q.charCodeAt(i + 1) === t.charCodeAt(i) && startsAt(i + 2, i + 2))
  );
}

interface Posting {
  readonly docs: Uint16Array;
  readonly weights: Float32Array;
}

/** Built once per dataset, on the first search. */
export class ConventionSearch {
  private readonly docs: readonly Convention[];
  private readonly terms: string[];
  private readonly postings: Posting[];
  private readonly idf: Float64Array;
  /** Term ids grouped by word length, for the typo scan. */
  private readonly byLength: number[][] = [];
  /** Per-document factor: in force, national, many establishments first. */
  private readonly prior: Float64Array;
  private readonly idccs: string[];
  private readonly unpadded: string[];
  // Scratch buffers reused by every query (no allocation per document).
  private readonly best: Float64Array;
  private readonly total: Float64Array;
  private readonly hits: Uint8Array;
  /** Per-term mark "already credited for this query word" (stamp = word counter, no Set per word). */
  private readonly termStamp: Uint32Array;
  private stamp = 0;

  constructor(conventions: readonly Convention[]) {
    this.docs = conventions;
    const n = conventions.length;
    if (n > 65535) throw new RangeError('ConventionSearch holds at most 65 535 conventions');
    const keywordsOf = new Map<string, string[]>();
    // French everyday words, and the English ones: on an English page (a widgets' file reads them from its English pack,
    // loaded before the first English render; on a French page they are empty) — French words work on both
    for (const [text, idccs] of [...KEYWORDS, ...KEYWORDS_EN.map(([words, ids]) => [words.en, ids] as const)]) {
      for (const idcc of idccs.split(' ')) keywordsOf.set(idcc, [...(keywordsOf.get(idcc) ?? []), ...words(text)]);
    }
    const index = new Map<string, Map<number, number>>();
    const add = (term: string, doc: number, weight: number): void => {
      let perDoc = index.get(term);
      if (!perDoc) index.set(term, (perDoc = new Map()));
      if ((perDoc.get(doc) ?? 0) < weight) perDoc.set(doc, weight);
    };
    conventions.forEach((c, doc) => {
      for (const w of words(c.title ?? '')) add(w, doc, FIELD_TITLE);
      for (const w of words(c.shortTitle ?? '')) add(w, doc, FIELD_SHORT);
      for (const w of keywordsOf.get(c.idcc) ?? []) add(w, doc, FIELD_KEYWORD);
    });
    this.terms = [...index.keys()].sort();
    this.postings = this.terms.map((t) => {
      const entries = [...index.get(t)!];
      return { docs: Uint16Array.from(entries, (e) => e[0]), weights: Float32Array.from(entries, (e) => e[1]) };
    });
    this.idf = Float64Array.from(this.postings, (p) => Math.log(1 + n / p.docs.length));
    this.terms.forEach((t, id) => (this.byLength[t.length] ??= []).push(id));
    this.prior = Float64Array.from(conventions, (c) => {
      let p = isCurrent(c) ? 1 : 0.6;
      p *= SCOPE_WEIGHT[c.scope];
      p *= 1 + 0.04 * Math.log10(1 + (c.establishments ?? 0));
      if (!c.opco) p *= 0.9;
      return p;
    });
    this.idccs = conventions.map((c) => c.idcc);
    this.unpadded = conventions.map((c) => c.idcc.replace(/^0+/, ''));
    this.best = new Float64Array(n);
    this.total = new Float64Array(n);
    this.hits = new Uint8Array(n);
    this.termStamp = new Uint32Array(this.terms.length);
  }

  search(query: unknown, options: SearchOptions = {}): SearchHit[] {
    let limit: number;
    let opco: OpcoId | null;
    try {
      limit = readLimit(options.limit);
      opco = options.opco ?? null;
    } catch {
      return []; // options that cannot be read (a throwing getter, a revoked Proxy) match nothing
    }
    const text = typeof query === 'number' && Number.isFinite(query) ? String(query) : typeof query === 'string' ? query.slice(0, MAX_QUERY) : '';
    const keep = (doc: number): boolean => opco === null || this.docs[doc]!.opco === opco;

    const code = /^\s*(?:idcc)?[\s:°n]*(\d{1,4})\s*$/i.exec(text)?.[1];
    if (code) return this.byCode(code, keep, limit);

    const qwords = normalizeText(text).split(' ').filter(Boolean);
    let tokens = qwords.filter((w) => !STOPWORDS.has(w));
    if (!tokens.length) tokens = qwords; // "la" alone still means something while typing "la poste"
    tokens = tokens.slice(0, MAX_WORDS);
    if (!tokens.length) return opco === null ? [] : this.rank(this.docs.map((_, d) => d).filter(keep), () => 1, limit);

    const { best, total, hits } = this;
    total.fill(0);
    hits.fill(0);
    tokens.forEach((token, i) => {
      best.fill(0);
      this.scoreToken(token, i === tokens.length - 1);
      for (let d = 0; d < best.length; d++) {
        if (best[d]! > 0) {
          total[d]! += best[d]!;
          hits[d]!++;
        }
      }
    });
    // Every word must match; when none does, accept one missing word (often the one being typed).
    const n = tokens.length;
    const collect = (need: number): number[] => {
      const out: number[] = [];
      for (let d = 0; d < hits.length; d++) if (hits[d]! >= need && keep(d)) out.push(d);
      return out;
    };
    let matched = collect(n);
    if (!matched.length && n > 1) matched = collect(n - 1);
    return this.rank(matched, (d) => total[d]! * (hits[d]! / n), limit);
  }

  /** Fills `best` with each document's best score for one query word. */
  private scoreToken(token: string, last: boolean): void {
    const { terms } = this;
    const len = token.length;
    // Exact and prefix: a contiguous run of the sorted vocabulary. Prefix only from 2 letters, or for
    // the word being typed.
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    const done = this.termStamp;
    const stamp = ++this.stamp;
    for (let id = lo; id < terms.length && terms[id]!.startsWith(token); id++) {
      const term = terms[id]!;
      if (term.length === len) this.credit(id, EXACT);
      else if (len >= 2 || last) this.credit(id, PREFIX * (0.4 + (0.6 * len) / term.length));
      else continue;
      done[id] = stamp;
    }
    if (len < 4 || /^\d+$/.test(token)) return;
    // One typo on the whole word.
    for (let l = len - 1; l <= len + 1; l++) {
      for (const id of this.byLength[l] ?? []) {
        if (done[id] !== stamp && withinOneEdit(token, terms[id]!)) {
          this.credit(id, TYPO);
          done[id] = stamp;
        }
      }
    }
    // One typo in the part typed so far of a longer word ("coifu" → coiffure).
    if (!last) return;
    const first = token.charCodeAt(0);
    for (let id = 0; id < terms.length; id++) {
      const term = terms[id]!;
      if (term.length > len && term.charCodeAt(0) === first && done[id] !== stamp && prefixWithinOneEdit(token, term)) {
        this.credit(id, PREFIX_TYPO);
      }
    }
  }

  private credit(termId: number, quality: number): void {
    const { docs, weights } = this.postings[termId]!;
    const q = quality * this.idf[termId]!;
    const { best } = this;
    for (let k = 0; k < docs.length; k++) {
      const s = q * weights[k]!;
      if (s > best[docs[k]!]!) best[docs[k]!] = s;
    }
  }

  private byCode(code: string, keep: (doc: number) => boolean, limit: number): SearchHit[] {
    const padded = code.padStart(4, '0');
    const significant = code.replace(/^0+/, '');
    const matched: number[] = [];
    for (let d = 0; d < this.idccs.length; d++) {
      if (!keep(d)) continue;
      // "0016"/"16" → 0016 first; "18" → also 18xx and 018x while typing; "001" → 001x.
      const exact = this.idccs[d] === padded;
      const prefix = code.length < 4 && (code[0] === '0' ? this.idccs[d]!.startsWith(code) : this.unpadded[d]!.startsWith(significant));
      if (exact || prefix) matched.push(d);
    }
    return this.rank(matched, (d) => (this.idccs[d] === padded ? 100 : 1), limit);
  }

  private rank(docs: number[], score: (doc: number) => number, limit: number): SearchHit[] {
    const scored = docs.map((d) => ({ d, s: score(d) * this.prior[d]! }));
    scored.sort((a, b) => b.s - a.s || (this.idccs[a.d]! < this.idccs[b.d]! ? -1 : 1));
    return scored.slice(0, limit).map(({ d, s }) => ({ convention: this.docs[d]!, score: Math.round(s * 1000) / 1000 }));
  }
}

function readLimit(limit: unknown): number {
  if (limit === Infinity || limit === 0) return Infinity;
  if (typeof limit === 'number' && Number.isFinite(limit) && limit > 0) return Math.floor(limit) || 1;
  return DEFAULT_LIMIT;
}
