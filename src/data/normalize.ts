// Text folding shared by the search index and its queries.

const MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/**
 * Lower-cases, removes accents and ligatures and turns every run of other characters into one space:
 * "Hôtels, cafés – œuvres" → "hotels cafes oeuvres". Accepts anything; non-strings give "".
 */
export function normalizeText(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(NON_ALNUM, ' ')
    .trim();
}
