#!/usr/bin/env node
// npm run data:naf
//
// Reads the scope articles ("champ d'application") of every national convention in @socialgouv/kali-data
// (Légifrance KALI, Apache-2.0; needs that package installed) and INSEE's nomenclatures and correspondences kept in
// data/naf/ (NAF rév. 2, NAF 2025, rév. 2 → 2025, rév. 1 → rév. 2; Licence Ouverte, see data/naf/README.md), and writes:
//   src/data/generated/naf.ts    the compact NAF → IDCC tables the convention table's JSON carries (decoded by src/data/naf.ts);
//   data/naf/scope-words.tsv     the activity words each convention's scope names (evidence for keywords.ts).
// Every link keeps its evidence: the KALI articles that cite the code (directly, or an old-revision code INSEE's table
// maps to it), or the words shared by the NAF label and the convention's title or evidence-checked keywords.
// Rules of the extraction: ./extract.mjs. Needs src/data/generated/{tables.ts,conventions.json} (npm run data:build).
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { tsImport } from 'tsx/esm/api';
import { scopeArticles, nafCodesIn, activityWords, inForce, fold } from './extract.mjs';
import { labelLinks, scopeLinks, wordLinks } from './labels.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const kaliDir = path.join(path.dirname(require.resolve('@socialgouv/kali-data/package.json')), 'data');
const kaliVersion = require('@socialgouv/kali-data/package.json').version;
const csv = async (name) => parse(await readFile(path.join(repo, 'data', 'naf', name)), { columns: true, bom: true });

// NAF rév. 2 and NAF 2025 sub-classes ("56.10A", "56.11G") and their labels; the correspondences.
const rev2 = await csv('naf2008.csv');
const rev25 = await csv('naf2025.csv');
const to2025 = await csv('correspondances_2008_2025.csv');
const rev1to2 = await csv('naf-rev1-rev2.csv');
const rev1 = await csv('naf-rev1.csv');
const labels = new Map(rev2.map((r) => [r.subclass_code, r.subclass_label.trim()]));
const labels25 = new Map(rev25.map((r) => [r.subclass_code, r.subclass_label.trim()]));
const validCodes = new Set(labels.keys());
const rev1Codes = new Set(rev1.map((r) => r.code));
/** rév. 1 code → its rév. 2 relations */
const rev1Targets = new Map();
for (const r of rev1to2) {
  if (!validCodes.has(r.naf_rev2)) throw new Error(`naf-rev1-rev2.csv: ${r.naf_rev2} is not a NAF rév. 2 sub-class`);
  const list = rev1Targets.get(r.naf_rev1) ?? [];
  list.push({ code: r.naf_rev2, principal: /\bCC\b/.test(r.nature), nature: r.nature.trim() });
  rev1Targets.set(r.naf_rev1, list);
}

// The IDCC table the bundle ships: which IDCCs exist, their titles and legal state.
const tables = await tsImport('../../../src/data/generated/tables.ts', import.meta.url);
const { decodeTable } = await tsImport('../../../src/data/packed.ts', import.meta.url);
const { KEYWORDS } = await tsImport('../../../src/data/keywords.ts', import.meta.url);
const table = JSON.parse(await readFile(new URL('../../../src/data/generated/conventions.json', import.meta.url), 'utf8'));
const conventions = decodeTable(table, tables.OPCO_IDS, tables.SOURCE_IDS);
const byIdcc = new Map(conventions.map((c) => [c.idcc, c]));

const files = (await readdir(kaliDir)).filter((f) => /^KALICONT\d+\.json$/.test(f)).sort();
/** code → idcc → { articles: Set<index>, inForce } (direct citations) */
const cited = new Map();
/** code → idcc → { articles: Set<index>, inForce, old: Set<rév. 1 code> } (old-revision citations mapped) */
const mapped = new Map();
const articles = []; // "KALIARTI… num"
const articleIndex = new Map();
const rejectedCount = { 'old-revision': 0, amount: 0, article: 0, 'not-naf': 0 };
const oldCited = new Set();
const wordsOf = new Map(); // idcc → Map(word → count)
const scopeWords = new Map(); // idcc → Map(folded word → article indexes), scope articles in force
let scanned = 0;
let withCodes = 0;
const skipped = [];
const addLink = (into, code, idcc, article, force, old) => {
  const perCode = into.get(code) ?? new Map();
  const link = perCode.get(idcc) ?? { articles: new Set(), inForce: false, old: new Set() };
  link.articles.add(article);
  link.inForce ||= force;
  if (old) link.old.add(old);
  perCode.set(idcc, link);
  into.set(code, perCode);
};
for (const file of files) {
  const tree = JSON.parse(await readFile(path.join(kaliDir, file), 'utf8'));
  const idcc = String(tree.data?.num ?? '').padStart(4, '0');
  if (!/^\d{4}$/.test(idcc) || !byIdcc.has(idcc)) {
    skipped.push(`${file} (IDCC ${tree.data?.num ?? '?'})`);
    continue;
  }
  scanned++;
  const scope = scopeArticles(tree);
  let found = false;
  const words = wordsOf.get(idcc) ?? new Map();
  const sw = scopeWords.get(idcc) ?? new Map();
  scopeWords.set(idcc, sw);
  const register = (a) => {
    const key = `${a.id} ${a.num ?? ''}`.trim();
    if (!articleIndex.has(key)) {
      articleIndex.set(key, articles.length);
      articles.push(key);
    }
    return articleIndex.get(key);
  };
  for (const a of scope) {
    if (inForce(a.etat)) {
      for (const [w, n] of activityWords(a.text)) {
        words.set(w, (words.get(w) ?? 0) + n);
        const list = sw.get(w) ?? [];
        if (list.length < 3) list.push(register(a));
        sw.set(w, list);
      }
    }
    const { codes, old, rejected } = nafCodesIn(a.text, validCodes, rev1Codes);
    for (const r of rejected) rejectedCount[r.why]++;
    if (!codes.length && !old.length) continue;
    found = true;
    const i = register(a);
    for (const code of codes) addLink(cited, code, idcc, i, inForce(a.etat));
    for (const o of old) {
      oldCited.add(o);
      for (const t of rev1Targets.get(o) ?? []) {
        // a link that carries only ancillary content (INSEE's "CA"/"NC", no "CC") when the old code is split says
        // nothing about the convention's trade: left out
        if ((rev1Targets.get(o).length > 1 && t.nature && !t.principal)) continue;
        addLink(mapped, t.code, idcc, i, inForce(a.etat), o);
      }
    }
  }
  wordsOf.set(idcc, words);
  if (found) withCodes++;
}

// How many codes each convention cites: a convention citing 3 codes says more about each than one citing 200.
const codesPerIdcc = new Map();
for (const m of [cited, mapped]) for (const perCode of m.values()) for (const idcc of perCode.keys()) codesPerIdcc.set(idcc, (codesPerIdcc.get(idcc) ?? 0) + 1);

// Strengths: c = cited by an article in force, o = cited only by articles no longer in force, m = an old-revision code
// cited, mapped through INSEE's table, l = label and title match, w = label word that is an evidence-checked keyword,
// s = the label's distinctive words are in the convention's scope articles in force, n = nothing links the code but a
// sub-class of the same NAF class is linked (score: half the neighbour's).
const BASE = { c: 1, o: 0.6, m: 0.7, l: 0.4, w: 0.35, s: 0.3, n: 0.5 };
const specificity = (n) => 1 / (1 + Math.log10(Math.max(1, n)));
// the first articles suffice as evidence (HCR restates its scope in 28 avenants)
const MAX_EVIDENCE = 3;
const round = (x) => Math.round(x * 100) / 100;

// Only the articles kept as evidence are shipped, renumbered.
const shipped = [];
const shippedIndex = new Map();
const useArticle = (i) => {
  if (!shippedIndex.has(i)) {
    shippedIndex.set(i, shipped.length);
    shipped.push(articles[i]);
  }
  return shippedIndex.get(i);
};

// Label, keyword and scope-word matches are looked for on every code (a citation elsewhere does not make them wrong):
// they only add conventions the citations did not name, in the last tier, at most MAX_WORD_LINKS per code.
const MAX_WORD_LINKS = 4;
const isCurrentIdcc = (idcc) => {
  const c = byIdcc.get(idcc);
  return !!c && !c.replacedBy.length && !['ABROGE', 'REMPLACE', 'PERIME', 'DENONCE'].includes(c.legalStatus ?? '');
};
const label = labelLinks(labels, conventions, new Set());
const words = wordLinks(labels, KEYWORDS, byIdcc, new Set(), new Map());
const scopeMatches = scopeLinks(labels, scopeWords, isCurrentIdcc);
// Words of the evidence, as their places among the label's words ("#03": its 1st and 4th words, base 36), which
// src/data/naf.ts reads back from the label (same split): the table does not carry them twice. Else as written.
const labelWords = (label) => label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
function wordsEvidence(code, words) {
  const all = labelWords(labels.get(code));
  const at = words.map((w) => all.indexOf(w));
  return at.every((i) => i >= 0 && i < 36) ? `#${at.map((i) => i.toString(36)).join('')}` : words.join(',');
}
const rows = [];
const counts = { c: 0, o: 0, m: 0, l: 0, w: 0, s: 0, n: 0 };
const coverage = { cited: 0, mapped: 0, label: 0, neighbour: 0, none: 0 };
const linksOf = new Map();
for (const code of [...labels.keys()].sort()) {
  const links = [];
  for (const [idcc, l] of cited.get(code) ?? []) {
    const strength = l.inForce ? 'c' : 'o';
    const score = round(BASE[strength] * (0.75 + 0.25 * specificity(codesPerIdcc.get(idcc))));
    const ids = [...l.articles].sort((a, b) => a - b).slice(0, MAX_EVIDENCE).map(useArticle);
    links.push({ idcc, strength, score, evidence: ids.join(',') });
  }
  for (const [idcc, l] of mapped.get(code) ?? []) {
    if (links.some((x) => x.idcc === idcc)) continue;
    // the old code INSEE splits the least says the most: "74.7Z" → 4 codes is weaker than "52.1D" → 1
    const old = [...l.old].sort((a, b) => rev1Targets.get(a).length - rev1Targets.get(b).length || a.localeCompare(b))[0];
    const split = rev1Targets.get(old).length;
    const score = round(BASE.m * (l.inForce ? 1 : 0.7) * (split === 1 ? 1 : 0.85) * (0.75 + 0.25 * specificity(codesPerIdcc.get(idcc))));
    const ids = [...l.articles].sort((a, b) => a - b).slice(0, MAX_EVIDENCE).map(useArticle);
    links.push({ idcc, strength: 'm', score, evidence: `${ids.join(',')}/${old}/${split}` });
  }
  for (const { idcc, words: w, ratio } of label.get(code) ?? []) {
    if (links.some((x) => x.idcc === idcc)) continue;
    links.push({ idcc, strength: 'l', score: round(BASE.l * ratio), evidence: wordsEvidence(code, w) });
  }
  const weak = [];
  for (const { idcc, words: w } of words.get(code) ?? []) {
    if (links.some((x) => x.idcc === idcc) || weak.some((x) => x.idcc === idcc)) continue;
    weak.push({ idcc, strength: 'w', score: BASE.w, evidence: wordsEvidence(code, w) });
  }
  for (const { idcc, words: w, ratio, article } of scopeMatches.get(code) ?? []) {
    if (links.some((x) => x.idcc === idcc) || weak.some((x) => x.idcc === idcc)) continue;
    weak.push({ idcc, strength: 's', score: round(BASE.s * ratio), evidence: `${useArticle(article)}/${wordsEvidence(code, w)}` });
  }
  // public administration: the answer is the public-employer one, not a word match
  if (code.startsWith('84.')) {
    weak.length = 0;
    for (let i = links.length - 1; i >= 0; i--) if (links[i].strength === 'l') links.splice(i, 1);
  }
  const labelled = links.filter((l) => l.strength === 'l').length;
  links.push(...weak.slice(0, Math.max(0, MAX_WORD_LINKS - labelled)));
  linksOf.set(code, links);
}
// A code nothing links, whose sub-classes of the same NAF class ("43.22A" beside "43.22B") are linked: their
// conventions, as the weakest suggestion (strength "n", evidence: the neighbouring code), at most 3.
for (const [code, links] of linksOf) {
  if (links.length || code.startsWith('84.')) continue;
  const near = new Map();
  for (const [other, theirs] of linksOf) {
    if (other === code || other.slice(0, 5) !== code.slice(0, 5) || theirs.some((l) => l.strength === 'n')) continue;
    for (const l of theirs) if (!near.has(l.idcc) || near.get(l.idcc).score < l.score) near.set(l.idcc, { score: l.score, other });
  }
  const best = [...near].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0])).slice(0, 3);
  for (const [idcc, { score, other }] of best) links.push({ idcc, strength: 'n', score: round(BASE.n * score), evidence: other.replace('.', '') });
}
for (const [code, links] of [...linksOf].sort(([a], [b]) => a.localeCompare(b))) {
  const kind = links.some((l) => l.strength === 'c' || l.strength === 'o') ? 'cited' : links.some((l) => l.strength === 'm') ? 'mapped' : links.some((l) => l.strength !== 'n') ? 'label' : links.length ? 'neighbour' : 'none';
  coverage[kind]++;
  if (!links.length) continue;
  for (const l of links) counts[l.strength]++;
  links.sort((a, b) => b.score - a.score || a.idcc.localeCompare(b.idcc));
  rows.push(`${code.replace('.', '')}~${links.map((l) => `${l.idcc}${l.strength}${l.score}${l.evidence ? `:${l.evidence}` : ''}`).join(';')}`);
}

/** Sub-classes, compact: per class (4 digits), the gap from the previous class then its letters ("111Z1Z…"). */
function compactCodes(codes) {
  let previous = 0;
  let out = '';
  const byClass = new Map();
  for (const c of [...codes].sort()) {
    const cls = Number(c.slice(0, 2) + c.slice(3, 5));
    byClass.set(cls, (byClass.get(cls) ?? '') + c.slice(5));
  }
  for (const [cls, letters] of byClass) {
    out += `${cls - previous}${letters}`;
    previous = cls;
  }
  return out;
}
const codes2 = [...labels.keys()].sort();
const codes25 = [...labels25.keys()].sort();
// NAF 2025: each code's rév. 2 antecedents ("5610A" or, in the same class, just the letter "Z"), "*" when INSEE's
// relation is Multiple; its label only when it is not its first antecedent's label (typographic apostrophe aside).
const from = new Map();
for (const r of to2025) {
  const list = from.get(r.code_2025) ?? [];
  list.push({ code: r.code_2008, unique: r.type_officiel === 'Unique' });
  from.set(r.code_2025, list);
}
const curly = (s) => s.replace(/'/g, '’');
let sameLabel = 0;
const from25 = [];
const labels25Out = [];
for (const c of codes25) {
  const list = (from.get(c) ?? []).sort((a, b) => Number(b.unique) - Number(a.unique) || a.code.localeCompare(b.code));
  from25.push(list.map((a) => `${a.code.slice(0, 5) === c.slice(0, 5) ? a.code.slice(5) : a.code.replace('.', '')}${a.unique ? '' : '*'}`).join(','));
  const first = list[0] && labels.get(list[0].code);
  if (first && curly(first) === labels25.get(c)) {
    labels25Out.push('');
    sameLabel++;
  } else labels25Out.push(labels25.get(c));
}

const out = path.join(repo, 'src', 'data', 'generated', 'naf.ts');
const source = `// Generated by \`npm run data:naf\` (scripts/data/naf/build.mjs) from @socialgouv/kali-data ${kaliVersion} (scope articles of ${scanned} national conventions, Légifrance KALI) and INSEE's NAF rév. 2, NAF 2025 and correspondence tables (data/naf/, Licence Ouverte). Do not edit.

/** Versions of the sources, for the answer's "as of". */
export const NAF_SOURCES = ${JSON.stringify({ kali: kaliVersion, naf: 'NAF rév. 2 ; NAF 2025 (correspondance INSEE de janvier 2026)' })};

/** The sources line of every APE answer (two written-out texts: a widgets' file carries the English one in its English pack). */
export const NAF_SOURCE = {
  fr: ${JSON.stringify(`Source : articles « champ d’application » des conventions (Légifrance, base KALI, via @socialgouv/kali-data ${kaliVersion}) ; INSEE : NAF rév. 2, NAF 2025, tables de correspondance NAF rév. 1 → rév. 2 et rév. 2 → NAF 2025`)},
  en: ${JSON.stringify(`Source: the conventions' scope articles (Légifrance, KALI base, via @socialgouv/kali-data ${kaliVersion}); INSEE: NAF rev. 2, NAF 2025, correspondence tables NAF rev. 1 → rev. 2 and rev. 2 → NAF 2025`)},
};

/** Every NAF rév. 2 subclass: per class, its gap from the previous class (decimal) then its letters ("111Z1Z…" = 0111Z, 0112Z…). */
export const NAF_CODES = ${JSON.stringify(compactCodes(codes2))};

/** INSEE's labels of NAF_CODES, in their order, "|"-separated. */
export const NAF_LABELS = ${JSON.stringify(codes2.map((c) => labels.get(c)).join('|'))};

/** Every NAF 2025 subclass, same encoding as NAF_CODES. */
export const NAF25_CODES = ${JSON.stringify(compactCodes(codes25))};

/** INSEE's labels of NAF25_CODES, "|"-separated; empty when it is the first antecedent's label with typographic apostrophes. */
export const NAF25_LABELS = ${JSON.stringify(labels25Out.join('|'))};

/**
 * The NAF rév. 2 antecedents of each NAF25_CODES code (INSEE's correspondence), "|"-separated, each ","-separated:
 * the rév. 2 code without its dot, or only its letter when in the same class; "*": INSEE's relation is Multiple
 * (the rév. 2 code is shared among several 2025 codes).
 */
export const NAF25_FROM = ${JSON.stringify(from25.join('|'))};

/** KALI articles cited as evidence: "KALIARTI… number". */
export const NAF_ARTICLES: readonly string[] = ${JSON.stringify(shipped)};

/**
 * ${rows.length} rév. 2 codes with candidates, "|"-separated: code~links; links ";"-separated, each IDCC + strength
 * (c: cited by a scope article in force; o: cited only by one no longer in force; m: an old-revision code cited by a
 * scope article, mapped through INSEE's table; l: label and title share words; w: a label word is an evidence-checked
 * keyword of the convention; s: the label's words are in the convention's scope articles; n: neighbouring sub-class) + score, then ":" + the
 * indexes of NAF_ARTICLES (c, o), the indexes then "/" the old code "/" how many rév. 2 codes INSEE splits it into (m),
 * the shared words (l, w; "#" + their places among the label's words in base 36, or the words ","-separated), the
 * scope article's index "/" the words (s), or the neighbouring sub-class of the same
 * NAF class whose link this is (n: nothing links the code itself).
 */
export const NAF_LINKS =
  ${JSON.stringify(rows.join('|'))};
`;
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, source);

// Activity words of each convention's scope, for curating src/data/keywords.ts (not shipped).
const df = new Map();
for (const w of wordsOf.values()) for (const x of w.keys()) df.set(x, (df.get(x) ?? 0) + 1);
const tsv = ['# Generated by `npm run data:naf` (scripts/data/naf/build.mjs): the 25 most distinctive words of the scope articles in force of each national convention (tf × idf). Evidence for src/data/keywords.ts; not shipped.', 'idcc\ttitle\twords'];
for (const [idcc, w] of [...wordsOf].sort(([a], [b]) => a.localeCompare(b))) {
  const top = [...w]
    .map(([x, n]) => [x, n * Math.log(wordsOf.size / df.get(x))])
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 25)
    .map(([x]) => x);
  tsv.push(`${idcc}\t${fold(byIdcc.get(idcc)?.shortTitle ?? byIdcc.get(idcc)?.title ?? '')}\t${top.join(' ')}`);
}
await mkdir(path.join(repo, 'data', 'naf'), { recursive: true });
await writeFile(path.join(repo, 'data', 'naf', 'scope-words.tsv'), `${tsv.join('\n')}\n`);

console.log(`NAF: ${scanned} conventions read (${skipped.length} skipped: not in the IDCC table), ${withCodes} cite NAF codes; ` +
  `${cited.size} rév. 2 codes cited directly, ${oldCited.size} old-revision codes cited (mapped to ${mapped.size} rév. 2 codes); ` +
  `rév. 2 codes by best evidence: ${JSON.stringify(coverage)} of ${labels.size}; links ${JSON.stringify(counts)}; rejected: ${JSON.stringify(rejectedCount)}`);
console.log(`NAF 2025: ${codes25.length} codes, ${sameLabel} with their antecedent's label, ${codes25.length - from25.filter(Boolean).length} without antecedent`);
if (skipped.length) console.log(`  skipped: ${skipped.join(', ')}`);
console.log(`wrote ${path.relative(repo, out)}: ${source.length} chars, gzip -9 ≈ ${gzipSync(source, { level: 9 }).length} B; data/naf/scope-words.tsv`);
