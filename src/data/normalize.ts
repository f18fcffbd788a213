// Text folding shared by the search index and its queries.

/** Longest text normalised (longer inputs are cut first): ten times the longest convention title. */
export const MAX_NORMALIZE = 10_000;
const MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/**
 * Lower-cases, removes accents and ligatures and turns every run of other characters into one space:
 * "Hôtels, cafés – œuvres" → "hotels cafes oeuvres". Accepts anything; non-strings give "".
 */
export function normalizeText(input: unknown): string {
  if (typeof input !== 'string') return '';
  // cut before any work: no title is this long, and a pasted novel must not freeze the page
  return input
    .slice(0, MAX_NORMALIZE)
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(NON_ALNUM, ' ')
    .trim();
}
