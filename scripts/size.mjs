// `npm run size`: raw, gzip and brotli bytes of each file partners load, checked against its budget in
// scripts/lib/files.mjs (gzip bytes; each budget is the measured size plus a few per cent, lowered as the
// files shrink), and each element's file against its goal (gzip, French page, before the
// first render: the element's file is all a page downloads before it; the finder and the branch list
// fetch the convention table afterwards; an English page first fetches the English packs, the last
// column). `npm run bench:load` measures the pages themselves.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { tableFileName } from './rollup/conventions-table.mjs';
import { packsOf } from './rollup/language-packs.mjs';
import { ELEMENT_FILES, OTHER_BUDGETS } from './lib/files.mjs';

const budgets = [...ELEMENT_FILES, ...OTHER_BUDGETS];

const gzipOf = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** The English packs a script fetches before an English render (the names built into it), gzip bytes in all. */
function englishPacks(script) {
  return packsOf(script).reduce((sum, name) => sum + gzipOf(readFileSync(new URL(`../dist/${name}`, import.meta.url))), 0);
}

let failed = false;
const rows = [];
for (const { file: name, budget, goal } of budgets) {
  const file = name === 'dist/opco-conventions.json' ? `dist/${tableFileName()}` : name;
  let bytes;
  try {
    bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gzip = gzipOf(bytes);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const over = gzip > budget;
  failed ||= over;
  rows.push({
    file,
    raw: bytes.length,
    gzip,
    brotli,
    budget,
    goal,
    status: over ? 'OVER BUDGET' : 'ok',
    english: file.endsWith('.js') ? englishPacks(bytes) : 0,
  });
}

const fmt = (n) => n.toLocaleString('en-US');
console.log('| file | raw | gzip | brotli | gzip budget | | goal (gzip, before first render) | + English packs (gzip) |');
console.log('|---|---:|---:|---:|---:|---|---|---:|');
for (const r of rows) {
  const goal = r.goal ? `${fmt(r.goal)} ${r.gzip <= r.goal ? 'met' : `missed by ${fmt(r.gzip - r.goal)}`}` : '';
  console.log(
    `| ${r.file} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${fmt(r.budget)} | ${r.status} | ${goal} | ${r.english ? fmt(r.english) : ''} |`,
  );
}
if (failed) {
  console.error('\nA file grew past its budget (scripts/lib/files.mjs).');
  process.exit(1);
}
