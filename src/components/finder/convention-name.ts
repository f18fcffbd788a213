// How the finder names a convention collective in the field and the suggestions. Pure.
import type { Convention } from '../../data/index.js';

// "Convention collective nationale des industries textiles du 1er mai 1950" → "Industries textiles"
const OFFICIAL_OPENING =
  /^(?:convention collective|accord collectif|accord professionnel|accord national professionnel|accords professionnels)(?: (?:nationale?s?|régionale?s?|départementale?s?|interdépartementale?s?|locale?s?))?(?: (?:des|du|de la|de l’|de l'|de|d’|d'))?\s*/i;
const SIGNED_ON = /,? (?:du|en date du) (?:1er|\d{1,2}) [a-zéû]+ \d{4}$/i;

/**
 * A convention's name in the style of the short titles ("Industrie textile", "Bâtiment ETAM"):
 * its short title, else its official title without the "Convention collective nationale des…"
 * opening and the signing date, so that every suggestion reads the same way.
 */
export function shortName(title: string): string {
  const rest = title.replace(SIGNED_ON, '').replace(OFFICIAL_OPENING, '').trim();
  if (rest.length < 3 || rest === title) return title;
  return rest.charAt(0).toLocaleUpperCase('fr') + rest.slice(1);
}

/**
 * What a convention is called in a suggestion or in the field once chosen: its short title, else
 * its official title in the same style (`shortName`); null when untitled.
 */
export const nameOf = (c: Convention): string | null => c.shortTitle ?? (c.title ? shortName(c.title) : null);
