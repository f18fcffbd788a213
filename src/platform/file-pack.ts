// Where a built file's language packs are: per language, the one pack of the file (its URL and
// Subresource Integrity), which holds every catalog of the file and its data texts. In the sources this
// module says "none": each catalog reads its own `<name>.<lang>.json` and the data texts are bundled
// (src/data/texts.ts). The build gives this module its content (scripts/rollup/language-packs.mjs):
// the only module it writes, no code of the sources is rewritten.

/** A built file's pack in one language. */
export interface FilePack {
  readonly url: URL;
  readonly integrity: string;
}

/** Per language (French excepted), the file's pack; undefined in the sources. */
export const FILE_PACKS: { readonly [lang: string]: FilePack | undefined } | undefined = undefined;
