// The convention table (src/data/generated/conventions.json) in the build:
//  - jsonModule(): `import table from '….json' with { type: 'json' }` becomes a module (dist/data.js inlines the table);
//  - conventionsAsset(): in a widgets' file, the table is not inlined: it is written next to the file as
//    opco-conventions.<hash>.json (a name per content: cached forever, never stale) and the loader's URL
//    points to it. The build fails when the integrity the loader checks is not the file's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentHash, sri } from '../lib/integrity.mjs';

const TABLE = fileURLToPath(new URL('../../src/data/generated/conventions.json', import.meta.url));
const TABLES_TS = fileURLToPath(new URL('../../src/data/generated/tables.ts', import.meta.url));
// the loader's URL as TypeScript or esbuild writes it (either quote)
const SOURCE_URL = /new URL\((['"])\.\.\/data\/generated\/conventions\.json\1, import\.meta\.url\)/;

export function jsonModule() {
  return {
    name: 'json-module',
    load(id) {
      if (!id.endsWith('.json')) return null;
      // JSON.parse of one string literal: faster to start than the same data as an object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(id, 'utf8'))))});`;
    },
  };
}

/** The published name of the table: content-addressed. */
export function tableFileName(bytes = readFileSync(TABLE)) {
  return `opco-conventions.${contentHash(bytes)}.json`;
}

export function conventionsAsset() {
  return {
    name: 'conventions-asset',
    transform(code) {
      if (!SOURCE_URL.test(code)) return null;
      const bytes = readFileSync(TABLE);
      const integrity = sri(bytes);
      if (!readFileSync(TABLES_TS, 'utf8').includes(JSON.stringify(integrity))) {
        this.error(`src/data/generated/tables.ts does not carry the integrity of conventions.json (${integrity}): run npm run data:build.`);
      }
      const fileName = tableFileName(bytes);
      this.emitFile({ type: 'asset', fileName, source: bytes });
      return { code: code.replace(SOURCE_URL, `new URL(${JSON.stringify(`./${fileName}`)}, import.meta.url)`), map: null };
    },
    generateBundle(_, bundle) {
      // a loader whose URL was not rewritten would fetch a path that does not exist next to the file
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('generated/conventions.json'))
          this.error(`${chunk.fileName} still points to src/data/generated/conventions.json`);
      }
    },
  };
}

// ——— what a first answer needs, before the table ———
// The finder answers an IDCC at once from the table's rows without titles and scope (fields 0–8 of
// the packed format, src/data/packed.ts): OPCO, candidates, confidence, legal status, replacements,
// sources, establishments and share, ~4 kB gzip. Its file inlines them; the titles and the word
// search come with the table. In the sources, src/platform/answer-rows.ts imports the table and cuts
// the same fields at run time.
const ANSWER_ROWS_SOURCE = /[\\/]src[\\/]platform[\\/]answer-rows\.ts$/;
const ANSWER_ROWS_MODULE = '\0opco-answer-rows';

/** The packed rows cut to the fields an answer reads (the same cut as src/platform/answer-rows.ts). */
export const answerRows = (rows) =>
  rows
    .split('\n')
    .map((line) => `${line.split('|').slice(0, 9).join('|')}|||`)
    .join('\n');

export function answerRowsModule() {
  return {
    name: 'answer-rows',
    resolveId(source, importer) {
      if (importer && ANSWER_ROWS_SOURCE.test(importer) && source.endsWith('generated/conventions.json')) return ANSWER_ROWS_MODULE;
      return null;
    },
    load(id) {
      if (id !== ANSWER_ROWS_MODULE) return null;
      const table = JSON.parse(readFileSync(TABLE, 'utf8'));
      return `export default { rows: ${JSON.stringify(answerRows(table.rows))} };`;
    },
  };
}

// ——— one slice per OPCO ———
// A branch list shows one OPCO's conventions: it fetches opco-conventions-<opco>.<hash>.json, that
// OPCO's rows (those whose majority OPCO it is) in the table's packed format, without the APE/NAF
// links, and not the whole table (unless the page fetches the table anyway, for a finder or a
// provider). Each slice's name and integrity are built into the script
// (src/platform/conventions-slices.ts, the `"__opco_slices__"` placeholder).
const SLICES_SOURCE = /[\\/]src[\\/]platform[\\/]conventions-slices\.ts$/;
const SLICES_MARK = /(["'])__opco_slices__\1/;

/** The table's rows whose majority OPCO is `index` (base-36 digit), IDCC deltas and title prefixes renumbered. */
export function sliceOf(table, index) {
  const prefixes = [];
  const rows = [];
  let idcc = 0;
  let previous = 0;
  for (const line of table.rows.split('\n')) {
    const f = line.split('|');
    idcc += Number(f[0]);
    if (f[1] !== index) continue;
    f[0] = String(idcc - previous);
    previous = idcc;
    if (f[10]?.[0] === '^') {
      const prefix = table.prefixes[parseInt(f[10][1], 36)];
      let at = prefixes.indexOf(prefix);
      if (at < 0) at = prefixes.push(prefix) - 1;
      f[10] = `^${at.toString(36)}${f[10].slice(2)}`;
    }
    rows.push(f.join('|'));
  }
  return { asOf: table.asOf, prefixes, rows: rows.join('\n') };
}

/** Every slice: OPCO id → { fileName, bytes }. */
export function slices(bytes = readFileSync(TABLE)) {
  const table = JSON.parse(bytes.toString('utf8'));
  const ids = JSON.parse(/OPCO_IDS = (\[[^\]]*\])/.exec(readFileSync(TABLES_TS, 'utf8'))[1]);
  return Object.fromEntries(
    ids.map((id, i) => {
      const out = Buffer.from(JSON.stringify(sliceOf(table, i.toString(36))));
      return [id, { fileName: `opco-conventions-${id}.${contentHash(out)}.json`, bytes: out }];
    }),
  );
}

export function conventionSlices() {
  return {
    name: 'conventions-slices',
    transform(code, id) {
      if (!SLICES_SOURCE.test(id)) return null;
      if (!SLICES_MARK.test(code)) this.error('src/platform/conventions-slices.ts lost its "__opco_slices__" placeholder');
      const map = {};
      for (const [opco, { fileName, bytes }] of Object.entries(slices())) {
        this.emitFile({ type: 'asset', fileName, source: bytes });
        map[opco] = [fileName, sri(bytes)];
      }
      return { code: code.replace(SLICES_MARK, JSON.stringify(JSON.stringify(map))), map: null };
    },
  };
}
