// Label matches: a NAF code that no scope article cites is linked to a current national convention when the
// distinctive words of its INSEE label are in the convention's title. A weak link (strength "l"): the evidence is
// the shared words, and it never outranks a citation.
import { fold } from './extract.mjs';

// Words of NAF labels that name no trade.
const GENERIC = new Set(
  ('activites activite autres autre services service commerce detail gros fabrication production industrie industries ' +
    'entreprises entreprise travaux produits produit articles equipements materiel materiels non ailleurs classes ' +
    'magasin magasins specialise specialises specialisee specialisees general generale generaux location exploitation ' +
    'installation reparation soutien annexes divers diverses compte propre tiers sauf hors base elabores auxiliaires ' +
    'intermediaires gestion fourniture traitement preparation culture cultures elevage elevages permanentes ' +
    'permanent non associes associe animaux communication reseau reseaux public publics prive privee vente ventes ' +
    'equipement ouvrages ouvrage nature simple complexe generales generaliste generalistes interentreprises extraction ' +
    'conservation transformation autres').split(' '),
);

/** The words of a label as written, lower-cased ("supermarchés"). */
const rawWords = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const stem = (w) => w.replace(/(?:ies|es|s|x)$/, '');
const tokens = (text) =>
  [...new Set(fold(text).split(' ').filter((w) => w.length >= 4 && !GENERIC.has(w)).map(stem))];

/**
 * @param {Map<string, string>} labels NAF code → label
 * @param {{ idcc: string, title: string | null, shortTitle: string | null, scope: string, legalStatus: string | null, replacedBy: readonly string[] }[]} conventions
 * @param {{ has(code: string): boolean }} cited codes already linked by citation (skipped)
 * @returns {Map<string, { idcc: string, words: string[], ratio: number }[]>}
 */
export function labelLinks(labels, conventions, cited) {
  const national = conventions.filter(
    (c) => c.scope === 'national' && !/^[5689]/.test(c.idcc) && c.title && !c.replacedBy.length && !['ABROGE', 'REMPLACE', 'PERIME', 'DENONCE'].includes(c.legalStatus ?? ''),
  );
  const titleTokens = new Map(national.map((c) => [c.idcc, new Set(tokens(`${c.title} ${c.shortTitle ?? ''}`))]));
  const df = new Map();
  for (const set of titleTokens.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const out = new Map();
  for (const [code, label] of labels) {
    if (cited.has(code)) continue;
    // what follows « sauf » or « à l'exception » is what the code leaves out
    const kept = label.split(/\bsauf\b|à l'exception|\bhors\b/u)[0];
    const words = tokens(kept);
    // the label's own (folded) word for each stem, for the evidence a visitor reads
    const shown = new Map(rawWords(kept).map((w) => [stem(fold(w)), w]));
    if (!words.length) continue;
    const found = [];
    for (const [idcc, set] of titleTokens) {
      // a word of 6 letters or more also matches its derived forms ("paysage" / "paysager", "cinématographique(s)")
      const sharedWith = (w) => set.has(w) || (w.length >= 5 && [...set].some((t) => t.length >= 5 && (t.startsWith(w) || w.startsWith(t))));
      const shared = words.filter(sharedWith);
      // every distinctive label word in the title, or at least two of them covering two thirds of the label, or one
      // word that only one or two titles have ("cinématographique", "paysage"; a shorter one when it is the label's
      // first distinctive word: "fleurs" in « Commerce de détail de fleurs, plantes… » / « Fleuristes… »)
      const ratio = shared.length / words.length;
      const rare = shared.filter((w) => (df.get(w) ?? 0) <= 4 && w.length >= 5);
      const veryRare = shared.filter((w) => (w.length >= 7 || w === words[0]) && [...titleTokens.values()].filter((t) => [...t].some((x) => x.startsWith(w.slice(0, 6)))).length <= 2);
      if (!rare.length && !veryRare.length) continue;
      const said = shared.map((w) => shown.get(w) ?? w);
      if (ratio === 1 || (shared.length >= 2 && ratio >= 2 / 3)) found.push({ idcc, words: said, ratio });
      else if (veryRare.length) found.push({ idcc, words: said, ratio: Math.max(ratio, 0.5) * 0.8 });
    }
    // a label that matches many titles says nothing
    if (found.length && found.length <= 3) out.set(code, found.sort((a, b) => b.ratio - a.ratio));
  }
  return out;
}

// The word matches below fold plurals and a final e the same way on both sides ("voyages", "voyage" → "voyag").
const stem2 = (w) => w.replace(/(?:s|x)$/, '').replace(/e$/, '');
const tokens2 = (text) => [...new Set(fold(text).split(' ').filter((w) => w.length >= 4 && !GENERIC.has(w)).map(stem2))];
/** The label's own (folded) word for each stem, for the evidence a visitor reads ("electrique", not "electriqu"). */
const wordOf = (text) => new Map(rawWords(text).map((w) => [stem2(fold(w)), w]));

// Keyword words too vague to tie a NAF label to one convention.
const VAGUE = new Set('sanitaire sanitaires restauration organisme organismes formation industrie commerce alimentaire service services conseil agent agence entretien centre ecole prive privee transport bureau etudes travaux cabinet club'.split(' '));

/**
 * Word matches: a NAF code that no scope article cites (directly or through an old code) and no title matches is
 * linked to the conventions whose evidence-checked keywords (src/data/keywords.ts, each word established by a source)
 * include a distinctive word of its INSEE label (strength "w"). The evidence is the words.
 * @param {Map<string, string>} labels NAF code → label
 * @param {readonly (readonly [string, string])[]} keywords [words, IDCCs] entries
 * @param {Map<string, { replacedBy: readonly string[], legalStatus: string | null }>} byIdcc
 * @param {Set<string>} linked codes linked by citation (skipped)
 * @param {Map<string, unknown>} titled codes linked by a title match (skipped)
 * @returns {Map<string, { idcc: string, words: string[] }[]>}
 */
export function wordLinks(labels, keywords, byIdcc, linked, titled) {
  const current = (idcc) => {
    const c = byIdcc.get(idcc);
    return !!c && !c.replacedBy.length && !['ABROGE', 'REMPLACE', 'PERIME', 'DENONCE'].includes(c.legalStatus ?? '');
  };
  /** stemmed word → IDCCs */
  const index = new Map();
  for (const [text, idccs] of keywords) {
    const ids = idccs.split(' ').filter(current);
    if (!ids.length || ids.length > 4) continue;
    for (const w of fold(text).split(' ')) {
      if (w.length < 4 || GENERIC.has(w) || VAGUE.has(w)) continue;
      const s = stem2(w);
      index.set(s, [...new Set([...(index.get(s) ?? []), ...ids])]);
    }
  }
  const out = new Map();
  for (const [code, label] of labels) {
    if (linked.has(code) || titled.has(code)) continue;
    const kept = label.split(/\bsauf\b|à l'exception|\bhors\b/u)[0];
    const words = tokens2(kept);
    const shown = wordOf(kept);
    const found = new Map();
    for (const w of words) for (const idcc of index.get(w) ?? []) found.set(idcc, [...(found.get(idcc) ?? []), shown.get(w) ?? w]);
    if (found.size && found.size <= 4) out.set(code, [...found].map(([idcc, ws]) => ({ idcc, words: ws })));
  }
  return out;
}

/**
 * Scope-word matches: the distinctive words of a NAF code's INSEE label that the convention's own scope articles in
 * force use (strength "s"). A label word found in the scopes of many conventions says nothing; every distinctive
 * word of the label must be there, and at most `max` conventions are kept, the
 * rarest words first.
 * @param {Map<string, string>} labels NAF code → label
 * @param {Map<string, Map<string, number[]>>} scopeWords idcc → folded scope word → indexes of the articles using it
 * @param {(idcc: string) => boolean} current
 * @returns {Map<string, { idcc: string, words: string[], ratio: number, article: number }[]>}
 */
export function scopeLinks(labels, scopeWords, current, max = 3) {
  /** stem → idcc → article */
  const index = new Map();
  // a scope that lists half the economy (a vocabulary in the top tenth) matches every label: left out
  const sizes = [...scopeWords.values()].map((w) => w.size).sort((a, b) => a - b);
  const broad = sizes[Math.floor(sizes.length * 0.9)] ?? Infinity;
  for (const [idcc, words] of scopeWords) {
    if (!current(idcc) || words.size > broad) continue;
    for (const [w, arts] of words) {
      if (w.length < 4 || GENERIC.has(w)) continue;
      const s = stem2(w);
      const per = index.get(s) ?? new Map();
      if (!per.has(idcc)) per.set(idcc, arts[0]);
      index.set(s, per);
    }
  }
  const n = scopeWords.size;
  const out = new Map();
  for (const [code, label] of labels) {
    const kept = label.split(/\bsauf\b|à l'exception|\bhors\b/u)[0];
    const shown = wordOf(kept);
    const words = tokens2(kept).filter((w) => (index.get(w)?.size ?? 0) <= n / 8);
    if (!words.length) continue;
    const found = new Map();
    for (const w of words) for (const [idcc, art] of index.get(w) ?? []) found.set(idcc, [...(found.get(idcc) ?? []), [w, art]]);
    const matched = [];
    for (const [idcc, hits] of found) {
      const ratio = hits.length / words.length;
      if (ratio < 1) continue;
      const weight = hits.reduce((sum, [w]) => sum + Math.log(n / index.get(w).size), 0);
      matched.push({ idcc, words: hits.map(([w]) => shown.get(w) ?? w), ratio, article: hits[0][1], weight });
    }
    matched.sort((a, b) => b.weight - a.weight || a.idcc.localeCompare(b.idcc));
    if (matched.length && matched.length <= max * 2) out.set(code, matched.slice(0, max));
  }
  return out;
}
