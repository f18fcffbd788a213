// INSEE headcount bands ("tranche d'effectif salarié", as in search-api app/labels/tranches-effectifs.json),
// with numeric bounds so a funding simulator can test "under 50", "under 250", etc.
import { dataTexts } from '../../data/texts.js';
import type { Localized } from '../../data/lang.js';
import type { HeadcountBand } from './types.js';

const localText = dataTexts('services/company-search/headcount');

type Band = [min: number, max: number | null, label: Localized<string>];

const BANDS: Record<string, Band> = {
  NN: [0, 0, localText(0, 'Unité non employeuse')],
  // "00": employed staff during the year but none on 31/12
  '00': [0, 0, localText(1, '0 salarié')],
  '01': [1, 2, localText(2, '1 ou 2 salariés')],
  '02': [3, 5, localText(3, '3 à 5 salariés')],
  '03': [6, 9, localText(4, '6 à 9 salariés')],
  '11': [10, 19, localText(5, '10 à 19 salariés')],
  '12': [20, 49, localText(6, '20 à 49 salariés')],
  '21': [50, 99, localText(7, '50 à 99 salariés')],
  '22': [100, 199, localText(8, '100 à 199 salariés')],
  '31': [200, 249, localText(9, '200 à 249 salariés')],
  '32': [250, 499, localText(10, '250 à 499 salariés')],
  '41': [500, 999, localText(11, '500 à 999 salariés')],
  '42': [1000, 1999, localText(12, '1 000 à 1 999 salariés')],
  '51': [2000, 4999, localText(13, '2 000 à 4 999 salariés')],
  '52': [5000, 9999, localText(14, '5 000 à 9 999 salariés')],
  '53': [10000, null, localText(15, '10 000 salariés et plus')],
};

/** Null for a missing or unknown code (the API sends null when INSEE has no band). */
export function headcountBand(code: unknown, year: unknown = null): HeadcountBand | null {
  if (typeof code !== 'string') return null;
  const band = BANDS[code.trim().toUpperCase()];
  if (!band) return null;
  const [min, max, label] = band;
  return {
    code: code.trim().toUpperCase(),
    label,
    min,
    max,
    year: typeof year === 'string' && year !== '' ? year : null,
  };
}
