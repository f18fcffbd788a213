// Overseas detection from the INSEE commune code first, then the postcode: Saint-Barthélemy and
// Saint-Martin use Guadeloupe postcodes (97133, 97150) but are not departments (commune 977xx/978xx).
import type { OverseasInfo } from './types.js';

const PLACES: Record<string, [name: string, aktoDelegation: boolean]> = {
  // AKTO delegation (2020 agreement) covers these five DROM: see notes/peers.md §1.8
  '971': ['Guadeloupe', true],
  '972': ['Martinique', true],
  '973': ['Guyane', true],
  '974': ['La Réunion', true],
  '976': ['Mayotte', true],
  // overseas collectivities: not covered by that agreement
  '975': ['Saint-Pierre-et-Miquelon', false],
  '977': ['Saint-Barthélemy', false],
  '978': ['Saint-Martin', false],
};

function lookup(code: unknown): OverseasInfo | null {
  if (typeof code !== 'string' || !/^97\d/.test(code)) return null;
  const prefix = code.slice(0, 3);
  const place = PLACES[prefix];
  return place ? { code: prefix, name: place[0], aktoDelegation: place[1] } : null;
}

export function overseasFrom(communeCode: unknown, postcode: unknown): OverseasInfo | null {
  if (typeof communeCode === 'string' && /^\d{5}$/.test(communeCode)) return lookup(communeCode);
  return lookup(postcode);
}
