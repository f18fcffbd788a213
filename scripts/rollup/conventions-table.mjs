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
    transform(code, id) {
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
        if (chunk.type === 'chunk' && chunk.code.includes('generated/conventions.json')) this.error(`${chunk.fileName} still points to src/data/generated/conventions.json`);
      }
    },
  };
}
