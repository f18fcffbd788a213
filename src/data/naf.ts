// NAF/APE activity code → candidate conventions collectives, derived from the conventions' own scope articles
// (Légifrance KALI) and INSEE's NAF rév. 2 labels by `npm run data:naf`. Never throws. Every answer carries the
// caveat: the code is a hint, not the rule — the employer's main activity and the branch agreements decide.
import { dataTexts } from './texts.js';
import { NAF_SOURCE, NAF_SOURCES } from './generated/naf.js';
import { isCurrent } from './search.js';
import type { Convention, Message } from './types.js';
import { deepFreeze } from './freeze.js';
const localText = dataTexts("data/naf");


/** Why a link between a code and a convention exists. */
export type NafEvidence =
  /** A scope article of the convention cites the code ("Légifrance KALI" article id and number). */
  | { readonly kind: 'article'; readonly article: string; readonly num: string | null; readonly url: string }
  /**
   * A scope article cites an old-revision code (NAF rév. 1 / NAF 1993, `old`: "74.6Z") that INSEE's table of passage
   * maps to this rév. 2 code; `split`: how many rév. 2 codes INSEE shares that old code among (1: all of it).
   */
  | { readonly kind: 'mapped'; readonly article: string; readonly num: string | null; readonly url: string; readonly old: string; readonly split: number }
  /** The code's INSEE label and the convention's title share these (folded, stemmed) words. */
  | { readonly kind: 'label'; readonly words: readonly string[] }
  /** The code's INSEE label has these words, each an evidence-checked keyword of the convention (src/data/keywords.ts). */
  | { readonly kind: 'words'; readonly words: readonly string[] }
  /** The distinctive words of the code's INSEE label are in the convention's scope articles in force (this one among them). */
  | { readonly kind: 'scope'; readonly words: readonly string[]; readonly article: string; readonly num: string | null; readonly url: string }
  /** Nothing links the code itself; `naf`, a sub-class of the same NAF class ("43.22B" for "43.22A"), is linked to the convention. */
  | { readonly kind: 'neighbour'; readonly naf: string };

/**
 * `cited`: by a scope article in force; `cited-past`: only by articles no longer in force; `mapped`: an old-revision
 * code cited by a scope article, mapped through INSEE's table; `label`: label and title match; `words`: label words
 * that are keywords of the convention; `scope`: the label's words are in the convention's scope articles; `neighbour`:
 * nothing links the code, a sub-class of its NAF class is linked (the weakest).
 */
export type NafStrength = 'cited' | 'cited-past' | 'mapped' | 'label' | 'words' | 'scope' | 'neighbour';

export interface NafCandidate {
  readonly convention: Convention;
  /** In (0, 1]: strength of the link, lowered when the convention cites many codes or the code came through a split. */
  readonly score: number;
  readonly strength: NafStrength;
  readonly evidence: readonly NafEvidence[];
  /**
   * For a NAF 2025 code: the rév. 2 code this candidate comes from, and whether INSEE's relation is `Unique` (the
   * whole rév. 2 code became this 2025 code) or `Multiple` (only part of it: weaker).
   */
  readonly via?: { readonly naf: string; readonly relation: 'unique' | 'multiple' };
}

export type NafInvalidReason = 'empty' | 'format' | 'not-a-string';

/** Which nomenclature a code belongs to: NAF rév. 2 (APE codes until 31 December 2026) or NAF 2025 (from 1 January 2027). */
export type NafNomenclature = 'rev2' | '2025';

/** What to do when no branch convention is typical for the code. */
export type NafNoConvention =
  /** Public administration (NAF division 84): public agents have a statute, not a convention (see publicServiceOf). */
  | 'public-employer'
  /** No scope article, label or keyword links the code to a convention. */
  | 'none-typical';

export type NafResult =
  | {
      readonly kind: 'ok';
      /** The code as INSEE writes it: "56.10A", "56.11G". */
      readonly naf: string;
      readonly nomenclature: NafNomenclature;
      /** INSEE's label (never null: every sub-class of both nomenclatures has one). */
      readonly label: string;
      /** For a NAF 2025 code: its NAF rév. 2 antecedents (INSEE's correspondence), with their labels; else empty. */
      readonly from: readonly { readonly naf: string; readonly label: string; readonly relation: 'unique' | 'multiple' }[];
      /** Ranked: direct citation, then mapped old citation, then label or word match; may be empty (see `noConvention`). */
      readonly candidates: readonly NafCandidate[];
      /** Set when `candidates` is empty: the explicit answer to give instead. */
      readonly noConvention: NafNoConvention | null;
      /** The explicit answer when there is no candidate, in French and English; null when there are candidates. */
      readonly advice: Message | null;
      readonly caveat: Message;
      readonly source: Message;
    }
  /** Looks like a code, but neither NAF rév. 2 nor NAF 2025 has such a subclass ("56.10X", "99.99Z"). */
  | { readonly kind: 'unknown'; readonly naf: string; readonly message: Message; readonly caveat: Message; readonly source: Message }
  | { readonly kind: 'invalid'; readonly reason: NafInvalidReason; readonly message: Message; readonly caveat: Message; readonly source: Message };

/** Always shown with a NAF answer. */
export const NAF_CAVEAT: Message = /* @__PURE__ */ deepFreeze(localText(0, 'Le code APE (NAF) ne détermine pas la convention collective : c’est l’activité principale réelle de l’employeur, et les accords de branche, qui la déterminent. Ces conventions sont des pistes à vérifier.'));

// (French as the data build writes it; another language's template is given the kali-data version, {0})
const SOURCE: Message = /* @__PURE__ */ deepFreeze(localText(7, () => NAF_SOURCE.fr, NAF_SOURCES.kali));

/** The answer when no branch convention is typical for the code. */
export const NAF_NO_CONVENTION: Readonly<Record<NafNoConvention, Message>> = /* @__PURE__ */ deepFreeze({
  'public-employer': localText(1, 'Administration publique : les agents publics relèvent d’un statut (fonction publique d’État 5003, territoriale 5021, hospitalière 5022), pas d’une convention collective ni d’un OPCO. Les salariés de droit privé d’un employeur public peuvent relever d’une convention : vérifiez le bulletin de paie.'),
  'none-typical': localText(2, 'Aucune convention de branche n’est habituelle pour cette activité : vérifiez le bulletin de paie ou recherchez l’établissement par son SIRET.'),
});

const LEGIFRANCE = 'https://www.legifrance.gouv.fr/conv_coll/id/';

// "56.10A", "5610A", "56.10a", "56 10 A", "NAF 56.10A", "code APE : 5610A", "NAF 2025 : 56.11G"
const NAF_INPUT = /^(?:code\s+)?(?:naf|ape)?(?:\s*(?:r[ée]v\.?\s*2|2025))?\s*:?\s*(\d{2})[.\s-]?(\d{2})\s?([a-z])$/i;
const MAX_INPUT = 40;

/** "56.10A" from what a user or an API gives, else null. Does not check that the subclass exists (rév. 2 or 2025). */
export function parseNaf(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return null;
  const m = NAF_INPUT.exec(input.trim());
  return m ? `${m[1]}.${m[2]}${m[3]!.toUpperCase()}` : null;
}

/** True when the text is a NAF code as a user would type it (the finder's routing). */
export const looksLikeNaf = (input: unknown): boolean => parseNaf(input) !== null;

interface Link {
  readonly idcc: string;
  readonly strength: NafStrength;
  readonly score: number;
  readonly evidence: readonly NafEvidence[];
}

/**
 * The APE/NAF tables (written by `npm run data:naf` into src/data/generated/naf.ts, and carried by the
 * convention table's JSON as `naf`): both nomenclatures with labels, the rév. 2 → 2025 correspondence, the KALI
 * articles cited, the rév. 2 code → IDCC links.
 */
export interface NafTables {
  readonly codes: string;
  readonly labels: string;
  readonly codes25: string;
  readonly labels25: string;
  readonly from25: string;
  readonly articles: readonly string[];
  readonly links: string;
}

/** The `naf` part of a parsed convention table; throws when it is not one. */
export function readNafTables(value: unknown): NafTables {
  const t = value as Partial<NafTables> | null;
  const strings = ['codes', 'labels', 'codes25', 'labels25', 'from25', 'links'] as const;
  if (!t || strings.some((k) => typeof t[k] !== 'string') || !Array.isArray(t.articles)) throw new Error('packed table: no NAF tables');
  return t as NafTables;
}

const STRENGTH = { c: 'cited', o: 'cited-past', m: 'mapped', l: 'label', w: 'words', s: 'scope', n: 'neighbour' } as const;
/** Tiers of the ranking: a direct citation, then a mapped old citation, then a label or word match. */
const TIER: Readonly<Record<NafStrength, number>> = { cited: 0, 'cited-past': 1, mapped: 2, label: 3, words: 3, scope: 3, neighbour: 4 };

interface Antecedent {
  readonly naf: string;
  readonly relation: 'unique' | 'multiple';
}
interface Decoded {
  /** rév. 2 code ("56.10A") → label */
  readonly labels: Map<string, string>;
  /** NAF 2025 code → label and antecedents */
  readonly codes25: Map<string, { label: string; from: Antecedent[] }>;
  /** rév. 2 code → links */
  readonly links: Map<string, Link[]>;
}
/** Decoded once per tables object, on first use. */
const decoded = new WeakMap<NafTables, Decoded>();

function decodeTables(tables: NafTables): Decoded {
  let d = decoded.get(tables);
  if (!d) {
    const codes = decodeCodes(tables.codes);
    const names = tables.labels.split('|');
    const labels = new Map(codes.map((c, i) => [c, names[i] ?? c]));
    const codes25 = new Map<string, { label: string; from: Antecedent[] }>();
    const names25 = tables.labels25.split('|');
    const from25 = tables.from25.split('|');
    decodeCodes(tables.codes25).forEach((c, i) => {
      const from = (from25[i] ?? '')
        .split(',')
        .filter(Boolean)
        .map((a): Antecedent => {
          const multiple = a.endsWith('*');
          const code = a.replace('*', '');
          const naf = code.length === 1 ? `${c.slice(0, 5)}${code}` : `${code.slice(0, 2)}.${code.slice(2)}`;
          return { naf, relation: multiple ? 'multiple' : 'unique' };
        });
      const first = from[0] && labels.get(from[0].naf);
      codes25.set(c, { label: names25[i] || (first ? first.replace(/'/g, '’') : c), from });
    });
    d = { labels, codes25, links: decode(tables, labels) };
    decoded.set(tables, d);
  }
  return d;
}

/** A label's words, lower-cased, as scripts/data/naf/build.mjs splits them. */
const labelWords = (label: string): string[] =>
  label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The words of a link's evidence: "#03" (places among the label's words, base 36) or the words ","-separated. */
function evidenceWords(packed: string, label: string): string[] {
  if (!packed.startsWith('#')) return packed.split(',').filter(Boolean);
  const all = labelWords(label);
  return [...packed.slice(1)].map((c) => all[parseInt(c, 36)] ?? '').filter(Boolean);
}

function decode({ links: packed, articles }: NafTables, labels: ReadonlyMap<string, string>): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  const article = (i: string): { article: string; num: string | null; url: string } => {
    const [id, num] = (articles[Number(i)] ?? '').split(' ') as [string, string | undefined];
    return { article: id, num: num ?? null, url: `${LEGIFRANCE}${id}` };
  };
  for (const row of packed.split('|')) {
    const [code, links] = row.split('~') as [string, string];
    const naf = `${code.slice(0, 2)}.${code.slice(2)}`;
    const label = labels.get(naf) ?? '';
    out.set(
      naf,
      links.split(';').map((l) => {
        const m = /^(\d{4})([colmwsn])([\d.]+)(?::(.*))?$/.exec(l)!;
        const strength = STRENGTH[m[2] as keyof typeof STRENGTH];
        let evidence: NafEvidence[];
        if (strength === 'label' || strength === 'words') {
          evidence = [{ kind: strength, words: evidenceWords(m[4] ?? '', label) }];
        } else if (strength === 'neighbour') {
          const code = m[4] ?? '';
          evidence = [{ kind: 'neighbour', naf: `${code.slice(0, 2)}.${code.slice(2)}` }];
        } else if (strength === 'scope') {
          const [i = '', ws = ''] = (m[4] ?? '').split('/');
          evidence = [{ kind: 'scope', words: evidenceWords(ws, label), ...article(i) }];
        } else if (strength === 'mapped') {
          const [ids = '', old = '', split = '1'] = (m[4] ?? '').split('/');
          evidence = ids.split(',').filter(Boolean).map((i) => ({ kind: 'mapped', ...article(i), old, split: Number(split) }));
        } else {
          evidence = (m[4] ?? '').split(',').filter(Boolean).map((i) => ({ kind: 'article', ...article(i) }));
        }
        return { idcc: m[1]!, strength, score: Number(m[3]), evidence };
      }),
    );
  }
  return out;
}

/** "56.10A" codes of a compact list. */
function decodeCodes(codes: string): string[] {
  const out: string[] = [];
  let cls = 0;
  for (const [, gap, letters] of codes.matchAll(/(\d+)([A-Z]+)/g)) {
    cls += Number(gap);
    const digits = String(cls).padStart(4, '0');
    for (const letter of letters!) out.push(`${digits.slice(0, 2)}.${digits.slice(2)}${letter}`);
  }
  return out;
}

/**
 * Ranks candidates: tier (direct citation > mapped old citation > label or word match), then in force, then score
 * (coarsely: two links of one tier within 0.1 are equals), then the SIRO establishment count, then the IDCC; a
 * convention that is replaced never stays above its successor.
 */
export function rankNafCandidates(candidates: readonly NafCandidate[]): NafCandidate[] {
  try {
    return rank(candidates);
  } catch {
    return []; // not a list of candidates (a host's object): nothing to rank
  }
}

function rank(candidates: readonly NafCandidate[]): NafCandidate[] {
  if (!Array.isArray(candidates as unknown)) return [];
  const bucket = (c: NafCandidate): number => Math.round(c.score * 10);
  const out = [...candidates].sort(
    (a, b) =>
      TIER[a.strength] - TIER[b.strength] ||
      Number(isCurrent(b.convention)) - Number(isCurrent(a.convention)) ||
      bucket(b) - bucket(a) ||
      (b.convention.establishments ?? 0) - (a.convention.establishments ?? 0) ||
      a.convention.idcc.localeCompare(b.convention.idcc),
  );
  // a replaced convention above its successor: the successor moves up to its place
  for (let i = 0; i < out.length; i++) {
    const successors = out[i]!.convention.replacedBy;
    if (!successors.length) continue;
    const j = out.findIndex((c, k) => k > i && successors.includes(c.convention.idcc));
    if (j > i) out.splice(i, 0, out.splice(j, 1)[0]!);
  }
  return out;
}

/**
 * Candidate conventions for an APE code of NAF rév. 2 ("56.10A", "5610A", "56.10a") or NAF 2025 ("56.11G"), as the
 * company look-up gives them (`activite_principale`, `activite_principale_naf25`). A 2025 code answers with the
 * candidates of its rév. 2 antecedents, weighted by INSEE's relation. Never throws; every result carries `caveat`;
 * an existing code always has its label and either candidates or `advice`. `findConvention` maps an IDCC to its
 * row; `tables`: the APE/NAF tables (the bundled ones in index.ts).
 */
export function conventionsForNaf(input: unknown, findConvention: (idcc: string) => Convention | undefined, tables: NafTables): NafResult {
  const base = { caveat: NAF_CAVEAT, source: SOURCE };
  if (typeof input !== 'string') {
    return { kind: 'invalid', reason: 'not-a-string', message: localText(3, 'Aucun code APE donné.'), ...base };
  }
  if (!input.trim()) {
    return { kind: 'invalid', reason: 'empty', message: localText(4, 'Aucun code APE donné.'), ...base };
  }
  const naf = parseNaf(input);
  if (!naf) {
    return {
      kind: 'invalid',
      reason: 'format',
      message: localText(5, 'Un code APE (NAF rév. 2 ou NAF 2025) s’écrit 4 chiffres et une lettre, par exemple 56.10A.'),
      ...base,
    };
  }
  const d = decodeTables(tables);
  const label2 = d.labels.get(naf);
  const entry25 = label2 === undefined ? d.codes25.get(naf) : undefined;
  if (label2 === undefined && !entry25) {
    return {
      kind: 'unknown',
      naf,
      message: localText(6, (naf) => `Le code ${naf} n’existe ni dans la NAF rév. 2 ni dans la NAF 2025 de l’INSEE.`, naf),
      ...base,
    };
  }
  const sources: { naf: string; relation: 'unique' | 'multiple' | null }[] = entry25 ? entry25.from : [{ naf, relation: null }];
  const byIdcc = new Map<string, NafCandidate>();
  for (const { naf: from, relation } of sources) {
    for (const link of d.links.get(from) ?? []) {
      const convention = findConvention(link.idcc);
      if (!convention) continue;
      const score = Math.round(link.score * (relation === 'multiple' ? 0.8 : 1) * 100) / 100;
      const candidate: NafCandidate = {
        convention,
        score,
        strength: link.strength,
        evidence: deepFreeze(link.evidence),
        ...(relation ? { via: { naf: from, relation } } : {}),
      };
      const seen = byIdcc.get(link.idcc);
      if (!seen || TIER[candidate.strength] < TIER[seen.strength] || (TIER[candidate.strength] === TIER[seen.strength] && score > seen.score)) {
        byIdcc.set(link.idcc, candidate);
      }
    }
  }
  const candidates = rankNafCandidates([...byIdcc.values()]);
  const noConvention: NafNoConvention | null = candidates.length ? null : naf.startsWith('84.') ? 'public-employer' : 'none-typical';
  return {
    kind: 'ok',
    naf,
    nomenclature: entry25 ? '2025' : 'rev2',
    label: entry25 ? entry25.label : label2!,
    from: entry25 ? entry25.from.map((a) => ({ ...a, label: d.labels.get(a.naf) ?? a.naf })) : [],
    candidates,
    noConvention,
    advice: noConvention ? NAF_NO_CONVENTION[noConvention] : null,
    ...base,
  };
}

/** Every sub-class of both nomenclatures, for coverage reports and tests: rév. 2 codes first, then NAF 2025. */
export function allNafCodes(tables: NafTables): { readonly rev2: readonly string[]; readonly naf2025: readonly string[] } {
  const d = decodeTables(tables);
  return { rev2: [...d.labels.keys()], naf2025: [...d.codes25.keys()] };
}

/** The day NAF 2025 codes become the APE codes (décret n° 2025-736 du 31 juillet 2025). */
export const NAF_2025_START = '2027-01-01';

/**
 * A company's APE codes in the order to show them: its NAF rév. 2 code (`activite_principale`) first until
 * 31 December 2026, its NAF 2025 code (`activite_principale_naf25`) first from 1 January 2027 (UTC); either may be
 * missing; duplicates and blanks left out. `today` is injectable for tests.
 */
export function apeCodesInOrder(rev2: string | null | undefined, naf2025: string | null | undefined, today: Date = new Date()): string[] {
  let day: string;
  try {
    const date = today instanceof Date && Number.isFinite(today.getTime()) ? today : new Date();
    day = date.toISOString().slice(0, 10);
  } catch {
    day = new Date().toISOString().slice(0, 10);
  }
  const order = day >= NAF_2025_START ? [naf2025, rev2] : [rev2, naf2025];
  return [...new Set(order.filter((c): c is string => typeof c === 'string' && c.trim() !== ''))];
}
