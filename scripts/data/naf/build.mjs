#!/usr/bin/env node
// npm run data:naf
//
// Reads the scope articles ("champ d'application") of every national convention in @socialgouv/kali-data
// (Légifrance KALI, Apache-2.0) and the NAF rév. 2 labels of @socialgouv/codes-naf (INSEE, Apache-2.0), both dev
// dependencies, and writes:
//   src/data/generated/naf.ts    the compact NAF → IDCC table the bundle ships (decoded by src/data/naf.ts);
//   data/naf/scope-words.tsv     the activity words each convention's scope names (evidence for keywords.ts).
// Every link keeps its evidence: the KALI articles that cite the code, or the words shared by the NAF label and the
// convention's title. Rules of the extraction: ./extract.mjs. Needs src/data/generated/{tables.ts,conventions.json} (npm run data:build).
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { importTs } from '../import-ts.mjs';
import { scopeArticles, nafCodesIn, activityWords, inForce, fold } from './extract.mjs';
import { labelLinks } from './labels.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const kaliDir = path.join(path.dirname(require.resolve('@socialgouv/kali-data/package.json')), 'data');
const kaliVersion = require('@socialgouv/kali-data/package.json').version;
const nafVersion = require('@socialgouv/codes-naf/package.json').version;
const nafRows = require('@socialgouv/codes-naf/index.json');

// NAF rév. 2 subclasses ("56.10A") and their labels.
const labels = new Map(nafRows.filter((r) => /^\d{2}\.\d{2}[A-Z]$/.test(r.id)).map((r) => [r.id, r.label.trim()]));
const validCodes = new Set(labels.keys());

// The IDCC table the bundle ships: which IDCCs exist, their titles and legal state.
const tables = await importTs(new URL('../../../src/data/generated/tables.ts', import.meta.url));
const { decodeTable } = await importTs(new URL('../../../src/data/packed.ts', import.meta.url));
const table = JSON.parse(await readFile(new URL('../../../src/data/generated/conventions.json', import.meta.url), 'utf8'));
const conventions = decodeTable(table, tables.OPCO_IDS, tables.SOURCE_IDS);
const byIdcc = new Map(conventions.map((c) => [c.idcc, c]));

const files = (await readdir(kaliDir)).filter((f) => /^KALICONT\d+\.json$/.test(f)).sort();
/** code → idcc → { articles: Set<index>, anyInForce } */
const cited = new Map();
const articles = []; // "KALIARTI… num"
const articleIndex = new Map();
const rejectedCount = { 'old-revision': 0, amount: 0, article: 0, 'not-naf': 0 };
const wordsOf = new Map(); // idcc → Map(word → count)
let scanned = 0;
let withCodes = 0;
const skipped = [];
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
  for (const a of scope) {
    if (inForce(a.etat)) for (const [w, n] of activityWords(a.text)) words.set(w, (words.get(w) ?? 0) + n);
    const { codes, rejected } = nafCodesIn(a.text, validCodes);
    for (const r of rejected) rejectedCount[r.why]++;
    if (!codes.length) continue;
    found = true;
    const key = `${a.id} ${a.num ?? ''}`.trim();
    if (!articleIndex.has(key)) {
      articleIndex.set(key, articles.length);
      articles.push(key);
    }
    for (const code of codes) {
      const perCode = cited.get(code) ?? new Map();
      const link = perCode.get(idcc) ?? { articles: new Set(), inForce: false };
      link.articles.add(articleIndex.get(key));
      link.inForce ||= inForce(a.etat);
      perCode.set(idcc, link);
      cited.set(code, perCode);
    }
  }
  wordsOf.set(idcc, words);
  if (found) withCodes++;
}

// How many codes each convention cites: a convention citing 3 codes says more about each than one citing 200.
const codesPerIdcc = new Map();
for (const perCode of cited.values()) for (const idcc of perCode.keys()) codesPerIdcc.set(idcc, (codesPerIdcc.get(idcc) ?? 0) + 1);

// Strengths: c = cited by an article in force, o = cited only by articles no longer in force, l = label match.
const BASE = { c: 1, o: 0.6, l: 0.4 };
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

const label = labelLinks(labels, conventions, cited);
const rows = [];
for (const code of [...labels.keys()].sort()) {
  const links = [];
  for (const [idcc, l] of cited.get(code) ?? []) {
    const strength = l.inForce ? 'c' : 'o';
    const score = round(BASE[strength] * (0.75 + 0.25 * specificity(codesPerIdcc.get(idcc))));
    const ids = [...l.articles].sort((a, b) => a - b).slice(0, MAX_EVIDENCE).map(useArticle);
    links.push({ idcc, strength, score, evidence: ids.join(',') });
  }
  for (const { idcc, words, ratio } of label.get(code) ?? []) {
    if (links.some((l) => l.idcc === idcc)) continue;
    links.push({ idcc, strength: 'l', score: round(BASE.l * ratio), evidence: words.join(',') });
  }
  if (!links.length) continue;
  links.sort((a, b) => b.score - a.score || a.idcc.localeCompare(b.idcc));
  rows.push(`${code.replace('.', '')}~${labels.get(code)}~${links.map((l) => `${l.idcc}${l.strength}${l.score}${l.evidence ? `:${l.evidence}` : ''}`).join(';')}`);
}

// Every subclass, compact: per class (4 digits), the gap from the previous class then its letters ("111Z1Z…").
let previous = 0;
let allCodes = '';
const byClass = new Map();
for (const c of [...labels.keys()].sort()) {
  const cls = Number(c.slice(0, 2) + c.slice(3, 5));
  byClass.set(cls, (byClass.get(cls) ?? '') + c.slice(5));
}
for (const [cls, letters] of byClass) {
  allCodes += `${cls - previous}${letters}`;
  previous = cls;
}
const out = path.join(repo, 'src', 'data', 'generated', 'naf.ts');
const source = `// Generated by \`npm run data:naf\` (scripts/data/naf/build.mjs) from @socialgouv/kali-data ${kaliVersion} (scope articles of ${scanned} national conventions, Légifrance KALI) and @socialgouv/codes-naf ${nafVersion} (INSEE NAF rév. 2). Do not edit.

/** Versions of the two sources, for the answer's "as of". */
export const NAF_SOURCES = ${JSON.stringify({ kali: kaliVersion, naf: nafVersion })};

/** Every NAF rév. 2 subclass: per class, its gap from the previous class (decimal) then its letters ("111Z1Z…" = 0111Z, 0112Z…). */
export const NAF_CODES = ${JSON.stringify(allCodes)};

/** KALI articles cited as evidence: "KALIARTI… number". */
export const NAF_ARTICLES: readonly string[] = ${JSON.stringify(shipped)};

/**
 * ${rows.length} codes with candidates, "|"-separated: code~label~links; links ";"-separated, each
 * IDCC + strength (c: cited by a scope article in force, o: cited only by one no longer in force, l: label match)
 * + score, then ":" + the indexes of NAF_ARTICLES (c, o) or the shared words (l).
 */
export const NAF_LINKS =
  ${JSON.stringify(rows.join('|'))};
`;
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, source);

// Activity words of each convention's scope, for curating src/data/keywords.ts (not shipped).
const df = new Map();
for (const words of wordsOf.values()) for (const w of words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
const tsv = ['# Generated by `npm run data:naf` (scripts/data/naf/build.mjs): the 25 most distinctive words of the scope articles in force of each national convention (tf × idf). Evidence for src/data/keywords.ts; not shipped.', 'idcc\ttitle\twords'];
for (const [idcc, words] of [...wordsOf].sort(([a], [b]) => a.localeCompare(b))) {
  const top = [...words]
    .map(([w, n]) => [w, n * Math.log(wordsOf.size / df.get(w))])
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 25)
    .map(([w]) => w);
  tsv.push(`${idcc}\t${fold(byIdcc.get(idcc)?.shortTitle ?? byIdcc.get(idcc)?.title ?? '')}\t${top.join(' ')}`);
}
await mkdir(path.join(repo, 'data', 'naf'), { recursive: true });
await writeFile(path.join(repo, 'data', 'naf', 'scope-words.tsv'), `${tsv.join('\n')}\n`);

const linked = rows.length;
console.log(`NAF: ${scanned} conventions read (${skipped.length} skipped: not in the IDCC table), ${withCodes} cite NAF rév. 2 codes; ` +
  `${cited.size} codes cited, ${linked} of ${labels.size} codes linked (with label matches); rejected: ${JSON.stringify(rejectedCount)}`);
if (skipped.length) console.log(`  skipped: ${skipped.join(', ')}`);
console.log(`wrote ${path.relative(repo, out)}: ${source.length} chars, gzip -9 ≈ ${gzipSync(source, { level: 9 }).length} B; data/naf/scope-words.tsv`);
