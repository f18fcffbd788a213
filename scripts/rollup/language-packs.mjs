// The language packs in the build: per widgets' file and per language but French (LANGS in
// src/data/lang.ts), one pack `<file>.<lang>.<hash>.json` written next to it (minified, a name per
// content), its integrity given to the file, so that a file holds the integrity of every byte it reads
// and a page in another language makes one request more, not one per catalog. A pack holds, by part:
//  - each catalog of the file: `defineMessages(fr, 'opco-finder', import.meta.url)` is part
//    `opco-finder`, read from `opco-finder.<lang>.json` next to the catalog's module;
//  - `texts`: the data texts of the file's modules, from src/data/texts.<lang>.json (per module, the
//    texts by number, `null` for one left out of the file).
// No code of the sources is rewritten. The plugin writes two modules only:
//  - src/platform/file-pack.ts: where the file's packs are (their URL and integrity), which the
//    runtime (src/platform/i18n.ts) reads; placeholders of a fixed width, filled once the chunk is known;
//  - src/data/generated/texts.ts: empty (the data texts come in the pack; dist/data.js keeps the
//    module, and every language in it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash, sri } from '../lib/integrity.mjs';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const FILE_PACK = join(SRC, 'platform', 'file-pack.ts');
const BUNDLED_TEXTS = join(SRC, 'data', 'generated', 'texts.ts');
const TEXTS_FILE = (lang) => join(SRC, 'data', `texts.${lang}.json`);

/** The languages that come as packs: LANGS (src/data/lang.ts) but French. */
export function packLangs() {
  const source = readFileSync(join(SRC, 'data', 'lang.ts'), 'utf8');
  const list = /export const LANGS = [^[]*\[([^\]]*)\]/.exec(source);
  if (!list) throw new Error('language packs: LANGS not found in src/data/lang.ts');
  return [...list[1].matchAll(/'([a-z]{2})'/g)].map((m) => m[1]).filter((lang) => lang !== 'fr');
}

// fixed-width placeholders, replaced by values of the same width (padded with spaces outside the
// strings) once the file's parts are known: the chunk's source map stays true
const WIDTH = 96;
const mark = (what, lang) => `"${`__opco_pack_${what}_${lang}`.padEnd(WIDTH - 2, '_')}"`;
const pad = (value) => {
  if (value.length > WIDTH) throw new Error(`language packs: ${value} is longer than its placeholder`);
  return value.padEnd(WIDTH, ' ');
};
const filePackModule = (langs) =>
  `export const FILE_PACKS = {${langs.map((lang) => ` ${lang}: { url: new URL(${mark('url', lang)}, import.meta.url), integrity: ${mark('integrity', lang)} }`).join(',')} };\n`;

// a catalog in a module's code (as esbuild writes it): `defineMessages(fr, 'name', import.meta.url)`, its part name
const CATALOG = /(['"])([\w-]+)\1,\s*import\.meta\.url\s*\)/g;
// a module's text-maker: `const localText = dataTexts("data/naf")`
const TEXT_MAKER = /dataTexts\((['"])([\w/-]+)\1\)/;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* walk(value);
  }
}

/** Per data module of the chunk, the numbers of its texts the chunk keeps (calls of its text-maker). */
function textsUsed(ast) {
  const makers = new Map(); // the text-maker's name in the chunk → its module
  const nodes = [...walk(ast)];
  for (const n of nodes) {
    const arg = n.type === 'VariableDeclarator' && n.init?.type === 'CallExpression' && n.init.arguments.length === 1 ? n.init.arguments[0] : undefined;
    if (arg?.type === 'Literal' && typeof arg.value === 'string' && n.id.type === 'Identifier' && TEXT_MAKER.test(`dataTexts(${JSON.stringify(arg.value)})`)) {
      makers.set(n.id.name, arg.value);
    }
  }
  const used = new Map(); // module → Set of numbers
  for (const n of nodes) {
    if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier' || !makers.has(n.callee.name)) continue;
    const id = n.arguments[0];
    if (id?.type !== 'Literal' || typeof id.value !== 'number') continue;
    const module = makers.get(n.callee.name);
    if (!used.has(module)) used.set(module, new Set());
    used.get(module).add(id.value);
  }
  return used;
}

/**
 * `widgets`: a widgets' file (its packs are written, its bundled data texts left out); dist/data.js
 * keeps every language inline.
 */
export function languagePacks({ widgets = true } = {}) {
  const langs = packLangs();
  return {
    name: 'language-packs',
    load(id) {
      if (!widgets) return null;
      if (id === FILE_PACK) return filePackModule(langs);
      if (id === BUNDLED_TEXTS) return 'export const TEXTS = {};\n';
      return null;
    },
    renderChunk(code, chunk) {
      if (!langs.some((lang) => code.includes(mark('url', lang)))) return null;
      const ids = Object.entries(chunk.modules)
        .filter(([, m]) => m.renderedLength > 0)
        .map(([id]) => id)
        .sort();
      // the file's catalogs: part → the directory of its packs
      const catalogs = new Map();
      for (const id of ids) {
        const info = this.getModuleInfo(id);
        const moduleCode = info?.code ?? '';
        // (`texts` is the data texts' part: src/platform/i18n.ts asks for it in the same words)
        if (moduleCode.includes('defineMessages('))
          for (const [, , part] of moduleCode.matchAll(CATALOG)) if (part !== 'texts') catalogs.set(part, dirname(id));
      }
      const used = textsUsed(this.parse(code));
      let out = code;
      for (const lang of langs) {
        const parts = {};
        for (const [part, dir] of catalogs) {
          const path = join(dir, `${part}.${lang}.json`);
          if (!existsSync(path)) this.error(`language packs: ${relative(SRC, path)} is missing (catalog ${part}, language ${lang})`);
          parts[part] = readJson(path);
        }
        if (used.size) {
          const all = existsSync(TEXTS_FILE(lang)) ? readJson(TEXTS_FILE(lang)) : {};
          const texts = {};
          for (const [module, numbers] of [...used].sort(([a], [b]) => a.localeCompare(b))) {
            const max = Math.max(...numbers);
            texts[module] = Array.from({ length: max + 1 }, (_, i) => (numbers.has(i) ? (all[module]?.[i] ?? null) : null));
          }
          parts.texts = texts;
        }
        const bytes = Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(parts).sort(([a], [b]) => a.localeCompare(b)))));
        const fileName = `${basename(chunk.fileName, '.js')}.${lang}.${contentHash(bytes)}.json`;
        this.emitFile({ type: 'asset', fileName, source: bytes });
        out = out.replaceAll(mark('url', lang), pad(JSON.stringify(`./${fileName}`))).replaceAll(mark('integrity', lang), pad(JSON.stringify(sri(bytes))));
      }
      return { code: out, map: null };
    },
    generateBundle(_, bundle) {
      // a placeholder left would point to nothing
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('__opco_pack_')) this.error(`${chunk.fileName} still holds a language pack placeholder`);
      }
    },
  };
}

/** Every catalog pack in the sources in `lang` (a `<name>.<lang>.json` anywhere under src/): its part name in the files' packs. */
export function sourcePacks(lang = packLangs()[0], root = SRC) {
  const file = new RegExp(`(^|[\\\\/])[\\w-]+\\.${lang}\\.json$`);
  return readdirSync(root, { recursive: true })
    .filter((f) => file.test(f) && !/(^|[\\/])texts\.[a-z]{2}\.json$/.test(f))
    .map((f) => basename(f, `.${lang}.json`))
    .sort();
}

/** A published pack's name: `<name>.<lang>.<hash>.json`. */
export const PUBLISHED_PACK = /^[\w-]+\.[a-z]{2}\.[0-9a-f]{12}\.json$/;

/** The packs a built script fetches (the names built into it), as a list (none for a file without texts). */
export const packsOf = (script) => [
  ...new Set([...String(script).matchAll(/new URL\("\.\/([\w.-]+\.json)"/g)].map((m) => m[1]).filter((name) => PUBLISHED_PACK.test(name))),
];
