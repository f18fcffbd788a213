#!/usr/bin/env node
// npm run data:naf (second step) — or alone: node scripts/data/naf/keyword-evidence.mjs
//
// Checks every word of src/data/keywords.ts against the sources, for each IDCC it points to, and writes
// data/naf/keyword-evidence.tsv: where the word is found — the convention's title or short title (`title`), its
// scope articles (`scope`), the label of a NAF code its scope cites (`naf`), or anywhere else in its text in force on
// Légifrance, e.g. the job titles of its classification grid (`text`, with the number of articles and the first
// one). A word with no evidence fails the step: keywords.ts keeps only words a source ties to the convention.
// Words shorter than 3 letters and the entry's stop words are not checked (they are not indexed either).
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { tsImport } from 'tsx/esm/api';
import { scopeArticles, htmlToText, inForce, fold } from './extract.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const kaliDir = path.join(path.dirname(require.resolve('@socialgouv/kali-data/package.json')), 'data');
const { KEYWORDS } = await tsImport('../../../src/data/keywords.ts', import.meta.url);
const tables = await tsImport('../../../src/data/generated/tables.ts', import.meta.url);
const { decodeTable } = await tsImport('../../../src/data/packed.ts', import.meta.url);
const naf = await tsImport('../../../src/data/generated/naf.ts', import.meta.url);
const table = JSON.parse(await readFile(new URL('../../../src/data/generated/conventions.json', import.meta.url), 'utf8'));
const conventions = decodeTable(table, tables.OPCO_IDS, tables.SOURCE_IDS);
const byIdcc = new Map(conventions.map((c) => [c.idcc, c]));

// Same stop words as the search (src/data/search.ts), read from its source so they cannot drift.
const searchSource = await readFile(new URL('../../../src/data/search.ts', import.meta.url), 'utf8');
const stopLine = /STOPWORDS = new Set\(\s*'([^']*)'/.exec(searchSource);
const STOP = new Set((stopLine?.[1] ?? '').split(/\s+/));

// A trade word → the activity nouns the sources use for it (scope articles list activities, not jobs).
const ACTIVITY_OF = {
  macon: ['maconnerie'], couvreur: ['couverture'], plombier: ['plomberie'], carreleur: ['carrelage', 'carrelages'],
  platrier: ['platrerie'], plaquiste: ['platrerie', 'plaques'], charpentier: ['charpente', 'charpentes'],
  serrurier: ['serrurerie'], vitrier: ['vitrerie'], menuisier: ['menuiserie'], peintre: ['peinture'],
  chauffagiste: ['chauffage'], electricien: ['electricite'], etancheur: ['etancheite'], facadier: ['ravalement', 'facades'],
  grutier: ['grue', 'grues'], terrassier: ['terrassement', 'terrassements'], canalisateur: ['canalisation', 'canalisations'],
  caissier: ['caisse', 'caisses'], carrossier: ['carrosserie'], depanneur: ['depannage'], demenageur: ['demenagement'],
  ambulancier: ['ambulance'], epicier: ['epicerie'], fromager: ['fromagerie', 'fromages'], informaticien: ['informatique'],
};

// Words of the NAF labels of the codes each convention's scope cites (c/o links only).
const nafLabels = new Map(
  parse(await readFile(new URL('../../../data/naf/naf2008.csv', import.meta.url)), { columns: true }).map((r) => [r.subclass_code.replace('.', ''), r.subclass_label]),
);
const nafWords = new Map();
for (const row of naf.NAF_LINKS.split('|')) {
  const [code, links] = row.split('~');
  const label = nafLabels.get(code) ?? '';
  for (const l of links.split(';')) {
    if (!/^\d{4}[co]/.test(l)) continue;
    const idcc = l.slice(0, 4);
    const set = nafWords.get(idcc) ?? new Set();
    for (const w of fold(label).split(' ')) set.add(w);
    nafWords.set(idcc, set);
  }
}

/** idcc → { scope: Set<word>, text: Map<word, string[] article ids> } from KALI, articles in force only. */
const kali = new Map();
for (const file of (await readdir(kaliDir)).filter((f) => /^KALICONT\d+\.json$/.test(f))) {
  const tree = JSON.parse(await readFile(path.join(kaliDir, file), 'utf8'));
  const idcc = String(tree.data?.num ?? '').padStart(4, '0');
  if (!byIdcc.has(idcc)) continue;
  const entry = kali.get(idcc) ?? { scope: new Set(), text: new Map() };
  for (const a of scopeArticles(tree)) if (inForce(a.etat)) for (const w of fold(a.text).split(' ')) entry.scope.add(w);
  const walk = (node) => {
    if (node.type === 'article') {
      if (!inForce(node.data?.etat)) return;
      for (const w of new Set(fold(htmlToText(node.data?.content)).split(' '))) {
        const ids = entry.text.get(w) ?? [];
        ids.push(node.data.id);
        entry.text.set(w, ids);
      }
      return;
    }
    for (const c of node.children ?? []) walk(c);
  };
  walk(tree);
  kali.set(idcc, entry);
}

// Entries above the "Grown from evidence" comment were checked by hand against the titles before this step
// existed: their words without machine evidence are listed, not failed. Every entry below it must have evidence.
const keywordsSource = await readFile(new URL('../../../src/data/keywords.ts', import.meta.url), 'utf8');
const legacyEntries = (keywordsSource.slice(0, keywordsSource.indexOf('Grown from evidence')).match(/^\s*\['/gm) ?? []).length;

const lines = ['# Generated by `npm run data:naf` (scripts/data/naf/keyword-evidence.mjs): for each word of src/data/keywords.ts and each IDCC it points to, where a source says it (title, scope, naf, text = Légifrance KALI articles in force). Not shipped.', 'word\tidcc\tevidence'];
const missing = [];
const legacyMissing = [];
KEYWORDS.forEach(([text, idccs], entry) => {
  const words = [...new Set(fold(text).split(' '))].filter((w) => w.length >= 3 && !STOP.has(w));
  for (const idcc of idccs.split(' ')) {
    const c = byIdcc.get(idcc);
    const title = new Set(fold(`${c?.title ?? ''} ${c?.shortTitle ?? ''}`).split(' '));
    const k = kali.get(idcc);
    for (const w of words) {
      // a plural or feminine form in the source counts ("coiffeuse" / "coiffeur", "serveur" / "serveurs"), and so
      // does the activity a trade word names ("maçon" is established by « maçonnerie » in the scope)
      const base = [w, w.replace(/euse$/, 'eur'), w.replace(/iere$/, 'ier'), w.replace(/ienne$/, 'ien'), w.replace(/trice$/, 'teur'), w.replace(/e$/, '')];
      const forms = [...new Set([...base, ...(ACTIVITY_OF[w] ?? [])].flatMap((f) => [f, `${f}s`, `${f}x`, f.replace(/s$/, '')]))];
      const has = (set) => forms.some((f) => set?.has(f));
      let evidence = null;
      if (has(title)) evidence = 'title';
      else if (has(k?.scope)) evidence = 'scope';
      else if (has(nafWords.get(idcc))) evidence = 'naf';
      else {
        const form = forms.find((f) => k?.text.has(f));
        if (form) {
          const ids = k.text.get(form);
          evidence = `text: ${ids.length} article${ids.length > 1 ? 's' : ''}, e.g. ${ids[0]}`;
        }
      }
      if (!evidence) (entry < legacyEntries ? legacyMissing : missing).push(`${w} → ${idcc}`);
      lines.push(`${w}\t${idcc}\t${evidence ?? (entry < legacyEntries ? 'title (checked by hand)' : 'NONE')}`);
    }
  }
});
// English words (src/data/keywords-en.ts): each French word an entry translates must be a French keyword (above) or a
// title word of every IDCC the entry lists; the English word's evidence is the French word's.
const { KEYWORDS_EN } = await tsImport('../../../src/data/keywords-en.ts', import.meta.url);
const frenchOf = new Map(); // idcc → Set of French keywords
for (const [text, idccs] of KEYWORDS) for (const idcc of idccs.split(' ')) for (const w of fold(text).split(' ')) frenchOf.set(idcc, (frenchOf.get(idcc) ?? new Set()).add(w));
const missingEn = [];
lines.push('# English words (src/data/keywords-en.ts): the French words they translate, established above or by the title');
const { ENGLISH_SOURCES } = await import('./keywords-en-sources.mjs');
for (const [{ en }, idccs] of KEYWORDS_EN) {
  const fr = ENGLISH_SOURCES[en] ?? '';
  const frWords = [...new Set(fold(fr).split(' '))].filter((w) => w.length >= 3 && !STOP.has(w));
  for (const idcc of idccs.split(' ')) {
    const c = byIdcc.get(idcc);
    const title = new Set(fold(`${c?.title ?? ''} ${c?.shortTitle ?? ''}`).split(' '));
    const found = frWords.filter((w) => frenchOf.get(idcc)?.has(w) || title.has(w));
    if (!c || !found.length) missingEn.push(`${en} → ${idcc}`);
    for (const w of [...new Set(fold(en).split(' '))]) lines.push(`${w}\t${idcc}\t${found.length ? `en: translates ${found.join(', ')}` : 'NONE'}`);
  }
}
if (missingEn.length) {
  console.log(`English entries without a French keyword or title word of their IDCC: ${missingEn.join('; ')}`);
  process.exitCode = 1;
}
await mkdir(path.join(repo, 'data', 'naf'), { recursive: true });
await writeFile(path.join(repo, 'data', 'naf', 'keyword-evidence.tsv'), `${lines.join('\n')}\n`);
console.log(`keywords: ${lines.length - 2} word → IDCC pairs checked; ${legacyMissing.length} of the hand-checked entries have no ` +
  `machine evidence (their IDCC is not in kali-data, or the title names the trade in other words); new entries without evidence: ${missing.length}`);
if (missing.length) {
  console.log(`  ${missing.join('; ')}`);
  process.exitCode = 1;
}
