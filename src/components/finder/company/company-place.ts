// The optional "town or postcode" field of the finder, read for the company look-up. Pure.
import { API_POSTCODE } from '../../../services/company-search/prepare-query.js';
import type { SessionSearchOptions } from '../../../services/company-search/session.js';

export interface Place {
  /** Sent to the API as `code_postal` (it matches the API's pattern). */
  readonly postcode?: string;
  /** Never sent: the answer keeps the establishments of that town. */
  readonly town?: string;
  /** Neither a postcode nor a town (e.g. "123", "99000"): ignored, and said so. */
  readonly invalid?: string;
}

const TOWN = /^[\p{L}][\p{L}' -]{1,59}$/u;

/** "35000" → postcode; "2a004" → postcode "2A004"; "Saint-Étienne" → town; "99000", "12" → invalid; "" → none. */
export function parsePlace(raw: string): Place {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '') return {};
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (API_POSTCODE.test(compact)) return { postcode: compact };
  if (TOWN.test(value)) return { town: value };
  return { invalid: value.slice(0, 60) };
}

/** What the session is given for a place. */
export function placeOptions(place: Place): SessionSearchOptions {
  if (place.postcode) return { postcode: place.postcode };
  if (place.town) return { town: place.town };
  return {};
}
