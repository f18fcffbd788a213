/**
 * Languages: French first, then the others (LANGS), and a page pays only for the language it shows.
 *
 * Each element keeps its French strings next to it, in TypeScript (`defineMessages`): they are the
 * reference, typed (a message may be a function of typed values), and in the script, so a French
 * page renders without waiting for anything. Every other language is a *pack*: a JSON file next to
 * the French one (`opco-finder.<lang>.json`) with the same keys, written as templates (see `Template`).
 * The build gathers a file's packs (and the data module's texts, src/data/texts.<lang>.json) into one
 * JSON file per language beside the script, `<file>.<lang>.<hash>.json`, and gives the script its
 * Subresource Integrity (src/platform/file-pack.ts, the one module the build writes); an
 * element fetches its script's pack (checked) before it first renders in that language or
 * re-renders after a switch, so no text ever flashes in French.
 * A pack that cannot be had leaves the element in French, with one console warning.
 *
 * We chose this over @lit/localize: no extra runtime, JSON a translator can edit, and a test
 * (test/platform/language-packs.test.ts) that checks every pack against its French catalog.
 */
import { LANGS, type Lang } from '../data/lang.js';
import { fill, type Template } from '../data/template.js';
import { registerTexts, type LangTexts } from '../data/texts.js';
import { failureAdvice, fetchVerified, type Fetched } from './fetch-verified.js';
import { FILE_PACKS } from './file-pack.js';
import { PAGE, warnOnce } from './warn.js';

export { DEFAULT_LANG, LANGS, toLang, type Lang, type Localized } from '../data/lang.js';

/** A message: a string, or a function of typed values (any function returning a string fits). */
export type Message = string | ((...args: never[]) => string);

/** The shape every language shares: same keys, same parameters, any string result. */
export type Messages<M> = {
  [K in keyof M]: M[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** The languages that come as packs. */
export type PackLang = Exclude<Lang, 'fr'>;

/**
 * Where a pack is: its URL in the sources; once built, the file's pack (its URL and integrity) and the
 * part of it that is this user's.
 */
export type PackFile = URL | { readonly url: URL; readonly integrity: string; readonly part: string };

export interface Catalog<M> {
  /** The French strings: in the script. */
  readonly fr: Messages<M>;
  /** The other languages' packs. */
  readonly packs: { readonly [L in PackLang]: PackFile };
}

/** A pack's message, as JSON (see src/data/template.ts). */
export type { Template } from '../data/template.js';

/** The languages that come as packs. */
const PACK_LANGS = LANGS.filter((lang): lang is PackLang => lang !== 'fr');

/** Where the `part` of this script's packs is, per language: the built file's pack, or in the sources `./<part>.<lang>.json` next to `base`. */
function packFiles(part: string, base: string | URL): Catalog<unknown>['packs'] {
  const files: Partial<Record<PackLang, PackFile>> = {};
  for (const lang of PACK_LANGS) {
    const built = FILE_PACKS?.[lang];
    files[lang] = built ? { url: built.url, integrity: built.integrity, part } : new URL(`./${part}.${lang}.json`, base);
  }
  return files as Catalog<unknown>['packs'];
}

/** This script's catalogs. */
const catalogs: Catalog<unknown>[] = [];
/** The catalogs of this script, read-only (the test that checks every pack against its French catalog reads it). */
export const scriptCatalogs: readonly Catalog<unknown>[] = catalogs;

/**
 * French is the reference (`M`); every other language is a pack checked against it: `<name>.<lang>.json`
 * next to the module (`base`: its `import.meta.url`).
 */
export function defineMessages<M extends Record<string, Message>>(fr: M, name: string, base: string | URL): Catalog<M> {
  const packs = packFiles(name, base);
  const catalog: Catalog<M> = { fr: fr as unknown as Messages<M>, packs };
  catalogs.push(catalog as Catalog<unknown>);
  usePacks(packs, (lang, json, url) =>
    compiled.set(catalog as Catalog<unknown>, { ...compiled.get(catalog as Catalog<unknown>), [lang]: compile(catalog as Catalog<unknown>, json, lang, url) }),
  );
  return catalog;
}

// ——— packs ———

/**
 * What in this script needs a pack per language: each catalog, and in a built file the data module's
 * texts (part `texts` of the file's pack: scripts/rollup/language-packs.mjs). An element waits for
 * every pack of its own file.
 */
interface PackUser {
  readonly packs: Catalog<unknown>['packs'];
  readonly take: (lang: PackLang, json: unknown, url: URL) => void;
  /** Per language: true once its pack is in, false when it could not be had (French then). */
  readonly state: Partial<Record<PackLang, boolean>>;
}
const users: PackUser[] = [];

/** Registers a user of packs: `take` gets each pack's JSON once fetched and checked. */
export function usePacks(packs: PackUser['packs'], take: PackUser['take']): void {
  users.push({ packs, take, state: {} });
}

// a built file's data texts come in its pack (the sources have them bundled: src/data/texts.ts)
if (FILE_PACKS)
  usePacks(packFiles('texts', import.meta.url), (lang, json) => {
    if (typeof json === 'object' && json !== null) registerTexts(lang, json as LangTexts);
  });

type Compiled = Record<string, Message>;
/** Per catalog and language: its compiled pack (French without it). */
const compiled = new WeakMap<Catalog<unknown>, Partial<Record<PackLang, Compiled>>>();

/** One request per pack and page: every catalog of a file asks for the file's one pack (and a file loaded twice shares it). */
const REQUESTS = Symbol.for('opco-widgets.language-packs');
const requests = ((globalThis as unknown as Record<symbol, Map<string, Promise<Fetched>> | undefined>)[REQUESTS] ??= new Map());

const where = (file: PackFile) => (file instanceof URL ? { url: file, integrity: undefined, part: undefined } : file);

/** The strings of `catalog` in `lang`: the pack's once it is in, French before or without it. */
export function textsOf<M>(catalog: Catalog<M>, lang: Lang): Messages<M> {
  if (lang === 'fr') return catalog.fr;
  return (compiled.get(catalog as Catalog<unknown>)?.[lang] as Messages<M> | undefined) ?? catalog.fr;
}

/** True when every pack of this script in `lang` is in (always for French). */
export function languageIn(lang: Lang): boolean {
  return lang === 'fr' || users.every((u) => u.state[lang]);
}

/** True when every pack of `lang` is in or given up (then French stands in): nothing more to wait for. */
export function languageSettled(lang: Lang): boolean {
  return lang === 'fr' || users.every((u) => u.state[lang] !== undefined);
}

/** Loads this script's `lang` packs; resolves once each is in or given up. Never rejects. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'fr') return Promise.resolve();
  return Promise.all(users.map((u) => loadPack(u, lang))).then(() => undefined);
}

async function loadPack(user: PackUser, lang: PackLang): Promise<void> {
  if (user.state[lang] !== undefined) return;
  const { url, integrity, part } = where(user.packs[lang]);
  let request = requests.get(url.href);
  // asked as a `<link rel="preload" as="fetch" crossorigin="anonymous">` asks: an English page that
  // preloads its pack (README) has it in parallel with the script, not one round trip after it
  if (!request) requests.set(url.href, (request = fetchVerified(url, integrity, { credentials: 'same-origin' })));
  const fetched = await request;
  if (user.state[lang] !== undefined) return; // two elements asked at once
  if (fetched.ok) user.take(lang, part === undefined ? fetched.json : (fetched.json as Record<string, unknown> | null)?.[part], url);
  else {
    // one warning per page and kind of failure: the first pack names the problem of them all
    warnOnce(
      PAGE,
      `pack:${lang}:${fetched.reason}`,
      `the language pack ${url.href} ${failureAdvice(fetched.reason, fetched.detail, integrity, fetched.cause)} The widgets are shown in French.`,
    );
  }
  user.state[lang] = fetched.ok;
}

/** The pack's messages as the French catalog's shape; a key the pack lacks (or gets wrong) stays French. */
function compile(catalog: Catalog<unknown>, pack: unknown, lang: PackLang, url: URL): Compiled {
  const given = (typeof pack === 'object' && pack !== null ? pack : {}) as Record<string, unknown>;
  const out: Compiled = {};
  const lacking: string[] = [];
  for (const [key, fr] of Object.entries(catalog.fr as Record<string, Message>)) {
    const template = given[key];
    // a wrong shape inside a choice reads as an empty text; test/platform/language-packs.test.ts checks every pack
    if (typeof fr === 'string' ? typeof template !== 'string' : typeof template !== 'string' && typeof template !== 'object') {
      lacking.push(key);
      out[key] = fr;
    } else out[key] = typeof fr === 'string' ? (template as string) : (...args: unknown[]) => fill(template as Template, args, lang);
  }
  if (lacking.length) warnOnce(PAGE, `pack-keys:${url.href}`, `the language pack ${url.href} lacks ${lacking.join(', ')}: those are shown in French.`);
  return out;
}

export { fill } from '../data/template.js';

// one implementation for the data module's sentences and the widgets
export { formatDate, formatEuros, formatNumber, formatPercent } from '../data/format.js';
