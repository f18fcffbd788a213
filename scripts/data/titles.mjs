// Title cleaning: the generic rules and the per-IDCC overrides, both documented in ./overrides.mjs.
import { OVERRIDES } from './overrides.mjs';

// Rule 1: a clause on the text's later legal life, and everything after it.
const LEGAL_TAIL =
  /[,.]\s+(?:[EeÉé]tendue?\s+par\b|Mise?\s+à\s+jour\s+par\b|Remplacée?\s+par\b|Agréée?\s+par\b|Champ d'application fusionné)[^]*$/iu;

/** Rule 2: spacing and punctuation noise. */
function tidy(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/ -(?! )((?:(?! -)[^])*[^\s-])-$/u, ' ($1)')
    .replace(/[\s.,;:-]+$/u, '')
    .trim();
}

/**
 * Cleans one title or short title. `changes` (optional) collects what each rule did, for the build log.
 * @param {string | null} text @param {{ tail?: string[], tidy?: string[] }} [changes] @param {string} [label]
 */
export function cleanTitle(text, changes, label = '') {
  if (!text) return text;
  let out = text;
  const tail = LEGAL_TAIL.exec(out);
  if (tail) {
    out = out.slice(0, tail.index);
    changes?.tail?.push(label);
  }
  const tidied = tidy(out);
  if (tidied !== out) changes?.tidy?.push(label);
  return tidied || null;
}

/**
 * Applies the overrides, then the rules, to a row's title and short title.
 * @template {{ idcc: string, title: string | null, shortTitle: string | null }} R
 * @param {R[]} rows @returns {{ rows: R[], log: string[] }}
 */
export function cleanTitles(rows) {
  const byIdcc = new Map(rows.map((r) => [r.idcc, r]));
  for (const idcc of Object.keys(OVERRIDES)) if (!byIdcc.has(idcc)) throw new Error(`override for IDCC ${idcc}, not in the table`);
  const changes = { tail: [], tidy: [] };
  const overridden = [];
  const cleaned = rows.map((r) => {
    let { title, shortTitle } = r;
    const o = OVERRIDES[r.idcc];
    if (o) {
      if (o.shortTitle === null) {
        if (!shortTitle?.startsWith(o.was ?? '\u0000')) {
          throw new Error(`override ${r.idcc}: the source short title no longer starts with "${o.was}": ${shortTitle}`);
        }
        shortTitle = null;
      }
      for (const [wrong, right] of o.fix ?? []) {
        if (!title?.includes(wrong) && !shortTitle?.includes(wrong)) {
          throw new Error(`override ${r.idcc}: "${wrong}" is no longer in the source title or short title`);
        }
        title = title && title.replaceAll(wrong, right);
        shortTitle = shortTitle && shortTitle.replaceAll(wrong, right);
      }
      overridden.push(`${r.idcc} (${o.why})`);
    }
    title = cleanTitle(title, changes, r.idcc);
    shortTitle = cleanTitle(shortTitle, changes, `${r.idcc} short`);
    return { ...r, title, shortTitle };
  });
  const log = [
    `legal-history tail dropped (${changes.tail.length}): ${changes.tail.join(', ')}`,
    `punctuation tidied (${changes.tidy.length}): ${changes.tidy.join(', ')}`,
    `overrides (${overridden.length}): ${overridden.join('; ')}`,
  ];
  return { rows: cleaned, log };
}
