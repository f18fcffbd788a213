// The language packs in the build. A catalog names its pack in the sources as
//   defineMessages(fr, { en: new URL('./opco-finder.en.json', import.meta.url) })
// and each widgets' file gets, instead, the published pack and its integrity:
//   { url: new URL('./opco-finder.en.<hash>.json', import.meta.url), integrity: 'sha384-…' }
// with the pack written next to the file, minified, under a name per content. A file holds the
// integrity of every byte it reads (src/platform/i18n.ts checks it when it fetches a pack).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
