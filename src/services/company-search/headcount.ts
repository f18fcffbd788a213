// INSEE headcount bands ("tranche d'effectif salarié", as in search-api app/labels/tranches-effectifs.json),
// with numeric bounds so a funding simulator can test "under 50", "under 250", etc.
import type { HeadcountBand } from './types.js';

type Band = [min: number, max: number | null, fr: string, en: string];

const BANDS: Record<string, Band> = {
  NN: [0, 0, 'Unité non employeuse', 'Non-employing unit'],
  // "00": employed staff during the year but none on 31/12
  '00': [0, 0, '0 salarié', '0 employees'],
  '01': [1, 2, '1 ou 2 salariés', '1 or 2 employees'],
  '02': [3, 5, '3 à 5 salariés', '3 to 5 employees'],
  '03': [6, 9, '6 à 9 salariés', '6 to 9 employees'],
  '11': [10, 19, '10 à 19 salariés', '10 to 19 employees'],
  '12': [20, 49, '20 à 49 salariés', '20 to 49 employees'],
  '21': [50, 99, '50 à 99 salariés', '50 to 99 employees'],
  '22': [100, 199, '100 à 199 salariés', '100 to 199 employees'],
  '31': [200, 249, '200 à 249 salariés', '200 to 249 employees'],
  '32': [250, 499, '250 à 499 salariés', '250 to 499 employees'],
  '41': [500, 999, '500 à 999 salariés', '500 to 999 employees'],
  '42': [1000, 1999, '1 000 à 1 999 salariés', '1,000 to 1,999 employees'],
  '51': [2000, 4999, '2 000 à 4 999 salariés', '2,000 to 4,999 employees'],
  '52': [5000, 9999, '5 000 à 9 999 salariés', '5,000 to 9,999 employees'],
  '53': [10000, null, '10 000 salariés et plus', '10,000 employees or more'],
};

/** Null for a missing or unknown code (the API sends null when INSEE has no band). */
export function headcountBand(code: unknown, year: unknown = null): HeadcountBand | null {
  if (typeof code !== 'string') return null;
  const band = BANDS[code.trim().toUpperCase()];
  if (!band) return null;
  const [min, max, fr, en] = band;
  return {
    code: code.trim().toUpperCase(),
    label: { fr, en },
    min,
    max,
    year: typeof year === 'string' && year !== '' ? year : null,
  };
}
