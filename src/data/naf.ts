// NAF/APE activity code → candidate conventions collectives, derived from the conventions' own scope articles
// (Légifrance KALI) and INSEE's NAF rév. 2 labels by `npm run data:naf`. Never throws. Every answer carries the
// caveat: the code is a hint, not the rule — the employer's main activity and the branch agreements decide.
import { NAF_SOURCES } from './generated/naf.js';
import { isCurrent } from './search.js';
import type { Convention, Message } from './types.js';
import { deepFreeze } from './freeze.js';

/** Why a link between a code and a convention exists. */
export type NafEvidence =
  /** A scope article of the convention cites the code ("Légifrance KALI" article id and number). */
  | { readonly kind: 'article'; readonly article: string; readonly num: string | null; readonly url: string }
  /** The code's INSEE label and the convention's title share these (folded, stemmed) words. */
  | { readonly kind: 'label'; readonly words: readonly string[] };

/** `cited`: by a scope article in force; `cited-past`: only by articles no longer in force; `label`: label match. */
export type NafStrength = 'cited' | 'cited-past' | 'label';

export interface NafCandidate {
  readonly convention: Convention;
  /** In (0, 1]: strength of the link, lowered when the convention cites many codes. */
  readonly score: number;
  readonly strength: NafStrength;
  readonly evidence: readonly NafEvidence[];
}

export type NafInvalidReason = 'empty' | 'format' | 'not-a-string';

export type NafResult =
  | {
      readonly kind: 'ok';
      /** The code as INSEE writes it: "56.10A". */
      readonly naf: string;
      /** INSEE's label, or null when no convention is linked to the code (labels ship only for linked codes). */
      readonly label: string | null;
      /** Current conventions first, then by score; may be empty. */
      readonly candidates: readonly NafCandidate[];
      readonly caveat: Message;
      readonly source: Message;
    }
  /** Looks like a code, but NAF rév. 2 has no such subclass ("56.10X", "99.99Z"). */
  | { readonly kind: 'unknown'; readonly naf: string; readonly message: Message; readonly caveat: Message; readonly source: Message }
  | { readonly kind: 'invalid'; readonly reason: NafInvalidReason; readonly message: Message; readonly caveat: Message; readonly source: Message };

/** Always shown with a NAF answer. */
export const NAF_CAVEAT: Message = /* @__PURE__ */ deepFreeze({
  fr: 'Le code APE (NAF) ne détermine pas la convention collective : c’est l’activité principale réelle de l’employeur, et les accords de branche, qui la déterminent. Ces conventions sont des pistes à vérifier.',
  en: "The APE (NAF) code does not decide the convention collective: the employer's actual main activity and the branch agreements do. These conventions are suggestions to check.",
});

const SOURCE: Message = /* @__PURE__ */ deepFreeze({
  fr: `Source : articles « champ d’application » des conventions (Légifrance, base KALI, via @socialgouv/kali-data ${NAF_SOURCES.kali}) ; libellés INSEE NAF rév. 2`,
  en: `Source: the conventions' scope articles (Légifrance, KALI base, via @socialgouv/kali-data ${NAF_SOURCES.kali}); INSEE NAF rev. 2 labels`,
});

const LEGIFRANCE = 'https://www.legifrance.gouv.fr/conv_coll/id/';

// "56.10A", "5610A", "56.10a", "56 10 A", "NAF 56.10A", "code APE : 5610A"
const NAF_INPUT = /^(?:code\s+)?(?:naf|ape)?(?:\s*r[ée]v\.?\s*2)?\s*:?\s*(\d{2})[.\s-]?(\d{2})\s?([a-z])$/i;
const MAX_INPUT = 40;

/** "56.10A" from what a user or an API gives, else null. Does not check that the subclass exists. */
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
 * convention table's JSON as `naf`): every subclass, the KALI articles cited, the code → IDCC links.
 */
export interface NafTables {
  readonly codes: string;
  readonly articles: readonly string[];
  readonly links: string;
}

/** The `naf` part of a parsed convention table; throws when it is not one. */
export function readNafTables(value: unknown): NafTables {
  const t = value as Partial<NafTables> | null;
  if (!t || typeof t.codes !== 'string' || typeof t.links !== 'string' || !Array.isArray(t.articles)) throw new Error('packed table: no NAF tables');
  return t as NafTables;
}

const STRENGTH = { c: 'cited', o: 'cited-past', l: 'label' } as const;

interface Decoded {
  readonly codes: Set<string>;
  readonly links: Map<string, { label: string; links: Link[] }>;
}
/** Decoded once per tables object, on first use. */
const decoded = new WeakMap<NafTables, Decoded>();

function decodeTables(tables: NafTables): Decoded {
  let d = decoded.get(tables);
  if (!d) decoded.set(tables, (d = { codes: decodeCodes(tables.codes), links: decode(tables) }));
  return d;
}

function decode({ links: packed, articles }: NafTables): Map<string, { label: string; links: Link[] }> {
  const out = new Map<string, { label: string; links: Link[] }>();
  for (const row of packed.split('|')) {
    const [code, label, links] = row.split('~') as [string, string, string];
    out.set(
      code,
      {
        label,
        links: links.split(';').map((l) => {
          const m = /^(\d{4})([col])([\d.]+)(?::(.*))?$/.exec(l)!;
          const strength = STRENGTH[m[2] as keyof typeof STRENGTH];
          const parts = m[4] ? m[4].split(',') : [];
          const evidence: NafEvidence[] =
            strength === 'label'
              ? [{ kind: 'label', words: parts }]
              : parts.map((i) => {
                  const [article, num] = articles[Number(i)]!.split(' ') as [string, string | undefined];
                  return { kind: 'article', article, num: num ?? null, url: `${LEGIFRANCE}${article}` };
                });
          return { idcc: m[1]!, strength, score: Number(m[3]), evidence };
        }),
      },
    );
  }
  return out;
}

function decodeCodes(codes: string): Set<string> {
  const out = new Set<string>();
  let cls = 0;
  for (const [, gap, letters] of codes.matchAll(/(\d+)([A-Z]+)/g)) {
    cls += Number(gap);
    const digits = String(cls).padStart(4, '0');
    for (const letter of letters!) out.add(`${digits}${letter}`);
  }
  return out;
}

const msg = (fr: string, en: string): Message => ({ fr, en });

/**
 * Candidate conventions for a NAF rév. 2 / APE code: accepts "56.10A", "5610A", "56.10a" (and the company
 * look-up's `activite_principale`). Current conventions first, then by score. Never throws; every result carries
 * `caveat`. `findConvention` maps an IDCC to its row; `tables`: the APE/NAF tables (the bundled ones in index.ts).
 */
export function conventionsForNaf(input: unknown, findConvention: (idcc: string) => Convention | undefined, tables: NafTables): NafResult {
  const base = { caveat: NAF_CAVEAT, source: SOURCE };
  if (typeof input !== 'string') {
    return { kind: 'invalid', reason: 'not-a-string', message: msg('Aucun code APE donné.', 'No APE code given.'), ...base };
  }
  if (!input.trim()) {
    return { kind: 'invalid', reason: 'empty', message: msg('Aucun code APE donné.', 'No APE code given.'), ...base };
  }
  const naf = parseNaf(input);
  if (!naf) {
    return {
      kind: 'invalid',
      reason: 'format',
      message: msg(
        'Un code APE (NAF rév. 2) s’écrit 4 chiffres et une lettre, par exemple 56.10A.',
        'An APE (NAF rev. 2) code is 4 digits and a letter, for example 56.10A.',
      ),
      ...base,
    };
  }
  const { codes, links: table } = decodeTables(tables);
  const key = naf.replace('.', '');
  if (!codes.has(key)) {
    return {
      kind: 'unknown',
      naf,
      message: msg(
        `Le code ${naf} n’existe pas dans la nomenclature NAF rév. 2 de l’INSEE.`,
        `Code ${naf} is not in INSEE's NAF rev. 2 nomenclature.`,
      ),
      ...base,
    };
  }
  const row = table.get(key);
  const candidates: NafCandidate[] = [];
  for (const link of row?.links ?? []) {
    const convention = findConvention(link.idcc);
    if (convention) candidates.push({ convention, score: link.score, strength: link.strength, evidence: deepFreeze(link.evidence) });
  }
  candidates.sort(
    (a, b) =>
      Number(isCurrent(b.convention)) - Number(isCurrent(a.convention)) ||
      b.score - a.score ||
      (b.convention.establishments ?? 0) - (a.convention.establishments ?? 0) ||
      a.convention.idcc.localeCompare(b.convention.idcc),
  );
  return { kind: 'ok', naf, label: row?.label ?? null, candidates, ...base };
}
