// The language packs in the build: one English pack per widgets' file, `<file>.en.<hash>.json`,
// written next to it (minified, a name per content), with its integrity built into the file, so that
// a file holds the integrity of every byte it reads and an English page makes one request more, not
// one per catalog. It holds, by part:
//  - each catalog of the file: a catalog names its pack in the sources as
//      defineMessages(fr, { en: new URL('./opco-finder.en.json', import.meta.url) })
//    and gets, in the file, { url: new URL('./opco-finder.en.<hash>.json', …), integrity, part: 'opco-finder' };
//  - `texts`: the data module's English texts (see "the data module's English texts" below).
// src/platform/i18n.ts fetches the file's pack once and gives each user its part.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash, sri } from '../lib/integrity.mjs';

// the URL as TypeScript or esbuild writes it (either quote): a relative `<name>.<lang>.json`
const PACK_URL = /new URL\((['"])(\.{1,2}\/[\w./-]+\.en\.json)\1, import\.meta\.url\)/g;

// fixed-width placeholders for the file's pack, replaced by values of the same width (padded with
// spaces outside the strings) once the file's parts are known: the chunk's source map stays true
const WIDTH = 96;
const URL_MARK = `"${'__opco_pack_url'.padEnd(WIDTH - 2, '_')}"`;
const INTEGRITY_MARK = `"${'__opco_pack_integrity'.padEnd(WIDTH - 2, '_')}"`;
const PART = /part: "([\w-]+)"/g;
const pad = (value) => {
  if (value.length > WIDTH) throw new Error(`language packs: ${value} is longer than its placeholder`);
  return value.padEnd(WIDTH, ' ');
};
const packFile = (part) => `{ url: new URL(${URL_MARK}, import.meta.url), integrity: ${INTEGRITY_MARK}, part: ${JSON.stringify(part)} }`;

/** A catalog's pack in the sources, minified. */
const readPack = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * `dataTexts`: also move the data module's English texts into the pack (the widgets' files; dist/data.js
 * keeps them inline).
 */
export function languagePacks({ dataTexts = false } = {}) {
  const catalogs = new Map(); // part → the catalog's pack
  const texts = dataTexts ? dataTextsMover() : undefined;
  return {
    name: 'language-packs',
    resolveId: texts?.resolveId,
    load: texts?.load,
    transform(code, id) {
      const moved = texts?.transform.call(this, code, id);
      let out = moved?.code ?? code;
      if (!out.includes('.en.json')) return moved ?? null;
      PACK_URL.lastIndex = 0;
      out = out.replace(PACK_URL, (_, _quote, path) => {
        const part = basename(path, '.en.json');
        catalogs.set(part, readPack(resolve(dirname(id), path)));
        return packFile(part);
      });
      return { code: out, map: null };
    },
    renderChunk(code, chunk) {
      if (!code.includes(URL_MARK)) return null;
      const parts = {};
      for (const [, part] of code.matchAll(PART)) if (catalogs.has(part)) parts[part] = catalogs.get(part);
      const moved = texts ? texts.render(code) : { code, texts: undefined };
      if (moved.texts) parts.texts = moved.texts;
      const bytes = Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(parts).sort(([a], [b]) => a.localeCompare(b)))));
      const fileName = `${basename(chunk.fileName, '.js')}.en.${contentHash(bytes)}.json`;
      this.emitFile({ type: 'asset', fileName, source: bytes });
      const url = pad(JSON.stringify(`./${fileName}`));
      const integrity = pad(JSON.stringify(sri(bytes)));
      return { code: moved.code.replaceAll(URL_MARK, url).replaceAll(INTEGRITY_MARK, integrity), map: null };
    },
    generateBundle(_, bundle) {
      // a pack URL left as in the sources would point to a path that does not exist next to the file
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        PACK_URL.lastIndex = 0;
        const left = PACK_URL.exec(chunk.code);
        if (left) this.error(`${chunk.fileName} still points to the source pack ${left[2]}`);
      }
    },
  };
}

/** Every pack in the sources (a `<name>.en.json` anywhere under src/): its part name in the files' packs. */
export function sourcePacks(root = fileURLToPath(new URL('../../src/', import.meta.url))) {
  return readdirSync(root, { recursive: true })
    .filter((f) => /(^|[\\/])[\w-]+\.en\.json$/.test(f))
    .map((f) => basename(f, '.en.json'))
    .sort();
}

/** A published pack's name: `<name>.<lang>.<hash>.json`. */
export const PUBLISHED_PACK = /^[\w-]+\.[a-z]{2}\.[0-9a-f]{12}\.json$/;

/** The pack a built script fetches (the name built into it), as a list (none for a file without texts). */
export const packsOf = (script) => [
  ...new Set([...String(script).matchAll(/new URL\("\.\/([\w.-]+\.json)"/g)].map((m) => m[1]).filter((name) => PUBLISHED_PACK.test(name))),
];

// ——— the data module's English texts ———
// The data module writes its texts as `{ fr: '…', en: '…' }` records (its public API, and dist/data.js
// keeps them whole). In a widgets' file, the English side of every record whose two texts are written
// out (no `${}`) moves into the file's pack, part `texts`: the record gets `get en() { return text(17) }`,
// which reads the pack an English page loaded before rendering (src/platform/i18n.ts, usePacks). Records built at run time (sentences with amounts and dates) stay
// whole, and so do the texts of a module that reads English texts as it loads (it would read them
// before the pack is in; reading another module's as it loads fails the build).
// test/integration/english-texts.test.ts compares the English of the built files with the sources'.
// Numbering is per file, in a fixed order (module path, then position), so builds repeat.

const TEXTS_MODULE = '\0opco-data-texts';
const I18N = fileURLToPath(new URL('../../src/platform/i18n.ts', import.meta.url));
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
// a text's placeholder, numbered once the file's texts are known (same width: the source map stays true)
const TEXT_CALL = /__opcoText\("(t[0-9a-f]{8}:\d{4})"\)/g;

/** The static text of a string literal or of a template literal without `${}`, else undefined. */
const staticText = (node) =>
  node?.type === 'Literal' && typeof node.value === 'string'
    ? node.value
    : node?.type === 'TemplateLiteral' && node.expressions.length === 0
      ? node.quasis[0].value.cooked
      : undefined;
const keyName = (p) => (p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? p.key.value : undefined);

function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* walk(value);
  }
}

const FUNCTION = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/;
/**
 * `.en` read while the module is evaluated (outside a function, or in a callback called then, like
 * `.map(…)` at the top level): such a read would see an empty text, the pack being fetched later.
 * Yields each read's object as written.
 */
function* evalTimeReads(node, code, deferred = false, parent = undefined) {
  if (!node || typeof node.type !== 'string') return;
  const inFunction = deferred || (FUNCTION.test(node.type) && !(parent?.type === 'CallExpression' && parent.arguments.includes(node)));
  if (!inFunction && node.type === 'MemberExpression' && !node.computed && node.property.name === 'en') yield code.slice(node.object.start, node.object.end);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* evalTimeReads(child, code, inFunction, node);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* evalTimeReads(value, code, inFunction, node);
  }
}

function dataTextsMover() {
  const texts = new Map(); // placeholder key → English text
  return {
    resolveId(source) {
      // without side effects: a file whose data texts are all left out does not register their pack
      return source === TEXTS_MODULE ? { id: TEXTS_MODULE, moduleSideEffects: false } : null;
    },
    load(id) {
      if (id !== TEXTS_MODULE) return null;
      return `import { usePacks } from ${JSON.stringify(I18N)};
let texts = [];
usePacks({ en: ${packFile('texts')} }, (_lang, json) => { if (Array.isArray(json)) texts = json; });
export const __opcoText = (i) => texts[i] ?? '';
`;
    },
    transform(code, id) {
      const path = id.replace(/\\/g, '/');
      if (!/\/src\/(data|services)\/.*\.ts$/.test(path) || !code.includes('en:')) return null;
      const module = contentHash(Buffer.from(relative(SRC, id).replace(/\\/g, '/'))).slice(0, 8);
      const ast = this.parse(code);
      // a module that composes English texts as it loads (specials.ts: a shared sentence in each
      // message) keeps its texts inline: moved, they would be read before the pack is in
      const early = [...evalTimeReads(ast, code)];
      if (early.length) {
        const imported = new Set(ast.body.filter((n) => n.type === 'ImportDeclaration').flatMap((n) => n.specifiers.map((x) => x.local.name)));
        const foreign = early.filter((object) => imported.has(object.split(/[.[]/)[0]));
        if (foreign.length)
          this.error(
            `${relative(SRC, id)} reads ${foreign.join(', ')}.en as it loads: an English text of another module, which a built file moves into a pack. Read it in a function.`,
          );
        return null;
      }
      const edits = [];
      for (const node of walk(ast)) {
        if (node.type !== 'ObjectExpression' || node.properties.length !== 2) continue;
        const [a, b] = node.properties;
        if ([a, b].some((p) => p.type !== 'Property' || p.kind !== 'init' || p.computed || p.method || p.shorthand)) continue;
        if (keyName(a) !== 'fr' || keyName(b) !== 'en') continue;
        const fr = staticText(a.value);
        const en = staticText(b.value);
        // texts, not codes: a locale ('en-GB') or an id has no space
        // (the same text in both languages, a legal reference say, costs nothing inline: gzip says it once)
        if (fr === undefined || en === undefined || !en.includes(' ') || en === fr) continue;
        const key = `t${module}:${String(edits.length).padStart(4, '0')}`;
        texts.set(key, en);
        edits.push({ start: b.start, end: b.end, text: `get en() { return __opcoText(${JSON.stringify(key)}); }` });
      }
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: `import { __opcoText } from ${JSON.stringify(TEXTS_MODULE)};\n${out}`, map: null };
    },
    /** The chunk's texts in a fixed order (module path, position), the calls numbered accordingly. */
    render(code) {
      const keys = [...new Set([...code.matchAll(TEXT_CALL)].map((m) => m[1]))].sort();
      if (!keys.length) return { code, texts: undefined };
      const index = new Map(keys.map((k, i) => [k, i]));
      return {
        code: code.replace(TEXT_CALL, (call, key) => `__opcoText(${index.get(key)})`.padEnd(call.length, ' ')),
        texts: keys.map((k) => texts.get(k)),
      };
    },
  };
}
