// The language packs in the build. A catalog names its pack in the sources as
//   defineMessages(fr, { en: new URL('./opco-finder.en.json', import.meta.url) })
// and each widgets' file gets, instead, the published pack and its integrity:
//   { url: new URL('./opco-finder.en.<hash>.json', import.meta.url), integrity: 'sha384-…' }
// with the pack written next to the file, minified, under a name per content. A file holds the
// integrity of every byte it reads (src/platform/i18n.ts checks it when it fetches a pack).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash, sri } from '../lib/integrity.mjs';

// the URL as TypeScript or esbuild writes it (either quote): a relative `<name>.<lang>.json`
const PACK_URL = /new URL\((['"])(\.{1,2}\/[\w./-]+\.[a-z]{2}\.json)\1, import\.meta\.url\)/g;

/** The published name and bytes of a pack in the sources. */
export function publishedPack(path) {
  const bytes = Buffer.from(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
  return { fileName: `${basename(path, '.json')}.${contentHash(bytes)}.json`, bytes };
}

export function languagePacks() {
  return {
    name: 'language-packs',
    transform(code, id) {
      if (!code.includes('.json') || !PACK_URL.test(code)) return null;
      PACK_URL.lastIndex = 0;
      const out = code.replace(PACK_URL, (_, _quote, relative) => {
        const { fileName, bytes } = publishedPack(resolve(dirname(id), relative));
        this.emitFile({ type: 'asset', fileName, source: bytes });
        return `{ url: new URL(${JSON.stringify(`./${fileName}`)}, import.meta.url), integrity: ${JSON.stringify(sri(bytes))} }`;
      });
      return { code: out, map: null };
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

/** Every pack in the sources (`src/**​/<name>.<lang>.json`), as published: name and bytes. */
export function sourcePacks(root = fileURLToPath(new URL('../../src/', import.meta.url))) {
  return readdirSync(root, { recursive: true })
    .filter((f) => /(^|[\\/])[\w-]+\.[a-z]{2}\.json$/.test(f))
    .sort()
    .map((f) => publishedPack(join(root, f)));
}

/** A published pack's name: `<name>.<lang>.<hash>.json`. */
export const PUBLISHED_PACK = /^[\w-]+\.[a-z]{2}\.[0-9a-f]{12}\.json$/;

/** The packs a built script fetches (the names built into it): its catalogs' and its data texts'. */
export const packsOf = (script) =>
  [...String(script).matchAll(/new URL\("\.\/([\w.-]+\.json)"/g)].map((m) => m[1]).filter((name) => PUBLISHED_PACK.test(name));

// ——— the data module's English texts ———
// The data module writes its texts as `{ fr: '…', en: '…' }` records (its public API, and dist/data.js
// keeps them whole). In a widgets' file, dataTexts() moves the English side of every record whose two
// texts are written out (no `${}`) into a pack, `<file>-texts.en.<hash>.json`: the record gets
// `get en() { return text(17) }`, which reads the pack an English page loaded before rendering
// (src/platform/i18n.ts, usePacks). Records built at run time (sentences with amounts and dates) stay
// whole, and so do the texts of a module that reads English texts as it loads (it would read them
// before the pack is in; reading another module's as it loads fails the build).
// test/integration/english-texts.test.ts compares the English of the built files with the sources'.
// Numbering is per file, in a fixed order (module path, then position), so builds repeat.

const TEXTS_MODULE = '\0opco-data-texts';
const I18N = fileURLToPath(new URL('../../src/platform/i18n.ts', import.meta.url));
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
// fixed-width placeholders, replaced by values of the same width (padded with spaces outside the
// strings): the chunk's source map stays true
const WIDTH = 96;
const URL_MARK = `"${'__opco_texts_url'.padEnd(WIDTH - 2, '_')}"`;
const INTEGRITY_MARK = `"${'__opco_texts_integrity'.padEnd(WIDTH - 2, '_')}"`;
const TEXT_CALL = /__opcoText\("(t[0-9a-f]{8}:\d{4})"\)/g;
const pad = (value) => {
  if (value.length > WIDTH) throw new Error(`dataTexts: ${value} is longer than its placeholder`);
  return value.padEnd(WIDTH, ' ');
};

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

export function dataTexts() {
  const texts = new Map(); // placeholder key → English text
  return {
    name: 'data-texts',
    resolveId(source) {
      // without side effects: a file whose data texts are all left out does not register their pack
      return source === TEXTS_MODULE ? { id: TEXTS_MODULE, moduleSideEffects: false } : null;
    },
    load(id) {
      if (id !== TEXTS_MODULE) return null;
      return `import { usePacks } from ${JSON.stringify(I18N)};
let texts = [];
usePacks({ en: { url: new URL(${URL_MARK}, import.meta.url), integrity: ${INTEGRITY_MARK} } }, (_lang, json) => { if (Array.isArray(json)) texts = json; });
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
        if (foreign.length) this.error(`${relative(SRC, id)} reads ${foreign.join(', ')}.en as it loads: an English text of another module, which a built file moves into a pack. Read it in a function.`);
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
    renderChunk(code, chunk) {
      const keys = [...new Set([...code.matchAll(TEXT_CALL)].map((m) => m[1]))].sort();
      if (!code.includes(URL_MARK)) return null;
      const index = new Map(keys.map((k, i) => [k, i]));
      const bytes = Buffer.from(JSON.stringify(keys.map((k) => texts.get(k))));
      const fileName = `${basename(chunk.fileName, '.js')}-texts.en.${contentHash(bytes)}.json`;
      this.emitFile({ type: 'asset', fileName, source: bytes });
      const out = code
        .replace(TEXT_CALL, (call, key) => `__opcoText(${index.get(key)})`.padEnd(call.length, ' '))
        .replace(URL_MARK, pad(JSON.stringify(`./${fileName}`)))
        .replace(INTEGRITY_MARK, pad(JSON.stringify(sri(bytes))));
      return { code: out, map: null };
    },
  };
}
