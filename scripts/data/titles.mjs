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

// « Remplacée par la convention collective nationale … (IDCC 3242) »: the successor a Légifrance title names.
const NAMED_SUCCESSOR = /Remplacée?\s+par\b[^]*?\(IDCC\s*(\d{1,4})\)/iu;

/** The IDCC a title says replaced it, else null. @param {string | null} title */
export function namedSuccessor(title) {
  const m = title ? NAMED_SUCCESSOR.exec(title) : null;
  return m ? m[1].padStart(4, '0') : null;
}

/**
 * Rule 3, « Remplacée par … (IDCC n) » in a title: followed (n added to `replacedBy`) only when
 *   - no source contradicts it: the row has no other successor from the DARES redirections (S5), n is in the table,
 *     and n is not itself replaced;
 *   - following it does not change the OPCO shown: the row has no OPCO of its own, or n has the same one.
 * When the row's own OPCO and n's differ, the title is not followed: the finder keeps showing the row's own OPCO
 * (never silently switched), and the pair is logged for a person to decide (showing both needs the resolver).
 * @template {{ idcc: string, title: string | null, opco: string | null, replacedBy: string[] }} R
 * @param {R[]} rows raw rows (titles not yet cleaned) @returns {{ rows: R[], log: string[] }}
 */
export function followNamedSuccessors(rows) {
  const byIdcc = new Map(rows.map((r) => [r.idcc, r]));
  const seen = { already: [], followed: [], contradicted: [], opcoDiffers: [], missing: [] };
  const out = rows.map((r) => {
    const to = namedSuccessor(r.title);
    if (!to) return r;
    const next = byIdcc.get(to);
    if (r.replacedBy.length) {
      (r.replacedBy.includes(to) ? seen.already : seen.contradicted).push(`${r.idcc} → ${to}${r.replacedBy.includes(to) ? '' : ` (S5: ${r.replacedBy.join('+')})`}`);
      return r;
    }
    if (!next || next.replacedBy.length) {
      seen.missing.push(`${r.idcc} → ${to}`);
      return r;
    }
    if (r.opco && next.opco && r.opco !== next.opco) {
      seen.opcoDiffers.push(`${r.idcc} (${r.opco}) → ${to} (${next.opco})`);
      return r;
    }
    seen.followed.push(`${r.idcc} → ${to}`);
    return { ...r, replacedBy: [to] };
  });
  const line = (label, list) => `${label} (${list.length}): ${list.join(', ')}`;
  return {
    rows: out,
    log: [
      line('named successor already in S5', seen.already),
      line('named successor followed', seen.followed),
      line('named successor NOT followed, OPCO differs (own OPCO kept)', seen.opcoDiffers),
      line('named successor NOT followed, S5 names another', seen.contradicted),
      line('named successor NOT followed, not in the table or itself replaced', seen.missing),
    ],
  };
}

/**
 * Applies the overrides, then the rules, to a row's title and short title.
 * @template {{ idcc: string, title: string | null, shortTitle: string | null }} R
 * @param {R[]} rows @returns {{ rows: R[], log: string[] }}
 */
export function cleanTitles(input) {
  const successors = followNamedSuccessors(input);
  const rows = successors.rows;
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
    ...successors.log,
  ];
  return { rows: cleaned, log };
}
