// `npm run size`: raw, gzip and brotli bytes of each file partners load, checked against
// size-budget.json (gzip bytes; each budget is the measured size plus a few per cent, lowered as the
// files shrink), and each element's file against the goal of issue 15 (gzip, French page, before the
// first render: the element's file is all a page downloads before it; the finder and the branch list
// fetch the convention table afterwards; an English page first fetches the English packs, the last
// column). `npm run bench:load` measures the pages themselves.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { tableFileName } from './rollup/conventions-table.mjs';
import { packsOf } from './rollup/language-packs.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
/** Goals, gzip bytes of JS before the first render. */
const GOALS = {
  'dist/opco-finder.js': 35_000,
  'dist/opco-card.js': 15_000,
  'dist/opco-branch-list.js': 35_000,
  'dist/opco-funding-explainer.js': 45_000,
  'dist/opco-widgets.js': 90_000,
};

const gzipOf = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** The English packs a script fetches before an English render (the names built into it), gzip bytes in all. */
function englishPacks(script) {
  return packsOf(script).reduce((sum, name) => sum + gzipOf(readFileSync(new URL(`../dist/${name}`, import.meta.url))), 0);
}

let failed = false;
const rows = [];
for (const [name, budget] of Object.entries(budgets.gzip)) {
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
  const goal = GOALS[file];
  rows.push({ file, raw: bytes.length, gzip, brotli, budget, goal, status: over ? 'OVER BUDGET' : 'ok', english: file.endsWith('.js') ? englishPacks(bytes) : 0 });
}

const fmt = (n) => n.toLocaleString('en-US');
console.log('| file | raw | gzip | brotli | gzip budget | | goal (gzip, before first render) | + English packs (gzip) |');
console.log('|---|---:|---:|---:|---:|---|---|---:|');
for (const r of rows) {
  const goal = r.goal ? `${fmt(r.goal)} ${r.gzip <= r.goal ? 'met' : `missed by ${fmt(r.gzip - r.goal)}`}` : '';
  console.log(`| ${r.file} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${fmt(r.budget)} | ${r.status} | ${goal} | ${r.english ? fmt(r.english) : ''} |`);
}
if (failed) {
  console.error('\nA file grew past its budget in size-budget.json.');
  process.exit(1);
}
