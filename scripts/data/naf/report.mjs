#!/usr/bin/env node
// npm run data:report — what the APE/NAF answers and the word search cover, measured on the repository's own data
// (src/data, bundled here with esbuild into a temporary file; no network, nothing from ../shared):
//  - coverage: every NAF rév. 2 (732) and NAF 2025 (747) sub-class, its label and whether the answer is non-empty
//    (candidates, or the explicit public-employer / "no usual convention" answer), by the strength of the first candidate;
//  - top-3 accuracy of conventionsForNaf on the common APE codes of bench/naf-ape-set.mjs (with their sources);
//  - top-3 accuracy of the search on the French and English trade and job words of bench/trade-words.mjs, beside
//    Fuse.js and MiniSearch (devDependencies) indexed on the same records and keywords.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { APE_SET } from '../../../bench/naf-ape-set.mjs';
import { TRADE_WORDS, TRADE_WORDS_EN } from '../../../bench/trade-words.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const dir = await mkdtemp(path.join(tmpdir(), 'naf-report-'));
const outfile = path.join(dir, 'data.mjs');
await build({ entryPoints: [path.join(repo, 'src/data/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const data = await import(outfile);
const { KEYWORDS } = await import(await bundleOne('src/data/keywords.ts'));
const { KEYWORDS_EN } = await import(await bundleOne('src/data/keywords-en.ts'));
async function bundleOne(file) {
  const out = path.join(dir, `${path.basename(file)}.mjs`);
  await build({ entryPoints: [path.join(repo, file)], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
  return out;
}

// 1. Coverage
const pct = (n, of) => `${n}/${of} (${((100 * n) / of).toFixed(1)} %)`;
const { rev2, naf2025 } = data.allNafCodes();
console.log('## Coverage of conventionsForNaf\n');
for (const [name, codes] of [['NAF rév. 2', rev2], ['NAF 2025', naf2025]]) {
  let labelled = 0;
  let answered = 0;
  const first = {};
  for (const code of codes) {
    const r = data.conventionsForNaf(code);
    if (r.kind !== 'ok') continue;
    if (r.label) labelled++;
    if (r.candidates.length || r.advice) answered++;
    const k = r.candidates[0]?.strength ?? r.noConvention;
    first[k] = (first[k] ?? 0) + 1;
  }
  console.log(`${name}: ${codes.length} sub-classes; label ${pct(labelled, codes.length)}; non-empty answer ${pct(answered, codes.length)}`);
  console.log(`  first candidate by evidence: ${Object.entries(first).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
let sameFirst = 0;
let unique = 0;
for (const code of naf2025) {
  const r = data.conventionsForNaf(code);
  if (r.kind !== 'ok' || r.from.length !== 1 || r.from[0].relation !== 'unique') continue;
  const a = data.conventionsForNaf(r.from[0].naf);
  unique++;
  if (a.kind === 'ok' && (a.candidates[0]?.convention.idcc ?? null) === (r.candidates[0]?.convention.idcc ?? null)) sameFirst++;
}
console.log(`NAF 2025 codes with one Unique antecedent: same first candidate as the antecedent ${pct(sameFirst, unique)}`);

// 2. APE set
console.log(`\n## Top-3 accuracy on ${APE_SET.length} common APE codes (bench/naf-ape-set.mjs)\n`);
let ok = 0;
const misses = [];
for (const [code, accepted] of APE_SET) {
  const r = data.conventionsForNaf(code);
  const top = r.kind === 'ok' ? r.candidates.slice(0, 3).map((c) => c.convention.idcc) : [];
  if (top.some((i) => accepted.split(' ').includes(i))) ok++;
  else misses.push(`${code} (want ${accepted}) → ${top.join(',') || (r.kind === 'ok' ? r.noConvention : r.kind)}`);
}
console.log(`ours: ${pct(ok, APE_SET.length)}`);
if (misses.length) console.log(`misses: ${misses.join('; ')}`);

// 3. Words: ours, Fuse.js, MiniSearch on the same records
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const keywordsOf = new Map();
for (const [text, idccs] of [...KEYWORDS, ...KEYWORDS_EN.map(([w, ids]) => [w.en, ids])]) for (const idcc of idccs.split(' ')) keywordsOf.set(idcc, `${keywordsOf.get(idcc) ?? ''} ${text}`.trim());
const records = data.conventions.map((c) => ({ idcc: c.idcc, title: c.title ?? '', shortTitle: c.shortTitle ?? '', keywords: keywordsOf.get(c.idcc) ?? '' }));
const fuse = new Fuse(records, {
  keys: [{ name: 'idcc', weight: 2 }, { name: 'keywords', weight: 2 }, { name: 'shortTitle', weight: 1.5 }, { name: 'title', weight: 1 }],
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.4,
});
const mini = new MiniSearch({
  idField: 'idcc',
  fields: ['idcc', 'title', 'shortTitle', 'keywords'],
  processTerm: (term) => fold(term),
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { idcc: 3, keywords: 2, shortTitle: 1.5 }, combineWith: 'AND' },
});
mini.addAll(records);
const engines = {
  ours: (q) => data.searchConventions(q, { limit: 3 }).map((h) => h.convention.idcc),
  'fuse.js': (q) => fuse.search(q, { limit: 3 }).map((h) => h.item.idcc),
  minisearch: (q) => mini.search(q).slice(0, 3).map((h) => h.id),
};
for (const [name, set] of [['French', TRADE_WORDS], ['English', TRADE_WORDS_EN]]) {
  console.log(`\n## ${name} trade and job words (${set.length}, bench/trade-words.mjs), top-3 accuracy\n`);
  for (const [engine, search] of Object.entries(engines)) {
    const missed = [];
    let n = 0;
    for (const [q, accepted] of set) {
      const top = search(q);
      if (top.some((i) => accepted.split(' ').includes(i))) n++;
      else missed.push(`${q} → ${top.join(',') || '∅'}`);
    }
    console.log(`${engine.padEnd(11)} ${pct(n, set.length)}`);
    if (engine === 'ours' && missed.length) console.log(`  our misses: ${missed.join('; ')}`);
  }
}
await rm(dir, { recursive: true, force: true });
