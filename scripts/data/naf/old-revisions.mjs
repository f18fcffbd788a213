#!/usr/bin/env node
// node scripts/data/naf/old-revisions.mjs <table_NAF1-NAF2.xls> <naf1993_liste_n5.xlsx> <naf2003_liste_n5.xlsx>
//
// One-off conversion (not part of the build): INSEE's NAF rév. 1 → NAF rév. 2 correspondence table and the NAF 1993
// and NAF rév. 1 sub-class lists, from INSEE's spreadsheets, into the plain CSV files of data/naf/ that
// `npm run data:naf` reads. Where the spreadsheets come from: data/naf/README.md. Needs the `xlsx` package (present in
// node_modules as a dependency of node-xlsx; not a direct dependency of this project).
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const XLSX = require('xlsx');
const [tableFile, list1993, list2003] = process.argv.slice(2);
if (!tableFile || !list1993 || !list2003) {
  console.error('usage: old-revisions.mjs <table_NAF1-NAF2.xls> <naf1993_liste_n5.xlsx> <naf2003_liste_n5.xlsx>');
  process.exit(2);
}
const out = path.join(fileURLToPath(new URL('../../..', import.meta.url)), 'data', 'naf');
const csv = (v) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const rowsOf = (file) => {
  const wb = XLSX.readFile(file);
  return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, defval: '' });
};

// The table: row 0 is the header; a code ending in "p" is partly in the link (INSEE's "partie").
const table = rowsOf(tableFile);
const lines = ['naf_rev1,rev1_part,label_rev1,naf_rev2,rev2_part,label_rev2,insee_naf1_n_liens,insee_naf2_n_liens,nature'];
let n = 0;
for (const r of table.slice(1)) {
  const [, c1, l1, c2, l2, nature, , , n2, n1] = r;
  const m1 = /^(\d{2}\.\d[A-Z])(p?)$/.exec(String(c1).trim());
  const m2 = /^(\d{2}\.\d{2}[A-Z])(p?)$/.exec(String(c2).trim());
  if (!m1 || !m2) continue;
  n++;
  lines.push([m1[1], m1[2] ? 'p' : '', l1, m2[1], m2[2] ? 'p' : '', l2, n1, n2, String(nature).replace(/\s*\n\s*/g, ' / ').trim()].map(csv).join(','));
}
await writeFile(path.join(out, 'naf-rev1-rev2.csv'), `${lines.join('\n')}\n`);

for (const [file, name] of [[list1993, 'naf1993.csv'], [list2003, 'naf-rev1.csv']]) {
  const rows = rowsOf(file).filter((r) => /^\d{2}\.\d[A-Z]$/.test(String(r[0]).trim()));
  await writeFile(path.join(out, name), `code,label\n${rows.map((r) => [String(r[0]).trim(), String(r[1]).trim()].map(csv).join(',')).join('\n')}\n`);
  console.log(`${name}: ${rows.length} sub-classes`);
}
console.log(`naf-rev1-rev2.csv: ${n} relations`);
