// Pure extraction rules of the NAF step (no file access): which articles of a KALI convention are its scope
// ("champ d'application"), which NAF rév. 2 codes they cite, and which activity words they name.
// Tested by test/data/naf-extract.test.ts through a plain dynamic import (plain JS).

/** Strips KALI's HTML to text: tags → spaces, entities of the dump decoded, spaces collapsed. */
export function htmlToText(html) {
  return String(html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const SCOPE = /champs? d['’ ]\s*application/i;

/**
 * The scope articles of one convention tree of @socialgouv/kali-data: every article under a section titled
 * "Champ d'application" (base text and attached texts), plus any article whose first 300 characters say
 * "champ d'application". Each with its KALI id, number, state, the titles above it and its text.
 * @returns {{ id: string, num: string | null, etat: string | null, path: string[], text: string }[]}
 */
export function scopeArticles(tree) {
  const out = [];
  const walk = (node, inScope, path) => {
    const title = node.data?.title ?? '';
    if (node.type === 'article') {
      const text = htmlToText(node.data?.content);
      if (inScope || SCOPE.test(text.slice(0, 300))) {
        out.push({ id: node.data.id, num: node.data.num ?? null, etat: node.data.etat ?? null, path, text });
      }
      return;
    }
    const here = node.type === 'convention collective' ? false : inScope || SCOPE.test(title);
    const nextPath = node.type === 'convention collective' ? path : [...path, title.trim()];
    for (const child of node.children ?? []) walk(child, here, nextPath);
  };
  walk(tree, false, []);
  return out;
}

/** An article is in force when KALI says VIGUEUR, VIGUEUR_ETEN or VIGUEUR_NON_ETEN. */
export const inForce = (etat) => typeof etat === 'string' && etat.startsWith('VIGUEUR');

// A candidate code: 2 digits, optional separator, 1 or 2 digits, optional space, one capital letter, then not a
// letter. "56.10A", "56.10 A", "5610A", "55.1A" (rév. 1), "23.00 F" (an amount) all match here and are sorted below.
// Also "46. 17A" and "46-17B", as some scope articles write them.
const CANDIDATE = /(?<![\d.,-])(\d{2})([.,-]?)( ?)(\d{1,2})( ?)([A-Z])(?![\p{L}\d])/gu;
const ARTICLE_BEFORE = /\b(?:art(?:icles?)?\.?|annexes?|titres?|chapitres?|§|n°|no)\s*$/iu;
const MONEY_AFTER = /^\s*(?:francs?\b|frs?\b|€|euros?\b|\/|par\b|de l'heure|brut|net)/iu;
const AMOUNT_BEFORE = /(?:\d[\d ]*[.,]?\s*$|\b(?:de|à|soit|montant|somme|prime|salaire|taux|valeur|indemnité|point)\s*$)/iu;
const NAF_CONTEXT = /\b(?:NAF|APE|nomenclature|INSEE|code|codes)\b/iu;

/**
 * The NAF rév. 2 codes a scope text cites, the old-revision codes it cites (NAF rév. 1 / NAF 1993, "74.6Z"), and what
 * was rejected and why.
 * @param {string} text
 * @param {Set<string>} validCodes NAF rév. 2 subclasses, "56.10A"
 * @param {Set<string>} [oldCodes] NAF rév. 1 subclasses, "74.6Z": cited ones are returned in `old`, to be mapped to
 *   rév. 2 through INSEE's table; without it (or for a code not in it) they are rejected as `old-revision`
 * @returns {{ codes: string[], old: string[], rejected: { match: string, why: 'old-revision' | 'amount' | 'article' | 'not-naf' }[] }}
 */
export function nafCodesIn(text, validCodes, oldCodes = new Set()) {
  const codes = [];
  const old = [];
  const rejected = [];
  const hasContext = NAF_CONTEXT.test(text);
  for (const m of text.matchAll(CANDIDATE)) {
    const [match, div, sep, gap, rest, space, letter] = m;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    const after = text.slice(m.index + match.length, m.index + match.length + 14);
    if (ARTICLE_BEFORE.test(before)) {
      rejected.push({ match, why: 'article' });
      continue;
    }
    // "23.00 F", "150 F": francs; "12,50 F de l'heure"
    if ((letter === 'F' && space) || sep === ',' || MONEY_AFTER.test(after) || (letter === 'F' && AMOUNT_BEFORE.test(before))) {
      rejected.push({ match, why: 'amount' });
      continue;
    }
    if (rest.length === 1) {
      // NAF 1993 / rév. 1 (2003) subclasses have one digit after the dot: "55.3A". Their rév. 2 successors are not
      // one-to-one (INSEE's table of passage splits most of them): returned as old codes for the build to map with
      // that table, never guessed.
      const oldCode = `${div}.${rest}${letter}`;
      if ((sep === '.' || hasContext) && oldCodes.has(oldCode)) {
        if (!old.includes(oldCode)) old.push(oldCode);
      } else if (sep === '.' || hasContext) rejected.push({ match, why: 'old-revision' });
      else rejected.push({ match, why: 'not-naf' });
      continue;
    }
    const code = `${div}.${rest}${letter}`;
    if (!validCodes.has(code)) {
      rejected.push({ match, why: 'not-naf' });
      continue;
    }
    // without a dot ("5610A") or with a space ("56.10 A"), a code is taken only where the text speaks of codes
    if ((sep !== '.' || space || gap) && !hasContext) {
      rejected.push({ match, why: 'not-naf' });
      continue;
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes, old, rejected };
}

/** Folds like src/data/normalize.ts (accents, case, ligatures). */
export function fold(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words that say nothing about an activity (legal and generic vocabulary of scope articles).
const STOP = new Set(
  (
    'les des une aux par pour dans sur avec sans sont est ont qui que quoi dont cette ces ses leur leurs tout tous toute ' +
    'toutes autres autre ainsi comme elle elles ils entre sous lors plus moins tant meme memes ceux celles celle celui ' +
    'present presente presents presentes convention conventions collective collectives nationale nationales accord accords ' +
    'avenant avenants article articles annexe annexes champ application applique appliquent applicable applicables ' +
    'entreprise entreprises etablissement etablissements salarie salaries employeur employeurs personnel activite activites ' +
    'principale principales code codes naf ape nomenclature insee classe classes classees relevant relevent releve ' +
    'territoire national metropole metropolitain departements outre mer france francaise dom tom regle regles ' +
    'dispositions disposition signataires parties ensemble notamment exemple exception exclues exclus exclusion ' +
    'vise visees vises visee definie defini definis definies suivante suivantes suivants suivant ci dessous dessus ' +
    'exercent exerce exercant ayant doit doivent peut peuvent etre fait faite faits font lorsque celle ci cas ' +
    'secteur secteurs branche branches profession professions professionnelle professionnelles professionnel professionnels ' +
    'ensemble type types nature forme formes ainsi egalement objet objets termes terme effet mise oeuvre cadre ' +
    'concerne concernes concernees concernant compris comprise comprises inclus incluses etc'
  ).split(' '),
);

/** Word counts of a text (folded; stop words, numbers and words under 4 letters left out). */
export function activityWords(text) {
  const counts = new Map();
  for (const w of fold(text).split(' ')) {
    if (w.length < 4 || /\d/.test(w) || STOP.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}
