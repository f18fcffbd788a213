// `npm run size`: raw, gzip and brotli bytes of the built files, checked against size-budget.json
// (gzip bytes; each budget is the measured size plus about 10 %, lowered as the files shrink).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const target = 35_000; // the gzip size we are heading for, for the whole bundle

let failed = false;
const rows = [];
for (const [file, budget] of Object.entries(budgets.gzip)) {
  let bytes;
  try {
    bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const over = gzip > budget;
  failed ||= over;
  rows.push({ file, raw: bytes.length, gzip, brotli, budget, status: over ? 'OVER BUDGET' : 'ok' });
}

const fmt = (n) => n.toLocaleString('en-US');
console.log('| file | raw | gzip | brotli | gzip budget | |');
console.log('|---|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.file} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${fmt(r.budget)} | ${r.status} |`);
}
const bundle = rows.find((r) => r.file === 'dist/opco-widgets.js');
if (bundle) {
  const gap = bundle.gzip - target;
  console.log(
    gap > 0
      ? `\nopco-widgets.js is ${fmt(gap)} bytes gzip above the ${fmt(target)}-byte goal.`
      : `\nopco-widgets.js is within the ${fmt(target)}-byte gzip goal.`,
  );
}
if (failed) {
  console.error('\nA file grew past its budget in size-budget.json.');
  process.exit(1);
}
