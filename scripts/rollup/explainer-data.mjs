// The funding explainer's data beyond its first tab, in the build (src/components/funding-explainer/
// explainer-rest.ts: the other four scheme cards, the funding sources, the money-flow diagram):
//  - the module is evaluated at build time (esbuild) and its records serialized into one JSON file per
//    language, next to the script: `opco-funding-explainer-data.fr.<hash>.json` (the whole tree, each
//    text as `{ "fr": … }`) and `….en.<hash>.json` (the same shape with only the `{ "en": … }` sides, 0
//    where an item has none; explainer-data.ts joins them). Independent of the language packs: the
//    records are read from the modules, not from the bundle;
//  - in the explainer's script, explainer-rest.ts becomes `REST = undefined` (nothing of it is bundled)
//    and explainer-built.ts's placeholder gets each file's name and integrity, the number of money flows
//    and the first card's newest source date.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { contentHash, sri } from '../lib/integrity.mjs';

const DIR = fileURLToPath(new URL('../../src/components/funding-explainer/', import.meta.url));
const BUILT_SOURCE = /[\\/]src[\\/]components[\\/]funding-explainer[\\/]explainer-built\.ts$/;
const IN_EXPLAINER = /[\\/]src[\\/]components[\\/]funding-explainer[\\/][\w.-]+\.ts$/;
const MARK = /(["'])__explainer_data__\1/;
const STUB = '\0opco-explainer-rest';

let records;

/** REST, LANGS and the first card's date, from the sources. */
async function evaluate() {
  const out = await build({
    stdin: {
      contents: [
        "export { REST } from './explainer-rest.js';",
        "export { SCHEMES } from '../../data/funding/schemes/index.js';",
        "export { LANGS } from '../../data/lang.js';",
      ].join('\n'),
      resolveDir: DIR,
      loader: 'ts',
      sourcefile: 'explainer-data-entry.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The tree for one language: French keeps everything (texts as `{ fr }`), another only its texts. */
export function sideOf(value, lang, langs) {
  const isText = (v) =>
    v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === langs.length && langs.every((l) => typeof v[l] === 'string');
  const whole = lang === langs[0];
  const walk = (v) => {
    if (isText(v)) return { [lang]: v[lang] };
    if (Array.isArray(v)) {
      const items = v.map(walk);
      return whole || items.some((x) => x !== 0) ? items : 0;
    }
    if (v && typeof v === 'object') {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        const y = walk(x);
        if (whole || y !== 0) out[k] = y;
      }
      return whole || Object.keys(out).length ? out : 0;
    }
    return whole ? v : 0;
  };
  return walk(value);
}

/** Every file: language → { fileName, bytes }, and what the script needs to know before fetching. */
export async function explainerFiles() {
  records ??= evaluate().then(({ REST, SCHEMES, LANGS }) => {
    const files = Object.fromEntries(
      LANGS.map((lang) => {
        const bytes = Buffer.from(JSON.stringify(sideOf(REST, lang, LANGS)));
        return [lang, { fileName: `opco-funding-explainer-data.${lang}.${contentHash(bytes)}.json`, bytes }];
      }),
    );
    return { files, flows: REST.flow.edges.length, firstAsOf: SCHEMES.apprentissage.asOf };
  });
  return records;
}

export function explainerData() {
  return {
    name: 'explainer-data',
    resolveId(source, importer) {
      if (source === './explainer-rest.js' && importer && IN_EXPLAINER.test(importer)) return STUB;
      return null;
    },
    load(id) {
      return id === STUB ? 'export const REST = undefined;' : null;
    },
    async transform(code, id) {
      if (!BUILT_SOURCE.test(id)) return null;
      if (!MARK.test(code)) this.error('src/components/funding-explainer/explainer-built.ts lost its "__explainer_data__" placeholder');
      const { files, flows, firstAsOf } = await explainerFiles();
      const built = { files: {}, flows, firstAsOf };
      for (const [lang, { fileName, bytes }] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName, source: bytes });
        built.files[lang] = [fileName, sri(bytes)];
      }
      return { code: code.replace(MARK, JSON.stringify(JSON.stringify(built))), map: null };
    },
  };
}
